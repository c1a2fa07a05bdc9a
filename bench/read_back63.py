"""The contested points `figure_read_back` makes or drops, read one by one (session 63).

For each named tunable made-up cluster (a held-out one is refused), the report is built as
bench/quality.py builds it twice: as shipped, and with the read-back turned off
(`compare.read_back` as the identity: every number that names nothing read as written).
Every contested point found in one report only is printed with its rule, its topic, whether
the gold backs it (`score_report`: shown as a gold dispute's two sides, else NOGOLD) and
its positions' short starts; a tally closes the run (new / dropped, gold / no gold).

Prints only short starts of statements.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/read_back63.py event ...
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_sides import cluster_and_gold
from missed_links import SHORT, traced_report
from quality_lib import madeup, score_report, tunable

import consensus.merge.compare as compare


def _points(event: str) -> tuple[dict[frozenset[str], Any], set[str]]:
    """The report's contested points by their positions' statements, and the topics of
    those that show no gold dispute."""
    articles, exp = cluster_and_gold(event)
    report, _ = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    points = {frozenset(p.statement for p in c.positions): c for c in report.contested}
    return points, {t for t in score.unconfirmed_items}


def compare_event(event: str, tally: Counter[str]) -> None:
    """Print the points only one of the two reports of `event` shows."""
    shipped = compare.read_back
    on, on_nogold = _points(event)
    compare.read_back = lambda _articles, figs: list(figs)  # type: ignore[assignment]
    try:
        off, off_nogold = _points(event)
    finally:
        compare.read_back = shipped
    for what, mine, other, nogold in (
        ("NEW", on, off, on_nogold),
        ("DROPPED", off, on, off_nogold),
    ):
        for key, c in mine.items():
            if key in other:
                continue
            gold = "NOGOLD" if c.topic[:90] in nogold else "gold"
            tally[f"{what.lower()} {gold}"] += 1
            print(f"{event} {what} {gold} [{c.rule}] {c.topic[:80]!r}")
            for p in c.positions:
                print(f"    {p.statement[:SHORT]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    events = list(sys.argv[1:] if argv is None else argv)
    allowed = set(tunable(madeup()))
    tally: Counter[str] = Counter()
    for event in events:
        if event not in allowed:
            print(f"{event}: no tunable made-up cluster, not read")
            continue
        compare_event(event, tally)
    print("== points one report only shows")
    for what, n in sorted(tally.items()):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
