"""Two claims that count one thing in two states: what an act did, and those still in a
state after it ("seven inmates broke out" / "five inmates still on the run":
`Figure.remaining`, `figure_pairs.remainder_apart`). Neither agrees with nor disputes the
other, and the two are never one item (link rule 3 and the group join read it)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus.merge.figure_pairs import remainder_apart

if TYPE_CHECKING:
    from consensus.merge.compare import PairContext

__all__ = ["other_states"]


def other_states(ctx: PairContext, i: int, j: int) -> bool:
    """Some figure of claims `i` and `j` counts one thing (`PairContext.same_slot`, the
    state left aside) with another value, one a remainder and the other an act's count
    (`remainder_apart`), and no two figures of one slot count one state ("leaving 35
    missing" / "twelve still missing" is a dispute or an update)."""
    slot = [
        (a, b)
        for a in ctx.figs[i]
        for b in ctx.figs[j]
        if ctx.same_slot(a if a.remaining == b.remaining else replace(a, remaining=b.remaining), b)
    ]
    return any(
        remainder_apart(a, b) and not math.isclose(a.value, b.value, rel_tol=1e-6) for a, b in slot
    ) and all(remainder_apart(a, b) for a, b in slot)
