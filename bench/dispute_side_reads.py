"""What the readers make of each side of the missed figure disputes of tunable made-up
clusters (nothing of HELD_OUT.txt is read): per claim covering a side, its article, the
figures `figures.figures` reads (`PairContext.figs`: text, unit, value) and the clock times
`clock.clock_times` reads. Tells a side the figure reader drops (a duration in minutes, a
date, a count in words) from one whose figure is read but never compared (both sides in
one article, a clock time whose pair is no candidate).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/dispute_side_reads.py cluster[:dispute-id] ...
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

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


def reads(name: str, only: str | None) -> list[str]:
    """Lines for each missed figure dispute of `name` (or the one whose id is `only`)."""
    from consensus.merge.clock import clock_times

    articles = annotated_articles(name, MADEUP_GOLD)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    missed = set(score_report(name, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    ctx, feats = trace.ctx, trace.feats
    out = []
    for point in exp.get("contested", []):
        pid = str(point["id"])
        if (only and pid != only) or pid not in missed or point.get("kind") != "figure":
            continue
        out.append(f"== {name} {pid}")
        for n, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            for m in sorted({m for ms in covering(trace, anchors).values() for m in ms}):
                statement = feats[m].claim.statement
                figs = [(f.text, f.unit, f.value) for f in ctx.figs[m]]
                clocks = [t.text for t in clock_times(statement)]
                out.append(
                    f"  side {n} #{m} {feats[m].article[:16]} {statement[:SHORT]!r}"
                    f" figures={figs} clocks={clocks}"
                )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    names = set(tunable(madeup()))
    for arg in argv if argv is not None else sys.argv[1:]:
        name, _, only = arg.partition(":")
        if name not in names:
            print(f"not a tunable made-up cluster: {name}", file=sys.stderr)
            return 2
        print("\n".join(reads(name, only or None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
