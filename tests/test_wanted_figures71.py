"""A figure right after a wish verb ("the union wants a starting rate of 12.60", "is seeking
a pay rise of 7 percent") is a demand, read as expected (`Figure.expected`), so it never
rivals what is paid now (consensus/merge/figures.py, `_WANTED`); invented text."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.figures import figures
from tests.test_merge_figures import _members


@pytest.mark.parametrize(
    "text",
    [
        "The guild wants a starting rate of 14.20 crowns an hour.",
        "The crew is seeking a pay rise of 9 percent.",
        "The mill demands 300 florins for the repairs.",
    ],
)
def test_a_figure_after_a_wish_verb_is_expected(text: str) -> None:
    assert [f.expected for f in figures(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "A petition demanding a new bridge had passed 2,400 names.",
        "The mill got less than it wanted and a bill of 900 florins.",
        "Apprentices at the mill are paid 11.40 crowns an hour.",
    ],
)
def test_a_figure_past_a_verb_or_and_is_no_demand(text: str) -> None:
    assert [f.expected for f in figures(text)] == [False]


def test_a_demand_and_the_rate_now_paid_are_no_point() -> None:
    group = _members(
        ("o1", "Apprentices at the mill are paid 11.40 crowns an hour."),
        ("o2", "The guild wants a starting rate of 14.20 crowns an hour for apprentices."),
    )
    assert inner_disputes(group) == []
