"""Pair comparison helpers (pipeline step 3): fuzzy text and concept similarity of two
claims (the `lexical` comparison of `compare.py`), figure conflicts of two claims or
groups, and whether a denial negates a claim's predicate. The join/conflict rule itself
is `link.py`.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from consensus.merge.features import _Feat, _sizes_meet
from consensus.merge.lexicon import (
    _NEGATION,
    _NEGATION_SAME,
    _NEGATION_SKIP,
    _NEGATION_SUB,
    _NEGATION_VOID,
    _SKIP_ADVERB,
)
from consensus.models import Polarity

PAIR_WORKERS = 2  # threads of rapidfuzz's batch scorer for a large batch of pairs
PAIR_WORKERS_FROM = 20_000  # ... from this many distinct string pairs (else one thread)


def _text_sim(a: str, b: str) -> float:
    """Fuzzy similarity of two concept strings, given as `_sorted_words` (`_Feat.snorm`,
    `_Feat.senorm`): the mean of token_set_ratio and token_sort_ratio, over 100."""
    if not a or not b:
        return 0.0
    return (0.5 * fuzz.token_set_ratio(a, b) + 0.5 * fuzz.ratio(a, b)) / 100.0


def _text_sims(xs: Sequence[str], ys: Sequence[str], keys: np.ndarray | None = None) -> list[float]:
    """`_text_sim(xs[k], ys[k])` for every k in one batch: rapidfuzz's cpdist gives the
    same doubles as the scorers and the arithmetic is the same IEEE operations in numpy.
    A large batch is scored by `PAIR_WORKERS` threads (each pair is scored on its own, so
    the doubles do not depend on which thread scores it; tests/test_merge_fast_paths.py)."""
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
    workers = PAIR_WORKERS if len(xs) >= PAIR_WORKERS_FROM else 1
    sims = _combine(
        process.cpdist(xs, ys, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=workers),
        process.cpdist(xs, ys, scorer=fuzz.ratio, dtype=np.float64, workers=workers),
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


def _negates(d: _Feat, a: _Feat) -> bool:
    """Whether denial d rejects a's proposition: it denies a's lead predicate and, when it
    sizes what it rejects, a gives a count of that size."""
    if d.claim.polarity != Polarity.denies or a.claim.polarity != Polarity.asserts:
        return False
    if not a.lead or a.lead not in d.denied:
        return False
    return not d.mags or _sizes_meet(d.mags, a.mags)


def _negated(f: _Feat) -> frozenset[str]:
    """What a plain negation in the statement negates: the first concept after each
    negation word ("the driver was not known to police" -> know; "the man has not yet been
    identified" -> identify), skipping "yet", "immediately" and the like. A negation of a
    belief or of a confirmation ("I don't think ...", "this is not confirmed") and "not
    only" / "not least" negate nothing here."""
    toks = f.toks
    out: set[str] = set()
    for i, tok in enumerate(toks):
        if tok.low not in _NEGATION and not tok.low.endswith(("n't", "n’t")):
            continue
        if any(t.low in _NEGATION_SUB for t in toks[:i]):
            break  # this and every later negation is in a subordinate clause
        found = [
            t
            for t in toks[i + 1 : i + 5]
            if t.concept and t.low not in _NEGATION_SKIP and t.low not in _SKIP_ADVERB
        ]
        if found and found[0].low not in _NEGATION_VOID:
            out.add(found[0].concept)
    return frozenset(out)


def _negation_clash(a: _Feat, b: _Feat, neg_a: frozenset[str], neg_b: frozenset[str]) -> str:
    """A concept one claim negates that the other states ("was not known to police" against
    "was known to police"): the first such concept, or ''. Only when exactly one of them
    negates, and the other is no restatement ("the first fatal crash since 1959" against
    "no fatal crash since 1959")."""
    if bool(neg_a) == bool(neg_b):
        return ""  # both negate (or neither): no rebuttal
    x, neg_x, y = (a, neg_a, b) if neg_a else (b, neg_b, a)
    if any(t.low in _NEGATION_SAME for t in y.toks):
        return ""
    said = set(y.concepts)
    for c in sorted(neg_x):
        if c in said and c in x.content:
            return c
    return ""
