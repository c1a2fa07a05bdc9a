"""The point of a figure disputed inside one agreed group (pipeline step 5b), built from
`inner_disputes`' sides (`_inner_point`), and whether a figure point shows those sides
already (`_shown_apart`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from consensus.merge.disputed_slots import by_slot, disputed_slots
from consensus.merge.disputes import _topic
from consensus.merge.features import _Feat
from consensus.merge.figure_timeline import _figure_timeline, earlier_sides
from consensus.merge.items import _digest
from consensus.merge.positions import _position
from consensus.merge.timing import timed as with_timing
from consensus.models import ContestedItem, Polarity


def _shown_apart(
    sides: Sequence[Sequence[_Feat]], shown_on: Mapping[int, tuple[int, tuple[str, ...]]]
) -> bool:
    """Whether one figure point already shows the members of each side together on a side
    of their own (a group can hold "at least four killed" and "at least six killed", and
    its members go to the sides of the figures they print)."""
    places = []
    for side in sides:
        where = {shown_on.get(f.pos) for f in side}
        if len(where) != 1:
            return False
        place = where.pop()
        if place is None:
            return False
        places.append(place)
    return len({point for point, _side in places}) == 1 and len(set(places)) == len(places)


def _inner_point(
    sides: Sequence[Sequence[_Feat]],
    clash: Sequence[tuple[str, str, str]],
    published: Mapping[str, dt.date | None],
    topics: Collection[str] = (),
) -> ContestedItem:
    """The point of a figure disputed inside one agreed group (`inner_disputes`): a side
    per figure, its members those that give it; the rule names the clashing figures and
    lists them by first publication (an update?). Its topic is `_topic`'s, unless another
    point already has it (the group may be a side of a point headed by its statement): then
    the next side's statement."""
    positions = [_position(ms) for ms in sides]
    order = sorted(
        range(len(sides)),
        key=lambda k: (-positions[k].origins, positions[k].statement),
    )
    positions = [positions[k] for k in order]
    slots = disputed_slots([sides[k] for k in order], [p.origins for p in positions], clash)
    named = slots[0].figures if slots else ()
    timeline = _figure_timeline(
        [(f.text, [m for i in f.positions for m in sides[order[i]]]) for f in named], published
    )
    positions, slots = by_slot(positions, slots)
    what = "; ".join(f"{a} vs {b}" for _stem, a, b in clash)
    rule = (
        "contested: conflicting quantities for one slot inside one agreed group "
        f"({slots[0].slot + ': ' if slots and slots[0].slot else ''}{what})"
    )
    if timeline:
        rule += f" — {timeline}"
    earlier = earlier_sides(positions)
    if earlier:
        rule += f" — {earlier}"
    all_cites = [c for p in positions for c in p.citations]
    # (`_topic`'s order: asserting sides, most origins, shortest statement)
    ranked = sorted(
        positions, key=lambda p: (p.polarity != Polarity.asserts, -p.origins, len(p.statement))
    )
    point = ContestedItem(
        id="c-" + _digest(all_cites),
        topic=next((p.statement for p in ranked if p.statement not in topics), _topic(positions)),
        rule=rule,
        positions=tuple(positions),
        slots=slots,
    )
    return with_timing(point, published)
