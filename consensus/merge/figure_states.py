"""Two claims that count one thing in two states: all of them, and those still in a state
after the act ("five people were initially trapped" / "two people remain trapped", "seven
inmates broke out" / "five inmates still on the run": `Figure.remaining`). Neither agrees
with nor disputes the other, and the two are never one item (link rule 3 and the group
join read it)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.merge.compare import PairContext

__all__ = ["other_states"]


def other_states(ctx: PairContext, i: int, j: int) -> bool:
    """Some figure of claims `i` and `j` counts one thing (`PairContext.same_slot`, the
    state left aside) with another value, one of the two a remainder and the other not, and
    no two figures of one slot count one state ("leaving 35 missing" / "twelve still
    missing" is a dispute or an update)."""
    slot = [
        (a, b)
        for a in ctx.figs[i]
        for b in ctx.figs[j]
        if ctx.same_slot(replace(a, remaining=b.remaining), b)
    ]
    return any(
        a.remaining != b.remaining and not math.isclose(a.value, b.value, rel_tol=1e-6)
        for a, b in slot
    ) and all(a.remaining != b.remaining for a, b in slot)
