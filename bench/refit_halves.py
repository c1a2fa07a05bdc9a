"""Out-of-sample protocol for a refit of the link weights on the made-up gold (session 51).

The tunable made-up clusters (tests/data/madeup_gold minus tests/data/madeup/HELD_OUT.txt)
fall in two halves by a fixed hash of the name (`half`: "A" or "B"). A refit learns from the
dev clusters and ONE half (scripts/fit_merge_weights.py's `fit`, its pair labels and
options); the OTHER half, which it never saw, is then scored with it, cluster by cluster,
and compared with main's rows (/work/briefs51/moves.py, or any `floors.py --per` file):
a refit that only learns the clusters in view gains there and nowhere else.

Usage (from the repository root):
  PYTHONPATH=.:bench:scripts python bench/refit_halves.py pairs [FIT OPTIONS]
      pair level, both ways: fit on dev + A, log-loss / F1 on B's pairs; fit on dev + B,
      on A's; with the shipped weights beside them
  PYTHONPATH=.:bench:scripts python bench/refit_halves.py fit --on A --out W.json [FIT OPTIONS]
      the refit on dev + half A (or B, or "all") written to W.json (bench/quality.py
      --weights W.json scores anything with it)
  PYTHONPATH=.:bench:scripts python bench/refit_halves.py score --half B [--weights W.json]
          [--join-weights J.json]
      one row per cluster of half B in `floors.py --per` form (shipped weights without
      --weights), then the sums; --join-weights: J.json decides the joins alone (rule 7,
      group joins), every conflict bar reads the other weights (`link.join_link_model`)

FIT OPTIONS: --mode free (every weight and the bias; the default) | prior (pulled towards the
shipped weights, --prior-strength S) | bias (the shipped weights with only the bias refitted);
--l2, --madeup-weight, --positive-weight, --lookalike-weight as in fit_merge_weights.py;
--join-columns: the rows go on with consensus/merge/join_columns.JOIN_COLUMNS (session 53: a
JOIN weights file, scored with score --join-weights);
--threshold shipped (main's cut; the default) | pooled (best F1 over out-of-fold pairs,
clusters in --folds hash folds) | real (the same over the dev clusters' out-of-fold pairs
only) | a number; --sides: the gold disputes' sides label pairs too (two origins on one
side: linked; two sides of one dispute: linked as a figure conflict reads them, clash
columns cleared).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

from quality_lib import events, madeup, tunable  # noqa: E402

from consensus.merge.weights import LogisticModel, best_threshold, log_loss  # noqa: E402

HALVES = ("A", "B")
# what a row holds (the sums tests/test_quality_madeup.py asserts), in floors.py's order
FIELDS = (
    "agreed_total agreed_found disputes_total disputes_found points_unconfirmed agreed_mixed "
    "sides_mixed origin_tp copy_inflated non_claims wrong_speaker distinct_total "
    "distinct_merged split_facts"
).split()


def half(name: str) -> str:
    """The half a made-up cluster falls in: fixed by the SHA-256 of its name, so it does not
    move when clusters are added."""
    return HALVES[hashlib.sha256(name.encode("utf-8")).digest()[0] & 1]


def halves(names: Sequence[str]) -> dict[str, list[str]]:
    """`names` (held-out clusters dropped first) by half."""
    kept = tunable(names)
    return {h: [n for n in kept if half(n) == h] for h in HALVES}


def training(on: str) -> list[str]:
    """What a refit `on` a half ("A", "B") or on "all" learns from: the dev clusters and those
    made-up clusters (never the held-out ones, nor the seeds and cluster2, which stay a test)."""
    split = halves(madeup())
    return [*events(), *(split["A"] + split["B"] if on == "all" else split[on])]


def _shipped() -> LogisticModel:
    from consensus.merge.link import link_model

    return link_model()


def fit_model(names: Sequence[str], opts: argparse.Namespace) -> LogisticModel:
    """The refit on `names` (fit_merge_weights.fit), its threshold as `opts.threshold` says."""
    import fit_merge_weights as fm

    shipped = _shipped()
    data = [fm.labelled(n, opts.sides) for n in names]
    model = _fit(data, opts, shipped)
    cut = _threshold(data, opts, shipped)
    return replace(
        model,
        threshold=cut,
        meta={
            "comment": "scratch refit (bench/refit_halves.py); not a shipped file",
            "clusters": sorted(names),
            "mode": opts.mode,
            "l2": opts.l2,
            "madeup_weight": opts.madeup_weight,
            "positive_weight": opts.positive_weight,
            "threshold_from": opts.threshold,
            **({"dispute_sides": True} if opts.sides else {}),
            **({"lookalike_weight": opts.lookalike_weight} if opts.lookalike_weight != 1 else {}),
            **({"prior_strength": opts.prior_strength} if opts.mode == "prior" else {}),
            **({"join_columns": True} if opts.join_columns else {}),
        },
    )


def _fit(data: Sequence[Any], opts: argparse.Namespace, shipped: LogisticModel) -> LogisticModel:
    import fit_merge_weights as fm

    held = {
        "weights": dict(zip(shipped.names, shipped.weights, strict=True)),
        "bias": shipped.bias,
        "threshold": shipped.threshold,
    }
    return fm.fit(
        data,
        opts.l2,
        opts.positive_weight,
        0.5,
        opts.madeup_weight,
        frozen=held if opts.mode == "bias" else None,
        prior={**held, "strength": opts.prior_strength} if opts.mode == "prior" else None,
        free_bias=opts.mode == "bias",
        lookalike=opts.lookalike_weight,
        join=opts.join_columns,
    )


def _threshold(data: Sequence[Any], opts: argparse.Namespace, shipped: LogisticModel) -> float:
    if opts.threshold == "shipped":
        return shipped.threshold
    if opts.threshold not in ("pooled", "real"):
        return float(opts.threshold)
    if opts.join_columns:
        raise SystemExit("--join-columns takes --threshold shipped or a number")
    dev = set(events())
    ps: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    for k in range(opts.folds):
        fold = [d for d in data if _fold(d.name, opts.folds) == k]
        if not fold:
            continue
        model = _fit([d for d in data if _fold(d.name, opts.folds) != k], opts, shipped)
        for d in fold:
            if opts.threshold == "pooled" or d.name in dev:
                ps.append(model.prob(d.x))
                ys.append(d.y)
    return best_threshold(np.concatenate(ps), np.concatenate(ys))[0]


def _fold(name: str, folds: int) -> int:
    """A cluster's fold for the out-of-fold threshold (a hash other than `half`'s bit)."""
    return hashlib.sha256(name.encode("utf-8")).digest()[1] % folds


def pair_figures(model: LogisticModel, names: Sequence[str]) -> tuple[float, float, int, int]:
    """Log-loss and F1 at the model's threshold over the labelled pairs of `names` (the labels'
    pair weights ignored: every pair counts once), the pairs and positives."""
    import fit_merge_weights as fm

    data = [fm.labelled(n) for n in names]
    x = np.vstack([d.x for d in data])
    y = np.concatenate([d.y for d in data])
    pred = model.prob(x) >= model.threshold
    tp = int(np.sum(pred & (y == 1)))
    wrong = int(np.sum(pred != (y == 1)))
    f1 = 2 * tp / (2 * tp + wrong) if tp else 0.0
    return log_loss(model, x, y), f1, len(y), int(y.sum())


def cmd_pairs(opts: argparse.Namespace) -> int:
    split = halves(madeup())
    shipped = _shipped()
    print(f"halves: A {len(split['A'])} clusters, B {len(split['B'])}")
    for on, test in (("A", "B"), ("B", "A")):
        model = fit_model(training(on), opts)
        for label, m in (("shipped", shipped), (f"fit dev+{on}", model)):
            loss, f1, n, pos = pair_figures(m, split[test])
            print(
                f"on {test} ({n} pairs, {pos} pos) {label:12} t{m.threshold:.3f} "
                f"logloss {loss:.4f} F1 {f1:.4f}"
            )
        pairs = zip(model.names, model.weights, strict=True)
        print("  " + " ".join(f"{k}={w:+.2f}" for k, w in pairs))
        print(f"  bias={model.bias:+.3f}")
    return 0


def cmd_fit(opts: argparse.Namespace) -> int:
    model = fit_model(training(opts.on), opts)
    opts.out.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {opts.out} (threshold {model.threshold:.3f}, bias {model.bias:+.3f})")
    return 0


def score_row(job: tuple[str, str | None, str | None]) -> tuple[str, dict[str, int]]:
    """One made-up cluster's figures (floors.py's row), with the weights of the file named
    (and the JOIN decision's weights of the second file named: `link.join_link_model`)."""
    from contextlib import ExitStack

    from quality import score_madeup

    from consensus.merge.link import join_weights_in_scope, weights_in_scope

    name, path, join_path = job
    with ExitStack() as scope:
        if path:
            scope.enter_context(weights_in_scope(LogisticModel.load(Path(path))))
        if join_path:
            scope.enter_context(join_weights_in_scope(LogisticModel.load(Path(join_path))))
        s = score_madeup(name)
    row = {f: int(getattr(s, f)) for f in FIELDS}
    row["sp_right"] = s.speakers.gold_right
    row["sp_wrong"] = s.speakers.gold_wrong
    return name, row


def cmd_score(opts: argparse.Namespace) -> int:
    names = halves(madeup())[opts.half]
    path = str(opts.weights) if opts.weights else None
    join_path = str(opts.join_weights) if opts.join_weights else None
    with Pool(opts.jobs) as pool:
        rows = pool.map(score_row, [(n, path, join_path) for n in names], chunksize=1)
    for n, r in rows:
        print(n, " ".join(f"{k}={v}" for k, v in r.items()))
    print(
        f"half {opts.half}: clusters {len(names)} weights {path or 'shipped'}"
        f" join weights {join_path or 'the same'}"
    )
    print(totals(rows))
    return 0


def totals(rows: Sequence[tuple[str, dict[str, int]]]) -> str:
    """The sums of `score` rows in floors.py's last-line form."""
    tot = {k: sum(r[k] for _, r in rows) for k in rows[0][1]}
    return (
        f"agreed {tot['agreed_found']}/{tot['agreed_total']} "
        f"disputes {tot['disputes_found']}/{tot['disputes_total']} "
        f"no_gold {tot['points_unconfirmed']} agreed_mixed {tot['agreed_mixed']} "
        f"sides_mixed {tot['sides_mixed']} origin_tp {tot['origin_tp']} "
        f"copy {tot['copy_inflated']} non_claims {tot['non_claims']} "
        f"wrong_speaker {tot['wrong_speaker']} speakers {tot['sp_right']}/{tot['sp_wrong']} "
        f"distinct {tot['distinct_merged']}/{tot['distinct_total']} split {tot['split_facts']}"
    )


def _fit_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--mode", choices=("free", "prior", "bias"), default="free")
    ap.add_argument("--prior-strength", type=float, default=30.0)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--madeup-weight", type=float, default=1.0)
    ap.add_argument("--positive-weight", type=float, default=1.0)
    ap.add_argument("--lookalike-weight", type=float, default=1.0)
    ap.add_argument(
        "--join-columns",
        action="store_true",
        help="fit join_columns.JOIN_COLUMNS too (a JOIN weights file: score --join-weights)",
    )
    ap.add_argument("--threshold", default="shipped", help="shipped | pooled | real | a number")
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument(
        "--sides",
        action="store_true",
        help="the gold disputes' sides label pairs too (fit_merge_weights.py --dispute-sides)",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    pairs = sub.add_parser("pairs", help="pair-level figures of the refit, both ways")
    _fit_options(pairs)
    fit = sub.add_parser("fit", help="write the refit on dev + one half (or all)")
    _fit_options(fit)
    fit.add_argument("--on", choices=(*HALVES, "all"), required=True)
    fit.add_argument("--out", type=Path, required=True)
    score = sub.add_parser("score", help="rows of one half's clusters with a weights file")
    score.add_argument("--half", choices=HALVES, required=True)
    score.add_argument("--weights", type=Path)
    score.add_argument(
        "--join-weights", type=Path, help="weights of the JOIN decision alone (link.py)"
    )
    score.add_argument("--jobs", type=int, default=2)
    opts = ap.parse_args(argv)
    return {"pairs": cmd_pairs, "fit": cmd_fit, "score": cmd_score}[opts.cmd](opts)


if __name__ == "__main__":
    sys.exit(main())
