"""A claim that tells both values of one slot: its own figure now and an earlier or another
party's figure of the slot that no other outlet gives ("The council now says 23 people fell
ill, up from the 11 it reported on Monday"). Its one sentence holds both sides, so the claim
joins the group of its own value and the told value is shown nowhere: `told_rivals` makes a
point only when another origin gives the told value in words of its own.

Here the claim's own words are the told side: when members of at least one other origin give
the claim's own value (so the group agrees on it), the slot is a point of two sides, the
told clause of the claim (cut to the clause holding the told figure: "up from the 11 it
reported on Monday") against the claim's own clause with the members giving its value. The
point's timeline then shows each value with its time and source.

Another origin gives the told value only as a figure of its own (a member telling it as
told, "having given a figure of 1,100 on Monday", tells the same update: its own value
joins the side of the claim's own, and the first such member's point shows both).

A figure is told only by the cues `figure_rivals_told.told_as_other` reads (an opener and a
teller or a time, or a party's figure named before it); the claim's other figures of the
unit are its own, exactly one, of the told one's slot (`_same_slot`), and no part, whole or
some of a group. Pure: reads statements, origins and figures; never decides an edge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from consensus.merge.figure_rivals_told import _fits, told_as_other, told_from, told_pair
from consensus.merge.figures import Figure
from consensus.merge.slots import slot_stem

if TYPE_CHECKING:
    from consensus.merge.features import _Feat

__all__ = ["on_both_sides", "told_updates"]

# a year's span after the told figure, in its clause ("1.7 million euros last year", "$31
# billion a year earlier"): the value of another period, no earlier report of this one
_YEAR_AFTER = re.compile(r"[^,;:.!?()]{0,40}?\byears?\b", re.IGNORECASE)


def _apart(statement: str, mine: Figure, told: Figure) -> bool:
    """The told figure is of another period (`_YEAR_AFTER`) or names a thing the own
    figure's words do not ("gusts of 58km/h, below the 72km/h limit"): no update of it."""
    if _YEAR_AFTER.match(statement, told.start + len(told.text)) or "year" in told.when:
        return True
    noun = told.noun or told.head
    return bool(noun) and not (mine.noun or mine.head) and noun not in mine.slot


def _tells(statement: str, fs: Sequence[Figure], mine: Figure, other: Figure) -> bool:
    """`statement` tells the update `mine` from `other` too (its own and told values)."""
    pair = told_pair(statement, fs)
    return pair is not None and (pair[0].value, pair[1].value) == (mine.value, other.value)


def told_updates(
    statements: Sequence[str], origins: Sequence[str], figs: Sequence[Sequence[Figure]]
) -> list[tuple[list[list[int]], tuple[str, str, str], dict[int, tuple[Figure, int]]]]:
    """Points of a member that tells its own figure and another one of the slot no member of
    another origin gives (module doc), in `told_rivals`' shape: the sides as member indices
    (the writer on both: its told clause, then its own), the clash (slot word, own text,
    told text) and each side member's figure with where its clause must end at the latest.
    The writer's told side is keyed `-1 - k` in the reads (its own side by `k`)."""
    out: list[tuple[list[list[int]], tuple[str, str, str], dict[int, tuple[Figure, int]]]] = []
    for k, fs in enumerate(figs):
        pair = told_pair(statements[k], fs)
        if pair is None or any(f.vague for f in fs) or _apart(statements[k], *pair):
            continue
        mine, other = pair
        if any(
            origins[m] != origins[k]
            and any(
                g.unit == other.unit
                and g.value == other.value
                and not told_as_other(statements[m], g)
                for g in gs
            )
            for m, gs in enumerate(figs)
        ):
            continue  # (another origin gives the told value: `told_rivals`' point)
        if any(_tells(statements[m], gs, mine, other) for m, gs in enumerate(figs[:k])):
            continue  # (an earlier member tells the same update: its point shows this one)
        ours = [
            m
            for m, gs in enumerate(figs)
            if origins[m] != origins[k] and any(_fits(mine, g) for g in gs)
        ]
        if not ours:
            continue
        word = mine.head or mine.noun or other.head or other.noun or (mine.slot or ("",))[0]
        reads = {m: (next(g for g in figs[m] if _fits(mine, g)), len(statements[m])) for m in ours}
        reads[k] = (mine, told_from(statements[k], other))
        reads[-1 - k] = (other, len(statements[k]))
        mine_side = [k, *ours]
        sides = [mine_side, [-1 - k]] if mine.value < other.value else [[-1 - k], mine_side]
        out.append((sides, (slot_stem(word), mine.text, other.text), reads))
    return out


def on_both_sides(sides: Sequence[Sequence[_Feat]]) -> bool:
    """Whether one member is on two sides of a point: the writer of a told update (its told
    clause and its own), whose point is left out when a figure point of the batch already
    shows one of its members (another outlet gave the told value in a claim of another
    group, and that point shows the update with its times)."""
    seen: set[int] = set()
    for side in sides:
        here = {f.pos for f in side}
        if here & seen:
            return True
        seen |= here
    return False
