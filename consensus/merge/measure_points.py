"""The contested points of measures given differently across the batch (pipeline step 5c,
`measures.measure_disputes`): a side per value, its members the claims that give it. The
claims stay in the items they are in; the point shows the measure apart.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.items import _digest
from consensus.merge.measures import measure_disputes
from consensus.merge.positions import _position
from consensus.merge.timing import timed
from consensus.models import ContestedItem, DisputedFigure, DisputedSlot, Polarity

__all__ = ["MEASURE_NAMES", "measure_points"]

# what a measure of each dimension is called in a slot's name ("crane weight", "speed")
_DIMENSION = {
    "mass": "weight",
    "length": "length",
    "height": "height",
    "width": "width",
    "depth": "depth",
    "speed": "speed",
    "size": "size",
}
MEASURE_NAMES = frozenset(_DIMENSION.values())


def measure_points(
    groups: Sequence[Sequence[_Feat]],
    contested: Sequence[ContestedItem],
    published: Mapping[str, dt.date | None],
) -> list[ContestedItem]:
    """A point for each measure of one thing the claims of `groups` give differently,
    unless a point of `contested` already shows its sides apart (each side's citations on
    one side of that point, the sides on different ones). Every group's claims are read (a
    claim on a side of another point may give a measure too), in canonical order."""
    feats = sorted((f for ms in groups for f in ms), key=lambda f: f.pos)
    found = measure_disputes(
        [f.claim.statement for f in feats],
        [f.article for f in feats],
        [f.origin for f in feats],
    )
    out: list[ContestedItem] = []
    for sides, what, dim, texts in found:
        members = [[feats[k] for k in side] for side in sides]
        if _shown(members, contested):
            continue
        out.append(_point(members, what, _DIMENSION.get(dim, dim), texts, published))
    return out


def _shown(members: Sequence[Sequence[_Feat]], contested: Sequence[ContestedItem]) -> bool:
    """Some point already shows each side's claims on a side of its own."""
    for point in contested:
        side_of = {
            (c.article, c.start, c.end): n
            for n, p in enumerate(point.positions)
            for c in p.citations
        }
        places = []
        for side in members:
            at = {side_of.get((c.article, c.start, c.end)) for f in side for c in f.citations}
            places.append(at)
        if all(None not in at for at in places) and all(
            not a & b for n, a in enumerate(places) for b in places[n + 1 :]
        ):
            return True
    return False


def _point(
    members: Sequence[Sequence[_Feat]],
    what: str,
    dim: str,
    texts: Sequence[str],
    published: Mapping[str, dt.date | None],
) -> ContestedItem:
    positions = [_position(ms) for ms in members]
    order = sorted(
        range(len(positions)), key=lambda k: (-positions[k].origins, positions[k].statement)
    )
    shown = [positions[k] for k in order]
    name = what if what == dim else f"{what} {dim}"
    slot = DisputedSlot(
        slot=name,
        figures=tuple(DisputedFigure(text=texts[k], positions=(n,)) for n, k in enumerate(order)),
    )
    rule = (
        "contested: conflicting measures of one thing across the batch ("
        + name
        + ": "
        + " vs ".join(texts[k] for k in order)
        + ")"
    )
    all_cites = [c for p in shown for c in p.citations]
    # the topic: the shortest statement of the side with most origins (ties: asserting, then
    # the first side), the measure in the fewest other words
    first = min(
        range(len(order)),
        key=lambda n: (shown[n].polarity != Polarity.asserts, -shown[n].origins, n),
    )
    topic = min((f.claim.statement for f in members[order[first]]), key=lambda t: (len(t), t))
    point = ContestedItem(
        id="c-" + _digest(all_cites),
        topic=topic,
        rule=rule,
        positions=tuple(shown),
        slots=(slot,),
    )
    return timed(point, published)
