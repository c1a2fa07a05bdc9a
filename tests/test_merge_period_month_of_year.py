"""A month named with a relative year ("in March of last year", "in March last year") is
that year's month, not the last such month before publication (`merge.periods`). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.merge.periods import period_named, periods_clash

OCTOBER = dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The wait began on a cold night in March of last year.", "m:2025-03"),
        ("He was arrested in March last year.", "m:2025-03"),
        ("The plant closed in December of last year.", "m:2025-12"),
        ("The plant closed in March of this year.", "m:2026-03"),
        # as before: a bare month is the last one up to publication; a year is that year
        ("The plant closed in March.", "m:2026-03"),
        ("The plant closed in March 2024.", "m:2024-03"),
    ],
)
def test_a_month_of_a_relative_year_is_that_years_month(text: str, period: str) -> None:
    assert period_named(text, OCTOBER) == period


def test_last_years_march_is_no_rival_of_a_statement_of_that_march() -> None:
    shot = period_named("The man was shot in March 2025, prosecutors said.", OCTOBER)
    wait = period_named("A wait that began on a cold night in March of last year.", OCTOBER)
    assert not periods_clash(shot, wait)
    # this year's March is still another time
    assert periods_clash(shot, period_named("The shop reopened in March.", OCTOBER))
