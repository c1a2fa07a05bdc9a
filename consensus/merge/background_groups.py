"""A group that retells an earlier event is no side of today's point.

News sets a story against an earlier one: "In April 2023, 14 cars of an Ironvale train
derailed near Carrow Junction", "since March 2023, when a faulty update at another operator
cut off about 2.1 million customers", "in 2014, when two paintings were taken". The link
rules keep such a statement from a figure of today (`link`: a past statement that tells an
earlier event), but another outlet often retells the same background without its year
("The crash comes two years after an Ironvale derailment at Carrow Junction, where 14 cars
left the tracks"; "Kestrel Mobile's network failed after an update and about 2.1 million
customers lost service"), joins the dated statement's group, and its figure then clashed
with today's ("14 cars" against "Twenty-three cars"): the whole background group became a
side of today's point.

`background_group` reads a figure conflict between two groups: when one group has a member
that tells an earlier event (`periods.tells_earlier_event`, in a statement `_Feat.past`
names as long before publication) and places a figure in that year (`Figure.when`), the
figure of that group's claim the conflict names has that value, and the other group places
no figure so, the first group retells the earlier event. `without_background` then takes
such a group out of its point when every link it has there is such a conflict. Points
still grow from the same links (`disputes._points`: dropping the conflict before they grow
moved a group with today's figures into another point and lost a dispute); the background
group is only no side (`verdicts`). "Its $38 billion bid in October 2016" for a deal still
pending tells no earlier event and stays a side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.figures import figures
from consensus.merge.periods import tells_earlier_event
from consensus.merge.score import _Edge

__all__ = ["background_group", "background_values", "without_background"]


def background_values(group: Sequence[_Feat]) -> set[float]:
    """The values of the figures a group's members place in an earlier event's year: a
    member long before publication (`_Feat.past`) that tells an earlier event
    (`tells_earlier_event`) and whose figure's clause gives a year (`Figure.when`, "in
    2014, when two paintings were taken" -> two)."""
    dated = {
        f.value
        for m in group
        if m.past and tells_earlier_event(m.claim.statement)
        for f in figures(m.claim.statement)
        if f.when.isdigit() and f.value is not None
    }
    # ... and every figure of a member its sentence's head sets in another occurrence ("A
    # smaller landslide destroyed two houses ..., killing two people": `occurrences`)
    return dated | {
        f.value for m in group if m.scope for f in figures(m.claim.statement) if f.value is not None
    }


def background_group(
    groups: Sequence[Sequence[_Feat]], feats: Sequence[_Feat], edge: _Edge, gi: int, gj: int
) -> int | None:
    """The group of `gi` and `gj` that the figure conflict `edge` sets as a retold earlier
    event against today's: every figure of its claim that the conflict names has a value
    that group places in an earlier year, and the other group places none (module
    docstring); None when neither is."""
    texts = _clashed_texts(edge.conflict)
    for g, x, other in ((gi, edge.i, gj), (gj, edge.j, gi)):
        told = background_values(groups[g])
        if not told or background_values(groups[other]) or _retells(groups[other], groups[g]):
            continue
        clashed = {f.value for f in figures(feats[x].claim.statement) if f.text in texts}
        if clashed and clashed <= told:
            return g
    return None


def _retells(group: Sequence[_Feat], background: Sequence[_Feat]) -> bool:
    """Whether a member of `group` names a name or year that marks another occurrence a
    member of `background` tells (`_Feat.scope_marks`: "In Ferrow, 31 children fell ill"
    against "In a separate case, 26 children ... in the northern town of Ferrow fell ill"):
    the two retell one other occurrence, and their figures dispute it."""
    marks = frozenset().union(*(m.scope_marks for m in background if m.scope))
    return any(m.scope_marks & marks for m in group)


def without_background(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    background: Mapping[tuple[int, int], int],
) -> dict[int, int]:
    """`point_of` without the groups whose every link inside their point is a figure
    conflict that sets them as a retold earlier event (`background`: the pair's background
    group, by `background_group`). Points grow as before (their hubs are the same); the
    background group is only no side of today's point."""
    inside: dict[int, list[bool]] = {}
    for gi, gj, _kind, _why in links:
        root = point_of.get(gi)
        if root is None or point_of.get(gj) != root:
            continue
        back = background.get((min(gi, gj), max(gi, gj)))
        for g in (gi, gj):
            inside.setdefault(g, []).append(back == g)
    drop = {g for g, marks in inside.items() if marks and all(marks)}
    return {g: root for g, root in point_of.items() if g not in drop}


# "quantity car: 14 vs Twenty-three; passenger: 300 vs 350": each clash's two figure texts
_CLASH = re.compile(r"(?:^quantity |; )[^:;]+: (?P<a>[^;]+?) vs (?P<b>[^;]+?)(?=;|$)")


def _clashed_texts(conflict: str) -> set[str]:
    """The figure texts (as written) a quantity conflict names (`link`: "quantity " and
    `compare.figure_relation`'s clashes)."""
    return {t for m in _CLASH.finditer(conflict) for t in (m.group("a"), m.group("b"))}
