"""A figure conflict about another slot that `_points` leaves out of every point joins its
partner's point (merge/figure_leftovers.py). Invented links: an index's fall told as 2.3 and
2.6 percent, and a carmaker's shares told as 5.4 and 5.1 percent, the 5.1 told in a group
that also gives the index's 2.6."""

from __future__ import annotations

from consensus.merge.disputes import _fold_figure_points, _points
from consensus.merge.figure_leftovers import left_out_figures
from consensus.models import Polarity

# groups: 0 "the index fell 2.3 percent by midday" (one outlet), 1 "the index closed down 2.6
# percent" (two outlets), 2 "Norvik shares fell 5.1 percent" + "the index lost 2.6 percent and
# Norvik fell more than 5 percent" (two outlets), 3 "Norvik shares dropped 5.4 percent"
LINKS = [
    (0, 1, "conflict", "quantity midday: 2.3 percent vs 2.6 percent"),
    (0, 2, "conflict", "quantity midday: 2.3 percent vs 2.6 percent"),
    (2, 3, "conflict", "quantity dropp: 5.1 percent vs 5.4 percent"),
]
POLARITY = [Polarity.asserts] * 4


def _before(links: list[tuple[int, int, str, str]]) -> dict[int, int]:
    point_of = _points(POLARITY, [(gi, gj) for gi, gj, _, _ in links])
    return _fold_figure_points(point_of, links)


def test_points_alone_leave_the_other_slot_out() -> None:
    # (the cause: the hub's point takes group 2; group 3 shares no link with group 1)
    assert 3 not in _before(LINKS)


def test_the_left_out_group_joins_its_partners_point() -> None:
    point_of = left_out_figures(_before(LINKS), LINKS, {})
    assert point_of[3] == point_of[2] == point_of[0]


def test_a_retold_earlier_event_stays_out() -> None:
    assert 3 not in left_out_figures(_before(LINKS), LINKS, {(2, 3): 3})


def test_a_conflict_of_the_points_own_figures_stays_out() -> None:
    # a third value of the index's own slot is the point's business (`_points` decided it)
    links = [*LINKS[:2], (2, 3, "conflict", "quantity midday: 2.6 percent vs 2.1 percent")]
    assert 3 not in left_out_figures(_before(links), links, {})


def test_no_figure_conflict_no_join() -> None:
    links = [*LINKS[:2], (2, 3, "conflict", "negation: not fall")]
    assert 3 not in left_out_figures(_before(links), links, {})
