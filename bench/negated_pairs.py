"""Missed disputes whose sides a negation could tell apart: what link rule 6 reads of their
negated pairs (session 46, disputes46).

For each gold dispute a made-up cluster's report misses, every pair of claims of two
origins on two of its sides of which exactly one has a negation word
(`denial_strength._Negations.hinted`) is read as rule 6 reads it: the concept one negates
that the other states (`score._negation_clash`, the asserting claims' negations; '' when
none), the pair's link probability (-1 when blocking never compared it) and, for a pair
with such a concept, the guards two voices' rebuttals apply under the threshold
(`voice_rebuttals.about_two_things`, `told_apart`). Each dispute is put in one class by
its best pair (a concept found before none, then the higher probability):

* `no clash`: no pair negates a concept the other states (another verb, another noun,
  the negation read on another word): no bar or candidate step reads these;
* `clash, linked`: a pair at or over the link threshold: rule 6 read it, the dispute was
  lost later (a veto, a fold, point building);
* `clash, below`: compared, under the threshold;
* `clash, not compared`: no blocking step compared the pair.

With `--bar B` a last tally counts the disputes of the last two classes that some pair
with a concept would make a rebuttal edge for, were rule 6 to read pairs of one voice (or
none) from link probability B with the two-voice guards (never compared pairs counted as
if compared at B): an upper bound on what a lower bar or a negation candidate step finds.

Prints only short starts of statements.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/negated_pairs.py [--bar B] [cluster ...]
(default: the tunable made-up clusters; a held-out one is never read)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

CLASSES = ("no clash", "clash, linked", "clash, below", "clash, not compared")


class NegatedPair(NamedTuple):
    """One cross-side pair of two origins, exactly one negating."""

    prob: float  # link probability; -1.0 when never compared
    clash: str  # the concept one negates that the other states; '' when none
    two_things: bool  # `about_two_things` (False when no clash)
    told_apart: bool  # `told_apart` (False when no clash)
    negated: str  # the negating claim's statement
    other: str  # the other claim's statement


def pair_class(prob: float, clash: str, threshold: float) -> str:
    """The class of one pair (see the module docstring)."""
    if not clash:
        return "no clash"
    if prob < 0:
        return "clash, not compared"
    return "clash, linked" if prob >= threshold else "clash, below"


def best_pair(pairs: Sequence[NegatedPair]) -> NegatedPair | None:
    """The pair a dispute is classed by: one with a clash first, then the highest
    probability, then the statements (so the choice is stable)."""
    return max(pairs, key=lambda q: (bool(q.clash), q.prob, q.negated, q.other), default=None)


def would_rebut(pair: NegatedPair, bar: float, threshold: float) -> bool:
    """Whether rule 6 with the two-voice guards would make a rebuttal edge of `pair` were
    it read from link probability `bar` (a never compared pair as if compared at `bar`)."""
    if not pair.clash or pair.two_things or pair.told_apart:
        return False
    return pair.prob < 0 or bar <= pair.prob < threshold


def negated_pairs(trace: Any, sides: Sequence[set[int]]) -> list[NegatedPair]:
    """The cross-side pairs of two origins of which exactly one claim has a negation word."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voice_rebuttals import about_two_things, told_apart
    from consensus.models import Polarity

    feats = trace.feats
    negations = _Negations(feats)

    def asserted(k: int) -> Any:
        return negations(k) if feats[k].claim.polarity == Polarity.asserts else NO_NEGATION

    out: set[NegatedPair] = set()
    for x, si in enumerate(sides):
        for sj in sides[x + 1 :]:
            for i in si:
                for j in sj:
                    a, b = feats[i], feats[j]
                    if i == j or a.origin == b.origin or negations.hinted[i] == negations.hinted[j]:
                        continue
                    what = _negation_clash(a, b, asserted(i), asserted(j))
                    neg, other = (a, b) if negations.hinted[i] else (b, a)
                    out.add(
                        NegatedPair(
                            trace.prob.get((min(i, j), max(i, j)), -1.0),
                            what,
                            bool(what) and about_two_things(neg, other, what),
                            bool(what) and told_apart(trace.ctx, neg, other, what),
                            neg.claim.statement,
                            other.claim.statement,
                        )
                    )
    return sorted(out)


def diagnose(event: str, bar: float | None, tally: Counter[str]) -> None:
    """Print one cluster's missed disputes with a negated pair, and count them in `tally`."""
    from consensus.merge.link import link_model

    threshold = link_model().threshold
    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    missed = set(score_report(event, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        pairs = negated_pairs(trace, sides)
        best = best_pair(pairs)
        if best is None:
            continue
        what = pair_class(best.prob, best.clash, threshold)
        kind = point.get("kind", "?")
        tally[f"class | {what}"] += 1
        tally[f"kind | {what} | {kind}"] += 1
        guards = ""
        if best.clash:
            guards = " about two things" * best.two_things + " told apart" * best.told_apart
            if what != "clash, linked":
                tally[f"guards | {what} | {guards.strip() or 'pass'}"] += 1
        if bar is not None and what in CLASSES[2:]:
            if any(would_rebut(q, bar, threshold) for q in pairs):
                tally[f"would rebut from p {bar} | {what}"] += 1
        print(f"== {event} {point['id']} ({kind}): {what}, p={best.prob:.3f}")
        print(f"    not {best.clash or '-'}{guards}")
        print(f"    negates: {best.negated[:SHORT]!r}")
        print(f"    other:   {best.other[:SHORT]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bar", type=float, default=None, help="count what rule 6 would read from")
    ap.add_argument("clusters", nargs="*")
    args = ap.parse_args(argv)
    names = tunable(args.clusters or madeup())
    tally: Counter[str] = Counter()
    for event in names:
        diagnose(event, args.bar, tally)
    print(f"== {sum(v for k, v in tally.items() if k.startswith('class |'))} missed disputes")
    for key, n in sorted(tally.items(), key=lambda kv: (kv[0].split(" | ")[0], -kv[1], kv[0])):
        print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
