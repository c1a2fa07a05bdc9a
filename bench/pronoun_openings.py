"""Census of offline claim statements that open on a personal pronoun or possessive an
editor cannot resolve alone ("He", "She", "They", "Its", "Their", "His", "Her"), with the
article text just before each, for reading what the pronoun refers to (session 60,
pronoun60).

Unlike bench/editor_defects.py ("pronoun opening", which counts report items as shown and
only rebuilt ones), this reads every claim of every article, before the merger: the number
of statements a resolution rule could reach. The clusters are bench/statements.py's default
set (dev, seeds and cluster2, the made-up and TRAINING blind clusters; never the held-out
ones).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/pronoun_openings.py [-v] [--before N] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import default_names, tunable_articles

from consensus.offline import extract_offline

_PRONOUN = re.compile(r"(He|She|They|Its|Their|His|Her)\b")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", action="store_true", help="print each statement and the text before")
    ap.add_argument("--before", type=int, default=240, help="characters of text shown before")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    by_pronoun: Counter[str] = Counter()
    by_table: Counter[str] = Counter()
    for name in args.names or default_names():
        table, articles = tunable_articles(name)
        for article in articles:
            for claim in extract_offline(article).claims:
                m = _PRONOUN.match(claim.statement)
                if m is None:
                    continue
                by_pronoun[m.group(1)] += 1
                by_table[table] += 1
                if args.v:
                    start = claim.evidence[0].start
                    before = " ".join(article.text[max(0, start - args.before) : start].split())
                    print(f"[{name} {article.id}] {m.group(1)}\n  B: …{before}")
                    print(f"  S: {claim.statement}\n")
    print("by pronoun:", " ".join(f"{p} {n}" for p, n in by_pronoun.most_common()))
    print("by table:", " ".join(f"{t}: {n}" for t, n in by_table.most_common()))
    print("total", sum(by_pronoun.values()))


if __name__ == "__main__":
    main()
