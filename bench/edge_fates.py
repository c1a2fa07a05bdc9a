"""What became of the conflict edges across a missed dispute's sides (`missed_disputes.py
--causes`, the cause "conflict edge, no point"): the step of `verdicts._merge` step 5 that
dropped each, replayed on a merge's trace in the merge's order.

Each cross-side conflict edge (join edges left out) gets the first of: `self rebuttal`
(`verdicts._self_rebuttal`: every origin stating the negated side also states the other),
`no dispute` (`point_vetoes.no_dispute`: a demand against its unmet act, two acts' times),
`one voice` (`one_voice_points.one_voice_clash`), `earlier event or dated apart`
(`verdicts._earlier_event_side`, `background_sides.both_dated_apart`), `denial of another
fact` (`denial_scope.denial_misses_group`), `not among the best partners` (neither group
keeps the other among its `CONFLICT_PARTNERS` best conflicts, or only one does), else
`linked, point dropped later` (a fold, a background side, a side of one origin).
A dispute's fate is its most advanced edge's (the last step reached).
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext
from typing import Any

# the steps in the merge's order; a dispute is tallied by the furthest one an edge reached
STEPS = (
    "self rebuttal",
    "no dispute",
    "one voice",
    "earlier event or dated apart",
    "denial of another fact",
    "not among the best partners",
    "linked, point dropped later",
)


def _dropped(trace: Any, groups: list[list[Any]], group_of: dict[int, int], e: Any) -> str:
    """The filter of `verdicts._merge` that drops conflict edge `e`, or "" when it passes."""
    from consensus.merge.background_sides import both_dated_apart
    from consensus.merge.denial_scope import denial_misses_group
    from consensus.merge.one_voice_points import one_voice_clash
    from consensus.merge.point_vetoes import no_dispute
    from consensus.merge.verdicts import _dated, _earlier_event_side, _self_rebuttal

    feats = trace.feats
    gi, gj = group_of[e.i], group_of[e.j]
    a, b = feats[e.i], feats[e.j]
    if e.conflict.startswith("negation") and _self_rebuttal(groups, feats, e, gi, gj):
        return STEPS[0]
    if no_dispute(e.conflict, a.claim.statement, b.claim.statement):
        return STEPS[1]
    if one_voice_clash(e.conflict, a, b, (groups[gi], groups[gj])):
        return STEPS[2]
    if e.conflict.startswith("quantity") and (
        _earlier_event_side(groups, feats, e, gi, gj) or both_dated_apart(*_dated(a), *_dated(b))
    ):
        return STEPS[3]
    if e.conflict.startswith("polarity") and any(
        denial_misses_group(feats[x], feats[y], groups[g])
        for x, y, g in ((e.i, e.j, gj), (e.j, e.i, gi))
    ):
        return STEPS[4]
    return ""


def edge_fate(trace: Any, sides: list[set[int]]) -> str:
    """The furthest step (`STEPS`) a conflict edge across two of `sides` reached, with the
    conflict's kind ("quantity", "negation" ...); "" when no such edge."""
    from consensus.merge.speakers import speakers_in_scope
    from consensus.merge.tunables import CONFLICT_PARTNERS

    groups = [[trace.feats[m] for m in ms] for ms in trace.members]
    group_of = {m: g for g, ms in enumerate(trace.members) for m in ms}
    conflicts = [
        e
        for e in trace.edges
        if e.conflict and not e.conflict.startswith("join") and group_of[e.i] != group_of[e.j]
    ]
    cross = {
        (min(i, j), max(i, j))
        for x, si in enumerate(sides)
        for sj in sides[x + 1 :]
        for i in si
        for j in sj
        if i != j
    }
    best = -1
    kind = ""
    scope = speakers_in_scope(trace.speakers) if trace.speakers else nullcontext()
    with scope:
        ranked: dict[int, list[tuple[float, int]]] = defaultdict(list)
        fate: dict[tuple[int, int], int] = {}
        for e in conflicts:
            why = _dropped(trace, groups, group_of, e)
            q = (min(e.i, e.j), max(e.i, e.j))
            if why:
                if q in cross:
                    fate[q] = STEPS.index(why)
                continue
            gi, gj = group_of[e.i], group_of[e.j]
            ranked[gi].append((-e.score, gj))
            ranked[gj].append((-e.score, gi))
            if q in cross:
                fate[q] = -1  # (passed the filters: ranked below)
        top: dict[int, set[int]] = {}
        for g, cands in ranked.items():
            mine: list[int] = []
            for _, other in sorted(cands):
                if other not in mine:
                    mine.append(other)
                if len(mine) >= CONFLICT_PARTNERS:
                    break
            top[g] = set(mine)
        for e in conflicts:
            q = (min(e.i, e.j), max(e.i, e.j))
            if q not in fate:
                continue
            step = fate[q]
            if step < 0:
                gi, gj = group_of[e.i], group_of[e.j]
                mutual = gj in top.get(gi, set()) and gi in top.get(gj, set())
                step = STEPS.index(STEPS[6] if mutual else STEPS[5])
            if step > best:
                best, kind = step, e.conflict.split(":")[0].split(" ")[0]
    return f"{STEPS[best]} ({kind})" if best >= 0 else ""
