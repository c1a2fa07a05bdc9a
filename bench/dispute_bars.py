"""Disputes whose sides never score as a conflict: what a general reading would need.

For each tunable made-up cluster (tests/data/madeup minus HELD_OUT.txt; the dev clusters
with --dev), every gold contested point of a kind other than "figure" is read as its sides'
claims (the claims whose citations cover a side's anchors, as bench/missed_disputes.py), and
every pair of two claims on two sides (a claim on both sides left out) is a POSITIVE pair.
Only pairs of opposite stance (opposite polarity, or a negation word in exactly one:
`denial_strength._NEG_HINT`) are read, what a conflict reading could fire on (a missed
dispute without one is printed as such); every other such pair of the cluster's claims is a
NEGATIVE pair. Each pair is described by surface columns a general reading could use (no
event's words):

- `p`: the link model's probability, from a fresh comparison context (pairs the merge never
  compared too: `missed_links.unblocked_scores`), and `cos`: the statement cosine;
- `topic`: how many content concepts the two share (`_Feat.content`: beyond entity and
  speaker words), and `names`: whether they share an entity;
- `voices`: both speakers named and not compatible (two parties), one named, or none;
- `stance`: one denies by polarity, or only a negation word in one;
- `art`: the two in one article or two.

Per missed non-figure dispute (the report's score: `score_report`), the best positive pair
(by `p`) is printed with its columns, and tallies close the run: missed disputes by kind and
by the best pair's (voices, topic band, p band), then, for candidate rules (a conjunction of
column bars), how many missed disputes a rule reaches against how many negative pairs (of
how many distinct group pairs) it would fire on: the precision a rule without a link score
would have. For two-voice pairs at rule 6's bar (`VOICES_AT`), the gate of rule 6 across
two voices each stops at (`voice_gate`) is tallied by missed disputes, found disputes and
negative group pairs: how a gate trades. `--fit` fits a logistic conflict-or-not model on
the columns over the clusters of even position (sorted names) and measures it on the odd
ones, then the other way (out of sample), printing per threshold the missed disputes reached
and negative pairs fired on.

Reads nothing of the clusters in HELD_OUT.txt. Prints short starts of the made-up clusters'
statements only (invented text). Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/dispute_bars.py [--dev] [--fit] [cluster ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_sides import cluster_and_gold, side_claims
from missed_links import traced_report, unblocked_scores
from quality_lib import Locator, events, madeup, score_report, tunable

SHORT = 60
VOICES_AT = 0.2  # (`voice_rebuttals.VOICES_REBUT_AT`: rule 6 reads two voices from here)
COLUMNS = (
    "p",
    "cos",
    "topic",
    "names",
    "two_voices",
    "one_voice",
    "denies",
    "opposite",
    "same_art",
)


@dataclass
class Pair:
    cluster: str
    i: int
    j: int
    cols: dict[str, float]
    label: str  # "" negative, else the dispute id ("missed:" prefix when the report missed it)
    groups: tuple[int, int]
    kind: str = ""
    gate: str = ""


def _stance(f: Any) -> tuple[bool, bool]:
    from consensus.merge.denial_strength import _NEG_HINT
    from consensus.models import Polarity

    return f.claim.polarity == Polarity.denies, bool(_NEG_HINT.search(f.claim.statement))


def _opposite(a: Any, b: Any) -> bool:
    da, na = _stance(a)
    db, nb = _stance(b)
    return da != db or na != nb


def _columns(a: Any, b: Any, p: float, cos: float) -> dict[str, float]:
    from consensus.merge.features import _speakers_compatible

    named = int(bool(a.speaker)) + int(bool(b.speaker))
    two = named == 2 and not _speakers_compatible(a.speaker, b.speaker)
    da, _ = _stance(a)
    db, _ = _stance(b)
    return {
        "p": p,
        "cos": cos,
        "topic": float(len(a.content & b.content)),
        "names": float(bool(a.entities & b.entities)),
        "two_voices": float(two),
        "one_voice": float(named == 1),
        "denies": float(da != db),
        "opposite": float(_opposite(a, b)),
        "same_art": float(a.article == b.article),
    }


def cluster_pairs(event: str, show: bool) -> list[Pair]:
    """The positive and negative pairs of one cluster (see the module docstring)."""
    from consensus.merge.link import link_model

    articles, exp = cluster_and_gold(event)
    report, trace = traced_report(articles, None)
    model = link_model()
    score = score_report(event, exp, articles, report)
    missed = set(score.disputes_missed)
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    label: dict[tuple[int, int], str] = {}
    kind_of = {d["id"]: d.get("kind", "?") for d in exp.get("contested", [])}
    figure_pairs: set[tuple[int, int]] = set()
    for point in exp.get("contested", []):
        sides = side_claims(point, loc, trace)
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si - sj:
                    for j in sj - si:
                        q = (min(i, j), max(i, j))
                        if point.get("kind") == "figure":
                            figure_pairs.add(q)
                        else:
                            tag = ("missed:" if point["id"] in missed else "") + point["id"]
                            label.setdefault(q, tag)
    n = len(feats)
    cand = [
        (i, j)
        for i in range(n)
        for j in range(i + 1, n)
        if ((i, j) in label or (i, j) not in figure_pairs) and _opposite(feats[i], feats[j])
    ]
    if show:  # missed disputes no pair of opposite stance reaches
        reached = {label[q] for q in cand if q in label}
        for tag in sorted(set(label.values()) - reached):
            if tag.startswith("missed:"):
                print(f"  MISSED {tag[7:]} ({kind_of[tag[7:]]}): no pair of opposite stance")
    scores = unblocked_scores(trace, cand, model)
    out = [
        Pair(
            event,
            i,
            j,
            _columns(feats[i], feats[j], *scores.get((i, j), (0.0, 0.0))),
            label.get((i, j), ""),
            (group.get(i, -1 - i), group.get(j, -1 - j)),
            kind_of.get(label.get((i, j), "").removeprefix("missed:"), ""),
        )
        for i, j in cand
    ]
    for q in out:  # rule 6's gate for every two-voice pair it would read (p >= its bar)
        if q.cols["two_voices"] and q.cols["p"] >= VOICES_AT and not q.gate:
            q.gate = voice_gate(trace, q.i, q.j)
    if show:
        best: dict[str, Pair] = {}
        for q in out:
            if q.label.startswith("missed:") and (
                q.label not in best or q.cols["p"] > best[q.label].cols["p"]
            ):
                best[q.label] = q
        kinds = {d["id"]: d.get("kind", "?") for d in exp.get("contested", [])}
        for tag, q in sorted(best.items()):
            a, b = feats[q.i], feats[q.j]
            cols = " ".join(f"{k}={v:.2f}" for k, v in q.cols.items())
            gate = q.gate or (voice_gate(trace, q.i, q.j) if q.cols["two_voices"] else "-")
            q.gate = gate
            print(f"  MISSED {tag[7:]} ({kinds[tag[7:]]}) {cols} gate={gate}")
            for f in (a, b):
                print(
                    f"    {f.claim.polarity.value[0]} [{f.speaker or '-'}] "
                    f"{f.claim.statement[:SHORT]!r}"
                )
    return out


def voice_gate(trace: Any, i: int, j: int) -> str:
    """Which gate of rule 6 across two voices (`link.link_edges`, `voice_rebuttals`) a pair
    of two speakers' claims stops at: a negation word in both or neither, no negated concept
    read (`score._negation_clash`), a denial that agrees, subjects apart, no shared content
    beyond the negated concept, told as no account (`told_apart`); else "passes"."""
    from consensus.merge.claim_reads import _one_subject
    from consensus.merge.denial_strength import _Negations, denial_agrees
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voice_rebuttals import (
        _names_word_of,
        _said_subject,
        about_two_things,
        told_apart,
    )
    from consensus.models import Polarity

    feats = trace.feats
    negs = trace.memo.setdefault("negations", _Negations(feats))
    a, b = feats[i], feats[j]
    if negs.hinted[i] == negs.hinted[j]:
        return "negation word in both" if negs.hinted[i] else "negation word in neither"

    def asserted(k: int) -> Any:
        return negs(k) if feats[k].claim.polarity == Polarity.asserts else NO_NEGATION

    na, nb = asserted(i), asserted(j)
    what = _negation_clash(a, b, na, nb)
    if not what:
        return "no negated concept the other states"
    if denial_agrees(trace.ctx, a, b, na, nb):
        return "denial agrees"
    if about_two_things(a, b, what, bare=True):
        sa, sb = _said_subject(a), _said_subject(b)
        if not _one_subject(sa, sb) and not any(
            _names_word_of(x.claim.statement, t) for x, t in ((a, sb), (b, sa))
        ):
            return "about two things: subjects apart"
        return "about two things: no content beyond the negated"
    if told_apart(trace.ctx, a, b, what):
        return "told as no account"
    return "passes"


def _band(v: float, bars: Sequence[float]) -> str:
    for b in reversed(bars):
        if v >= b:
            return f">={b:g}"
    return f"<{bars[0]:g}"


# candidate rules: conjunctions of column bars (name, test)
RULES: tuple[tuple[str, Any], ...] = (
    ("two voices", lambda c: c["two_voices"]),
    ("two voices, topic>=1", lambda c: c["two_voices"] and c["topic"] >= 1),
    ("two voices, topic>=2", lambda c: c["two_voices"] and c["topic"] >= 2),
    ("two voices, denies, topic>=1", lambda c: c["two_voices"] and c["denies"] and c["topic"] >= 1),
    ("two voices, denies, topic>=2", lambda c: c["two_voices"] and c["denies"] and c["topic"] >= 2),
    (
        "two voices, topic>=1, cos>=0.5",
        lambda c: c["two_voices"] and c["topic"] >= 1 and c["cos"] >= 0.5,
    ),
    ("two voices, p>=0.1", lambda c: c["two_voices"] and c["p"] >= 0.1),
    (
        "two voices, p>=0.05, topic>=2",
        lambda c: c["two_voices"] and c["p"] >= 0.05 and c["topic"] >= 2,
    ),
    ("two voices, denies, p>=0.1", lambda c: c["two_voices"] and c["denies"] and c["p"] >= 0.1),
    ("two voices, denies, p>=0.05", lambda c: c["two_voices"] and c["denies"] and c["p"] >= 0.05),
    (
        "two voices, same art, denies, topic>=1",
        lambda c: c["two_voices"] and c["same_art"] and c["denies"] and c["topic"] >= 1,
    ),
    ("one voice, denies, topic>=2", lambda c: c["one_voice"] and c["denies"] and c["topic"] >= 2),
    ("p>=0.1, topic>=2", lambda c: c["p"] >= 0.1 and c["topic"] >= 2),
)


def rule_table(pairs: Sequence[Pair]) -> None:
    """Per candidate rule: missed disputes reached, found-dispute pairs, negative pairs and
    their distinct group pairs."""
    print("== candidate rules: missed disputes reached | negative pairs (group pairs)")
    for name, test in RULES:
        hit = [q for q in pairs if test(q.cols)]
        reached = {(q.cluster, q.label) for q in hit if q.label.startswith("missed:")}
        neg = [q for q in hit if not q.label]
        gp = {(q.cluster, *sorted(q.groups)) for q in neg}
        print(f"  {len(reached):4d} | {len(neg):6d} ({len(gp):5d})  {name}")


def _matrix(pairs: Sequence[Pair]) -> np.ndarray:
    rows = [[q.cols[c] for c in COLUMNS] for q in pairs]
    x = np.asarray(rows, dtype=np.float64)
    x[:, 2] = np.log1p(x[:, 2])  # topic: diminishing
    return np.hstack([x, np.ones((len(rows), 1))])


def _fit(x: np.ndarray, y: np.ndarray, steps: int = 400) -> np.ndarray:
    """Balanced, L2-penalised logistic regression by Newton steps (deterministic)."""
    w = np.zeros(x.shape[1])
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    sw = np.where(y > 0, 0.5 / pos, 0.5 / neg)
    for _ in range(min(steps, 50)):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (sw * (p - y)) + 1e-3 * w
        h = (x * (sw * p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return w


def fit_report(pairs: Sequence[Pair]) -> None:
    names = sorted({q.cluster for q in pairs})
    halves = [set(names[0::2]), set(names[1::2])]
    print("== conflict-or-not model, out of sample (fit on one half, measured on the other)")
    for k in (0, 1):
        train = [q for q in pairs if q.cluster in halves[k]]
        test = [q for q in pairs if q.cluster in halves[1 - k]]
        if not train or not test:
            continue
        y = np.asarray([1.0 if q.label else 0.0 for q in train])
        w = _fit(_matrix(train), y)
        print(
            "  weights "
            + " ".join(f"{c}={v:+.2f}" for c, v in zip((*COLUMNS, "bias"), w, strict=True))
        )
        s = _matrix(test) @ w
        for t in (0.0, 1.0, 2.0, 3.0, 4.0):
            hit = [q for q, v in zip(test, s, strict=True) if v >= t]
            reached = {(q.cluster, q.label) for q in hit if q.label.startswith("missed:")}
            found = {
                (q.cluster, q.label) for q in hit if q.label and not q.label.startswith("missed:")
            }
            neg = [q for q in hit if not q.label]
            gp = {(q.cluster, *sorted(q.groups)) for q in neg}
            print(
                f"  half {1 - k} logit>={t:g}: missed reached {len(reached)}, found {len(found)}, "
                f"negative pairs {len(neg)} ({len(gp)} group pairs)"
            )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--dev", action="store_true", help="the dev clusters too")
    ap.add_argument("--fit", action="store_true", help="fit and measure a conflict model")
    ap.add_argument("--quiet", action="store_true", help="tallies only")
    args = ap.parse_args(argv)
    names = args.clusters or [*(events() if args.dev else []), *tunable(madeup())]
    held = set(madeup()) - set(tunable(madeup()))
    pairs: list[Pair] = []
    for name in names:
        if name in held:
            continue  # (never a held-out cluster)
        if not args.quiet:
            print(f"== {name}")
        pairs += cluster_pairs(name, not args.quiet)
    kinds: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    best: dict[tuple[str, str], Pair] = {}
    for q in pairs:
        if q.label.startswith("missed:"):
            key = (q.cluster, q.label)
            if key not in best or q.cols["p"] > best[key].cols["p"]:
                best[key] = q
    for q in best.values():
        c = q.cols
        voices = (
            "two voices" if c["two_voices"] else "one voice" if c["one_voice"] else "no/one side"
        )
        shapes[
            f"{voices}, topic {_band(c['topic'], (1, 2, 3))}, p {_band(c['p'], (0.05, 0.1, 0.2))}"
            f", {'denies' if c['denies'] else 'negation only' if c['opposite'] else 'same stance'}"
        ] += 1
        kinds[f"{q.kind}, {'same article' if c['same_art'] else 'two articles'}"] += 1
    print(f"== {len(best)} missed non-figure disputes with a pair of two claims on two sides")
    for what, k in sorted(kinds.items(), key=lambda t: -t[1]):
        print(f"  {k:4d}  {what}")
    print("== two voices: the gate of rule 6 the best pair stops at | p band")
    gates = Counter(
        f"{q.gate} | p {_band(q.cols['p'], (0.05, 0.1, 0.2))}"
        for q in best.values()
        if q.cols["two_voices"]
    )
    for what, k in sorted(gates.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {k:4d}  {what}")
    print(f"== two-voice pairs at p >= {VOICES_AT}: rule 6's gate | missed / found / none")
    table: dict[str, list[set[Any]]] = {}
    for q in pairs:
        if not q.gate or q.cols["p"] < VOICES_AT or not q.cols["two_voices"]:
            continue
        row = table.setdefault(q.gate, [set(), set(), set()])
        col = 0 if q.label.startswith("missed:") else 1 if q.label else 2
        row[col].add((q.cluster, q.label) if col < 2 else (q.cluster, *sorted(q.groups)))
    for gate, (m, f, n) in sorted(table.items(), key=lambda t: -len(t[1][0])):
        print(f"  {len(m):4d} disputes / {len(f):4d} found / {len(n):5d} group pairs  {gate}")
    print("== by the best pair's (voices, shared topic concepts, link probability, stance)")
    for what, k in sorted(shapes.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {k:4d}  {what}")
    rule_table(pairs)
    if args.fit:
        fit_report(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
