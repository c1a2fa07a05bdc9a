"""Fit the predicate gate's bar (bench/predicate_gate.py) on labelled pairs
(session 59, predgate59).

Pairs are bench/align_columns.py's (`--dump P` there): the gold agreed pairs (`pos`: two
claims of two origins covering one gold agreed fact), the gold look-alikes (`look`: a
gold `distinct` pair) and the near negatives (`other`: two claims of two origins covering
different gold facts that share a content stem), from the dev clusters and the tunable
made-up clusters; every pair of a cluster not in `tunable(madeup())` or the dev set is
dropped before anything is read (HELD_OUT.txt). The predicate similarity of a pair is
`predicate_gate.predicate_similarity` over the bundled wordllama word vectors.

Prints, per side (made-up, dev): how many pairs have a head predicate on both sides, the
AUC of positives against look-alikes and against near negatives, and, for each candidate
bar, the share of positives and of negatives under it; the bar written is the one that
maximises Youden's J (share of negatives under it minus share of positives under it) on
the made-up positives against the look-alikes and near negatives pooled (each class
weighted to one half), with `--write` into consensus/merge/data/predicate_bar.json.
Figures only, never texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/predicate_bar.py --load P [--write]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import predicate_gate  # noqa: E402
from align_columns import auc, vectors  # noqa: E402
from predicates import verbs_of  # noqa: E402
from quality_lib import events, madeup, tunable  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.link_models import join_link_model, link_model  # noqa: E402

BARS = np.round(np.arange(0.20, 0.951, 0.05), 2)


class _Words:
    """`predicate_gate`'s word-vector reader over the bundled model's word vectors."""

    def __contains__(self, w: object) -> bool:
        return isinstance(w, str)

    def get(self, w: str) -> np.ndarray:
        return np.asarray(vectors([w])[0], dtype=np.float64)


def scored(data: Sequence[object]) -> dict[str, dict[str, list[float]]]:
    keep = set(tunable(madeup())) | set(events())
    dev = set(events())
    words = _Words()
    out: dict[str, dict[str, list[float]]] = {
        s: {"pos": [], "look": [], "other": [], "none": []}
        for s in ("made-up", "dev", "made-up raised", "dev raised")
    }
    link, join = link_model(), join_link_model()
    width = len(COMPARISONS)
    for c in data:
        name = c.name  # type: ignore[attr-defined]
        if name not in keep:
            continue
        side = "dev" if name in dev else "made-up"
        for p in c.pairs:  # type: ignore[attr-defined]
            vectors([h.word for t in (p.a, p.b) for h in verbs_of(t)])
            s = predicate_gate.predicate_similarity(p.a, p.b, words)
            if s is None:
                out[side]["none"].append(float(p.kind == "pos"))
                continue
            out[side][p.kind].append(s)
            if p.x is None:
                continue
            x = np.zeros((1, width))
            x[0, : len(p.x)] = p.x
            lp, jp = float(link.prob(x)[0]), float(join.prob(x)[0])
            if jp >= join.threshold > lp:  # the raises that cross the JOIN bar
                out[side + " raised"][p.kind].append(s)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--load", required=True)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    with open(args.load, "rb") as fh:
        data = pickle.load(fh)
    got = scored(data)
    bar = None
    for side, d in got.items():
        pos, look, other = (np.array(d[k]) for k in ("pos", "look", "other"))
        none = d["none"]
        print(
            f"\n{side}: read pos {len(pos)} look {len(look)} other {len(other)}; "
            f"abstain {len(none)} (pos {int(sum(none))})"
        )
        print(f"AUC pos/look {auc(pos, look):.3f}  pos/other {auc(pos, other):.3f}")
        print(f"{'bar':>5} {'pos<':>6} {'look<':>6} {'other<':>7}")
        for b in BARS:
            print(
                f"{b:5.2f} {(pos < b).mean():6.3f} {(look < b).mean():6.3f} "
                f"{(other < b).mean():7.3f}"
            )
        if side == "made-up raised":
            neg = np.concatenate([look, other])
            w_neg = np.concatenate(
                [np.full(len(look), 0.5 / len(look)), np.full(len(other), 0.5 / len(other))]
            )
            best = (-1.0, 0.0)
            for b in BARS:
                j = float(w_neg[neg < b].sum() - (pos < b).mean())
                best = max(best, (j, float(b)))
            bar = best[1]
            print(
                f"fitted bar (Youden J over pos vs look+other, halves) {bar:.2f}, J {best[0]:.3f}"
            )
    if args.write and bar is not None:
        path = ROOT / "consensus" / "merge" / "data" / "predicate_bar.json"
        path.write_text(
            json.dumps(
                {
                    "comment": "The predicate gate's bar (bench/predicate_gate.py), "
                    "fitted by bench/predicate_bar.py on the gold agreed pairs vs the "
                    "look-alikes and near negatives of the tunable made-up clusters; "
                    "re-fit with that script, never edit by hand.",
                    "bar": bar,
                },
                indent=2,
            )
            + "\n"
        )
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
