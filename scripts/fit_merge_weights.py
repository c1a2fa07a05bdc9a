"""Fit the merger's link weights on labelled claim pairs from the annotated clusters.

Usage: .venv/bin/python scripts/fit_merge_weights.py [--write] [--out PATH] [--l2 1.0]
       [--madeup | --dev-only | --with NAMES [--except NAMES]] [--positive-weight 1.0]
       [--dispute-sides]
       [--partial-weight 0.5] [--madeup-weight 1.0] [--threshold-on pooled|real]
       [--freeze PATH [--free-bias]] [--prior PATH --prior-strength S [--fit-threshold]]

`--freeze PATH` keeps the column weights, bias and threshold of a weights file (e.g. the
shipped one, fitted on the dev clusters) and fits only the columns it lacks (new
comparisons) on the chosen clusters, with the frozen part's log-odds as each pair's starting
point: more labelled pairs then tune the new columns without moving what the rules were
tuned with (the frozen part is kept in the meta; `fit_without` refits only the free part).
With `--free-bias` the bias is fitted too (unpenalised, from the frozen one): a new column
that is above zero for most pairs (a similarity) otherwise takes a weight that only undoes
the shift it makes to every pair under the frozen bias (the threshold stays the frozen one).

`--prior PATH --prior-strength S` fits every weight and the bias, but pulls them towards a
weights file's (e.g. the shipped one) with an L2 penalty of strength S on the distance to it
(besides `--l2` towards zero): at S = 0 the plain fit, as S grows the prior itself, so more
labelled pairs move the weights only as far as they insist. The threshold stays the prior's
(the rules downstream were tuned with it) unless `--fit-threshold` takes the pooled one; both
are printed. The prior is kept in the meta, and `fit_without` pulls towards it too (the
prior itself is not refitted without the scored cluster).

`--with` learns from a chosen set of made-up clusters besides the dev and annotated ones: a
comma list of made-up names and the groups `blind` (every blind_* cluster) and `older` (the
other made-up clusters); `--except` leaves named clusters out of that set, so they stay a
held-out test (e.g. `--with blind,older --except blind_spill,blind_bankruptcy`).

For every tests/data/dev/<event> with an expectations.json, and every annotated cluster
outside the dev set (tests/data/annotated/<name>: the seeds, cluster2; same format, their
files read as `summarize` reads them): ingest, offline extraction, vectors, and the
candidate pairs with their comparison features exactly as `merge` computes them
(`consensus.merge.comparison_rows`). A claim *covers* a gold fact when one of its citations
overlaps an anchor of that fact (bench/quality_lib.py). Labels:

- 1: the two claims come from different gold origins and cover one gold fact;
- 0: both cover gold facts but none in common, or they are a gold `distinct` pair
  (weight 1); or exactly one of them covers a gold fact (weight 0.5: the other may state it
  in words the annotator did not anchor; `--partial-weight`); positives weigh
  `--positive-weight` (a class weight, 1 by default);
- pairs where neither covers a fact are left out (nothing is known of them);
- with `--dispute-sides` (kept in the meta; session 51), the gold disputes' sides label pairs
  too, unless both claims cover agreed facts: two claims on one side are a positive, and two
  claims on two sides of one dispute are a positive row as a figure conflict reads the pair
  (consensus/merge/link.py compares them with the clash column cleared and `figure_same` set),
  their plain row left out (they must meet as one point, never join).

Prints leave-one-cluster-out figures (each cluster scored by weights fitted on the others),
so the printed F1 is what the weights do on a cluster they have not seen; the pooled F1 over
all clusters sets the threshold (with `--threshold-on real`: over the dev and annotated
clusters only), and the pooled F1 of the dev clusters alone is printed too (comparable with
fits on the dev clusters only). `--madeup-weight W` multiplies the weight of every made-up
cluster's pair by W (below 1 the real clusters' pairs count more; kept in the meta, as the
other pair weights, for the held-out fits). With --write the weights fitted on all
clusters go to consensus/merge/data/link_weights.json; its meta lists the clusters, and
`fit_without` (bench/quality.py --held-out) fits on those same clusters but the scored one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import (  # noqa: E402
    BLIND,
    Locator,
    _overlaps,
    annotated,
    events,
    gold_cluster,
    gold_origin_map,
    held_out,
    madeup,
)

from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.join_columns import JOIN_COLUMNS  # noqa: E402
from consensus.merge.weights import (  # noqa: E402
    LogisticModel,
    best_threshold,
    fit_logistic,
    log_loss,
)
from consensus.models import Article, Citation  # noqa: E402

OUT = ROOT / "consensus" / "merge" / "data" / "link_weights.json"


@dataclass(frozen=True)
class Labelled:
    """One annotated cluster's candidate pairs as `merge` scores them, and the labelled ones."""

    name: str
    x: np.ndarray  # comparison columns of the labelled pairs
    y: np.ndarray
    w: np.ndarray
    # rows that are a gold `distinct` (look-alike) pair (`fit(lookalike=...)` weighs them)
    look: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # the labelled rows' `join_columns.JOIN_COLUMNS` (`fit(join=True)` reads them)
    xj: np.ndarray = field(default_factory=lambda: np.zeros((0, len(JOIN_COLUMNS))))


@cache
def labelled(name: str, sides: bool = False) -> Labelled:
    """A dev cluster (tests/data/dev/<name>) or, by that name, an annotated cluster outside
    the dev set (tests/data/annotated/<name>) or a made-up cluster with gold
    (tests/data/madeup_gold/<name>), their files read as `summarize` reads them; with `sides`,
    the gold disputes' sides label pairs too (`_labelled`)."""
    articles, exp = gold_cluster(name)
    return _labelled(name, articles, exp, sides)


@dataclass(frozen=True)
class ClusterPairs:
    """One annotated cluster read for labelling: its claim sets, the gold facts each claim's
    citations cover, the claim pairs gold marks distinct (look-alikes, both orders) and the
    candidate pairs `merge` scores with their comparison vectors (`comparison_rows`)."""

    claim_sets: list[Any]
    loc: Locator
    gold: dict[str, str]  # article id -> its gold origin
    covers: dict[tuple[str, int], set[str]]
    distinct: set[tuple[tuple[str, int], tuple[str, int]]]
    keys: list[tuple[tuple[str, int], tuple[str, int]]]
    x: np.ndarray
    xj: np.ndarray  # the pairs' `join_columns.JOIN_COLUMNS`


def cluster_pairs(articles: list[Article], exp: dict[str, Any]) -> ClusterPairs:
    """The `ClusterPairs` of one cluster's articles and gold (the offline extractor's claims)."""
    from consensus.api import embed_for_merge
    from consensus.merge import comparison_rows
    from consensus.merge.link_models import all_columns_in_scope
    from consensus.offline import extract_offline

    by_id = {a.id: a for a in articles}
    claim_sets = [extract_offline(a) for a in articles]
    with all_columns_in_scope():  # (every column's texts, `align`'s words too)
        vectors = embed_for_merge(claim_sets)
    loc = Locator(by_id)
    anchors = [
        (f["id"], art, loc.span(art, text))
        for f in exp["agreed"]
        for art, text in f["anchors"].items()
    ]
    cites = {
        (cs.article, k): [
            Citation(article=cs.article, quote=e.quote, start=e.start, end=e.end)
            for e in claim.evidence
        ]
        for cs in claim_sets
        for k, claim in enumerate(cs.claims)
    }
    covers = {
        key: {
            fid
            for fid, art, span in anchors
            if span and art == key[0] and any(_overlaps(c, art, span) for c in cs)
        }
        for key, cs in cites.items()
    }
    distinct: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for pair in exp.get("distinct", []):
        ids = []
        for art, text in pair["anchors"]:
            span = loc.span(art, text)
            ids.append(
                {
                    key
                    for key, cs in cites.items()
                    if key[0] == art and span and any(_overlaps(c, art, span) for c in cs)
                }
            )
        if len(ids) == 2:
            distinct |= {(p, q) for p in ids[0] for q in ids[1]}
            distinct |= {(q, p) for p in ids[0] for q in ids[1]}
    keys, both = comparison_rows(articles, claim_sets, vectors, join=True)
    x, xj = both[:, : len(COMPARISONS)], both[:, len(COMPARISONS) :]
    return ClusterPairs(
        claim_sets, loc, gold_origin_map(exp, by_id), covers, distinct, list(keys), x, xj
    )


def pair_label(fa: set[str], fb: set[str], lookalike: bool) -> tuple[int, float] | None:
    """(label, weight) of a candidate pair by the gold facts each claim covers: a gold
    look-alike pair 0; two claims covering a fact in common 1, none in common 0; one claim
    covering a fact 0 at half weight; None when neither covers one (no label)."""
    if lookalike:
        return 0, 1.0
    if fa and fb:
        return (1, 1.0) if fa & fb else (0, 1.0)
    if fa or fb:
        return 0, 0.5
    return None


def _labelled(
    name: str, articles: list[Article], exp: dict[str, Any], sides: bool = False
) -> Labelled:
    cp = cluster_pairs(articles, exp)
    gold, covers, distinct, keys, x = cp.gold, cp.covers, cp.distinct, cp.keys, cp.x
    on_side = _side_covers(exp, cp.loc, cp.claim_sets) if sides else {}
    ys, ws, rows = [], [], []
    look: list[bool] = []
    even: list[int] = []  # two sides of one dispute: their row as a conflict reads it
    for r, (ka, kb) in enumerate(keys):
        if gold[ka[0]] == gold[kb[0]]:
            continue
        fa, fb = covers.get(ka, set()), covers.get(kb, set())
        sa, sb = on_side.get(ka, set()), on_side.get(kb, set())
        if sa & sb and not (fa and fb):
            y, w = 1, 1.0  # one side of a dispute, stated by two origins
        elif {p for p, _ in sa} & {p for p, _ in sb} and not (fa and fb):
            even.append(r)  # two sides of one dispute: no join, but one point (a conflict)
            continue
        elif (label := pair_label(fa, fb, (ka, kb) in distinct)) is not None:
            y, w = label
        else:
            continue
        rows.append(r)
        ys.append(y)
        ws.append(w)
        look.append((ka, kb) in distinct)
    x_even = x[even].copy()  # (as consensus/merge/link.py reads a figure conflict)
    x_even[:, COMPARISONS.index("figure_clash")] = 0.0
    x_even[:, COMPARISONS.index("figure_same")] = 1.0
    xj_even = cp.xj[even].copy()  # (one slot now: no figure apart)
    xj_even[:, JOIN_COLUMNS.index("slots_apart")] = 0.0
    xj_even[:, JOIN_COLUMNS.index("value_elsewhere")] = 0.0
    return Labelled(
        name=name,
        x=np.vstack([x[rows], x_even]),
        y=np.asarray(ys + [1] * len(even), dtype=np.float64),
        w=np.asarray(ws + [1.0] * len(even), dtype=np.float64),
        look=np.asarray(look + [False] * len(even), dtype=bool),
        xj=np.vstack([cp.xj[rows], xj_even]),
    )


def _side_covers(
    exp: dict[str, Any], loc: Locator, claim_sets: Sequence[Any]
) -> dict[tuple[str, int], set[tuple[str, int]]]:
    """The gold dispute sides (point id, side number) each claim covers: one of its
    citations overlaps an anchor of that side."""
    anchors = [
        ((point["id"], j), art, loc.span(art, text))
        for point in exp.get("contested", [])
        for j, side in enumerate(point["sides"])
        for art, text in side["anchors"].items()
    ]
    got: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for cs in claim_sets:
        for k, claim in enumerate(cs.claims):
            cites = [
                Citation(article=cs.article, quote=e.quote, start=e.start, end=e.end)
                for e in claim.evidence
            ]
            hit = {
                side
                for side, art, span in anchors
                if span and art == cs.article and any(_overlaps(c, art, span) for c in cites)
            }
            if hit:
                got[(cs.article, k)] = hit
    return got


def chosen_madeup(spec: str, leave_out: str = "") -> list[str]:
    """The made-up clusters named by `spec` (comma list of names and the groups `blind` and
    `older`), without those named in `leave_out`; an unknown name is an error, and so is a
    cluster tests/data/madeup/HELD_OUT.txt holds out of tuning (never in a group)."""
    held = set(held_out())
    known = [m for m in madeup() if m not in held]
    groups = {
        "blind": [m for m in known if m.startswith(BLIND)],
        "older": [m for m in known if not m.startswith(BLIND)],
    }

    def names(text: str) -> list[str]:
        out: list[str] = []
        for word in filter(None, (w.strip() for w in text.split(","))):
            if word in groups:
                out += groups[word]
            elif word in known:
                out.append(word)
            elif word in held:
                raise SystemExit(f"held out of tuning (tests/data/madeup/HELD_OUT.txt): {word}")
            else:
                raise SystemExit(f"unknown made-up cluster or group: {word}")
        return out

    dropped = set(names(leave_out))
    return sorted({m for m in names(spec) if m not in dropped})


def training_clusters(with_madeup: bool = False) -> list[str]:
    """What the weights learn from: the dev clusters, the annotated clusters outside the dev
    set and, with `with_madeup`, the made-up clusters with gold (bench/quality.py --held-out
    leaves out the scored cluster, whichever of these it is)."""
    return [*events(), *annotated(), *(madeup() if with_madeup else ())]


def fit(
    data: Sequence[Labelled],
    l2: float,
    positive: float = 1.0,
    partial: float = 0.5,
    made_up: float = 1.0,
    frozen: dict[str, Any] | None = None,
    prior: dict[str, Any] | None = None,
    free_bias: bool = False,
    lookalike: float = 1.0,
    join: bool = False,
) -> LogisticModel:
    """Weights fitted on `data`: positives weigh `positive`, the negatives where only one
    claim covers a gold fact weigh `partial` (the labels' 0.5), the other negatives 1; every
    pair of a made-up cluster's weight is then multiplied by `made_up` (below 1: the real
    clusters' pairs count more). With `frozen` ({"weights": {column: weight}, "bias": b}),
    those columns keep their weights and the bias its value, and only the other columns'
    weights are fitted (`--freeze`). With `prior` ({"weights": {column: weight}, "bias": b,
    "strength": s}), every weight and the bias are pulled towards the prior's with strength s
    (a column the prior lacks, towards 0; `--prior`). A gold look-alike pair (`distinct`, a
    negative) weighs `lookalike` (`--lookalike-weight`; before the made-up factor). With
    `join`, the rows go on with `JOIN_COLUMNS` (a JOIN weights file, `join_columns`)."""
    x = np.vstack([np.hstack([d.x, d.xj]) if join else d.x for d in data])
    names = (*COMPARISONS, *JOIN_COLUMNS) if join else COMPARISONS
    y = np.concatenate([d.y for d in data])
    w = np.concatenate([d.w for d in data])
    w = np.where(y == 1, w * positive, np.where(w == 0.5, partial, w))
    if lookalike != 1.0:
        w = w * np.where(np.concatenate([_look(d) for d in data]), lookalike, 1.0)
    if made_up != 1.0:
        ours = set(madeup())
        w = w * np.concatenate(
            [np.full(len(d.y), made_up if d.name in ours else 1.0) for d in data]
        )
    if frozen is not None:
        if prior is not None:
            raise ValueError("a fit takes --freeze or --prior, not both")
        if join:
            raise ValueError("a frozen fit reads COMPARISONS alone (no join columns)")
        return _fit_frozen(x, y, w, l2, frozen, free_bias)
    if prior is None:
        return fit_logistic(x, y, names, l2=l2, weights=w)
    held = {str(k): float(v) for k, v in prior["weights"].items()}
    return fit_logistic(
        x,
        y,
        names,
        l2=l2,
        weights=w,
        prior=(np.array([held.get(name, 0.0) for name in names]), float(prior["bias"])),
        prior_strength=float(prior["strength"]),
    )


def _look(d: Labelled) -> np.ndarray:
    """`d.look`, or no row (a `Labelled` built without it)."""
    return d.look if len(d.look) == len(d.y) else np.zeros(len(d.y), dtype=bool)


def _fit_frozen(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    l2: float,
    frozen: dict[str, Any],
    free_bias: bool = False,
) -> LogisticModel:
    """The weights of the columns `frozen` does not name, fitted with the frozen columns'
    log-odds (and the frozen bias) as each pair's starting point; with `free_bias`, a shift
    of the bias is fitted with them (unpenalised)."""
    held = {str(k): float(v) for k, v in frozen["weights"].items()}
    fixed = [k for k, name in enumerate(COMPARISONS) if name in held]
    free = [k for k, name in enumerate(COMPARISONS) if name not in held]
    bias = float(frozen["bias"])
    offset = x[:, fixed] @ np.array([held[COMPARISONS[k]] for k in fixed]) + bias
    part = fit_logistic(
        x[:, free],
        y,
        [COMPARISONS[k] for k in free],
        l2=l2,
        weights=w,
        offset=offset,
        fit_bias=free_bias,
    )
    got = dict(zip(part.names, part.weights, strict=True)) | held
    return LogisticModel(
        names=COMPARISONS,
        weights=tuple(got[name] for name in COMPARISONS),
        bias=bias + part.bias,
        threshold=0.5,
        meta={},
    )


def _meta_float(meta: dict[str, Any], key: str, default: float) -> float:
    value = meta.get(key)
    return float(value) if isinstance(value, int | float) else default


def fit_without(event: str) -> LogisticModel:
    """Weights fitted as the shipped weights were (their meta's clusters, L2 penalty and pair
    weights) but without `event`, with the pooled threshold of the shipped weights (for
    bench/quality.py --held-out)."""
    from consensus.merge.link import link_model

    shipped = link_model()
    fitted_on = shipped.meta.get("clusters")
    names = fitted_on if isinstance(fitted_on, list) else training_clusters()
    sides = shipped.meta.get("dispute_sides") is True
    model = fit(
        [labelled(e, sides) for e in names if e != event],
        _meta_float(shipped.meta, "l2", 1.0),
        _meta_float(shipped.meta, "positive_weight", 1.0),
        _meta_float(shipped.meta, "partial_weight", 0.5),
        _meta_float(shipped.meta, "madeup_weight", 1.0),
        _frozen_of(shipped.meta),
        _frozen_of(shipped.meta, "prior"),
        shipped.meta.get("free_bias") is True,
        _meta_float(shipped.meta, "lookalike_weight", 1.0),
    )
    return replace(model, threshold=shipped.threshold)


def _frozen_of(meta: dict[str, Any], key: str = "frozen") -> dict[str, Any] | None:
    part = meta.get(key)
    return part if isinstance(part, dict) else None


def prior_from(path: Path, strength: float) -> dict[str, Any]:
    """What `--prior PATH --prior-strength S` pulls towards: the weights file's column
    weights, bias and threshold (and S)."""
    got = frozen_from(path)
    got["meta"].pop("prior", None)
    return {**got, "strength": strength}


def frozen_from(path: Path) -> dict[str, Any]:
    """What `--freeze PATH` keeps of a weights file: every weight it has for a column of
    `COMPARISONS` (columns it lacks are fitted), its bias and threshold."""
    model = LogisticModel.load(path)
    return {
        "from": path.name,
        "weights": {
            n: w for n, w in zip(model.names, model.weights, strict=True) if n in COMPARISONS
        },
        "bias": model.bias,
        "threshold": model.threshold,
        "meta": {k: v for k, v in model.meta.items() if k not in ("comment", "frozen")},
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument(
        "--madeup", action="store_true", help="learn from the made-up clusters' gold too"
    )
    ap.add_argument(
        "--positive-weight",
        type=float,
        default=1.0,
        help="weight of a positive pair (class weight)",
    )
    ap.add_argument(
        "--partial-weight",
        type=float,
        default=0.5,
        help="weight of a negative pair where only one claim covers a gold fact",
    )
    ap.add_argument(
        "--madeup-weight",
        type=float,
        default=1.0,
        help="multiply the weight of every made-up cluster's pair by this (real ones count more)",
    )
    ap.add_argument(
        "--threshold-on",
        choices=("pooled", "real"),
        default="pooled",
        help="set the threshold on every cluster's out-of-cluster pairs (pooled) or on the real "
        "(dev and annotated) clusters' only",
    )
    ap.add_argument(
        "--lookalike-weight",
        type=float,
        default=1.0,
        help="weight of a gold look-alike (`distinct`) pair, a negative (kept in the meta)",
    )
    ap.add_argument("--dev-only", action="store_true", help="learn from the dev clusters only")
    ap.add_argument(
        "--dispute-sides",
        action="store_true",
        help="the gold disputes' sides label pairs too: two origins on one side are linked, two "
        "sides of one dispute are linked as a figure conflict reads them (clash columns cleared)",
    )
    ap.add_argument(
        "--with",
        dest="with_",
        default="",
        help="learn from these made-up clusters too (names, groups `blind` and `older`)",
    )
    ap.add_argument("--except", dest="except_", default="", help="leave these made-up clusters out")
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes the weights")
    ap.add_argument(
        "--freeze",
        type=Path,
        help="keep this weights file's column weights, bias and threshold; fit only the "
        "columns it lacks (new comparisons) on the chosen clusters",
    )
    ap.add_argument(
        "--free-bias",
        action="store_true",
        help="with --freeze: fit the bias too (a shift from the frozen one, unpenalised)",
    )
    ap.add_argument(
        "--prior",
        type=Path,
        help="pull every weight and the bias towards this weights file's (L2 on the distance, "
        "strength --prior-strength); the threshold stays the prior's",
    )
    ap.add_argument(
        "--prior-strength", type=float, default=10.0, help="strength of the pull to --prior"
    )
    ap.add_argument(
        "--fit-threshold",
        action="store_true",
        help="with --prior: take the pooled out-of-cluster threshold, not the prior's",
    )
    args = ap.parse_args()
    if args.freeze and args.prior:
        ap.error("--freeze and --prior do not go together")
    if args.free_bias and not args.freeze:
        ap.error("--free-bias goes with --freeze")
    frozen = frozen_from(args.freeze) if args.freeze else None
    prior = prior_from(args.prior, args.prior_strength) if args.prior else None
    if args.dev_only:
        names = events()
    elif args.with_:
        names = [*training_clusters(), *chosen_madeup(args.with_, args.except_)]
    else:
        names = training_clusters(args.madeup)
    data = {e: labelled(e, args.dispute_sides) for e in names}
    pw, nw, mw = args.positive_weight, args.partial_weight, args.madeup_weight
    recipe = (args.l2, pw, nw, mw, frozen, prior, args.free_bias, args.lookalike_weight)
    print(f"{'held-out cluster':28} {'pairs':>6} {'pos':>5} {'logloss':>8} {'F1@0.5':>7}")
    pooled_p, pooled_y, dev_p, dev_y, ours_p, ours_y = [], [], [], [], [], []
    real_p: list[np.ndarray] = []
    real_y: list[np.ndarray] = []
    for held in data:
        model = fit([data[e] for e in data if e != held], *recipe)
        hd = data[held]
        hy = hd.y
        p = model.prob(hd.x)
        pooled_p.append(p)
        pooled_y.append(hy)
        if held in events():
            dev_p.append(p)
            dev_y.append(hy)
        if held in madeup():
            ours_p.append(p)
            ours_y.append(hy)
        else:
            real_p.append(p)
            real_y.append(hy)
        pred = p >= 0.5
        tp = int(np.sum(pred & (hy == 1)))
        f1 = 2 * tp / (2 * tp + int(np.sum(pred & (hy == 0))) + int(np.sum(~pred & (hy == 1))))
        loss = log_loss(model, hd.x, hy)
        print(f"{held:28} {len(hy):>6} {int(hy.sum()):>5} {loss:>8.3f} {f1:>7.3f}")
    pp, py = np.concatenate(pooled_p), np.concatenate(pooled_y)
    cut, f1 = best_threshold(pp, py)
    dev_cut, dev_f1 = best_threshold(np.concatenate(dev_p), np.concatenate(dev_y))
    print(f"pooled out-of-cluster: best threshold {cut:.3f} (F1 {f1:.3f})")
    print(f"  dev clusters only: best threshold {dev_cut:.3f} (F1 {dev_f1:.3f})")
    if ours_p:
        ours_cut, ours_f1 = best_threshold(np.concatenate(ours_p), np.concatenate(ours_y))
        print(f"  made-up clusters only: best threshold {ours_cut:.3f} (F1 {ours_f1:.3f})")
    real_cut, real_f1 = best_threshold(np.concatenate(real_p), np.concatenate(real_y))
    print(f"  real (dev and annotated) clusters: best threshold {real_cut:.3f} (F1 {real_f1:.3f})")
    if args.threshold_on == "real":
        cut = real_cut
    if frozen is not None:
        cut = float(frozen["threshold"])
        print(f"threshold of the frozen weights ({args.freeze}): {cut:.3f}")
    if prior is not None and not args.fit_threshold:
        cut = float(prior["threshold"])
        print(f"threshold of the prior ({args.prior}): {cut:.3f}")
    model = fit(list(data.values()), *recipe)
    y = np.concatenate([d.y for d in data.values()])
    model = replace(
        model,
        threshold=cut,
        meta={
            "comment": "Link-or-not weights of the merger's comparisons (consensus/compare.py), "
            "fitted by scripts/fit_merge_weights.py on labelled pairs of the annotated dev "
            "clusters, the annotated clusters outside the dev set and (with --madeup or "
            "--with) the made-up clusters with gold (meta.clusters); with --freeze, only the "
            "columns meta.frozen lacks were fitted, the others, the bias and the threshold are "
            "meta.frozen's (with meta.free_bias, the bias was fitted too); with --prior, every "
            "weight was pulled towards meta.prior's "
            "(L2 on the distance, meta.prior.strength); re-fit with that script, never edit "
            "by hand.",
            "clusters": sorted(data),
            "pairs": len(y),
            "positives": int(y.sum()),
            "l2": args.l2,
            **({"positive_weight": pw} if pw != 1.0 else {}),
            **({"partial_weight": nw} if nw != 0.5 else {}),
            **({"madeup_weight": mw} if mw != 1.0 else {}),
            **({"lookalike_weight": args.lookalike_weight} if args.lookalike_weight != 1.0 else {}),
            **({"threshold_on": "real"} if args.threshold_on == "real" else {}),
            **({"dispute_sides": True} if args.dispute_sides else {}),
            **({"frozen": frozen} if frozen is not None else {}),
            **({"free_bias": True} if args.free_bias else {}),
            **({"prior": prior} if prior is not None else {}),
            "out_of_cluster_f1": round(f1, 4),
            "out_of_cluster_f1_dev": round(dev_f1, 4),
        },
    )
    before = dict(prior["weights"]) if prior is not None else {}
    for name, weight in zip(model.names, model.weights, strict=True):
        was = f"  (prior {before.get(name, 0.0):+.3f})" if prior is not None else ""
        print(f"  {name:14} {weight:+.3f}{was}")
    print(f"  {'bias':14} {model.bias:+.3f}")
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
