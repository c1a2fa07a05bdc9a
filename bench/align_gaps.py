"""The word-gap columns of consensus/merge/align_gaps.py, one by one, on the labelled pairs
(session 58, wordalign58): does what a soft word alignment leaves unmatched tell a reworded
fact from a look-alike where the alignment's mean (`align`) does not?

Rows are bench/align_join.py's (`--dump P` there, or here with `--level L` to recompute them
with another `align_gaps.GAP_LEVEL`): the labelled candidate pairs of
scripts/fit_merge_weights.py on the dev clusters and the tunable made-up clusters
(HELD_OUT.txt filtered before anything is read). Printed per column and per side (made-up,
dev), AUC of positives against: every full-weight negative (all), the gold look-alikes
(look), and the look-alikes among the positives the shipped link weights leave under their
threshold (hard: the pairs a new column must lift). A gap column is read negated (a larger
gap should mean two facts). Figures only, never texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/align_gaps.py (--load P | --level L [--dump P])
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from align_join import _auc, rows  # noqa: E402
from quality_lib import events, madeup, tunable  # noqa: E402

from consensus.merge import align_gaps  # noqa: E402
from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.link_models import link_model  # noqa: E402

COLUMNS = ("align", *align_gaps.GAP_COLUMNS, "soft_words", "rare_words", "lexical")
NEGATED = {"align_gap_min", "align_gap_max", "figure_unmatched"}


def table(data: list[Any]) -> None:
    model = link_model()
    dev = set(events())
    for side, keep in (("made-up", False), ("dev", True)):
        part = [d for d in data if (d[0] in dev) == keep]
        x = np.vstack([d[1] for d in part])
        y = np.concatenate([d[2] for d in part])
        w = np.concatenate([d[3] for d in part])
        look = np.concatenate([d[4] for d in part])
        under = model.logit(x) < np.log(model.threshold / (1 - model.threshold))
        print(f"\n{side}: pairs {len(y)}, positives {int(y.sum())}, look-alikes {int(look.sum())}")
        print(f"{'column':18} {'all':>6} {'look':>6} {'hard':>6}")
        neg = (y == 0) & (w == 1.0)
        for name in COLUMNS:
            v = x[:, COMPARISONS.index(name)] * (-1.0 if name in NEGATED else 1.0)
            pos = y == 1
            cells = [
                _auc(v[pos | neg], y[pos | neg]),
                _auc(v[pos | look], y[pos | look]),
                _auc(v[(pos & under) | look], y[(pos & under) | look]),
            ]
            print(f"{name:18} " + " ".join(f"{c:6.3f}" for c in cells))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--level", type=float, help="recompute the rows at this GAP_LEVEL")
    args = ap.parse_args(argv)
    keep = set(tunable([*events(), *madeup()]))
    if args.load:
        data = [d for d in pickle.loads(args.load.read_bytes()) if d[0] in keep]
    else:
        if args.level is not None:
            align_gaps.GAP_LEVEL = args.level
        data = rows(sorted(keep))
        if args.dump:
            args.dump.write_bytes(pickle.dumps(data))
    print(f"GAP_LEVEL {align_gaps.GAP_LEVEL}")
    table(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
