"""Pair comparison (pipeline step 3, scoring): text and concept similarity of two
claims, the join/conflict rule for one pair (`_score_pair`) and the same rule over arrays
(`_score_pairs`), which must give the same edges.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from consensus.merge.features import _Feat, _sizes_meet, _speakers_compatible
from consensus.merge.tunables import (
    CONFLICT_AT,
    EVIDENCE_LIFT,
    EVIDENCE_NEAR,
    JOIN_AT,
    SAME_ANCHOR_BONUS,
    SAME_LEAD_BONUS,
    SAME_LEAD_OVERRIDE,
    SAME_SPEAKER_BONUS,
)
from consensus.models import Polarity


def _text_sim(a: str, b: str) -> float:
    """Fuzzy similarity of two concept strings, given as `_sorted_words` (`_Feat.snorm`,
    `_Feat.senorm`): the mean of token_set_ratio and token_sort_ratio, over 100."""
    if not a or not b:
        return 0.0
    return (0.5 * fuzz.token_set_ratio(a, b) + 0.5 * fuzz.ratio(a, b)) / 100.0


def _text_sims(xs: Sequence[str], ys: Sequence[str], keys: np.ndarray | None = None) -> list[float]:
    """`_text_sim(xs[k], ys[k])` for every k in one batch: rapidfuzz's cpdist gives the
    same doubles as the scorers (one worker: no thread scheduling in the results) and the
    arithmetic is the same IEEE operations in numpy."""
    if not xs:
        return []
    # `keys` (equal exactly for equal (x, y)), when given: each distinct pair scored once
    # (pairs of one proposition often repeat a pair of strings), then expanded
    inverse = None
    if keys is not None:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        first = np.r_[True, ordered[1:] != ordered[:-1]]
        inverse = np.empty(len(keys), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        reps = order[first].tolist()  # one index per distinct key, in key order
        xs, ys = [xs[k] for k in reps], [ys[k] for k in reps]
    sims = _combine(
        process.cpdist(xs, ys, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=1),
        process.cpdist(xs, ys, scorer=fuzz.ratio, dtype=np.float64, workers=1),
    )
    sims[np.array([not x or not y for x, y in zip(xs, ys, strict=True)])] = 0.0
    if inverse is not None:
        sims = sims[inverse]
    return list(sims.tolist())


def _text_sim_matrix(xs: Sequence[str]) -> list[list[float]]:
    """`_text_sim(xs[i], xs[j])` for all i != j (rapidfuzz cdist; see `_text_sims`). The
    diagonal is not computed (its values are unspecified): `_medoid` never reads it."""
    if len(xs) <= 6:  # cheaper one by one; the scorers are symmetric, so half of them
        n = len(xs)
        out = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                out[i][j] = out[j][i] = _text_sim(xs[i], xs[j])
        return out
    # Each distinct string once (members of one group often share a concept string):
    # the entry of two equal strings is the scorers' value for that string with itself.
    distinct = list(dict.fromkeys(xs))
    sims = _combine(
        process.cdist(distinct, distinct, scorer=fuzz.token_set_ratio, dtype=np.float64,
                      workers=1),
        process.cdist(distinct, distinct, scorer=fuzz.ratio, dtype=np.float64, workers=1),
    )  # fmt: skip
    if len(distinct) < len(xs):
        for x, times in Counter(xs).items():
            if times > 1:  # two members with this string: their entry
                d = distinct.index(x)
                sims[d, d] = _text_sim(x, x) if x else 0.0
        at = {x: d for d, x in enumerate(distinct)}
        rows = np.array([at[x] for x in xs], dtype=np.int64)
        sims = sims[np.ix_(rows, rows)]
    empty = np.array([not x for x in xs])
    sims[empty, :] = 0.0
    sims[:, empty] = 0.0
    return list(sims.tolist())


def _combine(token_set: np.ndarray, token_sort: np.ndarray) -> np.ndarray:
    out: np.ndarray = (0.5 * token_set + 0.5 * token_sort) / 100.0
    return out


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _statement_sim(a: _Feat, b: _Feat, text: float | None = None) -> float:
    if text is None:
        text = _text_sim(a.snorm, b.snorm)
    return 0.7 * text + 0.3 * _dice(a.content, b.content)


def _similarity(a: _Feat, b: _Feat, stmt: float | None = None, evid: float | None = None) -> float:
    """Statement similarity (fuzzy + content Dice), lifted by evidence similarity.
    `stmt` and `evid` (`_text_sim` of the evidence) are computed when not given."""
    if stmt is None:
        stmt = _statement_sim(a, b)
    if evid is None:
        evid = _text_sim(a.senorm, b.senorm)
    if evid < EVIDENCE_NEAR:
        return round(stmt, 4)
    return round(max(stmt, min(evid, stmt + EVIDENCE_LIFT)), 4)


def _quantities_conflict(a: dict[str, frozenset[float]], b: dict[str, frozenset[float]]) -> str:
    if not a or not b:
        return ""
    for unit in sorted(a.keys() & b.keys()):
        va, vb = a[unit], b[unit]
        if len(va) == 1 and len(vb) == 1:  # (the common case, without a generator)
            (x,), (y,) = va, vb
            if abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)):
                continue
        elif any(abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)) for x in va for y in vb):
            continue
        label = unit or "count"
        return (
            f"{label}: {', '.join(f'{v:g}' for v in sorted(va))} vs "
            f"{', '.join(f'{v:g}' for v in sorted(vb))}"
        )
    return ""


class _Edge(NamedTuple):
    score: float
    i: int
    j: int
    conflict: str  # '' for a join edge, else the reason the join is blocked


def _enough_overlap(a: _Feat, b: _Feat) -> bool:
    shared = len(a.content & b.content)
    need = 1 if min(len(a.content), len(b.content)) <= 2 else 2
    return shared >= need


def _may_join(a: _Feat, b: _Feat) -> bool:
    return _speakers_compatible(a.speaker, b.speaker) and _enough_overlap(a, b)


def _joinable(
    feats: Sequence[_Feat], pairs: Iterable[tuple[int, int]], shared: list[int] | None = None
) -> list[tuple[int, int]]:
    """The pairs that pass `_may_join` (its tests inlined: one call per batch); `shared`,
    when given, gets how many content concepts each of them shares."""
    out: list[tuple[int, int]] = []
    for i, j in pairs:
        a, b = feats[i], feats[j]
        if a.speaker != b.speaker and not _speakers_compatible(a.speaker, b.speaker):
            continue
        ca, cb = a.content, b.content
        both = len(ca & cb)
        if both >= (1 if min(len(ca), len(cb)) <= 2 else 2):
            out.append((i, j))
            if shared is not None:
                shared.append(both)
    return out


def _score_pair(
    a: _Feat, b: _Feat, text: float | None = None, evid: float | None = None
) -> _Edge | None:
    """The pair's edge, if any: the pair rule stated one pair at a time. `_score_pairs`
    computes the same over arrays and is what alignment runs; this one is its test oracle
    (tests/test_merge.py). `text`/`evid` are the pair's `_text_sim`s when already known,
    given only by a caller that has checked `_may_join`."""
    if text is None and not _may_join(a, b):
        return None
    stmt = _statement_sim(a, b, text)
    score = _similarity(a, b, stmt, evid)
    if a.lead and a.lead == b.lead:
        score += SAME_LEAD_BONUS
    if a.speaker and a.speaker == b.speaker:
        score += SAME_SPEAKER_BONUS
    if a.anchors & b.anchors:
        score += SAME_ANCHOR_BONUS
    score = round(min(score, 1.0), 4)
    if score < min(JOIN_AT, CONFLICT_AT):
        return None
    # Two statements led by different predicates are different propositions, even when
    # they cite one sentence ("urged Putin to spare ... troops who are surrounded").
    if a.lead and b.lead and a.lead != b.lead and stmt < SAME_LEAD_OVERRIDE:
        return None
    conflict = ""
    if a.claim.polarity != b.claim.polarity:
        if not _negates(a, b) and not _negates(b, a):
            return None  # "…acknowledged five dead but denied reports of more": no opposition
        conflict = "polarity: asserts vs denies"
    else:
        qc = _quantities_conflict(a.quantities, b.quantities)
        if qc:
            conflict = f"quantity {qc}"
        elif a.date and b.date and a.date != b.date:
            conflict = f"date: {min(a.date, b.date)} vs {max(a.date, b.date)}"
    if conflict:
        return _Edge(score, a.pos, b.pos, conflict) if score >= CONFLICT_AT else None
    return _Edge(score, a.pos, b.pos, "") if score >= JOIN_AT else None


def _score_pairs(
    feats: Sequence[_Feat],
    pairs: Sequence[tuple[int, int]],
    texts: Sequence[float],
    evids: Sequence[float],
    sims: dict[tuple[int, int], float] | None = None,
    shared: Sequence[int] | None = None,
) -> list[_Edge]:
    """`_score_pair` of every pair (all checked by `_may_join`), sorted by (-score, i, j).

    The similarities before rounding are computed in numpy (the same IEEE operations as
    `_statement_sim` and `_similarity`); rounding is Python's `round`, per pair, and the
    bonuses are the same additions in the same order, so the scores are the same. The
    rules that need sets or strings (anchors, polarity, quantities, dates) run per pair,
    only for the pairs they can concern. `sims`, when given, gets each pair's
    `_similarity` (the score before the bonuses). `shared` is the number of content
    concepts each pair shares, when known (`_joinable`)."""
    if not pairs:
        return []
    m = len(pairs)
    ii = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=m)
    jj = np.fromiter((j for _, j in pairs), dtype=np.int64, count=m)
    if shared is None:
        dice = np.array(
            [
                2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0
                for x, y in ((feats[i].content, feats[j].content) for i, j in pairs)
            ]
        )
    else:  # the same division (int / int, correctly rounded) in numpy
        size = np.array([len(f.content) for f in feats], dtype=np.int64)
        total = size[ii] + size[jj]
        dice = np.zeros(m, dtype=np.float64)
        both = (size[ii] > 0) & (size[jj] > 0)
        np.divide(2 * np.array(shared, dtype=np.int64), total, out=dice, where=both)
    text, evid = np.array(texts, dtype=np.float64), np.array(evids, dtype=np.float64)
    stmt = 0.7 * text + 0.3 * dice
    near = np.maximum(stmt, np.minimum(evid, stmt + EVIDENCE_LIFT))
    lifted = np.where(evid < EVIDENCE_NEAR, stmt, near)
    base_arr = _round4(lifted)
    base = base_arr.tolist()
    if sims is not None:
        sims.update(zip(pairs, base, strict=True))

    def ids(values: list[object]) -> np.ndarray:
        """Equal truthy values share a number >= 0; falsy values are -1."""
        number: dict[object, int] = {}
        return np.array(
            [number.setdefault(v, len(number)) if v else -1 for v in values], dtype=np.int64
        )

    lead = ids([f.lead for f in feats])
    speaker = ids([f.speaker for f in feats])
    la, lb = lead[ii], lead[jj]
    sa, sb = speaker[ii], speaker[jj]
    has_anchors = np.array([bool(f.anchors) for f in feats])
    same_anchor = np.zeros(m, dtype=bool)
    for k in np.flatnonzero(has_anchors[ii] & has_anchors[jj]).tolist():
        same_anchor[k] = bool(feats[pairs[k][0]].anchors & feats[pairs[k][1]].anchors)
    score = base_arr
    score = np.where((la >= 0) & (la == lb), score + SAME_LEAD_BONUS, score)
    score = np.where((sa >= 0) & (sa == sb), score + SAME_SPEAKER_BONUS, score)
    score = np.where(same_anchor, score + SAME_ANCHOR_BONUS, score)
    score = np.where(score > 1.0, 1.0, score)  # min(score, 1.0)
    final = _round4(score)
    floor = min(JOIN_AT, CONFLICT_AT)
    alive = final >= floor
    alive &= ~((la >= 0) & (lb >= 0) & (la != lb) & (stmt < SAME_LEAD_OVERRIDE))
    # the rules of conflicts, per pair, where one can apply
    polarity = ids([f.claim.polarity.value for f in feats])
    has_qty = np.array([bool(f.quantities) for f in feats])
    has_date = np.array([bool(f.date) for f in feats])
    opposed = polarity[ii] != polarity[jj]
    check = alive & (opposed | (has_qty[ii] & has_qty[jj]) | (has_date[ii] & has_date[jj]))
    conflict_of: dict[int, str] = {}
    for k in np.flatnonzero(check).tolist():
        a, b = feats[pairs[k][0]], feats[pairs[k][1]]
        conflict = ""
        if a.claim.polarity != b.claim.polarity:
            if not _negates(a, b) and not _negates(b, a):
                alive[k] = False
                continue
            conflict = "polarity: asserts vs denies"
        else:
            if a.quantities and b.quantities:
                conflict = _quantities_conflict(a.quantities, b.quantities)
                if conflict:
                    conflict = f"quantity {conflict}"
            if not conflict and a.date and b.date and a.date != b.date:
                conflict = f"date: {min(a.date, b.date)} vs {max(a.date, b.date)}"
        if conflict:
            conflict_of[k] = conflict
            if final[k] < CONFLICT_AT:
                alive[k] = False
    plain = alive & (final >= JOIN_AT)
    for k in conflict_of:
        plain[k] = alive[k]
    keep = np.flatnonzero(plain)
    order = keep[np.lexsort((jj[keep], ii[keep], -final[keep]))]
    return [
        _Edge(sc, i, j, conflict_of.get(k, ""))
        for k, sc, i, j in zip(
            order.tolist(),
            final[order].tolist(),
            ii[order].tolist(),
            jj[order].tolist(),
            strict=True,
        )
    ]


def _round4(values: np.ndarray) -> np.ndarray:
    """`[round(x, 4) for x in values]` (Python's correctly rounded round) as an array.

    Where x * 10**4 is clearly not halfway between two integers (its floating-point error
    is far below 1e-9 for these magnitudes), the rounded integer N is certain, and
    N / 10**4 (one IEEE division of exact integers) is the double nearest the decimal,
    which is what `round` returns; the few values near a halfway point, or not finite or
    large, are rounded by Python."""
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = values * 10_000.0
        frac = scaled - np.floor(scaled)
        out = np.rint(scaled) / 10_000.0
        doubt = ~(np.abs(frac - 0.5) > 1e-9) | ~(np.abs(values) < 1e6)
    for k in np.flatnonzero(doubt).tolist():
        out[k] = round(float(values[k]), 4)
    return out


def _negates(d: _Feat, a: _Feat) -> bool:
    """Whether denial d rejects a's proposition: it denies a's lead predicate and, when it
    sizes what it rejects, a gives a count of that size."""
    if d.claim.polarity != Polarity.denies or a.claim.polarity != Polarity.asserts:
        return False
    if not a.lead or a.lead not in d.denied:
        return False
    return not d.mags or _sizes_meet(d.mags, a.mags)
