"""The figure pairs behind the report's quantity points, by whether the gold backs the point.

For each tunable made-up cluster (or those named; a held-out one is refused), the report is
built as bench/quality.py builds it and, for every contested point of the quantity rule,
each conflict edge between two of its positions' claims is read back through the merger's
`PairContext`: the figure pairs of two values it gives one slot (`slot`: `same_slot`) or
reads as one slot in other words (`near`: `PairContext._near_clash`'s pair, when the slot
rules gave none), each with the shipped slot model's probability that the two count one
thing (`slot_model`; the veto `counts_two_things` takes a claim pair whose every `slot`
pair is below the model's cut, and never asks of `near` pairs), whether the point has gold
(`NOGOLD`: bench/quality.py's unconfirmed points), and what each figure counts (noun, head,
owner, act, predicate, first slot words).

Prints one JSON object a pair (with `--rows`) and a tally: pairs by path and gold, and how
many fall below the cut. Session 54 (quantity54) read from it that the model's probability
does not tell the points without gold from the gold ones (bench/README.md).

Prints only short starts of statements.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/clash_pairs.py [--rows] [event ...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, traced_report
from quality import score_report
from quality_lib import (
    MADEUP_GOLD,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    tunable,
)


def _fields(f: Any) -> list[Any]:
    return [f.text, f.noun, f.head, f.owner, f.act, f.pred, list(f.slot[:4]), f.unit]


def cluster_pairs(event: str) -> list[dict[str, Any]]:
    """The labelled figure pairs of one cluster's quantity points."""
    import numpy as np

    from consensus.merge.slot_model import pair_features, slot_model

    model = slot_model()
    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    unconfirmed = set(score_report(event, exp, articles, report).unconfirmed_items)
    ctx = trace.ctx
    claims: dict[str, list[int]] = {}
    for m, feat in enumerate(trace.feats):
        claims.setdefault(feat.claim.statement, []).append(m)
    rows: list[dict[str, Any]] = []
    for point in report.contested:
        if "quantities" not in point.rule:
            continue
        nogold = any(point.topic.startswith(t) for t in unconfirmed)
        members = {m for p in point.positions for m in claims.get(p.statement, [])}
        for e in trace.edges:
            if not e.conflict.startswith("quantity") or not {e.i, e.j} <= members:
                continue
            pairs = [
                ("slot", a, b)
                for a in ctx.figs[e.i]
                for b in ctx.figs[e.j]
                if not math.isclose(a.value, b.value, rel_tol=1e-6) and ctx.same_slot(a, b)
            ]
            if not pairs and (near := _near(ctx, e.i, e.j)) is not None:
                pairs = [("near", *near)]
            ti, tj = ctx.views[e.i].statement, ctx.views[e.j].statement
            for how, a, b in pairs:
                x = np.asarray([pair_features(a, b, ctx._slot_vector, ti, tj)])
                p = float(model.prob(x)[0]) if model is not None else -1.0
                rows.append(
                    {
                        "event": event,
                        "nogold": nogold,
                        "how": how,
                        "p": round(p, 3),
                        "below": model is not None and p < model.threshold,
                        "a": _fields(a),
                        "b": _fields(b),
                        "i": ti[:SHORT],
                        "j": tj[:SHORT],
                    }
                )
    return rows


def _near(ctx: Any, i: int, j: int) -> tuple[Any, Any] | None:
    """The two figures of a near clash (its text names both), else None."""
    clash = ctx._near_clash(i, j)
    if not clash:
        return None
    for a in ctx.figs[i]:
        for b in ctx.figs[j]:
            if f"{a.text} vs {b.text}" in clash:
                return a, b
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--rows", action="store_true", help="print every pair as JSON")
    args = ap.parse_args(argv)
    allowed = set(tunable(madeup()))
    names = args.events or sorted(allowed)
    refused = [n for n in names if n not in allowed]
    if refused:
        print(f"not a tunable made-up cluster: {', '.join(refused)}", file=sys.stderr)
        return 2
    tally: Counter[str] = Counter()
    with Pool(2) as pool:
        for rows in pool.imap(cluster_pairs, names, chunksize=1):
            for r in rows:
                if args.rows:
                    print(json.dumps(r))
                key = f"{r['how']} {'nogold' if r['nogold'] else 'gold'}"
                tally[key] += 1
                tally[f"{key} below cut"] += r["below"]
    for key in sorted(tally):
        print(f"  {tally[key]:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
