"""Census of the non-claim items shown on the tunable made-up clusters (session 57).

For each item that `quality_lib.score_report` counts as a non-claim (its statement shaped as
furniture, or a citation on a gold `non_claims` anchor), prints the cluster, which test hit,
the gold anchor, the cited sentence and the raw line of the article it came from, as a TSV row
for hand labelling (bench/nonclaims57.tsv).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/nonclaims57.py [--names a,b] > out.tsv
"""

from __future__ import annotations

import sys
from multiprocessing import Pool

from quality import run_articles
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    _overlaps,
    annotated_articles,
    is_non_claim,
    load_annotated_expectations,
    madeup,
    tunable,
)


def _raw_line(text: str, start: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo : hi if hi >= 0 else len(text)].strip()


def census(name: str) -> list[str]:
    """TSV rows (cluster, test, gold anchor, statement, raw line) for one cluster."""
    articles, report, _ = run_articles(annotated_articles(name, MADEUP_GOLD))
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    loc = Locator({a.id: a for a in articles})
    by_id = {a.id: a for a in articles}
    gold_non = [(a, t, loc.span(a, t)) for a, t in exp.get("non_claims", [])]
    every = [
        *report.agreed,
        *report.single_source,
        *(p for c in report.contested for p in c.positions),
    ]
    rows = []
    for it in every:
        anchors = [
            t
            for a, t, sp in gold_non
            if sp is not None and any(_overlaps(c, a, sp) for c in it.citations)
        ]
        shape = is_non_claim(it.statement)
        if not anchors and not shape:
            continue
        test = "shape+anchor" if shape and anchors else ("shape" if shape else "anchor")
        hits = [
            c
            for c in it.citations
            if any(sp is not None and _overlaps(c, a, sp) for a, _, sp in gold_non)
        ]
        c = (hits or list(it.citations))[0]
        raw = _raw_line(by_id[c.article].text, c.start)
        cells = [name, test, " | ".join(anchors), it.statement, raw]
        rows.append("\t".join(x.replace("\t", " ").replace("\n", " ") for x in cells))
    return rows


def main() -> None:
    args = sys.argv[1:]
    names = tunable(madeup())
    if "--names" in args:
        names = args[args.index("--names") + 1].split(",")
    with Pool(2) as p:
        out = p.map(census, names, chunksize=1)
    print("cluster\ttest\tgold_anchor\tstatement\traw_line")
    for rows in out:
        for r in rows:
            print(r)


if __name__ == "__main__":
    main()
