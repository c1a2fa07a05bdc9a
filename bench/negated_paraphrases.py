"""Fit the bar of `merge.paraphrased_negations` on labelled pairs, and list the pairs.

For each tunable made-up cluster named (all when none), every compared cross-article pair
of the merge's trace (a link probability) where exactly one claim has a negation word, that
claim asserts, and `score._negation_clash` finds no concept the other states, gets
`paraphrased` (the best word-vector likeness of a negated word with a word only the other
states) and a gold label:

  dispute   the two claims cover anchors of two sides of one contested point
  agreed    both cover anchors of one agreed fact (two articles)
  distinct  they cover the two anchors of a gold look-alike pair
  -         the gold is silent

Rows (`--rows`): cluster, label, likeness, p, two voices (speakers not compatible: rule
6's two-voice reading), negated concept, the other's word, short starts. The tally counts
per bar the labels of the pairs a bar keeps: two voices at p >= VOICES_REBUT_AT, one voice
at p >= the link threshold (the pairs rule 6 reads), and all compared. The fitted bar
(`fitted`) is the two-voice bar with most disputes over agreed and distinct pairs, then
fewest unlabelled pairs: `paraphrased_negations.PARAPHRASE_AT`. (One voice: agreed pairs
outnumber disputes at every bar, so the reading is for two voices only.)

Reads nothing of the clusters in HELD_OUT.txt. Prints short starts only. Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/negated_paraphrases.py [--rows] [cluster ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    tunable,
)

BARS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 1.0)  # (`_likeness` is 1 from cosine 0.6)
LABELS = ("dispute", "agreed", "distinct", "-")


def _labels(trace: Any, exp: dict[str, Any], loc: Locator) -> dict[tuple[int, int], str]:
    """Gold label of each claim pair (i < j) the gold speaks of (see the docstring)."""

    def claims(article: str, text: str) -> set[int]:
        span = loc.span(article, text)
        return set() if span is None else set(covering(trace, {article: span}).get(article, []))

    out: dict[tuple[int, int], str] = {}

    def put(xs: set[int], ys: set[int], label: str) -> None:
        for i in xs:
            for j in ys:
                if i != j:
                    out.setdefault((min(i, j), max(i, j)), label)

    for point in exp.get("contested", []):
        sides = []
        for side in point["sides"]:
            got: set[int] = set()
            for a, t in [*side["anchors"].items(), *side.get("also", [])]:
                got |= claims(a, t)
            sides.append(got)
        for x, sx in enumerate(sides):
            for sy in sides[x + 1 :]:
                put(sx - sy, sy - sx, "dispute")
    for fact in exp.get("agreed", []):
        cover: set[int] = set()
        for a, t in fact["anchors"].items():
            cover |= claims(a, t)
        put(cover, cover, "agreed")
    for pair in exp.get("distinct", []):
        (xa, xt), (ya, yt) = pair["anchors"]
        put(claims(xa, xt), claims(ya, yt), "distinct")
    return out


def read_cluster(event: str) -> list[tuple[Any, ...]]:
    """(cluster, label, likeness, p, two voices, concept, word, start, start) per pair."""
    import numpy as np

    from consensus.merge.denial_strength import _Negations
    from consensus.merge.paraphrased_negations import paraphrased
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voices import compatible_speakers
    from consensus.models import Polarity

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    _, trace = traced_report(articles, None)
    feats, ctx = trace.feats, trace.ctx
    labels = _labels(trace, exp, Locator({a.id: a for a in articles}))
    negs = _Negations(feats)
    out = []
    for (i, j), p in sorted(trace.prob.items()):
        a, b = feats[i], feats[j]
        if a.article == b.article or negs.hinted[i] == negs.hinted[j]:
            continue
        k = i if negs.hinted[i] else j
        x, y = (a, b) if k == i else (b, a)
        if x.claim.polarity != Polarity.asserts:
            continue
        neg_x = negs(k)
        if not neg_x.concepts or _negation_clash(x, y, neg_x, NO_NEGATION):
            continue
        got = paraphrased(ctx, x, y, neg_x)
        if not got.concept:
            continue
        two = not bool(compatible_speakers(feats, np.array([i]), np.array([j]))[0])
        out.append(
            (
                event,
                labels.get((i, j), "-"),
                round(got.likeness, 3),
                round(p, 3),
                two,
                got.concept,
                got.word,
                x.claim.statement[:SHORT],
                y.claim.statement[:SHORT],
            )
        )
    return out


def fitted(two: dict[float, Counter[str]]) -> float:
    """The bar of the two-voice reading: most disputes over agreed and distinct pairs kept,
    then fewest unlabelled pairs, then the higher bar."""
    return max(
        BARS,
        key=lambda b: (two[b]["dispute"] - two[b]["agreed"] - two[b]["distinct"], -two[b]["-"], b),
    )


def main(argv: Sequence[str] | None = None) -> int:
    from consensus.merge.link import link_model
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--rows", action="store_true", help="print every pair read")
    args = ap.parse_args(argv)
    threshold = link_model().threshold
    two: dict[float, Counter[str]] = {b: Counter() for b in BARS}
    one: dict[float, Counter[str]] = {b: Counter() for b in BARS}
    every: dict[float, Counter[str]] = {b: Counter() for b in BARS}
    for event in args.events or tunable(madeup()):
        for row in read_cluster(event):
            if args.rows:
                print("\t".join(map(str, row)), flush=True)
            _, label, like, p, voices, *_ = row
            for bar in BARS:
                if like >= bar:
                    every[bar][label] += 1
                    if voices and p >= VOICES_REBUT_AT:
                        two[bar][label] += 1
                    elif not voices and p >= threshold:
                        one[bar][label] += 1
    head = " ".join(LABELS)
    print(
        f"# bar | two voices, p >= {VOICES_REBUT_AT}: {head} | one voice, p >= {threshold}: "
        f"same | all compared: same"
    )
    for bar in BARS:
        cells = [" ".join(str(c[k]) for k in LABELS) for c in (two[bar], one[bar], every[bar])]
        print(f"# {bar:.2f} | " + " | ".join(cells))
    print(f"# fitted two-voice bar: {fitted(two):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
