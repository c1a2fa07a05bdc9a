"""Fit the group bar of a JOIN weights file (`link_models.group_bar`) on labelled group pairs.

A JOIN weights file (`consensus/merge/data/link_weights_join.json`) raises the probability
of every near pair of one event (session 55, alignread55: 0.52 -> 0.70 is typical), while
the group tests (`clusters._may_join`'s mean, `_split_bridges`, `_move_members`) read those
probabilities against the pair threshold. This script records, for each tunable made-up
cluster, every group join attempt that reaches the link test under the JOIN file with the
bar at the file's pair threshold (the most joins any higher bar starts from), labels each
as scripts/fit_join_weights.py does (1: the two groups state one gold fact; 0: they do not,
or a gold `distinct` pair lies across them; unknown: the gold cannot tell, left out), and
reads the mean rule (at least half the sampled pairs scored, their mean >= the bar) at each
candidate bar: precision, recall and accuracy of its joins on the labelled attempts.

Out of sample: the tunable clusters fall in two halves (bench/refit_halves.py `half`); the
bar that is best on one half is scored on the other. The greedy joins are recorded along
one path (the bar at the pair threshold): a higher bar refuses some of them and then
meets attempts this path never made, so the figures are a first reading, to be checked on
the floors and dev clusters (bench/README.md, "Session 55 (joinbar55)").

Usage (from the repository root):
  PYTHONPATH=.:bench:scripts .venv/bin/python bench/join_bar.py [--jobs 2] [--names a,b]
      [--write]
--write stores the bar fitted on all tunable clusters as the JOIN file's `group_at` (meta).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

from quality_lib import madeup, tunable  # noqa: E402
from refit_halves import half  # noqa: E402

from consensus.merge.link_models import JOIN_WEIGHTS  # noqa: E402

BARS = tuple(round(0.28 + 0.01 * k, 2) for k in range(33))  # 0.28 .. 0.60


def rows(name: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """One cluster's labelled attempts: mean JOIN probability, scored share, label."""
    from fit_join_weights import label_rows

    from consensus.merge.join_model import COLUMNS
    from consensus.merge.link_models import group_bar_in_scope, join_link_model

    # (the shipped JOIN file decides the joins, the group bar at its pair threshold)
    at = join_link_model().threshold
    x, y, _, _ = label_rows(name, None, group_bar_in_scope(at))
    if not len(y):
        return name, np.zeros(0), np.zeros(0), np.zeros(0)
    mean = x[:, COLUMNS.index("mean")] + at
    return name, mean, x[:, COLUMNS.index("scored")], y


def table(mean: np.ndarray, scored: np.ndarray, y: np.ndarray) -> list[tuple[float, ...]]:
    """Per bar: joins right, joins wrong, refused right, refused wrong, accuracy."""
    known = y >= 0
    out = []
    for b in BARS:
        d = (scored >= 0.5) & (mean >= b)
        tp = int((d & (y == 1)).sum())
        fp = int((d & (y == 0)).sum())
        fn = int((~d & (y == 1)).sum())
        tn = int((~d & (y == 0)).sum())
        out.append((b, tp, fp, fn, tn, (tp + tn) / max(int(known.sum()), 1)))
    return out


def best(t: list[tuple[float, ...]]) -> float:
    """The bar of highest accuracy (ties: the lowest bar, the fewest joins refused)."""
    return max(t, key=lambda r: (r[5], -r[0]))[0]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--names", default="", help="a comma list (default: the tunable ones)")
    ap.add_argument("--write", action="store_true", help="store group_at in the JOIN file")
    ap.add_argument("--dump", type=Path, help="write the labelled rows here (json)")
    args = ap.parse_args(argv)
    if not JOIN_WEIGHTS.is_file():
        print(f"no JOIN weights file ({JOIN_WEIGHTS}): nothing to fit")
        return 1
    names = tunable([n for n in args.names.split(",") if n] or madeup())
    with Pool(args.jobs) as pool:
        got = pool.map(rows, names, chunksize=1)
    if args.dump:
        args.dump.write_text(
            json.dumps({n: [m.tolist(), s.tolist(), y.tolist()] for n, m, s, y in got}),
            encoding="utf-8",
        )
    by: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {"A": [], "B": [], "all": []}
    for name, m, s, y in got:
        by[half(name)].append((m, s, y))
        by["all"].append((m, s, y))
    empty = [(np.zeros(0), np.zeros(0), np.zeros(0))]
    tables = {
        k: table(*(np.concatenate(c) for c in zip(*(v or empty), strict=True)))
        for k, v in by.items()
    }
    allt = tables["all"]
    print("bar   right joins / wrong joins / right refused / wrong refused / accuracy (all)")
    for r in allt:
        print(f"{r[0]:.2f}  {r[1]:5d} {r[2]:5d} {r[3]:5d} {r[4]:5d}  {r[5]:.4f}")
    for fit_on, test_on in (("A", "B"), ("B", "A")):
        b = best(tables[fit_on])
        row = next(r for r in tables[test_on] if r[0] == b)
        base = tables[test_on][0]
        print(
            f"fit on {fit_on}: bar {b:.2f}; on {test_on}: accuracy {row[5]:.4f} "
            f"(bar {base[0]:.2f}: {base[5]:.4f}), wrong joins {base[2]} -> {row[2]}, "
            f"right joins {base[1]} -> {row[1]}"
        )
    bar = best(allt)
    print(f"fit on all: bar {bar:.2f}")
    if args.write:
        data = json.loads(JOIN_WEIGHTS.read_text(encoding="utf-8"))
        data.setdefault("meta", {})["group_at"] = bar
        JOIN_WEIGHTS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote group_at {bar:.2f} to {JOIN_WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
