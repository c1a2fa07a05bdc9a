"""Labelled compared pairs of the tunable clusters, for the under-bar dispute census.

For each cluster (made-up tunable clusters, or the events named), the merge is traced
(`missed_links.traced_report`) and every compared pair of two origins is labelled from the
gold: "dispute" (the two claims cover two sides of one contested point), "agreed" (both
cover one agreed fact), "distinct" (the two anchors of one gold distinct pair), else
"other". Written one JSON object a line (labelled pairs, and unlabelled ones that carry a
clash signal: opposite polarity, a negation word in exactly one, a figure clash): the
comparison columns, the link probability, the probability were the figures equal
(`link.link_edges`' p_even), the signals, and for dispute pairs whether the report missed
the point and `missed_disputes._cause` of the miss.

`--summary FILE` reads such a file instead and prints the census: for the best pair of each
missed dispute lost "below the threshold", the columns that push it under the bar (mean
weight x value against the linked agreed pairs'), by signal.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/underbar_pairs.py [--names a,b] > rows.jsonl
       .venv/bin/python bench/underbar_pairs.py --summary rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


# the slot values a conflict pair differs by design: figures, numerals, negation words
_NUMERALS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
    " eighty ninety hundred thousand million billion dozen dozens hundreds thousands"
    " millions billions percent per cent half"
).split()
_SLOT = re.compile(
    r"\b(?:\d[\d.,]*\w*|" + "|".join(_NUMERALS) + r")\b|\$|%|£|€",
    re.IGNORECASE,
)


def _masked(text: str) -> str:
    """`text` with its figures and negation words (the slot values) taken out."""
    from consensus.merge.denial_strength import _NEG_HINT

    return " ".join(_NEG_HINT.sub(" ", _SLOT.sub(" ", text)).split())


def _text_sim(a: str, b: str) -> float:
    from consensus.merge.score import _text_sim as sim

    return round(float(sim(a, b)), 4)


def _labelled(event: str) -> list[dict[str, Any]]:
    from missed_disputes import _cause, _cross_pairs, _surface
    from missed_links import covering, traced_report
    from quality_lib import (
        MADEUP_GOLD,
        Locator,
        annotated_articles,
        gold_origin_map,
        load_annotated_expectations,
        score_report,
    )

    from consensus.merge.compare import COMPARISONS
    from consensus.merge.link import link_model

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    model = link_model()
    score = score_report(event, exp, articles, report)
    missed = set(score.disputes_missed)
    loc = Locator({a.id: a for a in articles})
    origin = gold_origin_map(exp, [a.id for a in articles])

    def cover(anchors: dict[str, str]) -> set[int]:
        spans = {a: sp for a, t in anchors.items() if (sp := loc.span(a, t))}
        return {m for ms in covering(trace, spans).values() for m in ms}

    label: dict[tuple[int, int], tuple[str, str]] = {}
    point_of: dict[tuple[int, int], str] = {}
    cause_of: dict[str, str] = {}
    for point in exp.get("contested", []):
        sides = []
        for side in point["sides"]:
            anchors = dict(side["anchors"])
            for a, t in side.get("also", []):
                anchors.setdefault(a, t)
            sides.append(cover(anchors))
        if point["id"] in missed:
            cause_of[point["id"]] = _cause(trace, sides, model.threshold)
        for i, j in _cross_pairs(sides):
            q = (min(i, j), max(i, j))
            label[q] = ("dispute", point.get("kind", "?"))
            point_of[q] = point["id"]
    for fact in exp.get("agreed", []):
        ms = sorted(cover(dict(fact["anchors"])))
        for x, i in enumerate(ms):
            for j in ms[x + 1 :]:
                label.setdefault((i, j), ("agreed", ""))
    for d in exp.get("distinct", []):
        (a1, t1), (a2, t2) = d["anchors"][:2]
        for i in cover({a1: t1}):
            for j in cover({a2: t2}):
                if i != j:
                    label.setdefault((min(i, j), max(i, j)), ("distinct", ""))
    names = tuple(model.names)
    w = np.asarray(model.weights)
    clash_col, same_col = names.index("figure_clash"), names.index("figure_same")
    rows = []
    feats = trace.feats
    for r, (i, j) in enumerate(trace.pairs):
        if (i, j) not in trace.prob or feats[i].origin == feats[j].origin:
            continue
        if origin.get(feats[i].article) == origin.get(feats[j].article):
            continue
        lab, kind = label.get((i, j), ("other", ""))
        signals = _surface(trace, i, j)
        if lab == "other" and not signals:
            continue
        x = np.asarray(trace.x[r][: len(names)], dtype=float)
        x_even = x.copy()
        x_even[clash_col], x_even[same_col] = 0.0, 1.0
        point = point_of.get((i, j), "")
        rows.append(
            {
                "event": event,
                "i": i,
                "j": j,
                "label": lab,
                "kind": kind,
                "point": point,
                "missed": point in missed,
                "cause": cause_of.get(point, ""),
                "signals": signals,
                "p": float(trace.prob[(i, j)]),
                "p_raw": float(model.prob(x[None, :])[0]),
                "p_even": float(model.prob(x_even[None, :])[0]),
                "x": [round(float(v), 4) for v in x],
                "align": round(float(trace.x[r][COMPARISONS.index("align")]), 4),
                "text": _text_sim(feats[i].snorm, feats[j].snorm),
                "text_masked": _text_sim(_masked(feats[i].snorm), _masked(feats[j].snorm)),
                "a": feats[i].claim.statement[:70],
                "b": feats[j].claim.statement[:70],
            }
        )
    del w
    return rows


def _summary(path: str) -> None:
    from consensus.merge.link import link_model

    model = link_model()
    names = tuple(model.names)
    w = np.asarray(model.weights)
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    print(f"{len(rows)} rows; threshold {model.threshold}")
    print(Counter((r["label"], bool(r["signals"])) for r in rows))
    # the best cross-side pair of each missed dispute lost below the threshold
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        if r["label"] == "dispute" and r["cause"] == "scored below threshold":
            k = (r["event"], r["point"])
            if k not in best or r["p"] > best[k]["p"]:
                best[k] = r
    bar = model.threshold
    agreed = np.array([r["x"] for r in rows if r["label"] == "agreed" and r["p"] >= bar])
    ref = agreed.mean(axis=0) if len(agreed) else np.zeros(len(names))
    print(f"under-bar missed disputes: {len(best)} (linked agreed pairs: {len(agreed)})")
    by_sig: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in best.values():
        by_sig["+".join(sorted(r["signals"])) or "no signal"].append(r)
    print("signal | n | mean p | mean p_even | p_even >= bar | shortfall w*(agreed - pair)")
    for sig, rs in sorted(by_sig.items(), key=lambda t: -len(t[1])):
        xs = np.array([r["x"] for r in rs])
        short = w * (ref - xs.mean(axis=0))
        top = sorted(zip(short, names, strict=True), key=lambda t: -t[0])[:5]
        even = sum(r["p_even"] >= model.threshold for r in rs)
        print(
            f"  {sig:28s} {len(rs):3d}  {np.mean([r['p'] for r in rs]):.3f}"
            f"  {np.mean([r['p_even'] for r in rs]):.3f}  {even:3d}  "
            + " ".join(f"{n}={s:+.2f}" for s, n in top)
        )
    print("by kind:", Counter(r["kind"] for r in best.values()))
    bands = Counter(
        "<0.05" if r["p"] < 0.05 else "<0.1" if r["p"] < 0.1 else "<0.2" if r["p"] < 0.2 else "<bar"
        for r in best.values()
    )
    print("p bands:", dict(bands))
    if not best:
        return
    xs = np.array([r["x"] for r in best.values()])
    print("mean columns (under-bar best pairs vs linked agreed):")
    for n, a, b in zip(names, xs.mean(axis=0), ref, strict=True):
        print(f"  {n:14s} {a:.3f} {b:.3f}")


def _fit(path: str, folds: int = 5) -> None:
    """Can a conflict-or-not model tell the under-bar disputes from the other pairs of one
    clash signal? Per signal (figure clash, negation in one, opposite polarity): a logistic
    fit on that signal's pairs (label: the two claims are on two sides of one gold dispute)
    over the link columns, the link log-odds (p_even for a figure clash, the bar rule 3
    reads), the signal flags and, with `text_masked` rows, the statements' text similarity
    with figures and negation words taken out, minus the plain one; held out by cluster
    (`folds` folds). Printed: the pairs under the link bar a conflict probability cut would
    lift over it, dispute pairs (and their missed points) against the others, and what the
    plain lower bars 0.2 and 0.25 would lift."""
    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    model = link_model()
    bar = model.threshold
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    masked = all("text_masked" in r for r in rows)
    for sig in ("figure clash", "negation", "polarity"):
        rs = [r for r in rows if sig in r["signals"]]
        base = np.clip([r["p_even" if sig == "figure clash" else "p"] for r in rs], 1e-6, 1 - 1e-6)
        flags = [[s in r["signals"] for s in ("negation", "polarity", "figure clash")] for r in rs]
        cols = [np.array([r["x"] for r in rs]), np.log(base / (1 - base))[:, None], np.array(flags)]
        names = [*model.names, "logit", "negation", "polarity", "figure_clash_flag"]
        if all("align" in r for r in rs):
            cols.append(np.array([[r["align"]] for r in rs]))
            names.append("align")
        if masked:
            cols.append(np.array([[r["text_masked"] - r["text"]] for r in rs]))
            names.append("masked_gain")
        x = np.hstack(cols).astype(float)
        y = np.array([r["label"] == "dispute" for r in rs], dtype=float)
        event_fold = {e: k % folds for k, e in enumerate(sorted({r["event"] for r in rs}))}
        fold = np.array([event_fold[r["event"]] for r in rs])
        pc = np.zeros(len(rs))
        for k in range(folds):
            fitted = fit_logistic(x[fold != k], y[fold != k], names, l2=1.0)
            pc[fold == k] = fitted.prob(x[fold == k])
        below = base < bar
        print(
            f"{sig}: {len(rs)} pairs, {int(y.sum())} dispute pairs, {int(below.sum())} under the"
            f" bar of which {int((below & (y == 1)).sum())} dispute pairs"
        )

        def lifted(
            new: np.ndarray, what: str, rs: list[dict[str, Any]] = rs, y: np.ndarray = y
        ) -> None:
            pts = {
                (r["event"], r["point"]) for r, n in zip(rs, new, strict=True) if n and r["missed"]
            }
            print(
                f"  {what}: lifts {int((new & (y == 1)).sum())} dispute pairs ({len(pts)} missed"
                f" points), {int((new & (y == 0)).sum())} others"
            )

        for t in (0.3, 0.4, 0.5):
            lifted(below & (pc >= t), f"conflict p >= {t}")
        for t in (0.2, 0.25):
            lifted(below & (base >= t), f"link bar {t}")
            # the conflict model's top pairs under the bar, as many as that bar lifts
            budget = int((below & (base >= t)).sum())
            order = np.argsort(-np.where(below, pc, -1.0), kind="stable")[:budget]
            top = np.zeros(len(rs), dtype=bool)
            top[order] = True
            lifted(top & below, f"conflict model's top {budget} under the bar")
        if masked:
            gain = x[:, -1]
            for lab in (1.0, 0.0):
                g = gain[below & (y == lab)]
                print(
                    f"  masked_gain under the bar, {'disputes' if lab else 'others'}: "
                    f"mean {g.mean():+.4f}, > 0.05 in {int((g > 0.05).sum())}/{len(g)}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", default="")
    ap.add_argument("--summary", default="")
    ap.add_argument("--fit", default="", help="rows file: the held-out conflict-model test")
    args = ap.parse_args(argv)
    if args.fit:
        _fit(args.fit)
        return 0
    if args.summary:
        _summary(args.summary)
        return 0
    from quality_lib import madeup, tunable

    events = args.names.split(",") if args.names else tunable(madeup())
    for event in events:
        for row in _labelled(event):
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
