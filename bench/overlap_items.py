"""Census of report items that cite overlapping spans of one article (session 59, overlap59).

Session 58's editor read (bench/editor58.tsv) found the most frequent defect the metrics do not
count: "repeat inside one sentence", two printed items citing overlapping character spans of one
article, so the editor reads the same words twice. For every pair of agreed and single-source
items of the offline report (agreed/agreed, agreed/single, single/single; the sides of a
contested point are not counted: two sides quoting one sentence is how a point is shown) that
hold a citation each of one article whose [start, end) spans overlap, the pair is classified:

* same fact twice: the two statements have the same content words (function words aside,
  stemmed: `consensus/merge/claim_words.content_stems`): the editor reads one fact, and its
  quote, twice;
* one inside the other: one statement's content words are all words of the other, which says
  more ("Jo Roe is 34" beside "Jo Roe, 34, said the tram sped up"): the smaller fact is
  printed again inside the larger one; a repeat when the smaller item is the single-source
  one (`consensus/merge/repeated_singles.py` leaves such a single out), a clause part of
  the larger sentence that other outlets state when it is agreed;
* two facts of one sentence: each statement has a content word the other lacks (a relative
  clause "X, who R, did V" printed as "X R" and "X did V"; two facts cut from one sentence).

Each class is split by span: "contained" when every citation of one item lies inside a
citation of the other in the same article (it shows no words of its own), "overlap" else.

Default clusters: as `bench/statements.py` (the dev clusters, seeds and cluster2, and every
tunable made-up cluster; never a held-out one). Prints, per table, items / pairs / each class /
each pair of tables / "single repeats" (a pair of the first two classes whose item with fewer
content words, or either when they are equal, is single-source: what
`consensus/merge/repeated_singles.py` leaves out, unless the single ranks above a single
it repeats); with -v each pair with its statements and quotes.

With --before each cluster's report is also counted as built without
`consensus/merge/repeated_singles.py` (tables "<table> before"; the same single-source items
the merger builds, none left out), and a PER line per cluster gives both pair counts.

Usage: .venv/bin/python bench/overlap_items.py [-v] [--before] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

from consensus.merge.claim_words import content_stems
from consensus.models import Citation, Item, Report


def _inside(inner: Citation, outer: Citation) -> bool:
    return inner.article == outer.article and outer.start <= inner.start and inner.end <= outer.end


def _overlap(a: Citation, b: Citation) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def contained(inner: Item, outer: Item) -> bool:
    """Whether every citation of `inner` lies inside a citation of `outer`."""
    return bool(inner.citations) and all(
        any(_inside(c, o) for o in outer.citations) for c in inner.citations
    )


def overlapping_pairs(report: Report) -> list[tuple[str, Item, Item]]:
    """(class, item, item) of every printed pair of agreed/single items whose citations overlap
    in one article; class is "same fact twice", "one inside the other" or "two facts", then
    "contained" or "overlap"."""
    printed = [*report.agreed, *report.single_source]
    out: list[tuple[str, Item, Item]] = []
    for a, b in combinations(printed, 2):
        if not any(_overlap(x, y) for x in a.citations for y in b.citations):
            continue
        words_a, words_b = content_stems(a.statement), content_stems(b.statement)
        if words_a == words_b:
            kind = "same fact twice"
        elif words_a <= words_b or words_b <= words_a:
            kind = "one inside the other"
        else:
            kind = "two facts"
        span = "contained" if contained(a, b) or contained(b, a) else "overlap"
        out.append((f"{kind}, {span}", a, b))
    return out


def single_repeats(report: Report, a: Item, b: Item) -> bool:
    """Whether a single-source item of the pair says nothing the other does not."""
    words_a, words_b = content_stems(a.statement), content_stems(b.statement)
    return (words_a <= words_b and a in report.single_source) or (
        words_b <= words_a and b in report.single_source
    )


def _table_of(report: Report, item: Item) -> str:
    return "agreed" if item in report.agreed else "single"


def _reports(name: str, before: bool) -> list[tuple[str, Report]]:
    """(table, report) of a cluster; with `before`, first the report as built without
    `repeated_singles` (table "<table> before"), then with it."""
    if not before:
        return [cluster_report(name)]
    import consensus.merge.verdicts as verdicts
    from consensus.merge.repeated_singles import without_repeated_singles

    verdicts.without_repeated_singles = lambda agreed, single: list(single)  # type: ignore
    table, report = cluster_report(name)
    verdicts.without_repeated_singles = without_repeated_singles
    after = without_repeated_singles(report.agreed, report.single_source)
    return [
        (f"{table} before", report),
        (table, report.model_copy(update={"single_source": tuple(after)})),
    ]


def census(names: list[str], verbose: bool, before: bool = False) -> dict[str, Counter[str]]:
    tables: dict[str, Counter[str]] = {}
    for name, (table, report) in ((n, r) for n in names for r in _reports(n, before)):
        count = tables.setdefault(table, Counter())
        count["items"] += len(report.agreed) + len(report.single_source)
        pairs = overlapping_pairs(report)
        if before:  # (a line per cluster: a long census can be read while it runs)
            print(f"PER {name} {table.replace(' ', '_')} pairs={len(pairs)}", flush=True)
        for kind, a, b in pairs:
            count["pairs"] += 1
            count[kind] += 1
            count[kind.split(",")[0]] += 1
            if single_repeats(report, a, b):
                count["single repeats"] += 1
            count[f"{_table_of(report, a)}/{_table_of(report, b)}"] += 1
            if verbose:
                print(f"[{name}] {kind} {_table_of(report, a)}/{_table_of(report, b)}")
                for item in (a, b):
                    print(f"  S ({len(item.sources)} src): {item.statement}")
                    for c in item.citations:
                        print(f"    {c.article}[{c.start}:{c.end}] {c.quote}")
                print()
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--before",
        action="store_true",
        help="also count each report as built without merge/repeated_singles.py",
    )
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tables = census(args.names or default_names(), args.verbose, args.before)
    totals: dict[str, Counter[str]] = {}
    for table, count in tables.items():
        key = "TOTAL before" if table.endswith(" before") else "TOTAL"
        totals.setdefault(key, Counter()).update(count)
    for cols in (
        ("items", "pairs", "same fact twice", "one inside the other"),
        ("two facts", "single repeats", "agreed/agreed", "agreed/single", "single/single"),
        ("same fact twice, contained", "same fact twice, overlap"),
        ("one inside the other, contained", "one inside the other, overlap"),
        ("two facts, contained", "two facts, overlap"),
    ):
        print(f"{'table':<18} " + " ".join(f"{c:>31}" for c in cols))
        for table, count in [*tables.items(), *sorted(totals.items())]:
            print(f"{table:<18} " + " ".join(f"{count[c]:>31}" for c in cols))


if __name__ == "__main__":
    main()
