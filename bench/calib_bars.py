"""Throwaway (session 51, calib51; measurement only): re-set the merger's fixed link-probability
bars for a re-fitted link model by quantile matching, and score a half with them in scope.

  PYTHONPATH=.:bench:scripts python bench/calib_bars.py bars --on A --weights W.json --out B.json
      for each bar, the value whose quantile among the labelled candidate pairs' link
      probabilities (dev + half A, fit_merge_weights.labelled, plain labels) under W equals the
      old bar's quantile under the shipped weights; SPEAKERS_CONFLICT_AT (read on p_even, the
      pair with its figures taken as equal) is matched on the pairs with figures, made even
  PYTHONPATH=.:bench:scripts python bench/calib_bars.py score --half B --weights W.json
      [--bars B.json] refit_halves.py score with the bars patched into every consensus module
      that holds them (a monkeypatch in each worker)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

import refit_halves as rh  # noqa: E402

from consensus.merge.weights import LogisticModel  # noqa: E402

# the fixed cuts read on a pair's link probability (module that defines each)
BARS = {
    "SPEAKERS_CONFLICT_AT": "consensus.merge.value_conflicts",
    "REPORTED_AT": "consensus.merge.tunables",
    "LINK_AT_ONE_VOICE": "consensus.merge.tunables",
    "VOICES_REBUT_AT": "consensus.merge.voice_rebuttals",
    "TOLD_BY_TWO_AT": "consensus.merge.tunables",
    "VERBATIM_AT": "consensus.merge.link",
    "PARTY_REBUT_AT": "consensus.merge.party_rebuttals",
    "SCOPE_REBUT_AT": "consensus.merge.negation_scope",
    "QUOTES_LINK_AT": "consensus.merge.quote_pairs",
}
FOUR = ("SPEAKERS_CONFLICT_AT", "REPORTED_AT", "LINK_AT_ONE_VOICE", "VOICES_REBUT_AT")


def old_bars() -> dict[str, float]:
    import importlib

    return {k: float(getattr(importlib.import_module(m), k)) for k, m in BARS.items()}


def matched(old: float, p_old: np.ndarray, p_new: np.ndarray) -> tuple[float, float]:
    """The new bar at the old bar's quantile, and that quantile (share of pairs below)."""
    q = float(np.mean(p_old < old))
    return float(np.quantile(p_new, q)), q


def cmd_bars(opts: argparse.Namespace) -> int:
    import fit_merge_weights as fm

    from consensus.merge.link import _CLASH, _SAME_FIG

    shipped = rh._shipped()
    new = LogisticModel.load(opts.weights)
    data = [fm.labelled(n) for n in rh.training(opts.on)]
    x = np.vstack([d.x for d in data])
    figs = (x[:, _CLASH] != 0) | (x[:, _SAME_FIG] != 0)
    even = x[figs].copy()
    even[:, _CLASH] = 0.0
    even[:, _SAME_FIG] = 1.0
    out: dict[str, float] = {}
    print(f"{len(x)} pairs ({int(figs.sum())} with figures); threshold {new.threshold:.3f}")
    for k, old in old_bars().items():
        xs = even if k == "SPEAKERS_CONFLICT_AT" else x
        bar, q = matched(old, shipped.prob(xs), new.prob(xs))
        out[k] = round(bar, 4)
        print(f"{k:22} {old:.3f} -> {bar:.4f}  (quantile {q:.4f})")
    for k, old, xs in (
        ("SPEAKERS_CONFLICT_AT_plain", old_bars()["SPEAKERS_CONFLICT_AT"], x),
        ("threshold", shipped.threshold, x),
        ("conflict_at_even", shipped.threshold, even),
    ):
        bar, q = matched(old, shipped.prob(xs), new.prob(xs))
        print(f"{k:22} {old:.3f} -> {bar:.4f}  (quantile {q:.4f}; for reference, not patched)")
    # conflict_at (threshold - CONFLICT_MARGIN) is read on p_even too: its even-pair match
    # as a margin (patched only with --only naming CONFLICT_MARGIN)
    cbar, _ = matched(shipped.threshold, shipped.prob(even), new.prob(even))
    out["CONFLICT_MARGIN"] = round(new.threshold - cbar, 4)
    opts.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


def conflict_rows(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A cluster's candidate pairs whose figures clash (read as link.py's conflict reads
    them: clash cleared, `figure_same` set), those labelled: 1 two claims on two sides of one
    gold dispute, 0 two claims that cover gold agreed facts (one or two: a conflict there is a
    wrong dispute); and whether the pair has two speakers (`speaker_clash`)."""
    import fit_merge_weights as fm
    from quality_lib import gold_cluster

    from consensus.merge.link import _CLASH, _SAME_FIG

    articles, exp = gold_cluster(name)
    cp = fm.cluster_pairs(articles, exp)
    on_side = fm._side_covers(exp, cp.loc, cp.claim_sets)
    spk = fm.COMPARISONS.index("speaker_clash")
    rows, ys = [], []
    for r, (ka, kb) in enumerate(cp.keys):
        if cp.gold[ka[0]] == cp.gold[kb[0]] or not cp.x[r, _CLASH]:
            continue
        fa, fb = cp.covers.get(ka, set()), cp.covers.get(kb, set())
        sa, sb = on_side.get(ka, set()), on_side.get(kb, set())
        if {p for p, _ in sa} & {p for p, _ in sb} and not sa & sb and not (fa and fb):
            y = 1
        elif fa and fb:
            y = 0  # one agreed fact, or two: a conflict there is a wrong dispute
        else:
            continue
        rows.append(r)
        ys.append(y)
    x = cp.x[rows].copy() if rows else np.zeros((0, cp.x.shape[1]))
    x[:, _CLASH] = 0.0
    x[:, _SAME_FIG] = 1.0
    return x, np.asarray(ys, dtype=np.int64), x[:, spk] > 0


def precision_bar(p_old: np.ndarray, p_new: np.ndarray, y: np.ndarray, old: float) -> tuple:
    """The lowest bar under the new weights whose precision (dispute sides among the pairs at
    or over it) is at least the shipped weights' at the shipped bar; with the recall of both."""
    at = p_old >= old
    prec = float(y[at].mean()) if at.any() else 1.0
    rec_old = float((at & (y == 1)).sum() / max(1, (y == 1).sum()))
    best = 1.0
    for cut in np.sort(np.unique(p_new))[::-1]:
        got = p_new >= cut
        if float(y[got].mean()) >= prec:
            best = float(cut)
    rec = float(((p_new >= best) & (y == 1)).sum() / max(1, (y == 1).sum()))
    return round(best, 4), prec, rec_old, rec


def cmd_fitbars(opts: argparse.Namespace) -> int:
    """SPEAKERS_CONFLICT_AT (two-speaker pairs) and the conflict cut (the others) fitted on
    their own labels: two sides of one gold dispute against two claims of one agreed fact,
    the lowest bar that keeps the shipped bar's precision under the shipped weights."""
    from multiprocessing import Pool

    shipped = rh._shipped()
    new = LogisticModel.load(opts.weights)
    with Pool(opts.jobs) as pool:
        got = pool.map(conflict_rows, rh.training(opts.on), chunksize=1)
    x = np.vstack([g[0] for g in got])
    y = np.concatenate([g[1] for g in got])
    two = np.concatenate([g[2] for g in got])
    out = json.loads(opts.out.read_text(encoding="utf-8")) if opts.out.exists() else {}
    p_old, p_new = shipped.prob(x), new.prob(x)
    import consensus.merge.link as link
    from consensus.merge.value_conflicts import SPEAKERS_CONFLICT_AT

    for key, m, old in (
        ("SPEAKERS_CONFLICT_AT", two, SPEAKERS_CONFLICT_AT),
        ("conflict_at", ~two, shipped.threshold - link.CONFLICT_MARGIN),
    ):
        bar, prec, r0, r1 = precision_bar(p_old[m], p_new[m], y[m], old)
        print(
            f"{key:22} {old:.3f} -> {bar:.4f}: {int(m.sum())} pairs ({int(y[m].sum())} sides); "
            f"precision {prec:.3f}, recall {r0:.3f} shipped -> {r1:.3f}"
        )
        if key == "conflict_at":
            out["CONFLICT_MARGIN"] = round(new.threshold - bar, 4)
        else:
            out[key] = bar
    opts.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


_BARS: dict[str, float] = {}


def patch(bars: dict[str, float]) -> None:
    """Set each bar in every loaded consensus module that holds it (they import by name)."""
    import importlib
    import pkgutil

    import consensus.merge

    for m in pkgutil.iter_modules(consensus.merge.__path__):
        importlib.import_module(f"consensus.merge.{m.name}")
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("consensus"):
            for k, v in bars.items():
                if hasattr(mod, k):
                    setattr(mod, k, v)


def score_row(job: tuple[str, str | None, dict[str, float]]) -> tuple[str, dict[str, int]]:
    name, path, bars = job
    if bars:
        patch(bars)
    return rh.score_row((name, path, None))


def cmd_score(opts: argparse.Namespace) -> int:
    from multiprocessing import Pool

    bars: dict[str, float] = {}
    if opts.bars:
        bars = json.loads(opts.bars.read_text(encoding="utf-8"))
        if opts.only or "CONFLICT_MARGIN" in bars:
            opts.only = opts.only or ",".join(k for k in bars if k != "CONFLICT_MARGIN")
            bars = {k: v for k, v in bars.items() if k in opts.only.split(",")}
    print("# bars " + json.dumps(bars), file=sys.stderr)
    names = rh.halves(rh.madeup())[opts.half]
    path = str(opts.weights) if opts.weights else None
    with Pool(opts.jobs) as pool:
        rows = pool.map(score_row, [(n, path, bars) for n in names], chunksize=1)
    for n, r in rows:
        print(n, " ".join(f"{k}={v}" for k, v in r.items()))
    print(f"half {opts.half}: clusters {len(names)} weights {path or 'shipped'} bars {bars}")
    print(rh.totals(rows))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("bars")
    b.add_argument("--on", choices=("A", "B", "all"), required=True)
    b.add_argument("--weights", type=Path, required=True)
    b.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fitbars")
    f.add_argument("--on", choices=("A", "B", "all"), required=True)
    f.add_argument("--weights", type=Path, required=True)
    f.add_argument("--out", type=Path, required=True, help="bars file (updated if it exists)")
    f.add_argument("--jobs", type=int, default=2)
    s = sub.add_parser("score")
    s.add_argument("--half", choices=("A", "B"), required=True)
    s.add_argument("--weights", type=Path)
    s.add_argument("--bars", type=Path)
    s.add_argument("--only", help="comma list of bar names to patch (default all in --bars)")
    s.add_argument("--jobs", type=int, default=2)
    opts = ap.parse_args()
    return {"bars": cmd_bars, "fitbars": cmd_fitbars, "score": cmd_score}[opts.cmd](opts)


if __name__ == "__main__":
    sys.exit(main())
