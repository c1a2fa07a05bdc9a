"""The figure pairs behind the report's quantity points, with what each figure counts by its
own sentence's words (`bench/count_readings.reading`), by whether the gold backs the point
(session 62, slotcount62).

For each tunable made-up cluster (held-out ones are refused; names come from
`tunable(madeup())`), the report is built as bench/quality.py builds it; for every conflict
edge of a quantity point, the figure pairs the dispute veto reads (`slot_model._clashing`,
each figure in the other's unit) are printed as one JSON object a line: the cluster, whether
the point has gold (`nogold`: bench/quality.py's unconfirmed points), the edge (`edge`: its
two claim numbers), each figure (text, noun, head, act, pred, first slot words), its reading
and the best likeness of the two readings (`best`), the shipped slot model's probability
(`p`), and the two statements whole (the
made-up texts are invented). A tally follows: edges by gold and by whether every pair's
readings fall under each candidate bar.

`--fit LABELS.tsv` reads hand labels (bench/slotcount62.tsv: cluster, edge, verdict) and
prints the AUC of `best` and of `p` (gold-backed edges, positives: one thing counted, over
hand-read wrong ones, negatives), per candidate bar the edges an all-pairs-under-the-bar
veto takes, and how many edges one article of the cluster writes both figures of.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/slotcount62.py [event ...] > pairs.jsonl
       PYTHONPATH=.:bench .venv/bin/python bench/slotcount62.py --fit bench/slotcount62.tsv
              pairs.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

BARS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def _fields(f: Any, text: str) -> dict[str, Any]:
    from count_readings import reading

    return {
        "text": f.text,
        "noun": f.noun,
        "head": f.head,
        "act": f.act,
        "pred": f.pred,
        "slot": list(f.slot[:4]),
        "reading": list(reading(f, text)),
    }


def cluster_pairs(event: str) -> list[dict[str, Any]]:
    """The figure pairs of one cluster's quantity points, one dict a pair."""
    import numpy as np
    from count_readings import reading, reading_best
    from missed_links import traced_report
    from quality import score_report
    from quality_lib import MADEUP_GOLD, annotated_articles, load_annotated_expectations

    from consensus.merge.figure_durations import in_unit_of
    from consensus.merge.slot_model import _clashing, pair_features, slot_model

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    unconfirmed = set(score_report(event, exp, articles, report).unconfirmed_items)
    ctx = trace.ctx
    model = slot_model()
    claims: dict[str, list[int]] = {}
    for m, feat in enumerate(trace.feats):
        claims.setdefault(feat.claim.statement, []).append(m)
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for point in report.contested:
        if "quantities" not in point.rule:
            continue
        nogold = any(point.topic.startswith(t) for t in unconfirmed)
        members = {m for p in point.positions for m in claims.get(p.statement, [])}
        for e in trace.edges:
            if not e.conflict.startswith("quantity") or not {e.i, e.j} <= members:
                continue
            if (e.i, e.j) in seen:
                continue
            seen.add((e.i, e.j))
            ti, tj = ctx.views[e.i].statement, ctx.views[e.j].statement
            for a, b in _clashing(ctx.figs[e.i], ctx.figs[e.j], ctx):
                b = in_unit_of(b, a)
                best = reading_best(reading(a, ti), reading(b, tj), ctx._slot_vector)
                x = np.asarray([pair_features(a, b, ctx._slot_vector, ti, tj)])
                p = float(model.prob(x)[0]) if model is not None else -1.0
                rows.append(
                    {
                        "event": event,
                        "nogold": nogold,
                        "edge": f"{e.i}-{e.j}",
                        "conflict": e.conflict[:120],
                        "best": round(best, 3),
                        "p": round(p, 3),
                        "a": _fields(a, ti),
                        "b": _fields(b, tj),
                        "i": ti,
                        "j": tj,
                    }
                )
    return rows


def _edges(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Rows grouped by edge: gold flag, the highest `best` of its pairs, and whether one
    article of the cluster writes both figures of every pair (`one_article`)."""
    import re

    from quality_lib import MADEUP_GOLD, annotated_articles

    texts: dict[str, list[str]] = {}

    def has(text: str, figure: str) -> bool:
        pattern = r"(?<![\w.,])" + re.escape(figure) + r"(?![\w]|[.,]\d)"
        return re.search(pattern, text) is not None

    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        ev = r["event"]
        if ev not in texts:
            texts[ev] = [a.text for a in annotated_articles(ev, MADEUP_GOLD)]
        a, b = r["a"]["text"], r["b"]["text"]
        both = any(has(t, a) and has(t, b) for t in texts[ev])
        e = out.setdefault(
            (ev, r["edge"]),
            {"nogold": r["nogold"], "best": -1.0, "p": -1.0, "one_article": True},
        )
        e["best"] = max(e["best"], r["best"])
        e["p"] = max(e["p"], r.get("p", -1.0))
        e["one_article"] &= both
    return out


def _auc(pos: list[float], neg: list[float]) -> float:
    """The chance a positive's value is above a negative's (ties count half)."""
    wins = sum((x > y) + 0.5 * (x == y) for x in pos for y in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else float("nan")


def fit(labels_path: str, pairs_path: str) -> None:
    """The readings' likeness and the one-article flag on gold-backed edges (positives)
    against hand-read wrong ones (negatives): AUC and what a veto under each bar takes."""
    rows = [json.loads(line) for line in open(pairs_path, encoding="utf-8") if line[:1] == "{"]
    edges = _edges(rows)
    verdict: dict[tuple[str, str], str] = {}
    for line in open(labels_path, encoding="utf-8"):
        if line.startswith(("#", "cluster\t")) or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        verdict[(cols[0], cols[1])] = cols[2]
    pos = [e for k, e in edges.items() if not e["nogold"]]
    neg = [e for k, e in edges.items() if verdict.get(k) == "wrong"]
    real = [e for k, e in edges.items() if verdict.get(k) == "real"]
    print(f"edges: gold {len(pos)}, hand-read wrong {len(neg)}, hand-read real {len(real)}")
    auc = _auc([e["best"] for e in pos], [e["best"] for e in neg])
    print(f"readings' best likeness, AUC gold over wrong: {auc:.3f}")
    for bar in BARS:
        vp = sum(e["best"] < bar for e in pos)
        vn = sum(e["best"] < bar for e in neg)
        vr = sum(e["best"] < bar for e in real)
        print(f"  under {bar:.2f}: gold {vp}, wrong {vn}, real {vr}")
    auc = _auc([e["p"] for e in pos], [e["p"] for e in neg])
    print(f"shipped slot model's probability (highest of the edge's pairs), AUC: {auc:.3f}")
    one = [sum(e["one_article"] for e in group) for group in (pos, neg, real)]
    print(f"one article writes both figures: gold {one[0]}, wrong {one[1]}, real {one[2]}")


def main(argv: list[str] | None = None) -> int:
    from quality_lib import madeup, tunable

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--fit", metavar="LABELS", help="labels TSV; events = one pairs file")
    args = ap.parse_args(argv)
    if args.fit:
        fit(args.fit, args.events[0])
        return 0
    allowed = set(tunable(madeup()))
    names = args.events or sorted(allowed)
    refused = [n for n in names if n not in allowed]
    if refused:
        print(f"not a tunable made-up cluster: {', '.join(refused)}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    with Pool(2) as pool:
        for got in pool.imap(cluster_pairs, names, chunksize=1):
            for r in got:
                print(json.dumps(r), flush=True)
            rows += got
    tally: Counter[str] = Counter()
    for e in _edges(rows).values():
        key = "nogold" if e["nogold"] else "gold"
        tally[f"{key} edges"] += 1
        for bar in BARS:
            tally[f"{key} under {bar:.2f}"] += e["best"] < bar
    for key in sorted(tally):
        print(f"# {tally[key]:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
