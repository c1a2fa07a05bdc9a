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
* `no clash, a denial`: the same, the negating claim of the best pair given as a denial
  (its polarity `denies`: link rule 2 reads it by what it rejects, not rule 6);
* `clash, linked`: a pair at or over the link threshold: rule 6 read it, the dispute was
  lost later (a veto, a fold, point building);
* `clash, below`: compared, under the threshold;
* `clash, not compared`: no blocking step compared the pair.

For a `no clash` dispute the step of `_negation_clash` that turned its best pair away is
tallied too (`why_no_clash`): the negation reads no concept (`negation` found nothing it
governs), none of the negated concepts is one the other states, a negated concept the
other states is no content word of the negating claim (a name: "not an XL bully"), the
other restates a negation ("failed to", "the first ... since"), the negated word was an
instruction ("nobody told me to leave"), or a concept negated of a subject the other does
not name.

`compared | ...` counts the `no clash` disputes by how far their pairs got (`compared_class`:
never compared, compared under p 0.05, compared).

For each `no clash` dispute the census also asks `negation_scope.scope_rebuttal` (session
47, negscope47) of every pair: a passive noun negation ("No Taser was discharged") whose
noun the other names as an object ("police used a Taser"). `scope | ...` counts the
disputes some pair of which it reads, at or over `SCOPE_REBUT_AT` (a rebuttal edge
today) or below it, and those it reads none of, by `why_no_clash`.

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
from collections.abc import Iterator, Sequence
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

CLASSES = ("no clash", "no clash, a denial", "clash, linked", "clash, below", "clash, not compared")


class NegatedPair(NamedTuple):
    """One cross-side pair of two origins, exactly one negating."""

    prob: float  # link probability; -1.0 when never compared
    clash: str  # the concept one negates that the other states; '' when none
    two_things: bool  # `about_two_things` (False when no clash)
    told_apart: bool  # `told_apart` (False when no clash)
    denial: bool  # the negating claim's polarity is `denies` (rule 2's, not rule 6's)
    why: str  # for no clash: the step of `_negation_clash` that turned it away (else '')
    negated: str  # the negating claim's statement
    other: str  # the other claim's statement
    scope: str = ""  # for no clash: the verb `scope_rebuttal` reads the pair by (else '')


def pair_class(prob: float, clash: str, threshold: float, denial: bool = False) -> str:
    """The class of one pair (see the module docstring)."""
    if not clash:
        return "no clash, a denial" if denial else "no clash"
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


def scope_class(pairs: Sequence[NegatedPair]) -> str:
    """How `negation_scope.scope_rebuttal` reads a `no clash` dispute's pairs: 'reads, a
    rebuttal' when some pair it reads links at `SCOPE_REBUT_AT` (an edge today), 'reads,
    below the bar' when it reads only pairs under it (or never compared), else 'none'."""
    from consensus.merge.negation_scope import SCOPE_REBUT_AT

    read = [q for q in pairs if q.scope]
    if any(q.prob >= SCOPE_REBUT_AT for q in read):
        return "reads, a rebuttal"
    return "reads, below the bar" if read else "none"


def compared_class(pairs: Sequence[NegatedPair]) -> str:
    """How far blocking and the link model took a `no clash` dispute's pairs: 'never
    compared' (no pair), 'under p 0.05', or 'compared' (session 48: most are never
    compared, so no reading of the negation alone would find them)."""
    best = max((q.prob for q in pairs), default=-1.0)
    return "never compared" if best < 0 else "under p 0.05" if best < 0.05 else "compared"


def why_no_clash(x: Any, y: Any, neg: Any) -> str:
    """Which step of `score._negation_clash` finds no concept that `x` (negating, its
    negation `neg`) negates and `y` states: the first step every negated concept fails."""
    from consensus.merge.features import _stem
    from consensus.merge.implied_negation import negated_by_verb
    from consensus.merge.lexicon import _NEGATION_SAME, _NEGATION_SPEECH
    from consensus.merge.negated_instructions import only_instructed
    from consensus.merge.verb_lemmas import lemmas, with_lemmas

    if not neg.concepts:
        return "the negation reads no concept"
    if any(t.low in _NEGATION_SAME for t in y.toks):
        return "the other restates a negation (first, only)"
    said = set(y.concepts) | {_stem(t.low) for t in y.toks if t.low in _NEGATION_SPEECH}
    said = with_lemmas(said, y.toks)  # (an irregular past as its base, session 48)
    bases = lemmas(x.toks)
    acts = {_stem(t.low) for t in x.toks if t.low in _NEGATION_SPEECH}
    stated = [c for c in sorted(neg.concepts) if c in said or bases.get(c) in said]
    if not stated:
        return "no negated concept is one the other states"
    content = [c for c in stated if c in x.content or c in acts]
    if not content:
        return "a stated concept is no content word of the negation (a name)"
    kept = [c for c in content if not negated_by_verb(y.toks, c)]
    if not kept:
        return "the other negates it by a verb (failed to ...)"
    kept = [c for c in kept if not only_instructed(x.toks, c)]
    if not kept:
        return "the negated word was an instruction"
    return "negated of a subject the other does not name"


def negated_pairs(trace: Any, sides: Sequence[set[int]]) -> list[NegatedPair]:
    """The cross-side pairs of two origins of which exactly one claim has a negation word."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.negation_scope import scope_rebuttal
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
                    said = negations(i if neg is a else j)
                    why = "" if what else why_no_clash(neg, other, said)
                    scope = ""
                    if not what and neg.claim.polarity == Polarity.asserts:
                        scope = scope_rebuttal(trace.ctx, neg, other, said)
                    out.add(
                        NegatedPair(
                            trace.prob.get((min(i, j), max(i, j)), -1.0),
                            what,
                            bool(what) and about_two_things(neg, other, what),
                            bool(what) and told_apart(trace.ctx, neg, other, what),
                            neg.claim.polarity == Polarity.denies,
                            why,
                            neg.claim.statement,
                            other.claim.statement,
                            scope,
                        )
                    )
    return sorted(out)


def missed_dispute_sides(event: str) -> Iterator[tuple[dict[str, Any], Any, list[set[int]]]]:
    """Each missed gold dispute of a made-up cluster with the run's trace and, per side, the
    claims whose citations cover that side's anchors (`covering`)."""
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
        yield point, trace, sides


def diagnose(event: str, bar: float | None, tally: Counter[str]) -> None:
    """Print one cluster's missed disputes with a negated pair, and count them in `tally`."""
    from consensus.merge.link import link_model

    threshold = link_model().threshold
    for point, trace, sides in missed_dispute_sides(event):
        pairs = negated_pairs(trace, sides)
        best = best_pair(pairs)
        if best is None:
            continue
        what = pair_class(best.prob, best.clash, threshold, best.denial)
        kind = point.get("kind", "?")
        tally[f"class | {what}"] += 1
        tally[f"kind | {what} | {kind}"] += 1
        guards = ""
        if not best.clash:
            tally[f"why no clash | {best.why}"] += 1
            guards = f" ({best.why})"
            tally[f"scope | {scope_class(pairs)} | {best.why}"] += 1
            tally[f"compared | {compared_class(pairs)}"] += 1
            read = max((q for q in pairs if q.scope), key=lambda q: q.prob, default=None)
            if read is not None:
                guards += f" scope reads: not {read.scope} (p={read.prob:.3f})"
        if best.clash:
            guards = " about two things" * best.two_things + " told apart" * best.told_apart
            if what != "clash, linked":
                tally[f"guards | {what} | {guards.strip() or 'pass'}"] += 1
        if bar is not None and what in CLASSES[3:]:
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
