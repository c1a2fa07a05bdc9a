"""Could a learned equivalence read two counted nouns as one slot? Cross-validated figures.

Session 44 (slots44) asked whether "140 jobs" / "210 staff" and "1.1 million passengers" /
"1.5 million journeys" (the census class "one slot in two words, same unit") could be read
as one slot by a small logistic model over the slot model's pair features
(`slot_model.pair_features`: word-vector likeness of the counted nouns and slot words, the
words around each figure, the two statements, the values' ratio) instead of a word list.

For every cluster with gold (dev and the tunable made-up clusters; never the held-out ones)
the merge runs as `summarize` runs it; for every two claims of two articles that each cover
gold (a citation overlapping an anchor, as scripts/fit_slot_weights.py reads it), every two
figures of one unit and two values whose counted nouns (head, else noun) have two stems and
that `PairContext.same_slot` does not give one slot are labelled:

- 1: the two claims cover two sides of one gold figure or update dispute and each figure's
  text is in an anchor of its side (the gold sets the two figures against each other);
- 0: the two claims cover nothing in common (two facts, two disputes, a gold `distinct`
  pair).

Prints the labelled pairs' counts, then leave-one-cluster-out figures of the fitted model
(class-balanced weights): AUC, average precision, and precision at 5/10/20/30% recall, for
all features and for the figure-only ones (what `same_slot` could read: no statement), and
the head-noun pairs most often labelled each way (`--nouns N`).

Usage: PYTHONPATH=. .venv/bin/python bench/slot_alike.py [--nouns 20] [--l2 1.0]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import Locator, _overlaps, events, gold_cluster, madeup, tunable

from consensus.merge.slot_model import FEATURES, pair_features
from consensus.merge.slots import _overlap, slot_stem
from consensus.merge.weights import fit_logistic
from consensus.models import Citation

TEXT_FEATURES = ("near_share", "near_soft", "statement_cos", "other_mark")


def _items(name: str, exp: dict[str, Any], loc: Locator) -> list[tuple[str, str, Any, str]]:
    """(item key, article, span, anchor text) of every gold anchor."""
    out = []
    for f in exp["agreed"]:
        for art, text in f["anchors"].items():
            out.append((f"a:{f['id']}", art, loc.span(art, text), text))
    for c in exp.get("contested", []):
        for s, side in enumerate(c["sides"]):
            for art, text in [*side["anchors"].items(), *side.get("also", [])]:
                out.append((f"d:{c['id']}:{s}", art, loc.span(art, text), text))
    for d, p in enumerate(exp.get("distinct", [])):
        for side, (art, text) in enumerate(p["anchors"]):
            out.append((f"x:{d}:{side}", art, loc.span(art, text), text))
    return out


def _covered(article: str, evidence: Any, items: list[tuple[str, str, Any, str]]) -> set[str]:
    """The keys of the gold items one of a claim's quotations overlaps."""
    spans = [(e.quote, e.start, e.end) for e in evidence]
    return {
        key
        for key, art, span, _t in items
        if span
        and art == article
        and any(
            _overlaps(Citation(article=article, quote=q, start=b, end=e), art, span)
            for q, b, e in spans
        )
    }


def labelled(name: str) -> list[dict[str, Any]]:
    """One cluster's labelled figure pairs (see the module docstring)."""
    import consensus.merge.value_conflicts as value_conflicts
    from consensus.api import build_report
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    articles, exp = gold_cluster(name)
    loc = Locator({a.id: a for a in articles})
    claim_sets = tuple(extract_offline(a) for a in articles)
    items = _items(name, exp, loc)
    anchor_text: dict[str, list[str]] = defaultdict(list)
    for key, _art, _span, text in items:
        anchor_text[key].append(text)
    covers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cs in claim_sets:
        for claim in cs.claims:
            covers[(cs.article, claim.statement)] |= _covered(cs.article, claim.evidence, items)
    contexts: list[Any] = []
    shipped = value_conflicts.counts_two_things

    def record(ctx: Any, i: int, j: int) -> bool:
        if not contexts:
            contexts.append(ctx)
        return shipped(ctx, i, j)

    value_conflicts.counts_two_things = record  # type: ignore[assignment]
    try:
        build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))
    finally:
        value_conflicts.counts_two_things = shipped  # type: ignore[assignment]
    if not contexts:
        return []
    ctx = contexts[0]
    kinds = {c["id"]: c.get("kind", "figure") for c in exp.get("contested", [])}
    keys = [(v.article, v.statement) for v in ctx.views]
    known = [k for k in range(len(keys)) if covers.get(keys[k]) and ctx.figs[k]]
    out: list[dict[str, Any]] = []
    for n, i in enumerate(known):
        for j in known[n + 1 :]:
            ci, cj = covers[keys[i]], covers[keys[j]]
            if keys[i][0] == keys[j][0] or ci & cj:
                continue
            sides_i = {k.rsplit(":", 1)[0]: k for k in ci if not k.startswith("a:")}
            sides_j = {k.rsplit(":", 1)[0]: k for k in cj if not k.startswith("a:")}
            both = [
                (sides_i[b], sides_j[b])
                for b in set(sides_i) & set(sides_j)
                if b.startswith("d:") and kinds.get(b.split(":", 1)[1]) in ("figure", "update")
            ]
            if (
                set(sides_i) & set(sides_j)
                and not both
                and not any(b.startswith("x:") for b in set(sides_i) & set(sides_j))
            ):
                continue  # (two sides of a denial or an account: not a count)
            for a in ctx.figs[i]:
                for b in ctx.figs[j]:
                    na, nb = a.head or a.noun, b.head or b.noun
                    if (
                        a.unit != b.unit
                        or not (na and nb)
                        or slot_stem(na) == slot_stem(nb)
                        or math.isclose(a.value, b.value, rel_tol=1e-6)
                        or _overlap(a, b)
                        or ctx.same_slot(a, b)
                    ):
                        continue
                    if both:
                        y = any(
                            any(a.text in t for t in anchor_text[x])
                            and any(b.text in t for t in anchor_text[z])
                            for x, z in both
                        )
                        if not y:
                            continue  # (another figure of the two sides' claims)
                    else:
                        y = False
                    row = pair_features(
                        a, b, ctx._slot_vector, ctx.views[i].statement, ctx.views[j].statement
                    )
                    out.append({"name": name, "y": y, "x": row, "nouns": (na.lower(), nb.lower())})
    return out


def _auc(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(p)
    rank = np.empty(len(p))
    rank[order] = np.arange(1, len(p) + 1)
    n1 = float(y.sum())
    n0 = len(y) - n1
    return float((rank[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def cross_validated(rows: list[dict[str, Any]], drop: tuple[str, ...], l2: float) -> str:
    """Leave-one-cluster-out figures of the model fitted without the `drop` features."""
    x = np.asarray([r["x"] for r in rows], dtype=np.float64)
    y = np.asarray([float(r["y"]) for r in rows])
    names = np.asarray([r["name"] for r in rows])
    x[:, [FEATURES.index(d) for d in drop]] = 0.0
    w = np.where(y == 1, (1 - y).sum() / max(1.0, y.sum()), 1.0)
    p = np.zeros(len(y))
    for n in sorted(set(names.tolist())):
        m = names == n
        p[m] = fit_logistic(x[~m], y[~m], FEATURES, l2=l2, weights=w[~m]).prob(x[m])
    ys = y[np.argsort(-p)]
    tp = np.cumsum(ys)
    prec = tp / np.arange(1, len(ys) + 1)
    rec = tp / ys.sum()
    at = " ".join(
        f"P@R{r:.2f}={prec[min(int(np.searchsorted(rec, r)), len(prec) - 1)]:.2f}"
        for r in (0.05, 0.1, 0.2, 0.3)
    )
    ap = float((prec * ys).sum() / ys.sum())
    return f"AUC {_auc(p, y):.3f} AP {ap:.3f} {at}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nouns", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    rows = [r for n in [*events(), *tunable(madeup())] for r in labelled(n)]
    pos = [r for r in rows if r["y"]]
    print(f"labelled figure pairs {len(rows)}: one slot {len(pos)}, two {len(rows) - len(pos)}")
    print("all features:     ", cross_validated(rows, (), args.l2))
    print("figure-only:      ", cross_validated(rows, TEXT_FEATURES, args.l2))
    for tag, kept in (("one slot", pos), ("two", [r for r in rows if not r["y"]])):
        common = Counter(r["nouns"] for r in kept).most_common(args.nouns)
        print(f"{tag}: " + "; ".join(f"{a}/{b} x{n}" for (a, b), n in common))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
