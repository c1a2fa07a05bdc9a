"""A clock-time conflict left out of every contested point: its group joins its partner's
point as a side of the time.

A conflict links two groups only when it is among each one's `CONFLICT_PARTNERS` best
(`verdicts._merge`). A group whose one conflict is a clock time ("It left the rails at
about 11:40 p.m.") against a group that also prints a disputed count ("Twenty-three cars of
the train left the tracks at around 11:20 p.m.") loses that ranking to the count's stronger
conflicts, and its dispute is lost: the time conflict is read whatever the pair's link
probability (`timed_rivals`), so its score is low. The group belongs in the partner's point,
as a side of the time: it joins that point, and the time is one more reason of the point,
whose other sides stay as its own conflicts show them (the point is not read as a point of
times: `verdicts._merge` keeps its figure sides).

Only a group in no point joins, by its best time conflict (highest score; ties: the lower
group) whose partner is in a point of figures or times (a conflict of a count or a clock
time inside it: a denial's point takes no time side this way); a pair of a retold earlier
event (`background`) never.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["LEFT_OUT_TIME", "left_out_times"]

LEFT_OUT_TIME = "time, left out"  # the kind of the link a joined group's time conflict makes


def left_out_times(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    conflicts: Iterable[tuple[float, int, int, str]],
    background: Mapping[tuple[int, int], int],
) -> tuple[dict[int, int], list[tuple[int, int, str, str]]]:
    """`point_of` (group -> point id, its lowest group) with each group in no point joined
    to the point of its best clock-time conflict's partner, and the links that join them
    ((group, group, `LEFT_OUT_TIME`, reason)). `links`: (group, group, kind, reason) as
    `_merge` makes them; `conflicts`: (score, group, group, reason) of every conflict edge
    between two groups that `_merge` ranked."""
    measured: set[int] = set()  # points with a conflict of a count or a clock time inside
    for gi, gj, _kind, why in links:
        root = point_of.get(gi)
        if (
            root is not None
            and point_of.get(gj) == root
            and why.startswith(("quantity ", "time: "))
        ):
            measured.add(root)
    best: dict[int, tuple[float, int, str]] = {}
    for score, gi, gj, why in conflicts:
        if not why.startswith("time: ") or (min(gi, gj), max(gi, gj)) in background:
            continue
        for g, other in ((gi, gj), (gj, gi)):
            if g in point_of or point_of.get(other) not in measured:
                continue
            if g not in best or (-score, other) < (-best[g][0], best[g][1]):
                best[g] = (score, other, why)
    out = dict(point_of)
    joins: list[tuple[int, int, str, str]] = []
    for g, (_score, other, why) in sorted(best.items()):
        out[g] = point_of[other]
        joins.append((min(g, other), max(g, other), LEFT_OUT_TIME, why))
    low: dict[int, int] = {}
    for g, r in out.items():
        low[r] = min(low.get(r, g), g)
    return {g: low[r] for g, r in out.items()}, joins
