"""Which link columns make a re-fit merge what gold keeps apart (session 52, refit52).

For the candidate pairs of the named clusters (dev + a half by default; tunable clusters
only) that gold marks wrong to join (a gold `distinct` look-alike pair, or two claims that
cover different gold agreed facts and none in common), the pairs a re-fitted link model
(--weights) puts at or over its threshold while the shipped weights keep them under theirs:
how many, and each column's mean contribution to the log-odds under the re-fit minus under
the shipped weights (bias as a column), so the column(s) that carry the new wrong joins
are named. Pairs gold links (two origins, one fact) are counted the same way for contrast.

  PYTHONPATH=.:bench:scripts python bench/link_shift.py --weights W.json [--on A|B|all]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

import refit_halves as rh  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.weights import LogisticModel  # noqa: E402


def kinds(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The cluster's candidate rows and each one's kind: 2 a gold look-alike pair, 1 two
    claims covering different facts only, 3 a gold-linked pair, 0 anything else."""
    import fit_merge_weights as fm
    from quality_lib import gold_cluster

    articles, exp = gold_cluster(name)
    cp = fm.cluster_pairs(articles, exp)
    kind = np.zeros(len(cp.keys), dtype=np.int64)
    for r, (ka, kb) in enumerate(cp.keys):
        if cp.gold[ka[0]] == cp.gold[kb[0]]:
            continue
        fa, fb = cp.covers.get(ka, set()), cp.covers.get(kb, set())
        if (ka, kb) in cp.distinct:
            kind[r] = 2
        elif fa and fb:
            kind[r] = 3 if fa & fb else 1
    return cp.x, kind


def shift(names: Sequence[str], new: LogisticModel, old: LogisticModel, jobs: int = 2) -> list[str]:
    """The report's lines (see the module docstring)."""
    with Pool(jobs) as pool:
        got = pool.map(kinds, list(names), chunksize=1)
    x = np.vstack([g[0] for g in got])
    kind = np.concatenate([g[1] for g in got])
    p_old, p_new = old.prob(x), new.prob(x)
    gained = (p_new >= new.threshold) & (p_old < old.threshold)
    lost = (p_new < new.threshold) & (p_old >= old.threshold)
    delta = x * (np.asarray(new.weights) - np.asarray(old.weights))
    cols = [*COMPARISONS, "bias"]
    delta = np.hstack([delta, np.full((len(x), 1), new.bias - old.bias)])
    out = [
        f"{len(names)} clusters, {len(x)} candidate pairs; columns: "
        + " ".join(
            f"{c}={w1:+.2f}({w1 - w0:+.2f})"
            for c, w0, w1 in zip(COMPARISONS, old.weights, new.weights, strict=True)
        )
    ]
    for k, label in ((2, "look-alike (gold distinct)"), (1, "different facts"), (3, "gold linked")):
        m = kind == k
        g, lo = gained & m, lost & m
        out.append(
            f"{label:28} pairs {int(m.sum()):6} joined new {int(g.sum()):5} "
            f"unjoined {int(lo.sum()):5} (linked shipped {int((p_old[m] >= old.threshold).sum())}"
            f", re-fit {int((p_new[m] >= new.threshold).sum())})"
        )
        if g.any():
            mean = delta[g].mean(axis=0)
            order = np.argsort(-mean)
            out.append(
                "   newly joined, mean log-odds shift by column: "
                + " ".join(f"{cols[j]}={mean[j]:+.2f}" for j in order if abs(mean[j]) >= 0.01)
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--weights", type=Path, required=True)
    ap.add_argument("--on", choices=("A", "B", "all"), default="A")
    ap.add_argument("--jobs", type=int, default=2)
    opts = ap.parse_args(argv)
    names = rh.training(opts.on)
    for line in shift(names, LogisticModel.load(opts.weights), rh._shipped(), opts.jobs):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
