"""Fit a learned group-join test (consensus/merge/join_model.py) on labelled group pairs.

Usage: .venv/bin/python scripts/fit_join_weights.py [--with older,blind]
       [--except NAMES] [--l2 1.0] [--unknown-weight 1.0] [--repeat-weight 0.2]
       [--threshold 0.5] [--replace] [--columns a,b,...] [--write [--out PATH]]

For every cluster with gold (the dev events, the annotated seeds and cluster2, and the
made-up clusters `--with` names: `older`, `blind` or names, minus `--except`: name the
held-out clusters there),
the pipeline as bench/quality.py runs it (offline extractor, shipped link weights, the mean
rule) records every join attempt that reaches the link test of `clusters._may_join` (a claim
or group meeting a group, past the vetoes of polarity, speakers, dates, periods and
never-together pairs): its columns (`join_model.COLUMNS`) and the two groups' members.

A claim covers a gold fact when one of its citations overlaps an anchor of that fact
(bench/quality_lib.py, as scripts/fit_merge_weights.py labels claim pairs). Of the member
pairs across the two groups from two gold origins whose claims both cover gold facts: at
least half cover a fact in common -> 1 (one fact; "new fact" when some common fact is held
from two gold origins by neither group alone, else a "repeat" that moves no agreed fact);
none does, or a gold `distinct` pair has one anchor on each side -> 0; otherwise, or with no
such pair, unknown (`fit` weighs it with the mean rule's decision as its label).

Prints the leave-one-cluster-out figures (each cluster's attempts decided by weights fitted
on the others) against the mean rule's on the same attempts, and how the learned test moves
from the rule (joins it adds / refuses, by kind). By default the learned test is taken OR
the mean rule (it only adds joins: the variant measured best); `--replace` takes it alone;
`--best-of-article` lets an added join take no claim another claim of its article links
into the group better than it does (`join_model`, the `rival` column).
--write puts the weights fitted on every chosen cluster in consensus/merge/data/
join_weights.json (or --out), which `merge` then uses. The shipped file (bench/README.md,
"Session 22, helper joinsig22"): `--except <the held-out blind clusters> --columns mean,max,
min,median,share_over,scored,cross_scored,articles,single,size,named,own_printed,linked_all,
mean_all,rival --best-of-article --write`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_merge_weights import chosen_madeup, training_clusters  # noqa: E402
from quality_lib import (  # noqa: E402
    BLIND,
    Locator,
    _overlaps,
    annotated,
    events,
    gold_cluster,
    gold_origin_map,
    madeup,
)

from consensus.merge.join_model import COLUMNS, WEIGHTS  # noqa: E402
from consensus.merge.weights import LogisticModel, fit_logistic  # noqa: E402

# columns, labels (-1: unknown), the mean rule's decision, 1 when the join agrees a new fact
Rows = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def chosen(spec: str, leave_out: str = "") -> list[str]:
    """The dev and annotated clusters, and the made-up ones `spec` names (a comma list of
    names and the groups `older` and `blind`) but those in `leave_out`."""
    return [*training_clusters(), *chosen_madeup(spec, leave_out)]


def _attempts(
    name: str, policy: LogisticModel | None, scope: Any = None
) -> tuple[list[Any], list[Any], Any]:
    """The join attempts of one cluster, its features and gold; `scope`: a context manager
    to run in place of the shipped link weights' (bench/join_bar.py: a JOIN file's)."""
    import consensus.merge.verdicts as verdicts
    from consensus.api import build_report
    from consensus.merge.join_model import join_weights_in_scope, recording
    from consensus.merge.link import _shipped_model, weights_in_scope
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    articles, exp = gold_cluster(name)
    seen: list[Any] = []
    real = verdicts._align

    def align(feats: Any, vectors: Any = None, **kw: Any) -> Any:
        seen.append(list(feats))
        return real(feats, vectors, **kw)

    verdicts._align = align  # type: ignore[assignment]
    try:
        extraction = ExtractionResult(
            articles=tuple(articles), claim_sets=tuple(extract_offline(a) for a in articles)
        )
        # (the shipped link weights, whatever is in scope: the labels are read once per run)
        links = scope if scope is not None else weights_in_scope(_shipped_model())
        with links, join_weights_in_scope(policy), recording() as got:
            build_report(extraction)
    finally:
        verdicts._align = real  # type: ignore[assignment]
    return got, seen[-1] if seen else [], (articles, exp)


def label_rows(name: str, policy: LogisticModel | None = None, scope: Any = None) -> Rows:
    """The labelled join attempts of one cluster (see the module docstring); `scope`: as
    `_attempts` (bench/join_bar.py: under a JOIN file)."""
    got, feats, (articles, exp) = _attempts(name, policy, scope)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    anchors = [
        (f["id"], art, loc.span(art, text))
        for f in exp["agreed"]
        for art, text in f["anchors"].items()
    ]

    def covered(pos: int, spans: list[tuple[str, str, Any]]) -> set[str]:
        return {
            fid
            for fid, art, span in spans
            if span and any(_overlaps(c, art, span) for c in feats[pos].citations)
        }

    covers = {f.pos: covered(f.pos, anchors) for f in feats}
    distinct = []
    for pair in exp.get("distinct", []):
        (xa, xt), (ya, yt) = pair["anchors"]
        distinct.append(
            (
                {f.pos for f in feats if covered(f.pos, [("x", xa, loc.span(xa, xt))])},
                {f.pos for f in feats if covered(f.pos, [("y", ya, loc.span(ya, yt))])},
            )
        )
    xs, ys, rule, new = [], [], [], []

    def origins(members: Sequence[int], fid: str) -> set[str]:
        return {gold[feats[m].article] for m in members if fid in covers[m]}

    for cols, a, b in got:
        sa, sb = set(a), set(b)
        if any((x & sa and y & sb) or (x & sb and y & sa) for x, y in distinct):
            y = 0.0
        else:
            pairs = [
                bool(covers[i] & covers[j])
                for i in a
                for j in b
                if covers[i] and covers[j] and gold[feats[i].article] != gold[feats[j].article]
            ]
            share = sum(pairs) / len(pairs) if pairs else 0.5
            if share >= 0.5 and pairs:
                y = 1.0
            elif share == 0:
                y = 0.0
            else:
                y = -1.0  # (unknown: weighed apart, `fit`)
        xs.append(cols)
        ys.append(y)
        rule.append(1.0 if cols[0] >= 0 and cols[5] >= 0.5 else 0.0)
        # the join agrees a fact neither group holds from two gold origins (not a repeat)
        common = {f for m in a for f in covers[m]} & {f for m in b for f in covers[m]}
        new.append(
            float(
                y == 1
                and any(
                    len(origins(a, f)) < 2
                    and len(origins(b, f)) < 2
                    and len(origins(a, f) | origins(b, f)) >= 2
                    for f in common
                )
            )
        )
    x = np.asarray(xs, dtype=np.float64).reshape(-1, len(COLUMNS))
    return x, np.asarray(ys), np.asarray(rule), np.asarray(new)


@cache
def labelled(name: str) -> Rows:
    return label_rows(name)


@dataclass(frozen=True)
class Settings:
    l2: float = 1.0
    unknown: float = 1.0  # weight of an attempt the gold is silent on (label: the mean rule's)
    repeat: float = 0.2  # weight of a right join that agrees no new fact
    columns: tuple[str, ...] = COLUMNS


def fit(names: Sequence[str], s: Settings) -> LogisticModel:
    """Weights fitted on the join attempts of `names`: a wrong join weighs 1, a right one 1
    when it agrees a fact neither group held from two gold origins and `s.repeat` otherwise
    (it changes no agreed fact), an attempt the gold says nothing clear of `s.unknown` with
    the mean rule's decision as its label (the learned test then keeps to the rule where
    the gold cannot tell)."""
    keep = [COLUMNS.index(c) for c in s.columns]
    x = np.vstack([labelled(n)[0] for n in names])
    y = np.concatenate([labelled(n)[1] for n in names])
    rule = np.concatenate([labelled(n)[2] for n in names])
    new = np.concatenate([labelled(n)[3] for n in names])
    w = np.where(y < 0, s.unknown, np.where((y == 1) & (new == 0), s.repeat, 1.0))
    y = np.where(y < 0, rule, y)
    ok = w > 0
    return fit_logistic(x[ok][:, keep], y[ok], s.columns, l2=s.l2, weights=w[ok])


def fit_without(name: str) -> LogisticModel | None:
    """The join weights in use (`join_model.join_model`) refitted with their meta's clusters
    and settings but `name` (bench/quality.py --held-out); themselves when they did not see
    `name`; None without weights (the mean rule)."""
    from consensus.merge.join_model import join_model

    model = join_model()
    if model is None:
        return None
    clusters = model.meta.get("clusters")
    seen = [str(c) for c in clusters] if isinstance(clusters, list) else []
    if name not in seen:
        return model
    meta = model.meta

    def num(key: str, default: float) -> float:
        got = meta.get(key, default)
        return float(got) if isinstance(got, int | float) else default

    s = Settings(num("l2", 1.0), num("unknown_weight", 1.0), num("repeat_weight", 0.2), model.names)
    held = fit([c for c in seen if c != name], s)
    return LogisticModel(held.names, held.weights, held.bias, model.threshold, dict(meta))


def decide(
    model: LogisticModel,
    x: np.ndarray,
    rule: np.ndarray,
    adds: bool,
    best_of_article: bool = False,
) -> np.ndarray:
    """The learned test's decisions on rows of `COLUMNS` (`adds`: or the mean rule's;
    `best_of_article`: an added join needs no rival claim of the joining side's articles)."""
    keep = [COLUMNS.index(c) for c in model.names]
    out: np.ndarray = model.prob(x[:, keep]) >= model.threshold
    if not adds:
        return out
    # an added join needs every scored pair at the threshold (`join_model.joins`)
    out &= x[:, COLUMNS.index("min")] >= 0
    if best_of_article:
        out &= x[:, COLUMNS.index("rival")] < 0
    return out | (rule == 1)


def _f(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


KINDS = ("new fact", "repeat", "wrong", "unknown")


def _kind(y: float, new: float) -> str:
    return "unknown" if y < 0 else "wrong" if y == 0 else "new fact" if new else "repeat"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--with", dest="spec", default="older,blind", help="made-up clusters")
    ap.add_argument("--except", dest="leave_out", default="", help="clusters held out")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--unknown-weight", type=float, default=1.0)
    ap.add_argument("--repeat-weight", type=float, default=0.2)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--replace", action="store_true", help="the learned test alone (no OR)")
    ap.add_argument("--columns", default=",".join(COLUMNS))
    ap.add_argument(
        "--best-of-article",
        action="store_true",
        help="an added join needs the joining side to outlink its articles' other claims",
    )
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS.name}")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args(argv)
    names = chosen(args.spec, args.leave_out)
    cols = tuple(c for c in args.columns.split(",") if c)
    s = Settings(args.l2, args.unknown_weight, args.repeat_weight, cols)
    adds = not args.replace
    sets = {
        "dev": set(events()),
        "annotated": set(annotated()),
        "older": {m for m in madeup() if not m.startswith(BLIND)},
        "blind": {m for m in madeup() if m.startswith(BLIND)},
    }
    pr: dict[str, list[int]] = {}
    moved: dict[str, dict[str, int]] = {}
    for name in names:
        x, y, rule, new = labelled(name)
        if not len(y):
            continue
        m = fit([n for n in names if n != name], s)
        m = LogisticModel(m.names, m.weights, m.bias, args.threshold, {})
        got = decide(m, x, rule, adds, args.best_of_article)
        kind = next(k for k, v in sets.items() if name in v)
        for key in (kind, "all"):
            t = pr.setdefault(key, [0] * 6)
            for k, d in ((0, got), (3, rule == 1)):
                t[k] += int((d & (y == 1)).sum())
                t[k + 1] += int((d & (y == 0)).sum())
                t[k + 2] += int((~d & (y == 1)).sum())
        for d, r, yy, nn in zip(got, rule, y, new, strict=True):
            if bool(d) != bool(r):
                way = "joins what the mean rule refuses" if d else "refuses what it joins"
                row = moved.setdefault(way, dict.fromkeys(KINDS, 0))
                row[_kind(yy, nn)] += 1
    print(
        "leave-one-cluster-out, on the labelled join attempts (each cluster decided by "
        f"weights fitted without it; {'OR the mean rule' if adds else 'alone'}, "
        f"threshold {args.threshold}):"
    )
    for key, t in pr.items():
        print(f"  {key:10s} learned {_f(*t[:3])}")
        print(f"  {'':10s} mean    {_f(*t[3:])}")
    for way, row in moved.items():
        print(f"  learned {way}: " + ", ".join(f"{k} {v}" for k, v in row.items()))
    model = fit(names, s)
    print(
        "weights on all: "
        + ", ".join(f"{n} {w:+.3f}" for n, w in zip(model.names, model.weights, strict=True))
        + f", bias {model.bias:+.3f}"
    )
    if args.write:
        t = pr.get("all", [0] * 6)
        meta: dict[str, object] = {
            "comment": "the group join's link test (join_model.py): scripts/fit_join_weights.py",
            "clusters": names,
            "adds": adds,
            "best_of_article": args.best_of_article,
            "l2": s.l2,
            "unknown_weight": s.unknown,
            "repeat_weight": s.repeat,
            "loco": {"learned": _f(*t[:3]), "mean rule": _f(*t[3:])},
        }
        out = LogisticModel(model.names, model.weights, model.bias, args.threshold, meta)
        args.out.write_text(out.to_json(), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
