"""Fit the model of whether two figures count one thing (consensus/merge/slot_model.py) on
figure pairs from the gold.

Usage: PYTHONPATH=. .venv/bin/python scripts/fit_slot_weights.py [--write] [--l2 1.0]
       [--cost 3.0] [--except NAMES] [--uncovered W] [--reads] [--cache F.pkl]

For every cluster with gold (the dev clusters, the annotated ones outside the dev set, the
made-up ones but those named by `--except` -- by default the seventh blind batch, kept as a
held-out test -- and never those tests/data/madeup/HELD_OUT.txt holds out of tuning):
ingest, offline extraction, vectors and the merger's `PairContext` as `merge` builds them.
A claim *covers* a gold agreed fact or one side of a gold dispute when one of its citations
overlaps an anchor (or a side's `also` sentence) of it. For every two claims that each
cover something, the figure pairs the slot rules give one slot and two
values (`slot_model._clashing`: the pairs a dispute edge is drawn for) are labelled:

- 1 (one counted thing): the two cover two sides of one gold dispute;
- 0 (two things): what they cover has nothing in common (two facts, two disputes, a fact and
  a dispute, or a gold `distinct` pair); pairs covering one agreed fact are left out (their
  clashing figures are other things than the fact's, or the fact's majority value).

Each claim pair weighs 1, shared among its figure pairs. Prints leave-one-cluster-out
figures: of the labelled claim pairs, how many the veto (`counts_two_things`: every clashing
pair below the cut) takes for two things, by label. The cut maximises the vetoed negatives'
weight less `--cost` times the vetoed positives' (losing a real dispute costs more than
keeping a wrong one); the one written is the one chosen on the leave-one-cluster-out
probabilities, the more honest of the two. `--cap` caps one cluster's total weight (a
cluster with many pairs does not outweigh the rest), `--broad` adds the covered pairs no
merge asks about at that weight (tried: it cost disputes), `--drop` fits without features.
`--uncovered W` also learns, at weight W and label 0, from the asked pairs one claim of which
covers no gold item (the pairs behind most contested points without gold; never scored),
`--reads` adds `slot_model.READS` to the features (session 57: tried, not shipped; see
bench/README.md "figslot57"). With --write the model fitted on all goes to
consensus/merge/data/slot_weights.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import (  # noqa: E402
    Locator,
    _overlaps,
    annotated,
    events,
    gold_cluster,
    held_out,
    madeup,
)

from consensus.merge.slot_model import (  # noqa: E402
    FEATURES,
    ONE_WEIGHTS,
    READS,
    WEIGHTS,
    _clashing,
    pair_features,
)
from consensus.merge.weights import LogisticModel, fit_logistic  # noqa: E402
from consensus.models import Citation  # noqa: E402

HELD_OUT = "blind_eruption,blind_kidnap,blind_carrecall"
# `--reads`: the rows also carry `slot_model.READS` (session 57's reads of what each figure
# is in its own sentence); set before the labelling processes fork
WITH_READS = [False]


def _names() -> tuple[str, ...]:
    return FEATURES + READS if WITH_READS[0] else FEATURES


@cache
def labelled(
    name: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features, label, weight, claim-pair id, asked, uncovered) of one cluster's labelled figure
    pairs: the pairs `counts_two_things` is asked about when the cluster is merged as
    `summarize` merges it (recorded, never vetoed: the merge runs as it would without the
    model; `asked` True), and the other pairs of covered claims of two articles the slot
    rules give one slot and two values (`asked` False: learned from at `--broad` weight,
    never scored). `uncovered` marks the asked pairs one claim of which covers nothing of
    the gold (label 0: no gold dispute has that claim as a side; learned from at
    `--uncovered` weight, never scored)."""
    import consensus.merge.value_conflicts as value_conflicts
    from consensus.api import build_report
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    articles, exp = gold_cluster(name)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    claim_sets = tuple(extract_offline(a) for a in articles)
    items: list[tuple[str, str, tuple[int, int] | None]] = []  # (item key, article, span)
    for f in exp["agreed"]:
        for art, text in f["anchors"].items():
            items.append((f"a:{f['id']}", art, loc.span(art, text)))
    for c in exp.get("contested", []):
        for s, side in enumerate(c["sides"]):
            for art, text in side["anchors"].items():
                items.append((f"d:{c['id']}:{s}", art, loc.span(art, text)))
            for art, text in side.get("also", []):
                items.append((f"d:{c['id']}:{s}", art, loc.span(art, text)))
    for d, p in enumerate(exp.get("distinct", [])):
        for side, (art, text) in enumerate(p["anchors"]):
            items.append((f"x:{d}:{side}", art, loc.span(art, text)))
    covers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cs in claim_sets:
        for claim in cs.claims:
            cites = [
                Citation(article=cs.article, quote=e.quote, start=e.start, end=e.end)
                for e in claim.evidence
            ]
            covers[(cs.article, claim.statement)] |= {
                key
                for key, art, span in items
                if span and art == cs.article and any(_overlaps(c, art, span) for c in cites)
            }
    asked: list[tuple[tuple[str, str], tuple[str, str], list[list[float]]]] = []

    contexts: list[Any] = []

    def record(ctx: Any, i: int, j: int) -> bool:
        if not contexts:
            contexts.append(ctx)
        vi, vj = ctx.views[i], ctx.views[j]
        rows = [
            pair_features(a, b, ctx._slot_vector, vi.statement, vj.statement, reads=WITH_READS[0])
            for a, b in _clashing(ctx.figs[i], ctx.figs[j], ctx)
        ]
        if rows:
            asked.append(((vi.article, vi.statement), (vj.article, vj.statement), rows))
        return False

    shipped = value_conflicts.counts_two_things
    value_conflicts.counts_two_things = record  # type: ignore[assignment]
    try:
        build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))
    finally:
        value_conflicts.counts_two_things = shipped  # type: ignore[assignment]
    asked_keys = {(ka, kb) for ka, kb, _ in asked}
    if contexts:  # every other pair of covered claims the slot rules give one slot, two values
        ctx = contexts[0]
        keys = [(v.article, v.statement) for v in ctx.views]
        known = [k for k in range(len(keys)) if covers.get(keys[k]) and ctx.figs[k]]
        for n, i in enumerate(known):
            for j in known[n + 1 :]:
                if keys[i][0] == keys[j][0] or (keys[i], keys[j]) in asked_keys:
                    continue
                rows = [
                    pair_features(
                        a,
                        b,
                        ctx._slot_vector,
                        ctx.views[i].statement,
                        ctx.views[j].statement,
                        reads=WITH_READS[0],
                    )
                    for a, b in _clashing(ctx.figs[i], ctx.figs[j], ctx)
                ]
                if rows:
                    asked.append((keys[i], keys[j], rows))
    kinds = {c["id"]: c.get("kind", "figure") for c in exp.get("contested", [])}
    rows_out: list[list[float]] = []
    ys: list[float] = []
    ws: list[float] = []
    ids: list[int] = []
    asked_flags: list[bool] = []
    uncovered: list[bool] = []
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for ka, kb, rows in asked:
        if (ka, kb) in seen:
            continue
        seen.add((ka, kb))
        ci, cj = covers.get(ka, set()), covers.get(kb, set())
        if (not ci or not cj) and (ka, kb) in asked_keys and (ci or cj):
            for r in rows:  # (one side of no gold item: no gold dispute, `--uncovered`)
                rows_out.append(r)
                ys.append(0.0)
                ws.append(1.0 / len(rows))
                ids.append(len(seen))
                asked_flags.append(True)
                uncovered.append(True)
            continue
        if not ci or not cj or ci & cj:
            continue  # (nothing known of one of them, or one fact or one side)
        sides_i = {k.rsplit(":", 1)[0] for k in ci if not k.startswith("a:")}
        sides_j = {k.rsplit(":", 1)[0] for k in cj if not k.startswith("a:")}
        both = sides_i & sides_j
        if any(b.startswith("x:") for b in both):
            y = 0.0  # a gold distinct pair
        elif both:
            if not any(kinds.get(b.split(":", 1)[1]) in ("figure", "update") for b in both):
                continue  # (two sides of a denial or an account: not a count)
            y = 1.0
        else:
            y = 0.0
        for r in rows:
            rows_out.append(r)
            ys.append(y)
            ws.append(1.0 / len(rows))
            ids.append(len(seen))
            asked_flags.append((ka, kb) in asked_keys)
            uncovered.append(False)
    return (
        np.asarray(rows_out, dtype=np.float64).reshape(-1, len(_names())),
        np.asarray(ys),
        np.asarray(ws),
        np.asarray(ids, dtype=np.int64),
        np.asarray(asked_flags, dtype=bool),
        np.asarray(uncovered, dtype=bool),
    )


def _capped(w: np.ndarray, cap: float) -> np.ndarray:
    """Weights scaled so that one cluster's sum to at most `cap` (0: as they are)."""
    total = float(w.sum())
    return w * (cap / total) if cap and total > cap else w


def vetoed(model: LogisticModel, x: np.ndarray, ids: np.ndarray, cut: float) -> np.ndarray:
    """Per claim pair (in `ids` order of first appearance): every figure pair below `cut`."""
    p = model.prob(x)
    out: dict[int, bool] = defaultdict(lambda: True)
    for k, q in zip(ids.tolist(), p.tolist(), strict=True):
        out[k] = out[k] and q < cut
    return np.asarray([out[k] for k in sorted(set(ids.tolist()))])


def pair_labels(y: np.ndarray, ids: np.ndarray) -> np.ndarray:
    first: dict[int, float] = {}
    for k, v in zip(ids.tolist(), y.tolist(), strict=True):
        first.setdefault(k, v)
    return np.asarray([first[k] for k in sorted(first)])


def best_cut(p_veto: list[tuple[np.ndarray, np.ndarray]], cost: float) -> float:
    """The cut with the most vetoed negatives less `cost` x the vetoed positives."""
    best = (0.0, 0.0)
    for cut in np.round(np.arange(0.02, 0.61, 0.02), 2).tolist():
        gain = 0.0
        for probs, labels in p_veto:
            v = probs < cut
            gain += float(np.sum(v & (labels == 0))) - cost * float(np.sum(v & (labels == 1)))
        if gain > best[1]:
            best = (cut, gain)
    return best[0]


def _labelled_all(names: list[str], cache: str) -> dict[str, Any]:
    """`labelled` of every cluster of `names` (two processes), read from or written to the
    pickle `cache` when one is named (the merges are the slow part; the fits are not)."""
    import pickle
    from multiprocessing import Pool

    path = Path(cache) if cache else None
    if path is not None and path.is_file():
        got: dict[str, Any] = pickle.loads(path.read_bytes())
        if set(names) <= set(got):
            return {n: got[n] for n in names}
    with Pool(2) as pool:
        rows = pool.map(labelled, names, chunksize=1)
    data = dict(zip(names, rows, strict=True))
    if path is not None:
        path.write_bytes(pickle.dumps(data))
    return data


def _kept_apart(figs_a: Any, figs_b: Any, ctx: Any) -> list[tuple[Any, Any]]:
    """The figure pairs of two claims (two values of one unit, figure-rival keys in common,
    as `bench/figure_unmet.py` reads them) that the slot rules keep apart on their words
    alone: none of the guards of `PairContext._one_thing` (places, part, origins, kind,
    owners, terms) tells them apart."""
    import math

    from figure_unmet import _keys

    from consensus.merge.figure_durations import two_term_units
    from consensus.merge.figure_pairs import other_kind
    from consensus.merge.figure_places import origins_differ
    from consensus.merge.slots import _overlap

    where = {id(f): i for i, fs in enumerate(ctx.figs) for f in fs}
    out = []
    for a in figs_a:
        for b in figs_b:
            if a.unit != b.unit or math.isclose(a.value, b.value, rel_tol=1e-6) or _overlap(a, b):
                continue
            if ctx.same_slot(a, b) or ctx._places_apart(a, b) or a.part != b.part:
                continue
            if origins_differ(a.origin, b.origin) or other_kind(a, b, ctx._kind_words(a, b)):
                continue
            if ctx._owners_differ(a, b) or two_term_units(a, b):
                continue
            i, j = where[id(a)], where[id(b)]
            ka = _keys(a, ctx.views[i].statement, ctx.views[i].speaker)
            if ka & _keys(b, ctx.views[j].statement, ctx.views[j].speaker):
                out.append((a, b))
    return out


def _show_and_write(
    full: LogisticModel, cut: float, meta: dict[str, Any], path: Path | None
) -> None:
    """Print a fitted model's weights; with a `path`, write it there at `cut`."""
    for name, w in zip(full.names, full.weights, strict=True):
        print(f"  {name:14} {w:+.3f}")
    print(f"  {'bias':14} {full.bias:+.3f}")
    if path is not None:
        model = LogisticModel(
            names=full.names, weights=full.weights, bias=full.bias, threshold=cut, meta=meta
        )
        path.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {path}")


def _fit_one(names: list[str], args: Any) -> int:
    """`--one`: the pairs of covered claims the slot rules keep apart on their words
    (`_kept_apart`, read with the one-slot model off), labelled as `labelled` labels them,
    each claim pair weighing 1; prints the halves' out-of-sample counts of claim pairs at or
    over cuts (and the shipped model's), and with --write the model fitted on all goes to
    ONE_WEIGHTS at `--one-cut` (0.5). `--drop` fits without the features it names."""
    import consensus.merge.figure_relations as relations  # (`_learned_one` reads one_slot)

    global _clashing
    shipped, shipped_one = _clashing, relations.one_slot
    _clashing = _kept_apart  # type: ignore[assignment]
    relations.one_slot = lambda *_: False  # type: ignore[assignment]
    try:
        data = _labelled_all(names, args.cache)
    finally:
        _clashing, relations.one_slot = shipped, shipped_one  # type: ignore[assignment]
    data = {n: d for n, d in data.items() if len(d[1])}

    def fit(keep: list[str]) -> LogisticModel:
        x = np.vstack([data[n][0] for n in keep])
        y = np.concatenate([data[n][1] for n in keep])
        w = np.concatenate([data[n][2] for n in keep])
        gone = [k for k, f in enumerate(_names()) if f in args.drop.split(",")]
        x = x.copy()
        x[:, gone] = 0.0  # (a dropped feature gets weight 0 from the penalty)
        return fit_logistic(x, y, _names(), l2=args.l2, weights=w)

    shipped_model = LogisticModel.load(ONE_WEIGHTS) if ONE_WEIGHTS.exists() else None

    def most(model: LogisticModel, n: str) -> tuple[np.ndarray, np.ndarray]:
        x, y, _, ids = data[n][:4]
        best: dict[int, float] = defaultdict(float)
        for k, q in zip(ids.tolist(), model.prob(x).tolist(), strict=True):
            best[k] = max(best[k], q)
        return np.asarray([best[k] for k in sorted(best)]), pair_labels(y, ids)

    names = sorted(data)
    halves = (names[0::2], names[1::2])
    for h, (train, test) in enumerate((halves, halves[::-1])):
        model = fit(train)
        got = [most(model, n) for n in test]
        p = np.concatenate([g[0] for g in got])
        lab = np.concatenate([g[1] for g in got])
        print(f"half {h}: {len(train)} fit, {len(test)} scored: pos {int(lab.sum())}", end="")
        print(f" neg {int((lab == 0).sum())}")
        for cut in (0.3, 0.4, 0.5, 0.6, 0.7):
            v = p >= cut
            print(
                f"  p >= {cut}: pos {int(np.sum(v & (lab == 1)))} neg {int(np.sum(v & (lab == 0)))}"
            )
        if shipped_model is not None:  # (the shipped model on the same half, for comparison)
            got = [most(shipped_model, n) for n in test]
            p = np.concatenate([g[0] for g in got])
            v = p >= shipped_model.threshold
            print(
                f"  shipped, p >= {shipped_model.threshold}: pos {int(np.sum(v & (lab == 1)))}"
                f" neg {int(np.sum(v & (lab == 0)))}"
            )
    meta = {"clusters": names, "l2": args.l2, "pairs": "kept apart on their words"}
    _show_and_write(fit(names), args.one_cut, meta, ONE_WEIGHTS if args.write else None)
    return 0


def _halves(data: dict[str, Any], fit: Any, claim_probs: Any, cost: float) -> int:
    """Out of sample by halves (clusters in sorted order, alternate ones in each half): the
    model fitted on one half, its cut chosen there, scored on the other half against the
    shipped model, both ways. Prints claim pairs vetoed, by gold label."""
    shipped = LogisticModel.load(WEIGHTS)
    names = sorted(data)
    halves = (names[0::2], names[1::2])
    for h, (train, test) in enumerate((halves, halves[::-1])):
        model = fit(train)
        cut = best_cut([claim_probs(model, n) for n in train], cost)
        rows = {"refit": np.zeros(4), "shipped": np.zeros(4)}
        for n in test:
            for label, m, c in (("refit", model, cut), ("shipped", shipped, shipped.threshold)):
                p, lab = claim_probs(m, n)
                v = p < c
                rows[label] += [
                    np.sum(lab == 1),
                    np.sum(lab == 0),
                    np.sum(v & (lab == 1)),
                    np.sum(v & (lab == 0)),
                ]
        for label, r in rows.items():
            print(
                f"half {h} ({len(train)} fit / {len(test)} scored) {label:8} cut"
                f" {cut if label == 'refit' else shipped.threshold}: pos {int(r[0])} neg"
                f" {int(r[1])}, pos vetoed {int(r[2])}, neg vetoed {int(r[3])}"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cost", type=float, default=3.0)
    ap.add_argument("--except", dest="leave_out", default=HELD_OUT)
    ap.add_argument(
        "--cap", type=float, default=0.0, help="a cluster's pairs weigh at most this many in all"
    )
    ap.add_argument("--broad", type=float, default=0.0, help="weight of pairs never asked")
    ap.add_argument(
        "--uncovered",
        type=float,
        default=0.0,
        help="weight of asked pairs one claim of which covers no gold item (label 0)",
    )
    ap.add_argument("--drop", default="", help="comma list of features fitted at weight 0")
    ap.add_argument(
        "--halves",
        action="store_true",
        help="out of sample: fit on one half of the clusters, score the other, both ways",
    )
    ap.add_argument("--cache", default="", help="pickle of the labelled pairs (read or written)")
    ap.add_argument(
        "--one",
        action="store_true",
        help="fit the one-slot model (`slot_model.one_slot`) on the pairs kept apart",
    )
    ap.add_argument("--one-cut", type=float, default=0.5, help="`--one --write`: the cut written")
    ap.add_argument(
        "--reads",
        action="store_true",
        help="add slot_model.READS to the features (a cache must be written with the same flag)",
    )
    args = ap.parse_args(argv)
    WITH_READS[0] = args.reads
    # the blind clusters held out of tuning are never fitted on, whatever `--except` names
    dropped = {w.strip() for w in args.leave_out.split(",") if w.strip()} | set(held_out())
    names = [*events(), *annotated(), *(m for m in madeup() if m not in dropped)]
    if args.one:
        return _fit_one(names, args)
    data = _labelled_all(names, args.cache)
    data = {n: d for n, d in data.items() if (d[4] & ~d[5]).any() or (args.broad and len(d[1]))}

    def fit(keep: list[str]) -> LogisticModel:
        x = np.vstack([data[n][0] for n in keep])
        y = np.concatenate([data[n][1] for n in keep])
        w = np.concatenate(
            [
                _capped(
                    data[n][2]
                    * np.where(data[n][5], args.uncovered, np.where(data[n][4], 1.0, args.broad)),
                    args.cap,
                )
                for n in keep
            ]
        )
        gone = [k for k, f in enumerate(_names()) if f in args.drop.split(",")]
        x = x.copy()
        x[:, gone] = 0.0  # (a dropped feature gets weight 0 from the penalty)
        return fit_logistic(x, y, _names(), l2=args.l2, weights=w)

    def claim_probs(model: LogisticModel, n: str) -> tuple[np.ndarray, np.ndarray]:
        x, y, _, ids, asked, unc = data[n]
        asked = asked & ~unc  # (scored on the pairs of two covered claims only)
        x, y, ids = x[asked], y[asked], ids[asked]
        p = model.prob(x)
        most: dict[int, float] = defaultdict(float)
        for k, q in zip(ids.tolist(), p.tolist(), strict=True):
            most[k] = max(most[k], q)
        return np.asarray([most[k] for k in sorted(most)]), pair_labels(y, ids)

    if args.halves:
        return _halves(data, fit, claim_probs, args.cost)
    full = fit(list(data))
    cut = best_cut([claim_probs(full, n) for n in data], args.cost)
    held = {n: claim_probs(fit([m for m in data if m != n]), n) for n in data}
    held_cut = best_cut(list(held.values()), args.cost)
    print(f"{'cluster':28} {'pos':>4} {'neg':>4} {'pos vetoed':>10} {'neg vetoed':>10}  (held out)")
    tot = np.zeros(4)
    for n, (p, lab) in held.items():
        v = p < held_cut
        row = np.asarray(
            [np.sum(lab == 1), np.sum(lab == 0), np.sum(v & (lab == 1)), np.sum(v & (lab == 0))]
        )
        tot += row
        print(f"{n:28} {row[0]:4d} {row[1]:4d} {row[2]:10d} {row[3]:10d}")
    print(f"{'TOTAL':28} {int(tot[0]):4d} {int(tot[1]):4d} {int(tot[2]):10d} {int(tot[3]):10d}")
    print(f"cut (all clusters) {cut}, cut (held out) {held_cut}")
    meta = {"clusters": sorted(data), "l2": args.l2, "cost": args.cost}
    _show_and_write(full, held_cut, meta, WEIGHTS if args.write else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
