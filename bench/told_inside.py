"""The missed gold update/figure disputes one claim's own sentence holds both sides of.

For each missed contested point of kind update or figure whose two sides are both covered by
one claim (its citations overlap an anchor of each side), prints the claim (origin, figures
read, its statement), what `figure_rivals_told.told_pair` reads of it (own and told figure,
or why none), and the cue shape its words show (`_cue`: a "when"/"before"/"as of" clause
after the told figure, "revised from X to Y", "raised ... to Y from X", "X, later corrected
to Y", "initially reported X", another opener). With `--sep` also lists missed points whose
two sides sit in one article in two claims of one origin (a rival told in a separate clause
or sentence the extractor cut apart). A tally by cue closes the run.

Prints statements in full only for the made-up clusters; dev statements are cut to `SHORT`.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/told_inside.py [--sep] [event ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, traced_report
from quality_lib import Locator, events, gold_cluster, madeup, score_report, tunable

from consensus.merge.figure_rivals_told import told_as_other, told_pair

_CUES = [
    ("time clause", re.compile(r"\b(?:when|before|after|as\s+of|at\s+the\s+time)\b", re.I)),
    ("revised from/to", re.compile(r"\b(?:revis|correct|amend|adjust|updat)\w*\b", re.I)),
    ("raised/cut to Y from X", re.compile(r"\bto\s+[\d$£€][^,;]{0,40}\bfrom\s+[\d$£€]", re.I)),
    ("initially/first", re.compile(r"\b(?:initial(?:ly)?|first|original(?:ly)?)\b", re.I)),
    ("up/down from", re.compile(r"\b(?:up|down)\s+from\b", re.I)),
    ("than/against", re.compile(r"\b(?:than|against|compared)\b", re.I)),
]


def _cue(statement: str) -> str:
    """The first cue shape (`_CUES`) the statement shows, else "none"."""
    return next((name for name, rx in _CUES if rx.search(statement)), "none")


def missed_figure_sides(
    exp: dict[str, Any], missed: set[str], loc: Locator, trace: Any
) -> Iterator[tuple[dict[str, Any], str, list[set[int]]]]:
    """Each missed gold update/figure point with its kind and, per side, the claims that
    cover the side's anchors (points with fewer than two sides left out)."""
    for point in exp.get("contested", []):
        kind = point.get("kind", "?")
        if point["id"] not in missed or kind not in ("update", "figure"):
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        if len(sides) >= 2:
            yield point, kind, sides


def one_origin_pair(
    trace: Any, sides: list[set[int]]
) -> tuple[dict[int, int], tuple[int, int] | None]:
    """The origin of each side claim and the first pair of two claims of the first two
    sides told by one origin (None when no origin tells both)."""
    origin = {x: trace.feats[x].origin for s in sides for x in s}
    same = [
        (a, b)
        for a in sorted(sides[0])
        for b in sorted(sides[1])
        if a != b and origin[a] == origin[b]
    ]
    return origin, (same[0] if same else None)


def read(event: str, tally: Counter[str], sep: bool) -> None:
    dev = event in events()
    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    for point, kind, sides in missed_figure_sides(exp, set(score.disputes_missed), loc, trace):
        both = set.intersection(*sides) if all(sides) else set()
        for m in sorted(both):
            f = trace.feats[m]
            st = f.claim.statement
            figs = trace.ctx.figs[m]
            pair = told_pair(st, figs)
            told = [g.text for g in figs if told_as_other(st, g)]
            read_ = f"own {pair[0].text} told {pair[1].text}" if pair else f"told {told}"
            cue = _cue(st)
            tally[f"one claim | {kind} | pair={'yes' if pair else 'no'} | {cue}"] += 1
            shown = st[:SHORT] if dev else st
            print(f"== {event} {point['id']} ({kind}) #{m} o={f.origin} {read_} [{cue}]")
            print(f"   figs {[g.text for g in figs]}: {shown!r}")
        if sep and not both and all(sides):
            origin, pair2 = one_origin_pair(trace, sides)
            if pair2 is not None:
                a, b = pair2
                tally[f"one origin, two claims | {kind}"] += 1
                sa, sb = trace.feats[a].claim.statement, trace.feats[b].claim.statement
                if dev:
                    sa, sb = sa[:SHORT], sb[:SHORT]
                print(f"== {event} {point['id']} ({kind}) #{a}/#{b} o={origin[a]} two claims")
                print(f"   {sa!r}\n   {sb!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--sep", action="store_true", help="list one-origin two-claim misses too")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    for event in args.events or [*events(), *tunable(madeup())]:
        read(event, tally, args.sep)
    print(f"== {sum(tally.values())} missed update/figure points told inside one article")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
