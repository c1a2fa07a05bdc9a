"""Census of citations an editor cannot check: fragments of a sentence cited on their own.

For every agreed, contested (each side) and single-source item of the report on each cluster
(default: as `bench/statements.py`: the dev clusters, seeds and cluster2, the older made-up
clusters and the TRAINING blind clusters, never the held-out ones), counts per table the
citations that are fragments, by shape:

* split: two citations of one item from one article and one sentence with words between them
  (a subject and its predicate cut apart around an aside: "Broadcom" + "on Monday raised ...");
* short: a citation of fewer than four words ("Broadcom", "runs the centre");
* headless: a citation opening mid-sentence with a lower-case word, no citation of the item
  covering the sentence's start; a "predicate" when its first word is an auxiliary, a
  reporting verb or a word in -ed/-ing ("said it would respond."), else a "clause" (a clause
  with its own subject whose lead was cut: "a flight attendant accused them ...");

and by cause: `extractor aside` (one claim's evidence is two spans of a sentence, the aside
cut out: `offline/claims.clause` with a hole), `extractor piece` (the claim's one span starts
mid-sentence: a clause or compound piece, an attribution cut off), `merger` (no claim of the
article has that span: the merger cut it, e.g. `merge/clause_cuts`).

With -v each hit is printed with its cluster and table.

Usage: .venv/bin/python bench/fragment_citations.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import default_names, statements, tunable_articles

from consensus.models import Article, Citation, Claim, ExtractionResult

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9])|\n")
_LOWER_START = re.compile(r"[a-z]")
# a first word that opens a predicate, not a clause with its own subject
_AUX = frozenset(
    "is are was were has have had will would could can may might must should also said says "
    "told tells added adds called calls".split()
)


def _one_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_END.search(text, a, b) is None


def _sentence_start(text: str, pos: int) -> int:
    best = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos):
        best = m.end()
    return best


def shapes(text: str, cites: tuple[Citation, ...]) -> list[tuple[str, Citation]]:
    """(shape, citation) of the fragment citations of one item in one article's `text`."""
    out: list[tuple[str, Citation]] = []
    ordered = sorted(cites, key=lambda c: (c.start, c.end))
    paired: set[int] = set()
    for i, (x, y) in enumerate(itertools.pairwise(ordered)):
        if x.end < y.start and _one_sentence(text, x.start, y.end):
            out.append(("split", x))
            paired.update((i, i + 1))
    for i, c in enumerate(ordered):
        if i in paired:
            continue
        if len(c.quote.split()) < 4:
            out.append(("short", c))
            continue
        head = _sentence_start(text, c.start)
        covered = any(o.start <= head < o.end or o.start == head for o in ordered)
        if _LOWER_START.match(c.quote) and text[head : c.start].strip() and not covered:
            first = c.quote.split(None, 1)[0].lower()
            verb = first in _AUX or first.endswith(("ed", "ing"))
            out.append(("headless predicate" if verb else "headless clause", c))
    return out


def cause(c: Citation, claims: list[Claim], text: str) -> str:
    for claim in claims:
        spans = [(e.start, e.end) for e in claim.evidence]
        if (c.start, c.end) not in spans:
            continue
        if any(
            s != (c.start, c.end) and _one_sentence(text, min(s[0], c.start), max(s[1], c.end))
            for s in spans
        ):
            return "extractor aside"
        return "extractor piece"
    return "merger"


def census(names: list[str], verbose: bool = False) -> dict[str, Counter[str]]:
    from consensus.api import build_report
    from consensus.offline import extract_offline

    tables: dict[str, Counter[str]] = {}
    for name in names:
        table, articles = tunable_articles(name)
        claim_sets = tuple(extract_offline(a) for a in articles)
        report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))
        by_id: dict[str, Article] = {a.id: a for a in articles}
        claims = {cs.article: list(cs.claims) for cs in claim_sets}
        counts = tables.setdefault(table, Counter())
        for kind, statement, cites in statements(report):
            counts["citations"] += len(cites)
            for art in sorted({c.article for c in cites}):
                text = by_id[art].text
                mine = tuple(c for c in cites if c.article == art)
                for shape, c in shapes(text, mine):
                    why = cause(c, claims.get(art, []), text)
                    counts[f"{shape} / {why}"] += 1
                    counts["fragments"] += 1
                    if verbose:
                        print(f"[{name} {kind}] {shape} / {why}: *{c.quote}*\n  S: {statement}\n")
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tables = census(args.names or default_names(), args.verbose)
    for table, counts in tables.items():
        print(f"{table}: {counts['fragments']} fragments of {counts['citations']} citations")
        for key, n in sorted(counts.items()):
            if " / " in key:
                print(f"  {key}: {n}")


if __name__ == "__main__":
    main()
