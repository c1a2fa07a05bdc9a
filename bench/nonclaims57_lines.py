"""What the whole-line furniture shapes of `consensus.furniture_lines` add, against gold.

For the dev events, the annotated clusters and the tunable made-up clusters, counts the
gold non-claim anchors and the gold news anchors (agreed, contested, distinct, speakers)
that the line shapes newly cover (the spans of `non_claim_spans` with and without them), and
prints each news anchor touched: a real claim read as furniture.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/nonclaims57_lines.py [--names a,b]
"""

from __future__ import annotations

import sys
from multiprocessing import Pool
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fit_furniture_weights import _anchor_spans, _touches
from quality_lib import Locator, annotated, events, gold_cluster, madeup, tunable

import consensus.nonclaims as nc


def one(name: str) -> tuple[str, int, int, int, list[str]]:
    """(cluster, junk anchors, junk newly covered, news newly touched, news texts)."""
    articles, exp = gold_cluster(name)
    loc = Locator({a.id: a for a in articles})
    junk, news = _anchor_spans(exp, loc)
    j_new = n_new = 0
    shown: list[str] = []
    for art in articles:
        after = nc.non_claim_spans(art.text, title=art.title, outlet=art.outlet)
        with mock.patch.object(nc, "furniture_line_spans", lambda *args: []):
            before = nc.non_claim_spans(art.text, title=art.title, outlet=art.outlet)
        added = [(s, e) for s, e in after if not any(bs <= s and e <= be for bs, be in before)]
        for a, (s, e) in junk:
            if a == art.id and _touches(added, s, e) and not _touches(before, s, e):
                j_new += 1
        for a, (s, e) in news:
            if a == art.id and _touches(added, s, e):
                n_new += 1
                shown.append(art.text[s:e][:100])
    return name, len(junk), j_new, n_new, shown


def main() -> None:
    args = sys.argv[1:]
    names = [*events(), *annotated(), *tunable(madeup())]
    if "--names" in args:
        names = args[args.index("--names") + 1].split(",")
    with Pool(2) as p:
        rows = p.map(one, names, chunksize=4)
    tj = tn = 0
    for name, _, j, n, shown in rows:
        tj, tn = tj + j, tn + n
        if j or n:
            print(f"{name}: non-claim anchors newly covered {j}, news anchors touched {n}")
            for t in shown:
                print("   NEWS", t)
    print(f"clusters {len(rows)}: non-claim anchors newly covered {tj}, news anchors touched {tn}")


if __name__ == "__main__":
    main()
