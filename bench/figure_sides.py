"""Why a missed gold figure or update dispute forms no contested point: a figure-level cause.

For each named cluster (dev: bench/quality.py's pipeline with the shipped weights; made-up:
tests/data/madeup with its gold in tests/data/madeup_gold), every missed gold dispute of
kind "figure" or "update" is classed by its best cross-side pair of claims (one claim of
each side, two origins), the first that holds of:

- "figure not read": some side has no claim the figure reader finds a figure in;
- "edge, no point": a conflict edge joins two sides' claims, but no point shows both;
- "clash, vetoed": a pair whose figures clash (`PairContext.figure_relation`) links at the
  conflict bar were its figures equal, and a figure rule keeps it from an edge;
- "clash, below bar": a clashing pair scored, but below the conflict bar (p_even printed);
- "clash, no candidate": a clashing pair blocking and neighbours never compared;
- "one slot by words, no clash": a pair of figures of one unit with one counted noun or
  first slot word (by stem) whose values differ, that `figure_relation` does not call a
  clash (a bound, a rounding, an earlier value, another act ...);
- "other slots": every pair's figures are read into different slots.

Prints only short starts of statements (the dev texts belong to their publishers). Name
the clusters: a held-out cluster's lines are not to be read.

Usage: .venv/bin/python bench/figure_sides.py [-v] event ...
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_sides import cluster_and_gold, cross_origin_pairs, run_tally, side_claims
from missed_links import SHORT, traced_report
from quality_lib import Locator, score_report

from consensus.merge.compare import PairContext
from consensus.merge.compared_pairs import lexical_scores, views
from consensus.merge.link import _CLASH, _SAME_FIG, link_model
from consensus.merge.slots import _stem

ORDER = (
    "figure not read",
    "edge, no point",
    "clash, vetoed",
    "clash, below bar",
    "clash, no candidate",
    "one slot by words, no clash",
    "other slots",
)


def _words_one_slot(a: object, b: object) -> bool:
    ua, ub = getattr(a, "unit", ""), getattr(b, "unit", "")
    if ua != ub or getattr(a, "value", 0) == getattr(b, "value", 0):
        return False
    na = getattr(a, "head", "") or getattr(a, "noun", "")
    nb = getattr(b, "head", "") or getattr(b, "noun", "")
    if na and nb:
        return bool(_stem(na) == _stem(nb))
    sa, sb = getattr(a, "slot", ()), getattr(b, "slot", ())
    return bool(sa and sb and _stem(sa[0]) == _stem(sb[0]))


def classify(event: str, verbose: bool, tally: Counter[str]) -> None:
    articles, exp = cluster_and_gold(event)
    # the pairs and edges of the link step the trace's claims belong to (its last call): a
    # first call's (another batch of claims) numbered other claims, and read pairs that
    # were compared as never compared ("clash, no candidate")
    report, trace = traced_report(articles, None)
    model = link_model()
    fresh = PairContext(views(trace.feats), trace.vectors)
    missed = set(score_report(event, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    ctx = trace.ctx
    candidates = set(trace.pairs)
    conflicts = {
        (min(e.i, e.j), max(e.i, e.j))
        for e in trace.edges
        if e.conflict and not e.conflict.startswith("join")
    }
    for point in exp.get("contested", []):
        if point["id"] not in missed or point.get("kind") not in ("figure", "update"):
            continue
        sides = side_claims(point, loc, trace)
        found: set[str] = set()
        notes: list[str] = []
        if any(not any(ctx.figs[m] for m in s) for s in sides):
            found.add("figure not read")
        for i, j, q in cross_origin_pairs(sides, trace.feats):
            if q in conflicts:
                found.add("edge, no point")
            if not ctx.figs[i] or not ctx.figs[j]:
                continue
            same, clash = ctx.figure_relation(*q)
            if clash and not same:
                xe = fresh.features([q], lexical_scores(trace.feats, [q]))
                xe[:, _CLASH] = 0.0
                xe[:, _SAME_FIG] = 1.0
                pe = float(model.prob(xe)[0])
                if q not in candidates:
                    what = "clash, no candidate"
                elif pe >= model.threshold:
                    what = "clash, vetoed"
                else:
                    what = "clash, below bar"
                found.add(what)
                edge = "EDGE " if q in conflicts else ""
                notes.append(f"#{q[0]}-#{q[1]} {edge}{what} p_even={pe:.2f} {clash[:40]}")
            elif any(_words_one_slot(a, b) for a in ctx.figs[i] for b in ctx.figs[j]):
                found.add("one slot by words, no clash")
                notes.append(f"#{q[0]}-#{q[1]} words")
        what = next((w for w in ORDER if w in found), "other slots")
        tally[f"{what} | {point['kind']}"] += 1
        print(f"{event} {point['id']} ({point['kind']}): {what}")
        if verbose:
            for n, s in enumerate(sides):
                for m in sorted(s):
                    f = trace.feats[m]
                    figs = ", ".join(
                        f"{g.text}[{g.unit}/{g.head or g.noun}/{'.'.join(g.slot[:2])}]"
                        for g in ctx.figs[m]
                    )
                    print(
                        f"    side {n} #{m} {f.origin[:24]}: {f.claim.statement[:SHORT]!r} {figs}"
                    )
            for note in notes[:6]:
                print(f"      {note}")


def main(argv: Sequence[str] | None = None) -> int:
    return run_tally(argv, __doc__ or "", classify, "missed figure/update disputes by cause")


if __name__ == "__main__":
    sys.exit(main())
