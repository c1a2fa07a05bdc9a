"""Every contested point on the tunable made-up clusters, one a line, labelled by what its
sides cite in the gold (session 63, points63).

Extends bench/answers62.py (denying points only) to every contested point: for each, tab-
separated, cluster, label (`answers62.label`: right / wrong = no gold dispute / one voice /
joined = several gold disputes on more than two sides), point kind
(`nogold_causes.kind_of`), the gold cause (`missed_disputes._no_gold_cause`), what each side
cites ("d3.0" dispute 3 side 0, "f5" an agreed fact, "-" none), the point's heading
and rule (to its first " — "), and each side's polarity,
speakers and statement. Then a tally by label and by label and kind.

Held-out clusters are never read: names come from `tunable(madeup())`.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/points63.py [--names a,b] [--all] > out.tsv
(without --all the rows labelled right are left out; the tally counts them).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def one(name: str) -> list[str]:
    from answers62 import label
    from missed_disputes import _no_gold_cause
    from nogold_causes import kind_of, scored
    from quality_lib import Locator

    articles, report, exp, left = scored(name)
    loc = Locator({a.id: a for a in articles})
    rows = []
    for c in report.contested:
        unconfirmed = left[c.topic[:90]] > 0
        if unconfirmed:
            left[c.topic[:90]] -= 1
        cause, cited = _no_gold_cause(c, exp, loc)
        sides = " || ".join(
            f"{p.polarity.value} [{'; '.join(p.speakers)}]: {' '.join(p.statement.split())}"
            for p in c.positions
        )
        lab = label(c, unconfirmed, cited)
        rows.append(
            "\t".join(
                [
                    name,
                    lab,
                    kind_of(c.rule),
                    cause,
                    str(len(c.positions)),
                    cited,
                    " ".join(c.topic.split())[:80],
                    c.rule.split(" — ")[0],
                    sides,
                ]
            )
        )
    return rows


def main() -> None:
    from nogold_causes import cluster_rows

    args = sys.argv[1:]
    names, rows = cluster_rows(one, args)
    print("cluster\tlabel\tkind\tgold_cause\tsides_n\tcited\theading\trule\tsides")
    for r in rows:
        if "--all" in args or r.split("\t")[1] != "right":
            print(r)
    labels = Counter(r.split("\t")[1] for r in rows)
    kinds = Counter((r.split("\t")[1], r.split("\t")[2]) for r in rows)
    print(f"# {len(rows)} contested points on {len(names)} clusters")
    for k, n in labels.most_common():
        print(f"# label {n:4d} {k}")
    for (lab, kind), n in sorted(kinds.items()):
        print(f"# label+kind {n:4d} {lab} {kind}")


if __name__ == "__main__":
    main()
