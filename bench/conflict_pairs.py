"""A conflict model measured, not shipped (session 39): can pairs of claims the link model
scores low be told to contest one proposition, worded apart, from cheap comparisons?

Usage: PYTHONPATH=.:tests .venv/bin/python bench/conflict_pairs.py [--rows PATH]
       [--precision 0.8] [--l2 1.0] [--jobs 2] [--threshold T] [--write PATH]

Blocking: each claim's `CONFLICT_NEIGHBOURS` nearest statements of other origins by vector
(cosine >= `CONFLICT_FLOOR`, `consensus.merge.neighbours.neighbour_codes`: bounded,
near-linear). Comparisons (`conflict_row`, each read from the two claims alone, in `COLUMNS`
order): one side negates or denies and the other states; opposite polarity; shared entities
(Jaccard); shared content words (Dice, and their count); the same lead predicate; the
statement cosine; two named speakers that do not speak for each other; one unit given two
disjoint figures; the products of the negation, the figure clash and the two voices with
the content Dice; a word the negation scopes (the next three words) the other states. The
model reads only pairs one side of which negates (the rebuttals worded apart the session 38
census counted).

For every tunable made-up cluster (tests/data/madeup_gold; never a held-out one): the
report as bench/quality.py builds it, traced (bench/missed_links.py), and the candidate
pairs of claims in two groups with their rows. A claim is on a side of a gold contested
point when one of its citations overlaps an anchor of that side. Labels: 1, the two claims
are on two different sides of one gold point (neither on both); 0, every other candidate
pair (agreed pairs, look-alikes, unrelated claims).

Prints leave-one-cluster-out figures (each cluster scored by a logistic regression fitted
on the others) at each threshold: pairs flagged, precision, recall, and the gold disputes
the report misses with a flagged pair across their sides; the lowest threshold whose
pooled precision is >= `--precision`; the weights fitted on all clusters (`--write PATH`
writes them as JSON). `--rows PATH` caches the labelled rows so a re-fit needs no merge.

Session 39's reading (153 tunable clusters): 7,361 pairs one side of which negates, 223 on
two sides of a gold point; leave-one-cluster-out precision never reaches 0.45 at a
threshold that flags more than 7 pairs (0.10: 441 flagged, precision 0.18, recall 0.35;
0.20: 113, 0.23, 0.12; 0.30: 38, 0.26, 0.05; with the negation's scope column, 0.15:
254, 0.24, 0.28, and 0.30 at most over 37 pairs). Hooked into step 5 as a rebuttal link
between groups no other conflict links (the best pair of each), at 0.20: disputes 442,
no-gold 81 -> 83, agreed 2054 -> 2052; at 0.12: disputes 443, no-gold 87, agreed 2051.
Not shipped: the cheap comparisons do not tell a rebuttal worded apart from a neighbour's
negated remark on another thing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from missed_links import covering, traced_report  # noqa: E402
from quality_lib import (  # noqa: E402
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

from consensus.merge.denial_strength import _NEG_HINT  # noqa: E402
from consensus.merge.features import _concept, _Feat, _speakers_compatible  # noqa: E402
from consensus.merge.neighbours import neighbour_codes  # noqa: E402
from consensus.models import Polarity  # noqa: E402

CONFLICT_NEIGHBOURS = 5  # nearest statements of other origins a claim is compared with
CONFLICT_FLOOR = 0.3  # ... at this cosine at least

COLUMNS = (
    "negation_apart",  # one negates or denies, the other states
    "polarity_apart",  # opposite polarity
    "entities_shared",  # Jaccard of the entities
    "content_dice",  # Dice of the content words
    "lead_same",  # the same lead predicate
    "cosine",  # statement cosine
    "speakers_apart",  # two named speakers that do not speak for each other
    "figure_clash",  # one unit given two disjoint sets of figures
    "shared_words",  # content words in common (count, at most 6, / 6)
    "negation_meets",  # negation_apart x content_dice: one negates what the other states
    "clash_meets",  # figure_clash x content_dice
    "voices_meet",  # speakers_apart x content_dice: two parties on one thing
    "both_named",  # both claims have a named speaker
    "negated_shared",  # a word the negation scopes (next 3 words) is a content word of the other
)


def negates(f: _Feat) -> bool:
    """Whether a claim denies or states a negation ("was not", "no", "never")."""
    return f.claim.polarity == Polarity.denies or bool(_NEG_HINT.search(f.claim.statement))


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def negated_words(f: _Feat) -> frozenset[str]:
    """The concepts of the (up to) three words after each negation cue of a statement."""
    text = f.claim.statement
    out: set[str] = set()
    for m in _NEG_HINT.finditer(text):
        for w in _WORD.findall(text[m.end() :])[:3]:
            if c := _concept(w.casefold()):
                out.add(c)
    return frozenset(out)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _figure_clash(a: _Feat, b: _Feat) -> bool:
    return any(u in b.quantities and not (v & b.quantities[u]) for u, v in a.quantities.items())


def conflict_row(a: _Feat, b: _Feat, cosine: float) -> list[float]:
    """The comparison levels of a pair, in `COLUMNS` order."""
    apart = a.speaker is not None and b.speaker is not None
    neg = float(negates(a) != negates(b))
    dice = _dice(a.content, b.content)
    clash = float(_figure_clash(a, b))
    voices = float(apart and not _speakers_compatible(a.speaker, b.speaker))
    return [
        neg,
        float(a.claim.polarity != b.claim.polarity),
        _jaccard(a.entities, b.entities),
        dice,
        float(a.lead is not None and a.lead == b.lead),
        cosine,
        voices,
        clash,
        min(len(a.content & b.content), 6) / 6,
        neg * dice,
        clash * dice,
        voices * dice,
        float(apart),
        float(bool((negated_words(a) & b.content) or (negated_words(b) & a.content))),
    ]


def conflict_pairs(feats: Sequence[_Feat], mat: np.ndarray) -> list[tuple[int, int, float]]:
    """Candidate pairs (i < j, by position in `feats`) with their cosine: each claim's
    `CONFLICT_NEIGHBOURS` nearest of other origins at >= `CONFLICT_FLOOR` (`mat`: unit rows)."""
    if len(feats) < 2:
        return []
    origins = [f.origin or f.article for f in feats]
    codes = neighbour_codes(mat, origins, CONFLICT_NEIGHBOURS, CONFLICT_FLOOR)
    n = len(feats)
    out = []
    for code in codes.tolist():
        i, j = divmod(int(code), n)
        out.append((i, j, float(mat[i] @ mat[j])))
    return out


def cluster_rows(name: str) -> list[dict[str, Any]]:
    """The labelled candidate pairs of one cluster."""
    articles = annotated_articles(name, MADEUP_GOLD)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(name, exp, articles, report)
    missed = set(score.disputes_missed)
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats
    side_of: dict[int, set[tuple[str, int]]] = {}
    for point in exp.get("contested", []):
        for n, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            for ms in covering(trace, anchors).values():
                for m in ms:
                    side_of.setdefault(m, set()).add((point["id"], n))
    mat = trace.vectors.matrix([f.claim.statement for f in feats])
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    rows = []
    for i, j, cos in conflict_pairs(feats, mat):
        si, sj = side_of.get(i, set()), side_of.get(j, set())
        points = {p for p, _ in si} & {p for p, _ in sj}
        # (on two sides of one point, and neither claim on a side of the other's)
        opposite = sorted(
            p for p in points if not {n for q, n in si if q == p} & {n for q, n in sj if q == p}
        )
        rows.append(
            {
                "cluster": name,
                "i": i,
                "j": j,
                "same_group": group.get(i) == group.get(j),
                "x": conflict_row(feats[i], feats[j], cos),
                "y": int(bool(opposite)),
                "point": opposite[0] if opposite else "",
                "missed": bool(opposite) and opposite[0] in missed,
                "prob": trace.prob.get((i, j), -1.0),
                "texts": [feats[i].claim.statement[:90], feats[j].claim.statement[:90]],
            }
        )
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton steps; (weights, bias)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        g = xb.T @ (p - y) + pen * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", type=Path, help="write the weights fitted on all clusters here")
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--precision", type=float, default=0.8)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--threshold", type=float, help="write this threshold, not the chosen one")
    args = ap.parse_args(argv)
    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        names = tunable(madeup())
        with Pool(args.jobs) as pool:
            rows = [r for rs in pool.map(cluster_rows, names) for r in rs]
        if args.rows:
            args.rows.write_text(json.dumps(rows), encoding="utf-8")
    # (a group is never its own rival; the model reads only pairs one side of which negates)
    rows = [r for r in rows if not r["same_group"] and r["x"][0] == 1.0]
    clusters = sorted({r["cluster"] for r in rows})
    x = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows], dtype=float)
    cl = np.array([r["cluster"] for r in rows])
    print(f"{len(rows)} pairs, {int(y.sum())} positive, {len(clusters)} clusters")
    loco = np.zeros(len(rows))
    for c in clusters:
        test = cl == c
        w, b = fit(x[~test], y[~test], args.l2)
        loco[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w + b)))
    chosen = None
    for t in np.arange(0.05, 0.96, 0.05):
        flag = loco >= t
        tp = int((flag & (y == 1)).sum())
        fp = int((flag & (y == 0)).sum())
        prec = tp / (tp + fp) if tp + fp else 1.0
        found = {
            (r["cluster"], r["point"]) for r, f in zip(rows, flag, strict=True) if f and r["missed"]
        }
        print(
            f"t={t:.2f} flagged {tp + fp} precision {prec:.3f}"
            f" recall {tp / max(y.sum(), 1):.3f} missed disputes reached {len(found)}"
        )
        if chosen is None and tp + fp and prec >= args.precision:
            chosen = round(float(t), 2)
    w, b = fit(x, y, args.l2)
    print(
        "weights:",
        {c: round(float(v), 3) for c, v in zip(COLUMNS, w, strict=True)},
        "bias",
        round(b, 3),
    )
    print("threshold", chosen)
    if args.write:
        out = {
            "meta": {
                "fitted_by": "bench/conflict_pairs.py",
                "clusters": len(clusters),
                "pairs": len(rows),
                "positives": int(y.sum()),
                "l2": args.l2,
                "precision_at_least": args.precision,
            },
            "weights": {c: round(float(v), 6) for c, v in zip(COLUMNS, w, strict=True)},
            "bias": round(b, 6),
            "threshold": args.threshold if args.threshold is not None else (chosen or 1.0),
        }
        args.write.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
