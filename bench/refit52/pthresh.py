"""refit52 (measurement record): a re-fit's link cut matched on precision.

The lowest cut whose precision over the fit half's labelled pairs (dev + the half, plain
labels) is at least the shipped weights' at the shipped cut; writes the re-fit with that cut.
  PYTHONPATH=.:bench:scripts python bench/refit52/pthresh.py A wA.json wA_cut.json
"""

from __future__ import annotations

import json
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

import calib_bars as cb  # noqa: E402
import fit_merge_weights as fm  # noqa: E402
import refit_halves as rh  # noqa: E402

from consensus.merge.weights import LogisticModel  # noqa: E402


def lab(name: str) -> tuple[np.ndarray, np.ndarray]:
    d = fm.labelled(name)
    return d.x, d.y


def main() -> int:
    half, path, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    with Pool(2) as pool:
        got = pool.map(lab, rh.training(half), chunksize=1)
    x = np.vstack([g[0] for g in got])
    y = np.concatenate([g[1] for g in got]).astype(int)
    old, new = rh._shipped(), LogisticModel.load(path)
    bar, prec, r0, r1 = cb.precision_bar(old.prob(x), new.prob(x), y, old.threshold)
    print(
        f"{half} {path}: threshold {old.threshold} -> {bar} precision {prec:.4f} "
        f"recall {r0:.4f} -> {r1:.4f}"
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    data["threshold"] = bar
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
