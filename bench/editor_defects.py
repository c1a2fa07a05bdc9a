"""Census of report items an editor reads wrong: no-one speakers, provenance lines, empty turns.

For every agreed, contested (each side) and single-source item of the report on each cluster
(default: as `bench/statements.py`: the dev clusters, seeds and cluster2, the older made-up
clusters and the TRAINING blind clusters, never the held-out ones), counts per table:

* quantifier speakers: an item whose speaker is only a quantifier or a pronoun-like word
  ("several", "many", "some", "both", "others", "all", "most", "few", "neither", "each");
* quantifier statements: a statement whose subject is such a word before a reporting verb
  ("Several said that ...", "Many told reporters ...");
* provenance: a statement about where the article itself appeared or who wrote it ("This
  report first appeared in ...", "Originally published ...", "Reporting by ...; editing by");
* empty turns: a statement that only announces an account or a list without content ("Here
  is what we know.", "Residents gave a very different account.").

With -v each hit is printed with its cluster and table.

Usage: .venv/bin/python bench/editor_defects.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

from consensus.models import Report

QUANTIFIERS = frozenset(
    "several many some both others all most few neither each none either".split()
)
_QUANT_STATEMENT = re.compile(
    r"^(?:Several|Many|Some|Both|Others|All|Most|Few|Neither|Each|None|Either)[ \t]+"
    r"(?:(?:also|later|had|have|has|would|could)[ \t]+)?"
    r"(?:said|say|says|told|tell|added|described|recalled|insisted|claimed|agreed|argued)\b"
)
_PROVENANCE = re.compile(
    r"\b(?:first|originally)[ \t]+(?:appeared|published|ran|aired|posted)\b"
    r"|\bappeared[ \t]+(?:first[ \t]+)?in[ \t]+print\b|\bprint[ \t]+edition\b"
    r"|\b(?:republished|reprinted)\b|\bin[ \t]+partnership[ \t]+with\b"
    r"|\b(?:Reporting|Writing)[ \t]+by\b.*\b[Ee]diting[ \t]+by\b",
    re.IGNORECASE,
)
# a whole statement that announces content or an account without giving it
_EMPTY_TURN = re.compile(
    r"(?:(?:And|So|Now|But|Then)[ \t]+)?(?:Here(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+[^.:;,]{1,60}"
    r"|What[ \t]+we[ \t]+know[^.:;,]{0,40}"
    r"|there(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+the[ \t][^.:;,]{1,40}"
    r"|[^.:;,]{1,60}[ \t](?:gave|given|give|told|tell|offered|painted)[ \t]+(?:a[ \t]+|an[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?(?:different|differing|conflicting|contrasting|contradictory|opposing)"
    r"[ \t]+(?:accounts?|stor(?:y|ies)|versions?|pictures?|narratives?))[.:!]?",
    re.IGNORECASE,
)


def items(report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    """(table, statement, speakers) of every item the report prints."""
    out = [("agreed", i.statement, i.speakers) for i in report.agreed]
    out += [("single", i.statement, i.speakers) for i in report.single_source]
    for c in report.contested:
        out += [("contested", p.statement, getattr(p, "speakers", ())) for p in c.positions]
    return out


def census(
    names: list[str], verbose: bool, dump: list[str] | None = None
) -> dict[str, Counter[str]]:
    tables: dict[str, Counter[str]] = {}
    for name in names:
        table, report = cluster_report(name)
        count = tables.setdefault(table, Counter())
        for kind, text, speakers in items(report):
            count["items"] += 1
            found = []
            if any(s.casefold() in QUANTIFIERS for s in speakers):
                found.append("quantifier speaker")
            if _QUANT_STATEMENT.search(text):
                found.append("quantifier statement")
            if _PROVENANCE.search(text):
                found.append("provenance")
            if _EMPTY_TURN.fullmatch(text.strip()):
                found.append("empty turn")
            count.update(found)
            if dump is not None:
                dump.append(f"{name}\t{kind}\t{'|'.join(speakers)}\t{text}")
            if verbose and found:
                print(f"[{name} {kind}] {','.join(found)} speakers={speakers}\n  S: {text}\n")
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dump", help="write every item (cluster, table, speakers, statement)")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    dump: list[str] | None = [] if args.dump else None
    tables = census(args.names or default_names(), args.verbose, dump)
    if args.dump and dump is not None:
        Path(args.dump).write_text("\n".join(dump) + "\n", encoding="utf-8")
    checks = ("quantifier speaker", "quantifier statement", "provenance", "empty turn")
    print(f"{'table':<18} {'items':>6} " + " ".join(f"{c:>21}" for c in checks))
    for table, count in tables.items():
        print(f"{table:<18} {count['items']:>6} " + " ".join(f"{count[c]:>21}" for c in checks))


if __name__ == "__main__":
    main()
