"""Census of report statements an editor would find stitched or broken.

For every agreed, contested (each side) and single-source item of the report on each cluster
(default: the 6 dev clusters, seeds and cluster2, the 27 older made-up clusters and the
TRAINING blind clusters; never the held-out blind ones), a statement that is not the verbatim
text of one of its citations (its words, stop and quotation marks aside) is checked with
consensus/offline/statement_checks.py (a finite verb; no doubled subject; no word twice in a
row; no relative pronoun or conjunction dangling at either end; quotes and brackets balanced;
was/were, has/have, is/are agreeing with the head noun; a page's time line). Prints, per
table, statements / rebuilt / flagged and flagged per check; with -v each flagged statement
with its checks and first citation.

Usage: .venv/bin/python bench/statements.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import (
    BLIND,
    DEV,
    MADEUP_GOLD,
    annotated,
    annotated_articles,
    events,
    held_out,
    madeup,
)

from consensus.ingest import load_articles
from consensus.models import Article, Citation, Report
from consensus.offline.statement_checks import defects

# the held-out blind clusters (tests/data/madeup/HELD_OUT.txt): never read here
HELD_OUT = frozenset(held_out())
_WORD = re.compile(r"[\w’'-]+")


def _key(text: str) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(text))


def verbatim(statement: str, citations: Iterable[Citation]) -> bool:
    """Whether the statement's words run, in order, inside one of its citations."""
    key = _key(statement)
    return any(key and key in _key(c.quote) for c in citations)


def statements(report: Report) -> list[tuple[str, str, tuple[Citation, ...]]]:
    """(table, statement, citations) of every item the report prints."""
    out = [("agreed", i.statement, i.citations) for i in report.agreed]
    out += [("single", i.statement, i.citations) for i in report.single_source]
    for c in report.contested:
        out += [("contested", p.statement, p.citations) for p in c.positions]
    return out


def cluster_articles(name: str) -> tuple[str, list[Article]]:
    """(table, articles) of a dev, annotated or made-up cluster."""
    if name in events():
        return "dev", load_articles([str(DEV / name / "articles.jsonl")])
    if name in annotated():
        return "seeds+cluster2", annotated_articles(name)
    if name.startswith(BLIND):
        return "blind (training)", annotated_articles(name, MADEUP_GOLD)
    return "made-up", annotated_articles(name, MADEUP_GOLD)


def tunable_articles(name: str) -> tuple[str, list[Article]]:
    """`cluster_articles` of a tunable cluster; a held-out one stops the census."""
    if name in HELD_OUT:
        raise SystemExit(f"{name} is held out: not read by this census")
    return cluster_articles(name)


def default_names() -> list[str]:
    return events() + annotated() + [n for n in madeup() if n not in HELD_OUT]


def cluster_report(name: str) -> tuple[str, Report]:
    """(table, offline report) of a tunable cluster; a held-out one stops the census."""
    from consensus.api import build_report
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    table, articles = tunable_articles(name)
    claim_sets = tuple(extract_offline(a) for a in articles)
    return table, build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))


def census(
    names: list[str], verbose: bool = False
) -> dict[str, tuple[int, int, int, Counter[str]]]:
    tables: dict[str, tuple[int, int, int, Counter[str]]] = {}
    for name in names:
        table, report = cluster_report(name)
        total, rebuilt, flagged, why = tables.get(table, (0, 0, 0, Counter()))
        for kind, text, cites in statements(report):
            total += 1
            if verbatim(text, cites):
                continue
            rebuilt += 1
            found = defects(text)
            if not found:
                continue
            flagged += 1
            why.update(found)
            if verbose:
                quote = cites[0].quote if cites else ""
                print(f"[{name} {kind}] {','.join(found)}\n  S: {text}\n  Q: {quote}\n")
        tables[table] = (total, rebuilt, flagged, why)
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tables = census(args.names or default_names(), args.verbose)
    print(f"{'table':<18} {'statements':>10} {'rebuilt':>8} {'flagged':>8}  by check")
    all_total = all_rebuilt = all_flagged = 0
    for table, (total, rebuilt, flagged, why) in tables.items():
        checks = " ".join(f"{k} {v}" for k, v in why.most_common())
        print(f"{table:<18} {total:>10} {rebuilt:>8} {flagged:>8}  {checks}")
        all_total, all_rebuilt, all_flagged = (
            all_total + total,
            all_rebuilt + rebuilt,
            all_flagged + flagged,
        )
    print(f"{'TOTAL':<18} {all_total:>10} {all_rebuilt:>8} {all_flagged:>8}")


if __name__ == "__main__":
    main()
