"""The `align` link column as the product computes it (consensus/merge/align_words.py),
checked out of sample before its weight ships (session 54, alignjoin54).

Labelled pairs are scripts/fit_merge_weights.py's (`labelled`: the candidate pairs `merge`
scores, with their comparison rows, now carrying `align`) on the dev clusters and the
tunable made-up clusters (tests/data/madeup minus HELD_OUT.txt, filtered before anything is
read). Two fits of the column, each scored where it was not fitted:

- frozen: the weights file `--base` (main's link weights, without `align`) kept as an
  offset, the `align` weight and a bias shift fitted (`fit_merge_weights.py --freeze BASE
  --free-bias`);
- full: every column and the bias refitted with `align` (and, for reference, without it).

Splits: the clusters cut in two halves by a checksum of the name (fit on one, score the
other, both ways), and fitted on the made-up clusters, scored on the dev ones. Printed: log
loss, AUC, and at the shipped threshold and at as many negatives over the bar as the base
model lets over its threshold: positives over, look-alikes over, negatives over.

`--dump PATH` writes the labelled rows as a pickle, `--load PATH` reads them back.
Prints figures only, never the texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/align_join.py --base WEIGHTS
       [--dump PATH | --load PATH] [name ...]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality_lib import events, madeup, tunable  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.weights import LogisticModel, fit_logistic  # noqa: E402

# the columns the frozen fit adds to the base (`--columns`; session 58: the word gaps of
# consensus/merge/align_gaps.py besides `align`)
ALIGN = [COMPARISONS.index("align")]


def rows(names: Sequence[str]) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """(name, x, y, w, look) of each cluster's labelled pairs."""
    from fit_merge_weights import _look, labelled

    out = []
    for n in names:
        d = labelled(n)
        out.append((n, d.x, d.y, d.w, _look(d)))
    return out


def _auc(p: np.ndarray, y: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _fit(kind: str, base: LogisticModel, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Any:
    """A scoring function fitted on (x, y, w): `frozen` (base + the `ALIGN` columns' weights
    + bias shift), `full` (the base's columns and `ALIGN`) or `none` (the base's columns)."""
    held = [k for k, n in enumerate(COMPARISONS) if n in base.names]
    bw = np.array([base.weights[base.names.index(COMPARISONS[k])] for k in held])
    if kind == "base":
        return lambda z: z[:, held] @ bw + base.bias
    if kind == "frozen":
        off = x[:, held] @ bw + base.bias
        names = [COMPARISONS[k] for k in ALIGN]
        m = fit_logistic(x[:, ALIGN], y, names, l2=1.0, weights=w, offset=off)
        return lambda z: z[:, held] @ bw + base.bias + z[:, ALIGN] @ np.array(m.weights) + m.bias
    cols = sorted({*held, *ALIGN}) if kind == "full" else held
    m = fit_logistic(x[:, cols], y, [COMPARISONS[k] for k in cols], l2=1.0, weights=w)
    return lambda z: z[:, cols] @ np.array(m.weights) + m.bias


def report(data: list[Any], base: LogisticModel, split: str) -> None:
    x = np.vstack([d[1] for d in data])
    y = np.concatenate([d[2] for d in data])
    w = np.concatenate([d[3] for d in data])
    look = np.concatenate([d[4] for d in data])
    names = np.concatenate([[d[0]] * len(d[2]) for d in data])
    if split == "dev":
        dev = set(events())
        side = np.array([n in dev for n in names], dtype=int)
        fits: tuple[int, ...] = (0,)
    else:
        side = np.array([zlib.crc32(str(n).encode()) % 2 for n in names])
        fits = (0, 1)
    scored = np.isin(side, [1 - f for f in fits])
    full = w == 1.0  # (the half-weight negatives: one claim covers no gold fact)
    t = base.threshold
    z0 = _fit("base", base, x, y, w)(x)
    bar_t = np.log(t / (1 - t))
    print(f"\nsplit {split}: scored pairs {scored.sum()}, positives {int(y[scored].sum())}")
    print(
        f"{'fit':8} {'logloss':>8} {'AUC':>6} | at the threshold: {'pos':>5} {'neg':>5} "
        f"{'look':>4} | at equal negatives: {'pos':>5} {'look':>4}"
    )
    for kind in ("base", "frozen", "none", "full"):
        z = np.zeros(len(y))
        for f in fits:
            tr, te = side == f, side != f
            z[te] = _fit(kind, base, x[tr], y[tr], w[tr])(x[te])
        q = np.clip(1 / (1 + np.exp(-z[scored])), 1e-9, 1 - 1e-9)
        ys = y[scored]
        ll = float(-np.average(ys * np.log(q) + (1 - ys) * np.log(1 - q), weights=w[scored]))
        over = z >= bar_t
        # as many full-weight negatives over the bar as the base model lets over, per side
        eq = np.zeros(len(y), dtype=bool)
        for f in fits:
            te = side != f
            neg = np.sort(z[te & (y == 0) & full])[::-1]
            k = int(((z0 >= bar_t) & te & (y == 0) & full).sum())
            eq[te] = z[te] >= (neg[k - 1] if k else np.inf)
        s = scored
        print(
            f"{kind:8} {ll:8.4f} {_auc(z[s], y[s]):6.3f} | "
            f"{' ' * 17} {(over & s & (y == 1)).sum():5} {(over & s & (y == 0) & full).sum():5} "
            f"{(over & s & look).sum():4} | {' ' * 19} {(eq & s & (y == 1)).sum():5} "
            f"{(eq & s & look).sum():4}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--columns", default="align", help="comma list the frozen fit adds")
    args = ap.parse_args(argv)
    ALIGN[:] = [COMPARISONS.index(c) for c in args.columns.split(",")]
    if args.load:
        data = pickle.loads(args.load.read_bytes())
        data = [d for d in data if d[0] in set(tunable([*events(), *madeup()]))]
    else:
        data = rows(tunable(args.names or [*events(), *madeup()]))
        if args.dump:
            args.dump.write_bytes(pickle.dumps(data))
    base = LogisticModel.load(args.base)
    report(data, base, "halves")
    report(data, base, "dev")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
