"""Why gold disputes are missed, and what the points that show no gold dispute pair.

For each cluster (dev: bench/quality.py's pipeline, shipped weights or --held-out; made-up:
tests/data/madeup with its gold in tests/data/madeup_gold), every gold contested point the
report misses is listed with, per side, the claims whose citations cover its anchors (article,
claim position, group, polarity, a short start of the statement), and for the best pairs of
claims across two sides: the link probability, the comparison columns that moved it most,
and what kept the pair from a conflict edge (bench/missed_links.py's statuses). Every point
of the report that shows no gold dispute is listed with its positions' short starts.

Prints only short starts of statements (the dev texts belong to their publishers).

Usage: .venv/bin/python bench/missed_disputes.py [--held-out] [--pairs N] [event ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, held_out_model, pair_status, top_columns, traced_report
from quality_lib import (
    DEV,
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    events,
    gold_origin_map,
    load_annotated_expectations,
    load_expectations,
    madeup,
    score_report,
)

from consensus.ingest import load_articles


def diagnose(event: str, held_out: bool, n_pairs: int) -> tuple[int, int]:
    """Print one cluster's missed disputes and unconfirmed points; (missed, unconfirmed)."""
    from consensus.merge.link import link_model

    dev = event in events()
    if dev:
        articles = load_articles([str(DEV / event / "articles.jsonl")])
        exp = load_expectations(event)
    else:
        articles = annotated_articles(event, MADEUP_GOLD)
        exp = load_annotated_expectations(event, MADEUP_GOLD)
    scoped = event if held_out and dev else None
    report, trace = traced_report(articles, scoped)
    model = held_out_model(event) if scoped else link_model()
    threshold = model.threshold
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    gold = gold_origin_map(exp, [a.id for a in articles])
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    missed = set(score.disputes_missed)
    print(f"== {event}: {len(missed)} missed, {score.points_unconfirmed} without gold")

    def shown(m: int) -> str:
        f = trace.feats[m]
        return f"#{m} g{group.get(m)} {f.claim.polarity.value[0]} {f.claim.statement[:SHORT]!r}"

    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        print(f"  MISSED {point['id']} ({point.get('kind', '?')})")
        sides = []
        for n, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            also = [(a, sp) for a, t in side.get("also", []) if (sp := loc.span(a, t))]
            for a, sp in also:  # an "also" sentence of an article without an anchor shows too
                anchors.setdefault(a, sp)
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
            for a in sorted(anchors):
                got = "; ".join(shown(m) for m in cov.get(a, [])) or "(no claim)"
                print(f"    side {n} {a} [{gold[a]}]: {got}")
        pairs = []
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        if i != j:
                            q = (min(i, j), max(i, j))
                            pairs.append((trace.prob.get(q, -1.0), q))
        for p, (i, j) in sorted(set(pairs), reverse=True)[:n_pairs]:
            st = pair_status(trace, i, j, threshold)
            print(f"      #{i}-#{j} p={p:.3f} {st}  [{top_columns(trace, i, j, model)}]")
    for topic in score.unconfirmed_items:
        point = next(c for c in report.contested if c.topic.startswith(topic))
        print(f"  NO GOLD {topic[:SHORT]!r} ({point.rule[:70]})")
        for p in point.positions:
            print(f"    {p.polarity.value}: {p.statement[:SHORT]!r}")
    return len(missed), score.points_unconfirmed


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--pairs", type=int, default=3, help="cross-side pairs shown per dispute")
    args = ap.parse_args(argv)
    total = [0, 0]
    for event in args.events or [*events(), *madeup()]:
        got = diagnose(event, args.held_out, args.pairs)
        total = [total[0] + got[0], total[1] + got[1]]
    print(f"== {total[0]} disputes missed, {total[1]} points without gold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
