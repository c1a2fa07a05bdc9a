"""Compared cross-origin pairs of gold disputes against gold agreed facts, with what the
merger knew of each pair: can a plain-account reading (two parties, one act, no negation)
tell the two apart?

For each tunable made-up cluster named (all when none), every compared pair (a link
probability in the merge trace) of claims from two gold origins is labelled:

  dispute   one claim covers one side of a gold contested point, the other another side
  agreed    both cover the anchors of one gold agreed fact

and written as one TSV row: cluster, label, gold kind ('-' for agreed), p (link
probability), cos (statement vector cosine), spk (0 no speaker on one side, 1 both named
and compatible, 2 both named and incompatible: `features._speakers_compatible`), neg (how
many of the two have a negation word, `denial_strength._Negations`), lead (1 when the lead
predicates are one concept), share (Jaccard of the two content concept sets), mention
(how many of the two statements name the other's speaker: a word of over three letters of
it), dated (1 when both give a date or day and they differ), marked (how many of the two
hold a contrast or contention marker in the statement or its quotes: `_MARKS`), and the two
statements' short starts. With `--others`, every other compared cross-origin pair whose
speakers are both named and incompatible and that has no negation word (the plain-account
cell: spk 2, neg 0) is written too, labelled `other` (the gold is silent on it: a conflict
edge there would be a point without gold).

Reads nothing of the clusters in HELD_OUT.txt. Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/account_pairs.py [--others] [cluster ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    gold_origin_map,
    load_annotated_expectations,
    madeup,
    tunable,
)


def _claims(trace: Any, loc: Locator, anchors: Any, also: Sequence[Any] = ()) -> set[int]:
    """The claims covering the located anchors (a dict article -> text, or a list of
    (article, text) pairs), then `also` where an article has no anchor yet."""
    pairs = list(anchors.items()) if isinstance(anchors, dict) else [tuple(x) for x in anchors]
    spans: dict[str, tuple[int, int]] = {}
    for a, t in [*pairs, *also]:
        if sp := loc.span(a, t):
            spans.setdefault(a, sp)
    return {m for ms in covering(trace, spans).values() for m in ms}


def _names(speaker: str | None, other: Any) -> int:
    """1 when `other`'s statement names a word of `speaker` (beyond short function words),
    or its own speaker is `speaker`'s party by name."""
    if not speaker:
        return 0
    words = {w for w in speaker.lower().split() if len(w) > 3}
    said = set(other.claim.statement.lower().replace("'s", " ").split())
    return int(bool(words & said))


# contrast and contention markers (closed classes: conjunctions, adverbs, speech verbs of
# dispute, reflexives that set one agent against another: "closed it ourselves")
_MARKS = frozenset(
    "but however instead whereas although insist insists insisted maintain maintains "
    "maintained dispute disputes disputed disagree disagrees disagreed contrary version "
    "itself ourselves themselves himself herself own blame blames blamed accuse accuses "
    "accused".split()
)


def _marked(f: Any) -> int:
    """1 when the claim's statement or its quotes hold a contrast or contention marker."""
    text = " ".join([f.claim.statement, *(c.quote for c in f.citations)]).lower()
    return int(bool(_MARKS & set(re.findall(r"[a-z]+", text))))


def pair_row(trace: Any, i: int, j: int, p: float) -> dict[str, Any]:
    """The pair's columns (see the module docstring)."""
    import numpy as np

    from consensus.merge.denial_strength import _Negations
    from consensus.merge.features import _speakers_compatible

    a, b = trace.feats[i], trace.feats[j]
    negs = _Negations([a, b])
    if not a.speaker or not b.speaker:
        spk = 0
    else:
        index = trace.speakers
        ok = index.compatible if index is not None else _speakers_compatible
        spk = 1 if ok(a.speaker, b.speaker) else 2
    va = trace.vectors.get(a.claim.statement) if trace.vectors is not None else None
    vb = trace.vectors.get(b.claim.statement) if trace.vectors is not None else None
    cos = float(np.dot(va, vb)) if va is not None and vb is not None else 0.0
    union = a.content | b.content
    share = len(a.content & b.content) / len(union) if union else 0.0
    return {
        "mention": _names(a.speaker, b) + _names(b.speaker, a),
        "dated": int(
            bool(a.date or a.day) and bool(b.date or b.day) and (a.date, a.day) != (b.date, b.day)
        ),
        "marked": _marked(a) + _marked(b),
        "p": p,
        "cos": cos,
        "spk": spk,
        "neg": int(bool(negs.hinted[0])) + int(bool(negs.hinted[1])),
        "lead": int(bool(a.lead) and a.lead == b.lead),
        "share": share,
        "a": a.claim.statement[:SHORT],
        "b": b.claim.statement[:SHORT],
    }


def read_cluster(event: str, others: bool = False) -> list[dict[str, Any]]:
    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    _, trace = traced_report(articles, None)
    loc = Locator({a.id: a for a in articles})
    origin = gold_origin_map(exp, [a.id for a in articles])
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()

    def add(si: set[int], sj: set[int], label: str, kind: str) -> None:
        for i in si:
            for j in sj:
                q = (min(i, j), max(i, j))
                fi, fj = trace.feats[i], trace.feats[j]
                if i == j or q in seen or origin.get(fi.article) == origin.get(fj.article):
                    continue
                p = trace.prob.get(q)
                if p is None:
                    continue
                seen.add(q)
                row = pair_row(trace, *q, p)
                row.update(cluster=event, label=label, kind=kind)
                rows.append(row)

    for point in exp.get("contested", []):
        sides = [_claims(trace, loc, s["anchors"], s.get("also", [])) for s in point["sides"]]
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                add(si, sj, "dispute", point.get("kind", "?"))
    for fact in exp.get("agreed", []):
        ms = _claims(trace, loc, fact["anchors"])
        add(ms, ms, "agreed", "-")
    if others:
        for q, p in sorted(trace.prob.items()):
            fi, fj = trace.feats[q[0]], trace.feats[q[1]]
            if q in seen or origin.get(fi.article) == origin.get(fj.article):
                continue
            row = pair_row(trace, *q, p)
            if row["spk"] == 2 and row["neg"] == 0:
                row.update(cluster=event, label="other", kind="-")
                rows.append(row)
    return rows


COLS = (
    "cluster",
    "label",
    "kind",
    "p",
    "cos",
    "spk",
    "neg",
    "lead",
    "share",
    "mention",
    "dated",
    "marked",
    "a",
    "b",
)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--others", action="store_true")
    ap.add_argument("events", nargs="*")
    args = ap.parse_args(argv)
    names = args.events or tunable(madeup())
    for event in names:
        for row in read_cluster(event, args.others):
            out = [f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in COLS]
            print("\t".join(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
