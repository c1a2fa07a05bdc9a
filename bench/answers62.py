"""Every contested point one of whose sides denies, on the tunable made-up clusters and the dev
clusters, labelled by what its sides cite in the gold (session 62, answers62).

For each contested point with a side of polarity "denies" this prints, tab-separated: cluster,
label, whether a denying side is a bare rejection (`answers.points_back`: "X denied it", "the
company rejected the claim"), the number of sides, what each side cites in the gold
(`missed_disputes._no_gold_cause`: "d3.0" dispute 3 side 0, "f5" an agreed fact, "-" none),
and each side's speakers and statement. The label, first match wins:

- joined: the sides cite sides of two or more gold disputes and the point has more than two
  sides (several disputes joined into one point);
- one voice: the point shows no gold dispute and every side is told by one speaker (a side's
  speakers meet every other side's: one word of a name in common), or every side cites one
  side of one gold dispute;
- right: the point shows a gold dispute (two of its sides cover two sides of one dispute);
- wrong: the point shows no gold dispute (the denial answers a claim nobody disputes, or is
  read against the wrong one).

A last column carries session 61's hand verdict on a bare rejection without gold (real /
wrong / unsure, bench/nogold61.tsv) where its denying side's statement is the same.

Then a tally by label, and by label for bare rejections. Held-out clusters are never read:
names come from `tunable(madeup())`; dev clusters are the six real ones (their statements
are cut to 120 characters).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/answers62.py [--names a,b] [--no-dev] > out.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEV_NAMES = (
    "american_airlines_g_league",
    "broadcom_qualcomm_bid",
    "china_oil_north_korea",
    "croydon_tram_crash",
    "mazar_consulate_attack",
    "nice_truck_attack",
)


def _words(speakers: tuple[str, ...]) -> set[str]:
    return {w.casefold() for s in speakers for w in s.split() if len(w) > 3}


def label(point: Any, unconfirmed: bool, cited: str) -> str:
    """A point's label (see the module docstring) from whether it shows a gold dispute and
    what each side cites."""
    reads = [set(c.split(",")) - {"-"} for c in cited.split(" / ")]
    disputes = {r.split(".")[0] for rs in reads for r in rs if r.startswith("d")}
    if len(disputes) >= 2 and len(point.positions) > 2:
        return "joined"
    if unconfirmed:
        voices = [_words(p.speakers) for p in point.positions]
        if all(v and all(v & o for o in voices) for v in voices):
            return "one voice"
        sides = [frozenset(r for r in rs if r.startswith("d")) for rs in reads]
        if all(sides) and len(set(sides)) == 1 and len(next(iter(sides))) == 1:
            return "one voice"
        return "wrong"
    return "right"


def _hand() -> dict[tuple[str, str], str]:
    """Session 61's hand verdicts on bare rejections (bench/nogold61.tsv): (cluster, denying
    side's statement) -> real / wrong / unsure."""
    path = Path(__file__).resolve().parent / "nogold61.tsv"
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 7 or not cols[3]:
            continue
        for side in cols[6].split(" || "):
            if side.startswith("denies: "):
                out[(cols[0], side.removeprefix("denies: ")[:60])] = cols[3]
    return out


def one(name: str) -> list[str]:
    from missed_disputes import _no_gold_cause
    from quality import run_articles, run_cluster
    from quality_lib import (
        MADEUP_GOLD,
        Locator,
        annotated_articles,
        load_annotated_expectations,
        load_expectations,
        score_report,
    )

    from consensus.merge.answers import points_back
    from consensus.models import Polarity

    dev = name in DEV_NAMES
    if dev:
        articles, report, md = run_cluster(name)
        exp = load_expectations(name)
    else:
        articles, report, md = run_articles(annotated_articles(name, MADEUP_GOLD))
        exp = load_annotated_expectations(name, MADEUP_GOLD)
    s = score_report(name, exp, articles, report, md)
    left = Counter(s.unconfirmed_items)
    loc = Locator({a.id: a for a in articles})
    hand = _hand()
    rows = []
    for c in report.contested:
        unconfirmed = left[c.topic[:90]] > 0
        if unconfirmed:
            left[c.topic[:90]] -= 1
        denying = [p for p in c.positions if p.polarity == Polarity.denies]
        if not denying:
            continue
        bare = any(points_back(p.statement) for p in denying)
        _, cited = _no_gold_cause(c, exp, loc)
        cut = 120 if dev else 400
        sides = " || ".join(
            f"{p.polarity.value} [{'; '.join(p.speakers)}]: {' '.join(p.statement.split())[:cut]}"
            for p in c.positions
        )
        said = {" ".join(p.statement.split())[:60] for p in denying}
        verdict = next((v for (n, st), v in hand.items() if n == name and st in said), "")
        row = [name, label(c, unconfirmed, cited), "bare" if bare else "states"]
        rows.append("\t".join([*row, str(len(c.positions)), cited, sides, verdict]))
    return rows


def main() -> None:
    from quality_lib import madeup, tunable

    args = sys.argv[1:]
    names = tunable(madeup())
    if "--names" in args:
        allowed = set(names) | set(DEV_NAMES)
        names = [n for n in args[args.index("--names") + 1].split(",") if n in allowed]
    elif "--no-dev" not in args:
        names = [*names, *DEV_NAMES]
    with Pool(2) as p:
        per = p.map(one, names, chunksize=1)
    rows = [r for rs in per for r in rs]
    print("cluster\tlabel\tdenial\tsides_n\tcited\tsides\thand61")
    for r in rows:
        print(r)
    labels = Counter(r.split("\t")[1] for r in rows)
    bare = Counter(r.split("\t")[1] for r in rows if r.split("\t")[2] == "bare")
    print(f"# {len(rows)} points with a denying side on {len(names)} clusters")
    for k, n in labels.most_common():
        print(f"# label {n:4d} {k} (bare rejections {bare[k]})")


if __name__ == "__main__":
    main()
