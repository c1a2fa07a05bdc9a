"""Two voices' figures of one slot told on two days, the later one in words that place it
later ("27 others are still missing", "about 800 soldiers are now at the site"): an update
the link rule weighs at the plain conflict bar, not at the two-voices bar.

Two speakers who give one slot two figures dispute it only when the pair would link at
`SPEAKERS_CONFLICT_AT` were the figures equal: two people's figures are as often of two
things. A count an official gives a day after another official's, in words that say it is
the count as it now stands, is the same count moved on, whatever the words around it: the
link rule then reads the pair at its plain conflict bar (`link` rule 3), and the point shows
each side's day (`timing`).

Read only when both articles' publication days are known and differ, the later article's
figure has a later cue (`timing.figure_cue`: "still", "now", "rose to"; `figure_later_cues`
in data/words.toml) and the earlier article's figures of that slot have none, and the two
figures name no two places (a toll "in the north rose to 12" against another country's
toll is another count).

PURE: reads two claims' statements, figures and days; never decides an edge.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from consensus.merge.figures import Figure

if TYPE_CHECKING:
    from consensus.merge.compare import PairContext

__all__ = ["cued_later", "told_later"]


@lru_cache(maxsize=1 << 16)
def cued_later(text: str, fig: Figure) -> bool:
    """The figure's own words place it later (`timing.figure_cue`); read once per figure."""
    from consensus.merge.timing import figure_cue  # (timing -> disputes -> clusters -> link)

    return figure_cue(text, fig)[0] == "later"


def told_later(
    ctx: PairContext, i: int, j: int, day_i: dt.date | None, day_j: dt.date | None
) -> bool:
    """Whether claims `i` and `j` give one slot two values on two days, the later one cued
    as later and the earlier one not (see the module docstring)."""
    if day_i is None or day_j is None or day_i == day_j:
        return False
    early, late = (i, j) if day_i < day_j else (j, i)
    text_e, text_l = ctx.views[early].statement, ctx.views[late].statement
    for b in ctx.figs[late]:
        if not cued_later(text_l, b):
            continue
        for a in ctx.figs[early]:
            if (
                a.value != b.value
                and a.unit == b.unit
                and not (a.where and b.where and a.where.casefold() != b.where.casefold())
                and ctx.same_slot(a, b)
                and not cued_later(text_e, a)
            ):
                return True
    return False
