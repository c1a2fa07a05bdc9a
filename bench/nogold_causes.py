"""Every contested point without gold on the tunable made-up clusters, one a line.

A point "without gold" (`points_unconfirmed`) is a contested point of the report none of whose
position pairs cover two sides of one gold dispute. For each one this prints, tab-separated:
cluster, point kind (its rule family: figure, date, time, negation, polarity, target, words;
"+update" when the rule reads it as a possible update), the rule string that made it, its
gold cause (bench/missed_disputes.py's `_no_gold_cause`: what each position cites in the
gold) and each position's statement (the made-up texts are invented, so statements print
whole), then a tally by kind and by rule.

Held-out clusters are never read: names come from `tunable(madeup())`.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/nogold_causes.py [--names a,b] > out.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the rule families `verdicts` writes, first match wins; "update" is added when the rule
# reads the point as possibly an update rather than a disagreement
KINDS = (
    ("figure", "conflicting quantities"),
    ("date", "conflicting dates"),
    ("time", "conflicting times"),
    ("negation", "negates what the other states"),
    ("polarity", "opposite polarity"),
    ("target", "what one act hit"),
)


def kind_of(rule: str) -> str:
    """The point kind a rule string reads as: its first rule family (`KINDS`), else 'words',
    with "+update" when the rule says the point may be an update."""
    kind = next((k for k, words in KINDS if words in rule), "words")
    return kind + ("+update" if "update rather than a disagreement" in rule else "")


def scored(name: str) -> tuple[list[Any], Any, Any, Counter[str]]:
    """One made-up cluster's articles, report and gold as summarize makes and the scorer
    reads them, and the contested points it finds no gold dispute for (by topic start)."""
    from quality import run_articles
    from quality_lib import (
        MADEUP_GOLD,
        annotated_articles,
        load_annotated_expectations,
        score_report,
    )

    articles, report, md = run_articles(annotated_articles(name, MADEUP_GOLD))
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    s = score_report(name, exp, articles, report, md)
    return articles, report, exp, Counter(s.unconfirmed_items)


def one(name: str) -> list[str]:
    from missed_disputes import _no_gold_cause
    from quality_lib import Locator

    articles, report, exp, left = scored(name)
    loc = Locator({a.id: a for a in articles})
    rows = []
    for c in report.contested:
        if left[c.topic[:90]] <= 0:
            continue
        left[c.topic[:90]] -= 1
        cause, cited = _no_gold_cause(c, exp, loc)
        sides = " || ".join(
            f"{p.polarity.value}: {' '.join(p.statement.split())}" for p in c.positions
        )
        rows.append("\t".join([name, kind_of(c.rule), c.rule, cause, cited, sides]))
    return rows


def cluster_rows(
    rows_of: Callable[[str], list[str]], args: list[str]
) -> tuple[list[str], list[str]]:
    """The tunable clusters (or those of them `--names a,b` names, never a held-out one) and
    the rows ``rows_of`` gives for each, read two clusters at a time."""
    from quality_lib import madeup, tunable

    names = tunable(madeup())
    if "--names" in args:
        allowed = set(names)
        names = [n for n in args[args.index("--names") + 1].split(",") if n in allowed]
    with Pool(2) as p:
        per = p.map(rows_of, names, chunksize=1)
    return names, [r for rs in per for r in rs]


def main() -> None:
    names, rows = cluster_rows(one, sys.argv[1:])
    print("cluster\tkind\trule\tgold_cause\tcited\tsides")
    for r in rows:
        print(r)
    kinds = Counter(r.split("\t")[1] for r in rows)
    rules = Counter(r.split("\t")[2] for r in rows)
    print(f"# {len(rows)} points without gold on {len(names)} clusters")
    for k, n in kinds.most_common():
        print(f"# kind {n:4d} {k}")
    for k, n in rules.most_common():
        print(f"# rule {n:4d} {k}")


if __name__ == "__main__":
    main()
