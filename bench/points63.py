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

The last three columns: how many gold disputes the sides cite (a joined point's N), and the
hand verdict (real: a dispute the gold lacks or ties to another sentence; wrong; one voice;
unsure) and its cause from bench/points63_hand.tsv where a hand read matches the row.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/points63.py [--names a,b] [--all] > out.tsv
(without --all the rows labelled right are left out; the tally counts them); `--from
raw.tsv` re-reads a run's rows instead of scoring again.
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


def disputes_n(cited: str) -> int:
    """How many gold disputes the sides cite ("d3.0,f5 / d4.1": 2)."""
    return len(
        {r.split(".")[0] for side in cited.split(" / ") for r in side.split(",") if r[:1] == "d"}
    )


def hand_reads() -> list[tuple[str, str, str, str]]:
    """The hand read (bench/points63_hand.tsv): cluster, a piece of one side's statement,
    verdict (real / wrong / one voice / unsure), cause."""
    path = Path(__file__).resolve().parent / "points63_hand.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 4 and not line.startswith("#"):
            out.append((cols[0], cols[1], cols[2], cols[3]))
    return out


def with_hand(rows: list[str]) -> list[str]:
    """Each row with the number of gold disputes its sides cite and the hand verdict and
    cause of the first hand read whose piece its sides hold (else two empty columns)."""
    hand = hand_reads()
    out = []
    for r in rows:
        cols = r.split("\t")
        read = next((h for h in hand if h[0] == cols[0] and h[1] in cols[-1]), None)
        out.append("\t".join([*cols, str(disputes_n(cols[5])), *(read[2:] if read else ("", ""))]))
    return out


def main() -> None:
    from nogold_causes import cluster_rows

    args = sys.argv[1:]
    if "--from" in args:  # (a raw run's rows, re-read with the hand verdicts)
        raw = Path(args[args.index("--from") + 1]).read_text(encoding="utf-8").splitlines()
        rows = [r for r in raw if r and not r.startswith(("#", "cluster\t"))]
        names = sorted({r.split("\t")[0] for r in rows})
    else:
        names, rows = cluster_rows(one, args)
    rows = with_hand(rows)
    head = "cluster\tlabel\tkind\tgold_cause\tsides_n\tcited\theading\trule\tsides"
    print(head + "\tdisputes_n\thand\thand_cause")
    for r in rows:
        if "--all" in args or r.split("\t")[1] != "right":
            print(r)
    labels = Counter(r.split("\t")[1] for r in rows)
    kinds = Counter((r.split("\t")[1], r.split("\t")[2]) for r in rows)
    hands = Counter((r.split("\t")[1], r.split("\t")[-2]) for r in rows if r.split("\t")[-2])
    print(f"# {len(rows)} contested points on {len(names)} clusters")
    joined = Counter(r.split("\t")[-3] for r in rows if r.split("\t")[1] == "joined")
    for k, n in sorted(joined.items(), key=lambda kv: int(kv[0])):
        print(f"# joined {n:4d} citing {k} gold disputes")
    for (lab, verdict), n in sorted(hands.items()):
        print(f"# hand {n:4d} {lab}: {verdict}")
    for k, n in labels.most_common():
        print(f"# label {n:4d} {k}")
    for (lab, kind), n in sorted(kinds.items()):
        print(f"# label+kind {n:4d} {lab} {kind}")


if __name__ == "__main__":
    main()
