"""A year a "when" clause tells the event of places the statement in it: "Relations have
been poor since 2011, when a quarrel over fishing rights led both sides to recall their
envoys" is no event of the story's Tuesday (a longer cited sentence's day), while "the worst
flood since 1998, when ..." compares the story's own event and keeps its day
(`merge/periods.years_fit`, used by the timeline). Invented statements."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.merge.periods import years_fit

_TUESDAY = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("statement", "year"),
    [
        (
            "Relations have been poor since 2011, when a quarrel over fishing rights led both "
            "sides to recall their envoys.",
            2011,
        ),
        ("Trade has been slow since 2017 when the two ports closed their ferry line.", 2017),
    ],
)
def test_a_when_year_rules_out_another_year_s_day(statement: str, year: int) -> None:
    assert not years_fit(_TUESDAY, statement)
    assert years_fit(dt.date(year, 6, 1), statement)


@pytest.mark.parametrize(
    "statement",
    [
        "It is the worst flood in the valley since 1998, when 40 people died.",
        "It was the first fatal derailment since 1961, when a tram caught fire.",
        "Prices rose on Tuesday.",
    ],
)
def test_a_comparison_or_no_year_keeps_the_day(statement: str) -> None:
    assert years_fit(_TUESDAY, statement)
