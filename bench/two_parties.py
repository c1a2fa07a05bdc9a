"""Why the missed gold update/figure points one article tells in two claims are not made.

For each missed contested point of kind update or figure whose two sides hold two claims of
one origin (as `told_inside --sep` lists them), prints the pair and the step that loses it:
- "one group": the two claims were joined as one fact;
- "no slot pair": no figure of one and figure of the other are of one slot (`disputes._one_slot`)
  with different values; by why: a claim with no figure, no two values of one unit, a figure
  with no counted noun ("the true number is six"), or two counted nouns ("3,400 applicants"
  / "4,000 students");
- "one speaker missing" / "same speaker": the speaker reader names no party for one of them, or
  one party for both (`speakers.same_speaker`);
- "two parties": a slot pair with two named speakers: the shape a same-article point reads;
and whether the gold point also has a side another origin gives ("other origins"). With
`--fire` also counts every pair of claims of one article, in two groups, the "two parties"
reading would set against each other (a figure each of one slot, different values, two named
speakers), by whether the two claims sit on two sides of one gold point ("gold point"), on
one side or one point's side and no other ("same side"), or on no gold side ("no point"):
the precision a same-article point of that shape would have. A tally closes the run.

Prints statements in full only for the made-up clusters; dev statements are cut to `SHORT`.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/two_parties.py [event ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, traced_report
from quality_lib import Locator, events, gold_cluster, madeup, score_report, tunable
from told_inside import missed_figure_sides, one_origin_pair

import consensus.merge.link as _link
from consensus.merge.article_pairs import _QUOTED
from consensus.merge.disputes import _one_slot
from consensus.merge.figures import figures
from consensus.merge.speakers import same_speaker

_BEFORE_DROP: set[tuple[int, int]] = set()  # the conflict pairs before `drop_article_pairs`
_real_drop = _link.drop_article_pairs


def _drop(feats: object, join: object, edges: list[object], *rest: object) -> object:
    """`drop_article_pairs`, remembering the conflict edges it was given."""
    _BEFORE_DROP.clear()
    _BEFORE_DROP.update(
        (min(e.i, e.j), max(e.i, e.j))  # type: ignore[attr-defined]
        for e in edges
        if e.conflict  # type: ignore[attr-defined]
    )
    return _real_drop(feats, join, edges, *rest)  # type: ignore[arg-type]


_link.drop_article_pairs = _drop  # type: ignore[assignment]


def _why(trace: object, a: int, b: int) -> str:
    """The step that loses the pair of claims `a`, `b` of one origin (module doc)."""
    groups = {m: g for g, ms in enumerate(trace.members) for m in ms}  # type: ignore[attr-defined]
    if groups.get(a) == groups.get(b):
        return "one group"
    fa, fb = trace.feats[a], trace.feats[b]  # type: ignore[attr-defined]
    pairs = [
        (x, y)
        for x in figures(fa.claim.statement)
        for y in figures(fb.claim.statement)
        if x.value != y.value and _one_slot(x, y)
    ]
    if not pairs:
        xs, ys = figures(fa.claim.statement), figures(fb.claim.statement)
        if not xs or not ys:
            return "no slot pair: a claim with no figure"
        same_unit = [(x, y) for x in xs for y in ys if x.value != y.value and x.unit == y.unit]
        if not same_unit:
            return "no slot pair: no two values of one unit"
        if any(not (x.head or x.noun) or not (y.head or y.noun) for x, y in same_unit):
            return "no slot pair: a figure with no counted noun"
        return "no slot pair: two counted nouns"
    if not fa.speaker or not fb.speaker:
        return "one speaker missing"
    if same_speaker(fa.speaker, fb.speaker):
        return "same speaker"
    return "two parties"


def _step(trace: object, a: int, b: int) -> str:
    """Where a pair the "two parties" reading sets apart stops: not paired by
    `article_pairs.article_codes` (one speaker compatible with the other, no content word in
    common, one claim `SIZE_RATIO` times the other), paired but no conflict edge made (under
    the link rule's bar or vetoed there), an edge `drop_article_pairs` dropped (another
    conflict edge holds a claim, or a quotation), or an edge the verdict left."""
    ctx = trace.ctx  # type: ignore[attr-defined]
    q = (min(a, b), max(a, b))
    if q not in ctx.article_only:
        return "not paired"
    edges = trace.edges  # type: ignore[attr-defined]
    if not any(e.conflict and (min(e.i, e.j), max(e.i, e.j)) == q for e in edges):
        if q not in _BEFORE_DROP:
            return "paired, under the bar"
        quoted = any(_QUOTED.search(trace.feats[c].claim.statement) for c in q)  # type: ignore[attr-defined]
        return "edge dropped (quoted)" if quoted else "edge dropped (held)"
    return "edge made"


def _fire(
    trace: object,
    sides_of: dict[int, set[tuple[str, int]]],
    missed: set[str],
    tally: Counter[str],
) -> None:
    """Tally the one-article pairs the "two parties" reading sets against each other."""
    feats = trace.feats  # type: ignore[attr-defined]
    groups = {m: g for g, ms in enumerate(trace.members) for m in ms}  # type: ignore[attr-defined]
    figs = [figures(f.claim.statement) for f in feats]
    for a, fa in enumerate(feats):
        for b in range(a + 1, len(feats)):
            fb = feats[b]
            if fa.article != fb.article or groups.get(a) == groups.get(b):
                continue
            if not fa.speaker or not fb.speaker or same_speaker(fa.speaker, fb.speaker):
                continue
            if not any(x.value != y.value and _one_slot(x, y) for x in figs[a] for y in figs[b]):
                continue
            sa, sb = sides_of.get(a, set()), sides_of.get(b, set())
            points_a, points_b = {p for p, _ in sa}, {p for p, _ in sb}
            hit = {p for p, i in sa for q, j in sb if p == q and i != j}
            if hit:
                what = "gold point, missed" if hit & missed else "gold point, found"
            elif points_a & points_b:
                what = "same side"
            else:
                what = "no point"
            step = _step(trace, a, b)
            tally[f"fire | {what} | {step}"] += 1
            print(f"   fire {what} ({step}): [{fa.speaker}] {fa.claim.statement[:SHORT]!r}")
            print(f"                [{fb.speaker}] {fb.claim.statement[:SHORT]!r}")


def read(event: str, tally: Counter[str], fire: bool = False) -> None:
    dev = event in events()
    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    if fire:
        sides_of: dict[int, set[tuple[str, int]]] = {}
        for point in exp.get("contested", []):
            for i, side in enumerate(point["sides"]):
                anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
                for ms in covering(trace, anchors).values():
                    for m in ms:
                        sides_of.setdefault(m, set()).add((point["id"], i))
        _fire(trace, sides_of, missed, tally)
    for point, kind, sides in missed_figure_sides(exp, missed, loc, trace):
        if not all(sides) or set.intersection(*sides):
            continue
        origin, pair = one_origin_pair(trace, sides)
        if pair is None:
            continue
        a, b = pair
        others = len({origin[x] for s in sides for x in s} - {origin[a]})
        why = _why(trace, a, b)
        tally[f"{why} | {'other origins' if others else 'one origin'}"] += 1
        fa, fb = trace.feats[a], trace.feats[b]
        sa, sb = fa.claim.statement, fb.claim.statement
        if dev:
            sa, sb = sa[:SHORT], sb[:SHORT]
        print(f"== {event} {point['id']} ({kind}) #{a}/#{b} {why}; other origins {others}")
        print(f"   [{fa.speaker}] {sa!r}\n   [{fb.speaker}] {sb!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--fire", action="store_true", help="count the pairs the reading sets apart")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    for event in args.events or [*events(), *tunable(madeup())]:
        read(event, tally, args.fire)
    points = sum(n for what, n in tally.items() if not what.startswith("fire"))
    pairs = sum(n for what, n in tally.items() if what.startswith("fire"))
    print(f"== {points} missed update/figure points one origin tells in two claims")
    if args.fire:
        print(f"== {pairs} one-article pairs the two-parties reading sets against each other")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
