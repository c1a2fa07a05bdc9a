"""Gold disputes found and missed by gold "kind", and the rule that found each, over two
groups of made-up clusters: the clusters named with --new (e.g. the most recently released
blind batches) against the other tunable made-up clusters ("old").

Per gold contested point with two anchored sides (as bench/quality_lib.score_report counts
them): its kind (figure / denial / rebuttal / account / ...), found or missed, and for a
found one the rule family of every report point that shows it (the report's "Rule:" line up
to its first " (" or " — ", as bench/missed_disputes.py names families). Tallies close the
run: found/total per kind in each group (and the gap), and per rule family the disputes it
found and the clusters it found them in (a family that finds disputes in few clusters is
listed: likely fit to their wording; read, do not remove on that basis alone).

Reads nothing of the clusters in HELD_OUT.txt (tunable clusters only). Prints no article
text. Usage (two processes):
  PYTHONPATH=.:bench .venv/bin/python bench/dispute_kinds.py --new blind_a blind_b ... [--rows]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import (
    MADEUP_GOLD,
    Locator,
    _cites_any,
    _side_spans,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    tunable,
)

_NOTE = "was first published after every other"


def families(rule: str) -> list[str]:
    """A report point's rule families: its "Rule:" line without the "contested: " prefix,
    split at each "; " outside parentheses (a point may carry several reasons), each reason
    up to its first " (" or " — " (the part after names the slot or the figures), without
    the timeline notes."""
    parts, depth, cur = [], 0, []
    text = rule.removeprefix("contested: ")
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and text.startswith("; ", i):
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    # (a timeline note, "19 was first published after every other figure: possibly an
    # update ...", follows a reason after " — " and is no rule of its own)
    heads = [p.strip().split(" — ")[0] for p in parts]
    return [h.split(" (")[0] for h in heads if h and _NOTE not in h]


def rows_of(name: str) -> tuple[list[tuple[str, str, str, bool, tuple[str, ...]]], Counter[str]]:
    """(cluster, dispute id, kind, found, rule families that show it) per gold dispute, and
    the report's points per rule family (all of them, gold or not)."""
    from quality import run_articles

    articles, report, _ = run_articles(annotated_articles(name, MADEUP_GOLD))
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    loc = Locator({a.id: a for a in articles})
    out = []
    for point in exp.get("contested", []):
        sides = []
        for side in point["sides"]:
            sd = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            sides.append(sd)
        if sum(1 for sd in sides if sd) < 2:
            continue
        shown = [_side_spans(side, sd, loc) for side, sd in zip(point["sides"], sides, strict=True)]
        fams = []
        for c in report.contested:
            hits = [
                {k for k, sp in enumerate(shown) if _cites_any(p.citations, sp)}
                for p in c.positions
            ]
            if any(x != y for hi, hj in combinations(hits, 2) for x in hi for y in hj):
                fams.extend(families(c.rule))
        kind = str(point.get("kind", "?"))
        out.append((name, str(point["id"]), kind, bool(fams), tuple(sorted(set(fams)))))
    fired = Counter(f for c in report.contested for f in set(families(c.rule)))
    return out, fired


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--new", nargs="+", required=True, help="the clusters of the new group")
    ap.add_argument("--rows", action="store_true", help="one line per gold dispute")
    args = ap.parse_args(argv)
    names = tunable(madeup())
    new = set(args.new)
    unknown = new - set(names)
    if unknown:
        ap.error(f"not tunable made-up clusters: {sorted(unknown)}")
    with Pool(2) as pool:
        got = pool.map(rows_of, names, chunksize=1)
    rows: list[Any] = [r for rs, _ in got for r in rs]
    points: Counter[str] = Counter()  # report points per family, old clusters
    fires: dict[str, set[str]] = defaultdict(set)  # old clusters a family makes a point in
    for name, (_, fired) in zip(names, got, strict=True):
        if name not in new:
            points.update(fired)
            for f in fired:
                fires[f].add(name)
    per: dict[str, dict[str, list[int]]] = {"old": defaultdict(lambda: [0, 0])}
    per["new"] = defaultdict(lambda: [0, 0])
    fam_found: Counter[str] = Counter()
    fam_clusters: dict[str, set[str]] = defaultdict(set)
    for name, pid, kind, found, fams in rows:
        grp = "new" if name in new else "old"
        per[grp][kind][1] += 1
        per[grp][kind][0] += found
        if args.rows:
            print(f"{grp} {name} {pid} {kind} {'FOUND' if found else 'missed'} {'|'.join(fams)}")
        if grp == "old":
            for f in fams:
                fam_found[f] += 1
                fam_clusters[f].add(name)
    print(f"== found/total by kind: old ({len(names) - len(new)} clusters) vs new ({len(new)})")
    kinds = sorted(set(per["old"]) | set(per["new"]), key=lambda k: -per["old"][k][1])
    for k in ["(all)", *kinds]:
        if k == "(all)":
            o = [sum(v[0] for v in per["old"].values()), sum(v[1] for v in per["old"].values())]
            n = [sum(v[0] for v in per["new"].values()), sum(v[1] for v in per["new"].values())]
        else:
            o, n = per["old"][k], per["new"][k]
        ro = o[0] / o[1] if o[1] else 0.0
        rn = n[0] / n[1] if n[1] else 0.0
        gap = (ro - rn) * n[1]  # disputes the new group would gain at the old rate
        print(
            f"  {k:12s} old {o[0]:4d}/{o[1]:<4d} {ro:4.0%}  new {n[0]:3d}/{n[1]:<3d} {rn:4.0%}"
            f"  gap x new total {gap:+5.1f}"
        )
    print(
        "== rule families in the old clusters: gold disputes found, clusters found in, "
        "points made, clusters it makes a point in"
    )
    for f in sorted(points, key=lambda f: (-fam_found[f], -points[f], f)):
        few = "  (few clusters)" if len(fires[f]) <= 3 else ""
        print(
            f"  {fam_found[f]:4d} {len(fam_clusters[f]):4d} {points[f]:5d} {len(fires[f]):4d}"
            f"  {f[:80]}{few}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
