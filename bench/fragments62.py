"""Census of report statements that are not whole sentences (session 62, fragments62).

Over the statements every report prints as it shows them (`render.sentences.shown`: with
the stop a whole clause gets at render) (agreed, single-source and contested positions) of
the dev, annotated and tunable made-up clusters (`bench/statements.default_names`: never the
held-out ones), flags five shapes an editor sees first:

* no verb: no finite verb outside quotations (`statement_checks.has_finite_verb`), the
  whole statement not one quotation;
* open quote: quotation marks that do not pair (curly open/close counts differ, or an odd
  number of straight double quotes);
* no stop: the statement does not end on ".", "!", "?" (or one of them before a closing
  quotation mark);
* said: lower: a quotation opening lower-case straight after "said:" / "says:";
* apposition: one capitalised name, a comma, then a "the ..." noun phrase and nothing else,
  no finite verb ("Dr. Ada Brenn, the society's president.").

Prints counts per shape and table, and with -v each flagged statement. `--tsv PATH` writes
the counts (shape, table, statements, flagged).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/fragments62.py [-v] [--tsv PATH] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

from consensus.models import Item, Position, Report
from consensus.offline.statement_checks import has_finite_verb, outside_quotes
from consensus.render.sentences import shown

_STOP = re.compile(r"[.!?…][”’\"')\]]*\s*$")
_SAID_LOWER = re.compile(r"\b(?:said|says|added|wrote)\s*:\s*[“\"‘]\s*[a-z]")
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Sgt|Rev|St)\.\s+)?"
_NAME = _TITLE + r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_APPOSITION = re.compile(rf"^{_NAME},\s+(?:the|a|an|its|his|her|their)\s+[^.,;:!?]*\.?$")
_WHOLE_QUOTE = re.compile(r"^\s*[“\"][^“”\"]*[”\"]\s*[.!?]?\s*$")


def shapes(text: str) -> list[str]:
    """The fragment shapes `text` shows (empty: reads as a whole sentence to these checks)."""
    out = []
    if not _WHOLE_QUOTE.match(text) and not has_finite_verb(outside_quotes(text)):
        out.append("no verb")
    if text.count("“") + text.count("„") != text.count("”") or text.count('"') % 2:
        out.append("open quote")
    if not _STOP.search(text):
        out.append("no stop")
    if _SAID_LOWER.search(text):
        out.append("said: lower")
    if _APPOSITION.match(text.strip()) and "no verb" in out:
        out.append("apposition")
    return out


def shown_statements(report: Report) -> list[tuple[str, str]]:
    """(table, text as the report shows it: framed, with its stop) of every item printed."""
    items: list[tuple[str, Item | Position]] = [("agreed", i) for i in report.agreed]
    items += [("single", i) for i in report.single_source]
    items += [("contested", p) for c in report.contested for p in c.positions]
    return [(kind, shown(it)) for kind, it in items]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--tsv", type=Path)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    seen: Counter[str] = Counter()
    flagged: Counter[tuple[str, str]] = Counter()
    for name in args.names or default_names():
        table, report = cluster_report(name)
        for kind, text in shown_statements(report):
            seen[table] += 1
            found = shapes(text)
            for shape in found:
                flagged[shape, table] += 1
            if found and args.verbose:
                print(f"{name}\t{kind}\t{','.join(found)}\t{text}", flush=True)
    rows = [("shape", "table", "statements", "flagged")]
    for shape in ("no verb", "open quote", "no stop", "said: lower", "apposition"):
        for table in sorted(seen):
            rows.append((shape, table, str(seen[table]), str(flagged[shape, table])))
    for row in rows:
        print("\t".join(row))
    if args.tsv:
        args.tsv.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
