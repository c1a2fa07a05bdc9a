"""Fit the slot-rival model (consensus/merge/slot_rivals.py) on labelled pairs of the
annotated clusters.

Usage: .venv/bin/python scripts/fit_slot_rivals.py [--write] [--l2 1.0] [--beta 0.5]
       [--except NAMES] [--only NAMES]

For every annotated cluster (the dev events, the seeds and cluster2, the made-up clusters
with gold but those of `--except`): the merge as bench/quality.py runs it (without the
model's own edges), and the candidate pairs of `slot_rivals.rival_rows` (claims of two
origins with figures of one unit and two values that share a slot key) with their columns.
A claim covers a side of a gold figure or update point when one of its citations overlaps
an anchor (or an "also" sentence) of that side. Label 1: the two claims cover two sides of
one such point (and neither covers both); else 0.

Prints leave-one-cluster-out figures (each cluster scored by weights fitted on the others):
the threshold is the cut with the best F-beta (`--beta`, 0.5 by default: precision counts
more, since a wrong dispute costs a reader more than a missed one) over those held-out
probabilities, so it is set on pairs the weights have not seen. With --write the weights
fitted on all chosen clusters, with that threshold, go to
consensus/merge/data/slot_rival_weights.json.

`--except` defaults to the seventh blind batch (the clusters nobody fixed for, kept as the
honest test of this model): name them with `--only`/`--except ''` to fit on them too.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from missed_links import covering, traced_report  # noqa: E402
from quality_lib import Locator, annotated, events, gold_cluster, madeup  # noqa: E402

import consensus.merge.slot_rivals as slot_rivals  # noqa: E402
from consensus.merge.slot_rivals import RIVAL_COLUMNS, WEIGHTS, rival_rows  # noqa: E402
from consensus.merge.weights import LogisticModel, fit_logistic  # noqa: E402

TEST_BATCH = "blind_eruption,blind_kidnap,blind_carrecall"  # the held-out test (see above)


@cache
def labelled(name: str) -> tuple[np.ndarray, np.ndarray]:
    """(rows, labels) of one cluster's candidate pairs."""
    articles, exp = gold_cluster(name)
    shipped = slot_rivals.rival_model
    slot_rivals.rival_model = lambda: None  # (the merge as it is without the model's edges)
    try:
        _report, trace = traced_report(articles, None)
    finally:
        slot_rivals.rival_model = shipped
    pairs, x, _figs = rival_rows(trace.feats, trace.ctx, trace.vectors)
    loc = Locator({a.id: a for a in articles})
    side_of: dict[int, set[tuple[str, int]]] = {}
    for point in exp.get("contested", []):
        if point.get("kind") not in ("figure", "update"):
            continue
        for n, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            for ms in covering(trace, anchors).values():
                for m in ms:
                    side_of.setdefault(m, set()).add((point["id"], n))
    y = np.zeros(len(pairs))
    for r, (i, j) in enumerate(pairs):
        si, sj = side_of.get(i, set()), side_of.get(j, set())
        if any(p == q and a != b for p, a in si for q, b in sj) and not si & sj:
            y[r] = 1.0
    return x, y


def _fbeta(p: np.ndarray, y: np.ndarray, t: float, beta: float) -> tuple[float, int, int, int]:
    pred = p >= t
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    b2 = beta * beta
    f = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
    return f, tp, fp, fn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--beta", type=float, default=0.5)
    ap.add_argument("--except", dest="leave_out", default=TEST_BATCH)
    ap.add_argument("--only", default="", help="comma list of clusters (default: all)")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else [*events(), *annotated(), *madeup()]
    leave = set(filter(None, args.leave_out.split(",")))
    names = [n for n in names if n not in leave]
    data = {n: labelled(n) for n in names}
    held = {}
    for n in names:
        xs = np.vstack([data[m][0] for m in names if m != n])
        ys = np.concatenate([data[m][1] for m in names if m != n])
        model = fit_logistic(xs, ys, RIVAL_COLUMNS, l2=args.l2)
        held[n] = model.prob(data[n][0]) if len(data[n][0]) else np.zeros(0)
    p = np.concatenate([held[n] for n in names])
    y = np.concatenate([data[n][1] for n in names])
    best = max(
        ((*_fbeta(p, y, float(t), args.beta), float(t)) for t in np.unique(np.round(p, 3))),
        key=lambda r: (r[0], r[4]),
    )
    f, tp, fp, fn, cut = best
    print(f"{len(names)} clusters, {len(y)} candidate pairs, {int(y.sum())} labelled rivals")
    print(f"held out: threshold {cut:.3f}  F{args.beta:g} {f:.3f}  tp {tp} fp {fp} fn {fn}")
    for n in names:
        _, tpn, fpn, fnn = _fbeta(held[n], data[n][1], cut, args.beta)
        if tpn or fpn:
            print(f"  {n:28s} tp {tpn} fp {fpn} fn {fnn}")
    xs = np.vstack([data[n][0] for n in names])
    model = fit_logistic(xs, y, RIVAL_COLUMNS, l2=args.l2)
    for name, w in zip(model.names, model.weights, strict=True):
        print(f"  {name:16s} {w:+.3f}")
    print(f"  {'bias':16s} {model.bias:+.3f}")
    if args.write:
        meta = {
            "comment": "fitted by scripts/fit_slot_rivals.py; do not edit by hand",
            "clusters": names,
            "l2": args.l2,
            "beta": args.beta,
            "held_out_f": round(f, 4),
        }
        out = LogisticModel(model.names, model.weights, model.bias, cut, meta)
        WEIGHTS.write_text(out.to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
