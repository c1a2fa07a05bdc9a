"""Census of the report statements that open on "Its", before and after the display stage
`consensus/its_owners.name_its_owners` (session 60, possessive60): every shown statement
(agreed and single-source items, each contested side) of each cluster's offline report, counted
as the merger made it and as the report shows it, with each rewrite listed under -v (the
statement as merged and as shown) and each "Its" still shown under --kept (with the text
before its first quote). The clusters are
bench/statements.py's default set (dev, seeds and cluster2, the made-up and TRAINING blind
clusters; never the held-out ones).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/its_owners.py [-v] [--kept] [-j N] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

import consensus.its_owners as its_owners
from consensus.models import Article, Report


def _shown(report: Report) -> list[str]:
    sides = [p.statement for c in report.contested for p in c.positions]
    return [i.statement for i in (*report.agreed, *report.single_source)] + sides


def _kept(report: Report, articles: tuple[Article, ...]) -> list[tuple[str, str]]:
    """(text before the first quote, statement) of each shown statement still opening on
    "Its"."""
    texts = {a.id: a.text for a in articles}
    sides = [p for c in report.contested for p in c.positions]
    out = []
    for one in [*report.agreed, *report.single_source, *sides]:
        if one.statement.startswith("Its ") and one.citations:
            c = one.citations[0]
            before = texts.get(c.article, "")[max(0, c.start - 160) : c.start]
            out.append((" ".join(before.split()), one.statement))
    return out


def one(
    name: str,
) -> tuple[str, str, int, int, list[tuple[str, str]], list[tuple[str, str]]]:
    """(cluster, table, "Its" openings merged, "Its" openings shown, [(merged, shown)],
    [(text before, statement) still shown on "Its"])."""
    seen: list[tuple[Report, Report, tuple[Article, ...]]] = []
    stage = its_owners.name_its_owners

    def watched(report: Report, articles: tuple[Article, ...]) -> Report:
        out = stage(report, articles)
        seen.append((report, out, articles))
        return out

    its_owners.name_its_owners = watched  # type: ignore[assignment]
    try:
        table, _ = cluster_report(name)
    finally:
        its_owners.name_its_owners = stage  # type: ignore[assignment]
    ((merged, shown, articles),) = seen
    a, b = _shown(merged), _shown(shown)
    rewrites = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    count = lambda ss: sum(s.startswith("Its ") for s in ss)  # noqa: E731
    return name, table, count(a), count(b), rewrites, _kept(shown, articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", action="store_true", help="print each rewrite")
    ap.add_argument("--kept", action="store_true", help="print each 'Its' still shown")
    ap.add_argument("-j", type=int, default=1, help="processes")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    with Pool(args.j) as pool:
        rows = pool.map(one, args.names or default_names(), chunksize=1)
    merged: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for name, table, a, b, rewrites, kept in rows:
        merged[table] += a
        shown[table] += b
        for x, y in rewrites if args.v else ():
            print(f"{name}\n  - {x}\n  + {y}")
        for before, statement in kept if args.kept else ():
            print(f"{name} KEPT\n  … {before}\n  = {statement}")
    for table in sorted(merged):
        print(f"{table}: 'Its' openings merged {merged[table]}, shown {shown[table]}")
    print(f"total: 'Its' openings merged {merged.total()}, shown {shown.total()}")


if __name__ == "__main__":
    main()
