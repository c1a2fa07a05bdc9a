"""A lower bound told on one day and a count above it told on a later day are an update
(`merge/figure_updates.py`): two sides of a point inside their group, never one figure."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.features import _Feat
from consensus.merge.figure_updates import bound_passed
from consensus.merge.figures import Figure, figures
from tests.test_merge_figures import _members

SUN, MON = dt.date(2030, 5, 5), dt.date(2030, 5, 6)


def _fig(text: str) -> Figure:
    return figures(text)[0]


def _dated(*said: tuple[str, str, dt.date | None]) -> list[_Feat]:
    group = _members(*((origin, text) for origin, text, _ in said))
    for f, (_o, _t, day) in zip(group, said, strict=True):
        f.published = day
    return group


def test_a_bound_passed_by_a_later_count_is_an_update() -> None:
    bound = _fig("More than 240 people have been rescued.")
    count = _fig("248 people have been rescued alive.")
    assert bound_passed(bound, SUN, count, MON)
    assert bound_passed(count, MON, bound, SUN)


@pytest.mark.parametrize(
    ("first", "day_first", "second", "day_second"),
    [
        ("More than 240 people have been rescued.", SUN, "248 people were rescued.", SUN),
        ("More than 240 people have been rescued.", MON, "248 people were rescued.", SUN),
        ("More than 240 people have been rescued.", None, "248 people were rescued.", MON),
        ("About 240 people have been rescued.", SUN, "248 people were rescued.", MON),
        ("At least 248 were rescued.", SUN, "More than 240 people have been rescued.", MON),
        ("More than 240 people have been rescued.", SUN, "At least 248 were rescued.", SUN),
        ("More than 240 people have been rescued.", SUN, "Dozens were rescued.", MON),
        ("More than 240 people have been rescued.", SUN, "238 people were rescued.", MON),
    ],
)
def test_no_update_without_a_bound_an_exact_count_and_two_days_in_order(
    first: str, day_first: dt.date | None, second: str, day_second: dt.date | None
) -> None:
    # one day, the bound told after the count, no day, no bound, a lower bound told later,
    # two bounds on one day, a vague count, a count below
    assert not bound_passed(_fig(first), day_first, _fig(second), day_second)


def test_a_lower_bound_raised_on_a_later_day_is_an_update() -> None:
    early = _fig("At least 20 people died, the coast guard said.")
    late = _fig("At least 24 people are known to have died.")
    assert bound_passed(early, SUN, late, MON)
    assert bound_passed(late, MON, early, SUN)
    assert not bound_passed(early, SUN, late, SUN)


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (
            "More than 240 people have been rescued, the coast guard said.",
            "According to the coast guard, 248 people have been rescued alive.",
        ),
        (
            "The coast guard said that at least 20 people died.",
            "At least 24 people are known to have died, the coast guard said.",
        ),
    ],
)
def test_a_group_of_a_bound_and_a_later_count_or_bound_disputes_inside(
    early: str, late: str
) -> None:
    group = _dated(("o1", early, SUN), ("o2", late, MON))
    found = inner_disputes(group)
    assert len(found) == 1
    sides, _texts = found[0]
    assert [[f.origin for f in side] for side in sides] == [["o1"], ["o2"]]


def test_the_same_pair_told_on_one_day_is_one_figure() -> None:
    group = _dated(
        ("o1", "More than 240 people have been rescued, the coast guard said.", SUN),
        ("o2", "According to the coast guard, 248 people have been rescued alive.", SUN),
    )
    assert inner_disputes(group) == []
