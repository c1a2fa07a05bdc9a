"""Does a near word (by vector) stand for the negated concept a rebuttal's other side does
not state? The measurement behind rule 6's "concept not stated" step (session 54).

`rebuttal_steps.py` found that most missed disputes with a negation on one side stop at
"the negated concept is not stated by the other" ("the fund was not cut" / "the fund was
trimmed"). For each cross-origin pair scored at `VOICES_REBUT_AT` or over with a negation
word in exactly one claim whose rule-6 step is "concept not stated", this reads `near`: the
best cosine, over the negated concepts, between a word of the negating claim standing for
the concept and a content word (`claim_words.align_words`) of the other claim, other than
that word itself (the words' vectors, as the merger is given them).

Pairs are labelled from gold (tunable made-up clusters; HELD_OUT.txt filtered by
`quality_lib.tunable`, never read):

- `rebut`: the best such pair of a missed gold dispute (two sides), as rebuttal_steps.py
  picks it;
- `same`: both claims cover one agreed fact, or one side of one contested point (a rebuttal
  read there would be a false dispute: the no-gold risk).

Prints, for cuts of `near`, how many pairs of each label reach it. `--rows` lists pairs.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/rebuttal_words.py [--rows] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, Trace, covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)
from rebuttal_steps import step_of

CUTS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def near_word(trace: Trace, i: int, j: int) -> tuple[float, str, str]:
    """The best cosine of a word standing for a concept the negating claim of (i, j)
    negates to another content word of the other claim, with the two words."""
    from consensus.merge.claim_words import align_words
    from consensus.merge.denial_strength import _Negations

    negs = getattr(trace, "_negs", None) or _Negations(trace.feats)
    trace._negs = negs  # type: ignore[attr-defined]
    x, y = (trace.feats[i], trace.feats[j])
    if not negs.hinted[i]:
        x, y = y, x
    vec = trace.vectors
    words = [w for w in set(align_words(y.claim.statement)) if w in vec]
    best = (-1.0, "", "")
    if not words:
        return best
    m = vec.matrix(words)
    for c in negs(x.pos).concepts:
        for t in x.toks:
            if t.concept != c or t.low not in vec:
                continue
            sims = m @ vec.get(t.low)
            for k in np.argsort(-sims):
                if words[k] != t.low:
                    if float(sims[k]) > best[0]:
                        best = (float(sims[k]), t.low, words[k])
                    break
    return best


def pairs(event: str) -> list[tuple[str, float, str, str, str, str]]:
    """(label, near, word, other word, statement, statement) of one cluster's pairs."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    hinted = _Negations(trace.feats).hinted

    def members(side: dict[str, Any]) -> set[int]:
        anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
        return {m for ms in covering(trace, anchors).values() for m in ms}

    def usable(i: int, j: int) -> float | None:
        p = trace.prob.get((min(i, j), max(i, j)))
        if i == j or p is None or p < VOICES_REBUT_AT:
            return None
        if trace.feats[i].origin == trace.feats[j].origin or hinted[i] == hinted[j]:
            return None
        return p

    out = []

    def add(label: str, i: int, j: int) -> None:
        if step_of(trace, i, j) != "concept not stated":
            return
        s, w, v = near_word(trace, i, j)
        a, b = trace.feats[i].claim.statement, trace.feats[j].claim.statement
        out.append((label, s, w, v, a, b))

    same: set[tuple[int, int]] = set()
    groups = [members(f) for f in exp.get("agreed", [])]
    for point in exp.get("contested", []):
        sides = [members(s) for s in point["sides"]]
        groups += sides
        if point["id"] not in missed:
            continue
        best: tuple[float, int, int] | None = None
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        p = usable(i, j)
                        if p is not None and (best is None or p > best[0]):
                            best = (p, min(i, j), max(i, j))
        if best is not None:
            add("rebut", best[1], best[2])
    for g in groups:
        for i in g:
            for j in g:
                if i < j and (i, j) not in same and usable(i, j) is not None:
                    same.add((i, j))
                    add("same", i, j)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--rows", action="store_true", help="list each pair read")
    args = ap.parse_args(argv)
    allowed = set(tunable(madeup()))
    names: list[Any] = args.names or sorted(allowed)
    got: list[tuple[str, float, str, str, str, str]] = []
    for name in names:
        if name not in allowed:
            print(f"skipped {name}: not a tunable made-up cluster", file=sys.stderr)
            continue
        rows = pairs(name)
        got += rows
        if args.rows:
            for label, s, w, v, a, b in rows:
                print(f"{name}\t{label}\tnear={s:.3f}\t{w} ~ {v}")
                print(f"    {a[: SHORT * 2]!r}\n    {b[: SHORT * 2]!r}")
    for label in ("rebut", "same"):
        n = sum(1 for r in got if r[0] == label)
        print(f"{label}: {n} pairs at 'concept not stated'")
    print("cut\trebut>=cut\tsame>=cut")
    for cut in CUTS:
        r = sum(1 for g in got if g[0] == "rebut" and g[1] >= cut)
        s = sum(1 for g in got if g[0] == "same" and g[1] >= cut)
        print(f"{cut:.2f}\t{r}\t{s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
