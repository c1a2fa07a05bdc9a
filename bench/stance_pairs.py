"""Labelled claim pairs for a CONFLICT model ("same matter, incompatible stance"), apart from
the link model ("same fact"): does a small logistic model on pair columns tell the two sides
of a gold dispute from every other pair of two origins' claims?

For each cluster named (all tunable made-up clusters when none; dev events by name), the
report is built as bench/quality.py builds it (`missed_links.traced_report`) and every
COMPARED pair (a link probability in the merge trace: blocking is not where disputes are lost,
neverpaired58) of claims from two gold origins is labelled:

  pos       one claim covers one side of a gold contested point, the other another side
  agreed    both cover the anchors of one gold agreed fact (a negative)
  side      both cover one side of one point (a negative)
  alike     the two anchors of a gold look-alike ("distinct") entry (a negative)
  other     any other pair (a negative; a conflict edge there is a point without gold)

Columns (one TSV row a pair; `COLS`):
  "same matter": p (link probability), cos (statement vector cosine), cosc (cosine of the
  offline model's vectors of the two content-concept sets: the statements without their
  speech frames and names), share (Jaccard of the
  content concepts), rare (IDF-weighted share of the content concepts, IDF over the cluster's
  claims: shared rare words), ents (Jaccard of the named things), lead (one lead predicate),
  unit (both give a figure of one unit);
  "opposed stance": spk (both speakers named and incompatible), negx (exactly one negates,
  `denial_strength._Negations`), deny (how many of the two hold a denial/rebuttal word, a
  closed class of speech verbs and verdict adjectives), contra (how many hold a contrast
  conjunction or open on "but"), figx (a unit both give with no value in common), dated (two
  different calendar dates), medium (a news medium speaks one side);
  and edge (1 when the merger already made a conflict edge of the pair), kind and point (the
  gold point's kind and id, '-' for a negative), the statements' short starts.

Reads nothing of the clusters in HELD_OUT.txt. Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/stance_pairs.py [cluster ...] > pairs.tsv
Fit and figures: bench/stance_fit.py. Session 39's `conflict_pairs.py` read only pairs one side
of which negates, over nearest-neighbour candidates; this reads every compared pair.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from account_pairs import _claims
from missed_links import SHORT, traced_report
from quality_lib import Locator, gold_cluster, gold_origin_map, madeup, tunable

# closed class: speech verbs of denial and rebuttal, and verdict adjectives on a claim
_DENY = frozenset(
    "deny denies denied denial reject rejects rejected dispute disputes disputed refute "
    "refutes refuted rebut rebuts rebutted contest contests contested insist insists "
    "insisted maintain maintains maintained false untrue wrong incorrect inaccurate "
    "misleading baseless".split()
)
# closed class: contrast conjunctions and adverbs
_CONTRA = frozenset("but however instead whereas although though yet nevertheless".split())
_WORD = re.compile(r"[a-z]+")


def _words(f: Any) -> set[str]:
    text = " ".join([f.claim.statement, *(c.quote for c in f.citations)]).lower()
    return set(_WORD.findall(text))


def _jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def pair_row(
    trace: Any, i: int, j: int, p: float, idf: dict[str, float], bare: Any = None
) -> dict[str, Any]:
    """The pair's columns (see the module docstring)."""
    import numpy as np

    from consensus.merge.denial_strength import _Negations
    from consensus.merge.features import _speakers_compatible

    a, b = trace.feats[i], trace.feats[j]
    negs = _Negations([a, b])
    spk = 0
    if a.speaker and b.speaker:
        index = trace.speakers
        ok = index.compatible if index is not None else _speakers_compatible
        spk = int(not ok(a.speaker, b.speaker))
    va = trace.vectors.get(a.claim.statement) if trace.vectors is not None else None
    vb = trace.vectors.get(b.claim.statement) if trace.vectors is not None else None
    cos = float(np.dot(va, vb)) if va is not None and vb is not None else 0.0
    wa = sum(idf.get(c, 0.0) for c in a.content)
    wb = sum(idf.get(c, 0.0) for c in b.content)
    shared = sum(idf.get(c, 0.0) for c in a.content & b.content)
    units = set(a.quantities) & set(b.quantities)
    words_a, words_b = _words(a), _words(b)
    return {
        "p": p,
        "cos": cos,
        "cosc": float(np.dot(bare[i], bare[j])) if bare is not None else 0.0,
        "share": _jaccard(a.content, b.content),
        "rare": shared / min(wa, wb) if min(wa, wb) > 0 else 0.0,
        "ents": _jaccard(a.entities, b.entities),
        "lead": int(bool(a.lead) and a.lead == b.lead),
        "unit": int(bool(units)),
        "spk": spk,
        "negx": int(bool(negs.hinted[0]) != bool(negs.hinted[1])),
        "deny": int(bool(_DENY & words_a)) + int(bool(_DENY & words_b)),
        "contra": int(bool(_CONTRA & words_a) or a.after_but)
        + int(bool(_CONTRA & words_b) or b.after_but),
        "figx": int(any(not (a.quantities[u] & b.quantities[u]) for u in units)),
        "dated": int(
            bool(a.date or a.day) and bool(b.date or b.day) and (a.date, a.day) != (b.date, b.day)
        ),
        "medium": int(a.medium or b.medium),
        "a": a.claim.statement[:SHORT],
        "b": b.claim.statement[:SHORT],
    }


def read_cluster(event: str) -> list[dict[str, Any]]:
    articles, exp = gold_cluster(event)
    _, trace = traced_report(articles, None)
    loc = Locator({a.id: a for a in articles})
    origin = gold_origin_map(exp, [a.id for a in articles])
    df: Counter[str] = Counter(c for f in trace.feats for c in f.content)
    n = max(1, len(trace.feats))
    idf = {c: math.log(n / k) for c, k in df.items()}
    # each statement's content concepts alone (no speech frame, no names), embedded by the
    # offline static model: the "same matter" likeness without "X said" and who says it
    from consensus.vectors import offline_embed

    bare = offline_embed([" ".join(sorted(f.content)) or "-" for f in trace.feats])
    label: dict[tuple[int, int], tuple[str, str, str]] = {}

    def mark(si: set[int], sj: set[int], name: str, kind: str, point: str = "-") -> None:
        for i in si:
            for j in sj:
                if i != j:
                    q = (min(i, j), max(i, j))
                    if name == "pos" or q not in label:
                        label[q] = (name, kind, point)

    for fact in exp.get("agreed", []):
        ms = _claims(trace, loc, fact["anchors"])
        mark(ms, ms, "agreed", "-")
    for entry in exp.get("distinct", []):
        ends = [_claims(trace, loc, [tuple(x)]) for x in entry.get("anchors", [])]
        for x, si in enumerate(ends):
            for sj in ends[x + 1 :]:
                mark(si, sj, "alike", "-")
    for point in exp.get("contested", []):
        sides = [_claims(trace, loc, s["anchors"], s.get("also", [])) for s in point["sides"]]
        for s in sides:
            mark(s, s, "side", "-")
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                mark(si, sj, "pos", point.get("kind", "?"), str(point.get("id", "?")))
    edges = {
        (min(e.i, e.j), max(e.i, e.j))
        for e in trace.edges
        if e.conflict and not e.conflict.startswith("join")
    }
    rows: list[dict[str, Any]] = []
    for q, p in sorted(trace.prob.items()):
        fi, fj = trace.feats[q[0]], trace.feats[q[1]]
        if fi.article == fj.article or origin.get(fi.article) == origin.get(fj.article):
            continue
        name, kind, point = label.get(q, ("other", "-", "-"))
        row = pair_row(trace, *q, p, idf, bare)
        row.update(cluster=event, label=name, kind=kind, point=point, edge=int(q in edges))
        rows.append(row)
    return rows


COLS = (
    "cluster",
    "label",
    "kind",
    "point",
    "edge",
    "p",
    "cos",
    "cosc",
    "share",
    "rare",
    "ents",
    "lead",
    "unit",
    "spk",
    "negx",
    "deny",
    "contra",
    "figx",
    "dated",
    "medium",
    "a",
    "b",
)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events", nargs="*")
    args = ap.parse_args(argv)
    names = args.events or tunable(madeup())
    print("\t".join(COLS))
    for event in names:
        for row in read_cluster(event):
            out = [f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in COLS]
            print("\t".join(out).replace("\n", " "), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
