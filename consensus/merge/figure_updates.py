"""A lower bound told on one day and a higher count of its slot told on a later day: an
update, not one figure ("more than 240 people have been rescued" on Sunday, "248 people have
been rescued" on Monday).

On one day the two agree: "more than 240" admits 248, and a count just above a bound is the
same figure told less exactly (`slots._overlap`, within `BOUND_SLACK`). Told on two days, in
that order, the later count is what the earlier bound became: the comparison calls the pair
a clash (`compare.PairContext._figure_relation`), so the two figures are sides of a
contested point that shows each side's day (`timing`: an update when the later figure was
first published after every other), never one agreed figure whose sources confirm a count
one of them did not give.

Read only when the later figure is exact (no bound, range or vague count), or a lower
bound again ("at least 20 people died" on Sunday, "at least 24" on Monday: the count grew),
and higher than the bound: a bound told after a count ("more than 240" on Monday after "248"
on Sunday) is the same figure told less exactly, two bounds told on one day admit each
other, and an "about" or a vague count admits either on any day. Without both publication
days nothing is read.

PURE: reads two figures and two days; never decides an edge.
"""

from __future__ import annotations

import datetime as dt

from consensus.merge.figures import Figure

__all__ = ["bound_passed"]


def _exact(f: Figure) -> bool:
    return not f.bound and f.high is None and not f.vague


def bound_passed(a: Figure, day_a: dt.date | None, b: Figure, day_b: dt.date | None) -> bool:
    """Whether one of two figures of one slot is a lower bound ("more than 240") told on an
    earlier day than the other, an exact count or a lower bound above it ("248", "at least
    248"): an update the bound's slack would otherwise read as one figure. The caller has
    checked the slot."""
    if day_a is None or day_b is None or day_a == day_b:
        return False
    early, late = (a, b) if day_a < day_b else (b, a)
    return (
        early.bound == "min"
        and early.high is None
        and not early.vague
        and (_exact(late) or _raised(late))
        and late.unit == early.unit
        and late.value > early.value
    )


def _raised(late: Figure) -> bool:
    """A later lower bound ("at least 24" the day after "at least 20"): the count the
    earlier bound gave has grown, told as a bound again."""
    return late.bound == "min" and late.high is None and not late.vague
