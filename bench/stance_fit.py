"""Fit and score the CONFLICT model on `bench/stance_pairs.py` rows: a logistic regression
(L2, Newton steps, standardised columns) on the pair columns and a few products of a
"same matter" column with an "opposed stance" one, fitted on one half of the clusters
(sorted names, every other one) and scored on the other half and, when given, on dev rows.

Prints for the train half, the test half and dev: pairs, positives, AUC over all pairs and
over the pairs the merger made no conflict edge of (what a reader after the existing rules
would add), the precision at recall 0.05 / 0.10 / 0.20 / 0.30 (over all pairs / over the no-edge
pairs), and at the threshold fitted on
the train half for precision >= `--precision` (the bar one would ship) the pairs flagged,
precision and recall on each, and the positives among the top 10 / 20 / 40 / 80 no-edge
pairs; with point ids, the points no conflict edge crosses and how many of them have a
flagged pair. Also the single-column AUCs on the test half, so a model is
compared with its best column. `--write PATH` writes the columns, means, scales, weights and
bar as JSON (a record; nothing in consensus/ reads it).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/stance_fit.py PAIRS.tsv [--dev DEV.tsv]
       [--precision 0.8] [--l2 1.0] [--write PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

BASE = ("p", "cos", "cosc", "share", "rare", "ents", "lead", "unit")
STANCE = ("spk", "negx", "deny", "contra", "figx", "dated", "medium")
# products: one "same matter" column times one "opposed stance" column
PRODUCTS = (
    ("rare", "spk"),
    ("cos", "spk"),
    ("cosc", "spk"),
    ("cosc", "negx"),
    ("rare", "negx"),
    ("cos", "negx"),
    ("rare", "deny"),
    ("unit", "figx"),
    ("rare", "contra"),
)
COLUMNS = (*BASE, *STANCE, *(f"{a}*{b}" for a, b in PRODUCTS))


def load(path: str) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """The rows' clusters, column matrix (`COLUMNS`), labels (1 pos), edge flags and gold
    points ("cluster/point" of a positive, '' of a negative or when the rows have none)."""
    clusters: list[str] = []
    points: list[str] = []
    xs: list[list[float]] = []
    ys: list[int] = []
    edges: list[int] = []
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            v = {c: float(row[c]) for c in (*BASE, *STANCE)}
            xs.append([*(v[c] for c in BASE + STANCE), *(v[a] * v[b] for a, b in PRODUCTS)])
            clusters.append(row["cluster"])
            ys.append(int(row["label"] == "pos"))
            edges.append(int(row["edge"]))
            point = row.get("point", "-")
            points.append(f"{row['cluster']}/{point}" if point not in ("-", None) else "")
    return clusters, np.array(xs), np.array(ys), np.array(edges), points


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Means, scales and weights (last one the bias) of an L2 logistic regression."""
    mu = x.mean(axis=0)
    sd = x.std(axis=0)
    sd[sd == 0] = 1.0
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        q = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (q - y) + reg * w
        hess = (z * (q * (1 - q))[:, None]).T @ z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mu, sd, w


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    mu, sd, w = model
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    out: np.ndarray = 1 / (1 + np.exp(-z @ w))
    return out


def auc(s: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve (ties counted half)."""
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    allv = np.concatenate([pos, neg])[order]
    i = 0
    while i < len(allv):  # average ranks of ties
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def precision_at(s: np.ndarray, y: np.ndarray, recall: float) -> float:
    order = np.argsort(-s, kind="mergesort")
    tp = np.cumsum(y[order])
    need = max(1, int(np.ceil(recall * y.sum())))
    k = int(np.searchsorted(tp, need)) + 1
    return float(tp[k - 1] / k) if k <= len(y) else float("nan")


def bar_for(s: np.ndarray, y: np.ndarray, precision: float, least: int = 5) -> float:
    """The lowest threshold whose flagged pairs (at least `least`) reach `precision`."""
    order = np.argsort(-s, kind="mergesort")
    tp = np.cumsum(y[order])
    best = float("inf")
    for k in range(least, len(order) + 1):
        if tp[k - 1] / k >= precision:
            best = float(s[order[k - 1]])
    return best


def report(
    name: str, s: np.ndarray, y: np.ndarray, e: np.ndarray, bar: float, points: Sequence[str]
) -> None:
    live = e == 0
    at = " ".join(
        f"P@R{r:.2f} {precision_at(s, y, r):.3f}/{precision_at(s[live], y[live], r):.3f}"
        for r in (0.05, 0.1, 0.2, 0.3)
    )
    flag = (s >= bar) & live
    tp = int((flag & (y == 1)).sum())
    print(
        f"{name}: pairs {len(y)} pos {int(y.sum())} AUC {auc(s, y):.3f}; no-edge pairs "
        f"{int(live.sum())} pos {int(y[live].sum())} AUC {auc(s[live], y[live]):.3f}; all/no-edge "
        f"{at}; "
        f"at bar {bar:.3f}: no-edge flagged {int(flag.sum())} tp {tp} precision "
        f"{tp / max(1, int(flag.sum())):.3f} recall {tp / max(1, int(y[live].sum())):.3f}"
    )
    ranked = y[live][np.argsort(-s[live], kind="mergesort")]
    tops = " ".join(f"top {k}: {int(ranked[:k].sum())}" for k in (10, 20, 40, 80))
    print(f"  no-edge pairs ranked, positives in the {tops}")
    if not any(points):
        return
    # points with no conflict edge across their sides (most are missed), and those of them
    # with a flagged pair; the flagged pairs that are no side pair of any point
    edged = {pt for pt, k in zip(points, e, strict=True) if pt and k}
    bare = {pt for pt in points if pt and pt not in edged}
    won = {pt for pt, f in zip(points, flag, strict=True) if pt in bare and f}
    print(
        f"  points with no edge across their sides {len(bare)}, with a flagged pair "
        f"{len(won)}; flagged pairs of no point {int((flag & (y == 0)).sum())}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs")
    ap.add_argument("--dev")
    ap.add_argument("--precision", type=float, default=0.8)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write")
    ap.add_argument("--show", type=int, default=0, help="print the top N no-edge test pairs")
    args = ap.parse_args(argv)
    clusters, x, y, e, pts = load(args.pairs)
    names = sorted(set(clusters))
    half = {n for k, n in enumerate(names) if k % 2 == 0}
    tr = np.array([c in half for c in clusters])
    model = fit(x[tr], y[tr], args.l2)
    s_tr, s_te = predict(model, x[tr]), predict(model, x[~tr])
    bar = bar_for(s_tr[e[tr] == 0], y[tr][e[tr] == 0], args.precision)
    pts_tr = [p for p, t in zip(pts, tr, strict=True) if t]
    pts_te = [p for p, t in zip(pts, tr, strict=True) if not t]
    report("train half", s_tr, y[tr], e[tr], bar, pts_tr)
    report("test half", s_te, y[~tr], e[~tr], bar, pts_te)
    if args.dev:
        _, xd, yd, ed, pd = load(args.dev)
        report("dev", predict(model, xd), yd, ed, bar, pd)
    cols = " ".join(f"{c} {auc(x[~tr][:, k], y[~tr]):.3f}" for k, c in enumerate(COLUMNS))
    print(f"single-column AUC on the test half: {cols}")
    weights = " ".join(f"{c} {w:+.2f}" for c, w in zip((*COLUMNS, "bias"), model[2], strict=True))
    print(f"weights (standardised, train half): {weights}")
    if args.show:
        with open(args.pairs, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        test = [
            (float(sc), r)
            for sc, r in zip(s_te, (r for r, t in zip(rows, tr, strict=True) if not t), strict=True)
        ]
        test = [t for t in test if t[1]["edge"] == "0"]
        for sc, r in sorted(test, key=lambda t: -t[0])[: args.show]:
            print(
                f"{sc:.2f}\t{r['label']}\t{r['kind']}\t{r['cluster']}\t{r['p']}\t"
                f"{r['a']} | {r['b']}"
            )
    if args.write:
        full = fit(x, y, args.l2)
        record: dict[str, Any] = {
            "columns": list(COLUMNS),
            "mean": full[0].round(6).tolist(),
            "scale": full[1].round(6).tolist(),
            "weights": full[2].round(6).tolist(),
            "bar_train_half": bar,
        }
        Path(args.write).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
