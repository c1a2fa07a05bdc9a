"""How the sides of the gold disputes a report misses lie over groups, parties and origins.

For each named cluster (dev: bench/quality.py's pipeline with the shipped weights; made-up:
tests/data/madeup with its gold in tests/data/madeup_gold), every missed gold dispute is
classed by the claims that cover its sides' anchors (and "also" sentences):

- "extraction": a side no claim covers;
- "shared group": a group holds claims of two sides (linked into one);
- else "<single|multi>-grp/<party|voice>/<1src|2src>": whether some side is spread over
  several groups; whether each side's claims are told as a party's words
  (`party_sides.told_by_party`) or in the outlets' own voice; whether some side is told by
  one origin only.

The tally closes the run ("class | gold kind"), the census `party_pools` (session 21) was
built from: a mechanism that reads a party's groups together can only reach the "multi-grp"
and "party" classes. Prints only short starts of statements (the dev texts belong to
their publishers). Name the clusters: a held-out cluster's lines are not to be read.

Usage: .venv/bin/python bench/dispute_sides.py [-v] event ...
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, Trace, covering, traced_report
from quality_lib import (
    DEV,
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    events,
    load_annotated_expectations,
    load_expectations,
    score_report,
)

from consensus.ingest import load_articles
from consensus.merge.party_sides import told_by_party
from consensus.models import Article


def cluster_and_gold(event: str) -> tuple[list[Article], dict[str, Any]]:
    """A dev cluster's articles and gold, or a made-up one's (tests/data/madeup_gold)."""
    if event in events():
        return load_articles([str(DEV / event / "articles.jsonl")]), load_expectations(event)
    return (
        annotated_articles(event, MADEUP_GOLD),
        load_annotated_expectations(event, MADEUP_GOLD),
    )


def cross_origin_pairs(
    sides: Sequence[set[int]], feats: Sequence[Any]
) -> Iterator[tuple[int, int, tuple[int, int]]]:
    """Each claim ``i`` of one side with each claim ``j`` of a later side, from another
    origin than ``i``'s (``feats[k].origin``), with the ordered pair (min, max): sides in
    order, each side's claims in its set's order."""
    for x, si in enumerate(sides):
        for sj in sides[x + 1 :]:
            for i in si:
                for j in sj:
                    if i == j or feats[i].origin == feats[j].origin:
                        continue
                    yield i, j, (min(i, j), max(i, j))


def side_claims(point: dict[str, Any], loc: Locator, trace: Trace) -> list[set[int]]:
    """Per side of a gold dispute, the claims (positions in `trace`) covering its anchors and
    its "also" sentences."""
    sides: list[set[int]] = []
    for side in point["sides"]:
        anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
        for a, t in side.get("also", []):
            if (sp := loc.span(a, t)) is not None:
                anchors.setdefault(a, sp)
        sides.append({m for ms in covering(trace, anchors).values() for m in ms})
    return sides


def classify(event: str, verbose: bool, tally: Counter[str]) -> None:
    """Class each missed gold dispute of one cluster into `tally` (and print it)."""
    articles, exp = cluster_and_gold(event)
    report, trace = traced_report(articles, None)
    missed = set(score_report(event, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = side_claims(point, loc, trace)
        groups = [{group[m] for m in s if m in group} for s in sides]
        if any(not s for s in sides):
            what = "extraction"
        elif len(set().union(*groups)) < sum(len(g) for g in groups):
            what = "shared group"
        else:
            spread = "multi" if any(len(g) > 1 for g in groups) else "single"
            told = all(
                told_by_party([trace.feats[m] for g in gs for m in trace.members[g]])
                for gs in groups
            )
            origins = min(len({trace.feats[m].origin for m in s}) for s in sides)
            what = (
                f"{spread}-grp/{'party' if told else 'voice'}/{'1src' if origins < 2 else '2src'}"
            )
        tally[f"{what} | {point.get('kind', '?')}"] += 1
        print(f"{event} {point['id']} ({point.get('kind', '?')}): {what}")
        if verbose:
            for n, s in enumerate(sides):
                for m in sorted(s):
                    f = trace.feats[m]
                    said = f.claim.statement[:SHORT]
                    print(f"    side {n} g{group.get(m)} {f.origin} {f.speaker}: {said!r}")


def run_tally(
    argv: Sequence[str] | None,
    doc: str,
    classify: Callable[[str, bool, Counter[str]], None],
    title: str,
) -> int:
    """The command line both census tools share: class every named cluster's missed
    disputes with `classify`, then print the tally under `title`."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("events", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each side's claims")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    for event in args.events:
        classify(event, args.verbose, tally)
    print(f"== {sum(tally.values())} {title} | gold kind")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run_tally(argv, __doc__ or "", classify, "missed disputes by class")


if __name__ == "__main__":
    sys.exit(main())
