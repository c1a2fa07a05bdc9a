"""A clock-time conflict that loses the partner ranking to a group's stronger figure
conflicts joins its partner's point as a side of the time (merge/time_leftovers.py), and a
rough time written to the minute rounds to ten minutes, not twenty (merge/clock.py).
Invented: a tram that left its rails, told as "about 9:50 p.m." by one outlet and "around
9:30 p.m." by another whose group also gives a count of carriages other outlets dispute."""

from __future__ import annotations

import pytest

from consensus.merge.clock import clock_times, matched_clash
from consensus.merge.time_leftovers import LEFT_OUT_TIME, left_out_times

# groups: 0 "four carriages left the rails at around 9:30 p.m." (two outlets), 1 "six
# carriages", 2 "three carriages", 3 "The tram left the rails at about 9:50 p.m." (one outlet)
POINT_OF = {0: 0, 1: 0, 2: 0}  # (the carriages' point: group 3 lost the ranking)
LINKS = [
    (0, 1, "conflict", "quantity carriag: four vs six"),
    (0, 2, "conflict", "quantity carriag: four vs three"),
]
TIME = "time: 9:30 p.m. vs 9:50 p.m."
CONFLICTS = [
    (0.9, 0, 1, LINKS[0][3]),
    (0.8, 0, 2, LINKS[1][3]),
    (0.13, 0, 3, TIME),
    (0.13, 3, 0, TIME),
]


def test_the_left_out_time_joins_its_partners_point() -> None:
    point_of, joins = left_out_times(POINT_OF, LINKS, CONFLICTS, {})
    assert point_of[3] == point_of[0] == 0
    assert joins == [(0, 3, LEFT_OUT_TIME, TIME)]


def test_a_retold_earlier_event_stays_out() -> None:
    point_of, joins = left_out_times(POINT_OF, LINKS, CONFLICTS, {(0, 3): 3})
    assert 3 not in point_of and not joins


def test_no_point_of_figures_or_times_no_join() -> None:
    # a denial's point takes no time side
    links = [(0, 1, "denial", "left|rails"), (0, 2, "conflict", "polarity")]
    point_of, joins = left_out_times(POINT_OF, links, CONFLICTS, {})
    assert 3 not in point_of and not joins


def test_a_group_already_in_a_point_stays_there() -> None:
    point_of, joins = left_out_times({**POINT_OF, 3: 3, 4: 3}, LINKS, CONFLICTS, {})
    assert point_of[3] == 3 and not joins


def test_no_time_conflict_no_join() -> None:
    conflicts = [c for c in CONFLICTS if not c[3].startswith("time")]
    assert left_out_times(POINT_OF, LINKS, conflicts, {}) == (POINT_OF, [])


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # two rough times given to the minute, 20 apart: two times
        ("The tram left the rails at about 9:40 p.m.", "It derailed at around 9:20 p.m.", True),
        ("The tram left the rails at 9:40 p.m.", "It derailed at around 9:20 p.m.", True),
        ("The tram left the rails at about 9:40 p.m.", "It derailed at around 9:32 p.m.", False),
        # a rough time on the hour or the half hour still rounds to twenty minutes
        ("The tram left the rails at about 9:50 p.m.", "It derailed at around 9:30 p.m.", False),
        ("The tram left the rails at about 9:45 p.m.", "It derailed at around 10 p.m.", False),
        ("The tram left the rails at about 9:52 p.m.", "It derailed at around 9:30 p.m.", True),
    ],
)
def test_a_rough_time_to_the_minute_rounds_to_ten(a: str, b: str, clash: bool) -> None:
    assert bool(matched_clash(clock_times(a), clock_times(b))) is clash
    assert bool(matched_clash(clock_times(b), clock_times(a))) is clash
