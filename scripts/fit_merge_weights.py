"""Fit the merger's link weights on labelled claim pairs from the annotated dev clusters.

Usage: .venv/bin/python scripts/fit_merge_weights.py [--write] [--l2 1.0]

For every tests/data/dev/<event> with an expectations.json: ingest, offline extraction,
vectors, and the candidate pairs with their comparison features exactly as `merge` computes
them (`consensus.merge.comparison_rows`). A claim *covers* a gold fact when one of its
citations overlaps an anchor of that fact (bench/quality_lib.py). Labels:

- 1: the two claims come from different gold origins and cover one gold fact;
- 0: both cover gold facts but none in common, or they are a gold `distinct` pair
  (weight 1); or exactly one of them covers a gold fact (weight 0.5: the other may state it
  in words the annotator did not anchor);
- pairs where neither covers a fact are left out (nothing is known of them).

Prints leave-one-cluster-out figures (each cluster scored by weights fitted on the others),
so the printed F1 is what the weights do on a cluster they have not seen. With --write the
weights fitted on all clusters go to consensus/merge/data/link_weights.json, with the
threshold chosen by the pooled out-of-cluster F1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import (  # noqa: E402
    DEV,
    Locator,
    _overlaps,
    events,
    gold_origin_map,
    load_expectations,
)

from consensus.ingest import load_articles  # noqa: E402
from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.weights import (  # noqa: E402
    LogisticModel,
    best_threshold,
    fit_logistic,
    log_loss,
)
from consensus.models import Citation  # noqa: E402

OUT = ROOT / "consensus" / "merge" / "data" / "link_weights.json"


def labelled(event: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from consensus.api import embed_for_merge
    from consensus.merge import comparison_rows
    from consensus.offline import extract_offline

    exp = load_expectations(event)
    articles = load_articles([str(DEV / event / "articles.jsonl")])
    by_id = {a.id: a for a in articles}
    claim_sets = [extract_offline(a) for a in articles]
    vectors = embed_for_merge(claim_sets)
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    anchors = [
        (f["id"], art, loc.span(art, text))
        for f in exp["agreed"]
        for art, text in f["anchors"].items()
    ]
    covers: dict[tuple[str, int], set[str]] = {}
    for cs in claim_sets:
        for k, claim in enumerate(cs.claims):
            cites = [
                Citation(article=cs.article, quote=e.quote, start=e.start, end=e.end)
                for e in claim.evidence
            ]
            covers[(cs.article, k)] = {
                fid
                for fid, art, span in anchors
                if span and art == cs.article and any(_overlaps(c, art, span) for c in cites)
            }
    distinct = set()
    for pair in exp.get("distinct", []):
        ids = []
        for art, text in pair["anchors"]:
            span = loc.span(art, text)
            ids.append(
                {
                    key
                    for key in covers
                    if key[0] == art
                    and span
                    and any(
                        _overlaps(
                            Citation(article=art, quote=e.quote, start=e.start, end=e.end),
                            art,
                            span,
                        )
                        for e in claim_sets[[c.article for c in claim_sets].index(art)]
                        .claims[key[1]]
                        .evidence
                    )
                }
            )
        if len(ids) == 2:
            distinct |= {(x, y) for x in ids[0] for y in ids[1]} | {
                (y, x) for x in ids[0] for y in ids[1]
            }
    keys, x = comparison_rows(articles, claim_sets, vectors)
    ys, ws, rows = [], [], []
    for r, (ka, kb) in enumerate(keys):
        if gold[ka[0]] == gold[kb[0]]:
            continue
        fa, fb = covers.get(ka, set()), covers.get(kb, set())
        if (ka, kb) in distinct:
            y, w = 0, 1.0
        elif fa and fb:
            y, w = (1, 1.0) if fa & fb else (0, 1.0)
        elif fa or fb:
            y, w = 0, 0.5
        else:
            continue
        rows.append(r)
        ys.append(y)
        ws.append(w)
    return x[rows], np.array(ys), np.array(ws)


def fit_without(event: str, l2: float = 1.0) -> LogisticModel:
    """Weights fitted on every annotated cluster but `event`, with the pooled threshold of
    the shipped weights (for bench/quality.py --held-out)."""
    from consensus.merge.link import link_model

    data = [labelled(e) for e in events() if e != event]
    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    w = np.concatenate([d[2] for d in data])
    model = fit_logistic(x, y, COMPARISONS, l2=l2, weights=w)
    return LogisticModel(model.names, model.weights, model.bias, link_model().threshold, {})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    data = {e: labelled(e) for e in events()}
    print(f"{'held-out cluster':28} {'pairs':>6} {'pos':>5} {'logloss':>8} {'F1@0.5':>7}")
    pooled_p, pooled_y = [], []
    for held in data:
        train = [data[e] for e in data if e != held]
        x = np.vstack([t[0] for t in train])
        y = np.concatenate([t[1] for t in train])
        w = np.concatenate([t[2] for t in train])
        model = fit_logistic(x, y, COMPARISONS, l2=args.l2, weights=w)
        hx, hy, _ = data[held]
        p = model.prob(hx)
        pooled_p.append(p)
        pooled_y.append(hy)
        pred = p >= 0.5
        tp = int(np.sum(pred & (hy == 1)))
        f1 = 2 * tp / (2 * tp + int(np.sum(pred & (hy == 0))) + int(np.sum(~pred & (hy == 1))))
        print(
            f"{held:28} {len(hy):>6} {int(hy.sum()):>5} {log_loss(model, hx, hy):>8.3f} {f1:>7.3f}"
        )
    pp, py = np.concatenate(pooled_p), np.concatenate(pooled_y)
    cut, f1 = best_threshold(pp, py)
    print(f"pooled out-of-cluster: best threshold {cut:.3f} (F1 {f1:.3f})")
    x = np.vstack([d[0] for d in data.values()])
    y = np.concatenate([d[1] for d in data.values()])
    w = np.concatenate([d[2] for d in data.values()])
    model = fit_logistic(x, y, COMPARISONS, l2=args.l2, weights=w)
    model = LogisticModel(
        names=model.names,
        weights=model.weights,
        bias=model.bias,
        threshold=cut,
        meta={
            "comment": "Link-or-not weights of the merger's comparisons (consensus/compare.py), "
            "fitted by scripts/fit_merge_weights.py on labelled pairs of the annotated dev "
            "clusters; re-fit with that script, never edit by hand.",
            "clusters": sorted(data),
            "pairs": len(y),
            "positives": int(y.sum()),
            "l2": args.l2,
            "out_of_cluster_f1": round(f1, 4),
        },
    )
    for name, weight in zip(model.names, model.weights, strict=True):
        print(f"  {name:14} {weight:+.3f}")
    print(f"  {'bias':14} {model.bias:+.3f}")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
