"""Report items whose citation covers only a part of a gold anchor (under half of it), and
whether that part states the fact by `fact_parts.part_states` (the scorer's reading since
session 47, titles47): the census behind that rule.

For each such (cluster, fact, article) it prints the item's kind (A agreed, P a point's
position), a short start of its statement, the fact's label, and the cited part of the
anchor with `states` or `no`. The tally counts parts by that verdict and by shape (a clause,
with a finite verb or an "-ing" form, or a phrase: a name with an age or a title, "keep
15"). Agreed facts only: a dispute's sides are read by overlap alone (see fact_parts).

Prints only short starts of statements (the texts belong to their publishers).

Usage: .venv/bin/python bench/part_credits.py [--madeup] [name ...]
(dev clusters by default; give training names only, never held-out ones)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fact_parts import _verb, _words, fact_words, part_states
from quality_lib import Locator, _overlaps, events, gold_cluster, held_out, madeup, tunable

SHORT = 70


def parts(name: str, tally: Counter[str]) -> None:
    """Print the part credits of one cluster (see the module docstring)."""
    from quality import run_articles

    articles, exp = gold_cluster(name)
    articles, report, _md = run_articles(articles)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    units = [("A", it.statement, it.citations) for it in report.agreed]
    units += [("P", p.statement, p.citations) for c in report.contested for p in c.positions]
    for fact in exp.get("agreed", []):
        words = fact_words(fact["label"], fact["anchors"].values())
        for art, text in fact["anchors"].items():
            span = loc.span(art, text)
            if span is None:
                continue
            for kind, statement, cites in units:
                for c in cites:
                    inter = min(c.end, span[1]) - max(c.start, span[0])
                    if not _overlaps(c, art, span) or 2 * inter >= span[1] - span[0]:
                        continue
                    part = by_id[art].text[max(c.start, span[0]) : min(c.end, span[1])]
                    says = part_states(part, words)
                    shape = "clause" if any(_verb(w) for w in _words(part)) else "phrase"
                    tally[f"{shape}, {'states' if says else 'no'}"] += 1
                    print(
                        f"{name} {fact['id']} [{art}] {kind}: {statement[:SHORT]!r}\n"
                        f"    label: {fact['label'][:SHORT]}\n"
                        f"    part: {part[:SHORT]!r} -> {'states' if says else 'no'}"
                    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--madeup", action="store_true", help="every tunable made-up cluster")
    args = ap.parse_args(argv)
    refused = set(args.events) & set(held_out())
    if refused:
        sys.exit(f"held out of tuning: {', '.join(sorted(refused))}")
    tally: Counter[str] = Counter()
    for event in args.events or (tunable(madeup()) if args.madeup else events()):
        parts(event, tally)
    print("== part credits by shape and verdict")
    for key, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
