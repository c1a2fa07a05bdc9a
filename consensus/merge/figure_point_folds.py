"""When a small point of figures is one dispute with a larger one, by its slots.

`disputes._fold_figure_points` folds a point made of figure conflicts alone into a larger
point it is linked to by a figure conflict when every figure its own conflicts name is a
figure of the larger point's conflicts ("nearly 80 killed" / "at least 84" into the point
of 60 / 77 / 80 / 84 killed). A later value of a slot is missed so: a point of "at least 90
wounded" against "more than 100 others wounded", whose two groups each conflict with the
larger point's "120 wounded", names 90, which no conflict of the larger point names, and
stays a second point of one dispute. Here the test is by slot: every slot the small
point's conflicts name ("wound") is a slot of the larger point's conflicts, and every
group of the small point conflicts with some group of the larger point (each value is a
rival of that point's, not only of its partner's).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["one_slot_host"]


def one_slot_host(
    q: int,
    p: int,
    point_of: Mapping[int, int],
    slots: Mapping[int, set[str]],
    reach: Mapping[int, set[int]],
) -> bool:
    """Point `q` is one dispute with point `p` by its slots (see the module docstring).
    `point_of`: group -> point; `slots`: point -> the slot words its own figure conflicts
    name; `reach`: group -> the other points its figure conflicts link it to."""
    own = slots.get(q, set())
    if not own or not own <= slots.get(p, set()):
        return False
    return all(p in reach.get(g, set()) for g, r in point_of.items() if r == q)
