"""Fit the learned furniture score (consensus/furniture_model.py) on labelled sentences.

Usage: .venv/bin/python scripts/fit_furniture_weights.py [--write] [--l2 1.0]
       [--rule-weight 0.5] [--min-clusters 4] [--precision 0.98]

Sentences are the offline extractor's split (`consensus.offline.sentences.sentence_spans`)
of each article as `summarize` reads it, for the dev events, the annotated clusters outside
the dev set and the TUNABLE made-up clusters (never one listed in
tests/data/madeup/HELD_OUT.txt). Labels:

- furniture, weight 1: a sentence that touches a gold `non_claims` anchor;
- furniture, weight `--rule-weight`: a sentence inside the spans the rules find
  (`non_claim_spans(..., learned=False)`) that touches no gold anchor of news;
- news, weight 1: a sentence that touches a gold agreed, contested (with `also`), distinct
  or speaker anchor and no non-claim anchor.
Other sentences (unlabelled) are left out.

Features (`sentence_features`) are kept when seen in at least `--min-clusters` clusters, and
each cluster's furniture and its news weigh alike whatever their count (`balanced`), so
no event's own words carry weight. The model is an L2 logistic regression fitted by
deterministic full-batch gradient descent (Nesterov momentum). Folds by cluster (five, by
sorted name) give cross-validated scores; the threshold is the lowest at which the pooled
cross-validated precision on the gold-labelled sentences the rules leave reaches
`--precision`, and the table of thresholds is printed. `--write` writes the weights fitted
on every cluster to consensus/data/furniture_weights.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from quality_lib import (  # noqa: E402
    Locator,
    annotated,
    events,
    gold_cluster,
    madeup,
    tunable,
)

from consensus.furniture_model import sentence_features  # noqa: E402
from consensus.nonclaims import non_claim_spans  # noqa: E402
from consensus.offline.sentences import sentence_spans  # noqa: E402

OUT = ROOT / "consensus" / "data" / "furniture_weights.json"
FOLDS = 5


@dataclass(frozen=True)
class Row:
    cluster: str
    text: str
    label: int  # 1 furniture, 0 news
    weight: float
    gold: bool  # labelled by a gold anchor (not by the rules)
    ruled: bool  # inside the rules' spans


def _anchor_spans(exp: dict, loc: Locator) -> tuple[list[tuple[str, tuple[int, int]]], list]:
    """(non-claim anchor spans, news anchor spans) of one cluster's gold."""
    junk = [(a, loc.span(a, t)) for a, t in exp.get("non_claims", [])]
    news: list[tuple[str, tuple[int, int] | None]] = []
    for fact in exp.get("agreed", []):
        news += [(a, loc.span(a, t)) for a, t in fact.get("anchors", {}).items()]
    for point in exp.get("contested", []):
        for side in point.get("sides", []):
            news += [(a, loc.span(a, t)) for a, t in side.get("anchors", {}).items()]
            news += [(a, loc.span(a, t)) for a, t in side.get("also", [])]
    for pair in exp.get("distinct", []):
        news += [(a, loc.span(a, t)) for a, t in pair.get("anchors", [])]
    for sp in exp.get("speakers", []):
        news += [(sp["article"], loc.span(sp["article"], sp["anchor"]))]
    return [(a, s) for a, s in junk if s], [(a, s) for a, s in news if s]


def _touches(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def cluster_rows(name: str, rule_weight: float) -> list[Row]:
    articles, exp = gold_cluster(name)
    loc = Locator({a.id: a for a in articles})
    junk, news = _anchor_spans(exp, loc)
    rows: list[Row] = []
    for art in articles:
        mine_junk = [s for a, s in junk if a == art.id]
        mine_news = [s for a, s in news if a == art.id]
        ruled = non_claim_spans(art.text, title=art.title, outlet=art.outlet, learned=False)
        for start, end in sentence_spans(art.text):
            text = art.text[start:end]
            in_rules = any(s <= start and end <= e for s, e in ruled)
            if _touches(mine_junk, start, end):
                rows.append(Row(name, text, 1, 1.0, True, in_rules))
            elif _touches(mine_news, start, end):
                rows.append(Row(name, text, 0, 1.0, True, in_rules))
            elif in_rules:
                rows.append(Row(name, text, 1, rule_weight, False, True))
    return rows


def _matrix(rows: list[Row], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    r_idx: list[int] = []
    c_idx: list[int] = []
    for i, row in enumerate(rows):
        for f in sentence_features(row.text):
            j = vocab.get(f)
            if j is not None:
                r_idx.append(i)
                c_idx.append(j)
    return np.array(r_idx, dtype=np.int64), np.array(c_idx, dtype=np.int64)


def fit(
    rows: list[Row], vocab: dict[str, int], l2: float, steps: int = 1500
) -> tuple[np.ndarray, float]:
    """L2 logistic regression (bias unpenalised), full-batch gradient descent with Nesterov
    momentum; deterministic."""
    r, c = _matrix(rows, vocab)
    y = np.array([row.label for row in rows], dtype=float)
    sw = np.array([row.weight for row in rows], dtype=float)
    # balance the classes: furniture and news weigh the same in total
    pos, neg = sw[y == 1].sum(), sw[y == 0].sum()
    sw = np.where(y == 1, sw * (pos + neg) / (2 * pos), sw * (pos + neg) / (2 * neg))
    total = sw.sum()
    n, d = len(rows), len(vocab)
    w = np.zeros(d)
    b = 0.0
    vw, vb = np.zeros(d), 0.0
    lr, mom = 0.5, 0.9
    for _ in range(steps):
        lw, lb = w + mom * vw, b + mom * vb
        z = lb + np.bincount(r, weights=lw[c], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        g = sw * (p - y) / total
        gw = np.bincount(c, weights=g[r], minlength=d) + l2 * lw / total
        gb = g.sum()
        vw = mom * vw - lr * gw
        vb = mom * vb - lr * gb
        w, b = w + vw, b + vb
    return w, b


def balanced(rows: list[Row]) -> list[Row]:
    """Each cluster's furniture and its news weigh alike whatever their count (a gallery of
    25 captions in one crawl must not teach its event's words to the model)."""
    count = Counter((row.cluster, row.label) for row in rows)
    mean = {
        label: float(np.mean([n for (_, lab), n in count.items() if lab == label]))
        for label in (0, 1)
    }
    return [
        replace(row, weight=row.weight * mean[row.label] / count[(row.cluster, row.label)])
        for row in rows
    ]


def _vocab(rows: list[Row], min_clusters: int) -> dict[str, int]:
    seen: dict[str, set[str]] = {}
    for row in rows:
        for f in sentence_features(row.text):
            seen.setdefault(f, set()).add(row.cluster)
    kept = sorted(f for f, cl in seen.items() if len(cl) >= min_clusters)
    return {f: i for i, f in enumerate(kept)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--rule-weight", type=float, default=0.5)
    ap.add_argument("--min-clusters", type=int, default=4)
    ap.add_argument("--precision", type=float, default=0.98)
    args = ap.parse_args(argv)
    names = sorted(set(events()) | set(annotated()) | set(tunable(madeup())))
    rows = balanced([row for name in names for row in cluster_rows(name, args.rule_weight)])
    print(
        f"{len(names)} clusters, {len(rows)} sentences: "
        f"{sum(r.label and r.gold for r in rows)} gold furniture, "
        f"{sum(r.label and not r.gold for r in rows)} by the rules, "
        f"{sum(not r.label for r in rows)} news"
    )
    vocab = _vocab(rows, args.min_clusters)
    print(f"{len(vocab)} features seen in >= {args.min_clusters} clusters")
    fold_of = {name: i % FOLDS for i, name in enumerate(names)}
    cv = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [row for row in rows if fold_of[row.cluster] != k]
        test_idx = [i for i, row in enumerate(rows) if fold_of[row.cluster] == k]
        sub_vocab = _vocab(train, args.min_clusters)
        w, b = fit(train, sub_vocab, args.l2)
        cv[test_idx] = _probs([rows[i] for i in test_idx], sub_vocab, w, b)
    # judged on the gold-labelled sentences the rules leave (what the model adds)
    judged = [i for i, row in enumerate(rows) if row.gold and not row.ruled and _scorable(row.text)]
    gold_junk = sum(rows[i].label for i in judged)
    print(f"gold-labelled sentences the rules leave: {len(judged)} ({gold_junk} furniture)")
    print("threshold  flagged  furniture  news  precision  recall")
    chosen = None
    for t in [x / 100 for x in range(50, 100, 2)]:
        hit = [i for i in judged if cv[i] >= t]
        tp = sum(rows[i].label for i in hit)
        prec = tp / len(hit) if hit else 1.0
        rec = tp / gold_junk if gold_junk else 0.0
        print(f"{t:9.2f}  {len(hit):7d}  {tp:9d}  {len(hit) - tp:4d}  {prec:9.3f}  {rec:6.3f}")
        if chosen is None and hit and prec >= args.precision:
            chosen = t
    chosen = 0.99 if chosen is None else chosen
    print(f"threshold: {chosen}")
    news_hit = [rows[i].text for i in judged if cv[i] >= chosen and not rows[i].label]
    for text in news_hit:
        print("  news flagged:", text[:120])
    junk_hit = [rows[i].text for i in judged if cv[i] >= chosen and rows[i].label]
    for text in junk_hit:
        print("  furniture caught:", text[:120])
    w, b = fit(rows, vocab, args.l2)
    if args.write:
        features = {f: round(float(w[j]), 4) for f, j in vocab.items() if abs(w[j]) >= 1e-4}
        OUT.write_text(
            json.dumps(
                {
                    "comment": (
                        "Weights of the learned furniture score (consensus/furniture_model.py), "
                        "fitted by scripts/fit_furniture_weights.py on labelled sentences of the "
                        "dev, annotated and tunable made-up clusters (meta); re-fit with that "
                        "script, never edit by hand."
                    ),
                    "bias": round(b, 4),
                    "threshold": chosen,
                    "meta": {
                        "clusters": len(names),
                        "sentences": len(rows),
                        "l2": args.l2,
                        "rule_weight": args.rule_weight,
                        "min_clusters": args.min_clusters,
                        "precision": args.precision,
                    },
                    "features": dict(sorted(features.items())),
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT.relative_to(ROOT)} ({len(features)} features)")
    return 0


def _scorable(text: str) -> bool:
    """What the model may score at all (its guard: no quotation, no reporting verb)."""
    from consensus.furniture_model import _speaks

    return not _speaks(text)


def _probs(rows: list[Row], vocab: dict[str, int], w: np.ndarray, b: float) -> np.ndarray:
    r, c = _matrix(rows, vocab)
    z = b + np.bincount(r, weights=w[c], minlength=len(rows))
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


if __name__ == "__main__":
    raise SystemExit(main())
