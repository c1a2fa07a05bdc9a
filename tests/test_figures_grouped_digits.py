"""A number written in groups of three ("1,200,000") is a count, not a phone number or
an id: before session 17 every figure of seven digits or more without a scale word was
dropped, so "about 1,200,000 households" counted nothing and never met "1.2 million
customers" (consensus.merge.figures)."""

from __future__ import annotations

from consensus.merge.figures import figures


def test_grouped_digits_are_a_count() -> None:
    got = figures("The utility said about 1,200,000 households had lost power.")
    assert [(f.value, f.noun) for f in got] == [(1_200_000.0, "households")]
    assert [f.value for f in figures("It raised $12,500,000 from investors.")] == [12_500_000.0]


def test_long_digit_runs_without_groups_are_still_no_count() -> None:
    assert figures("Call 5551234567 for details.") == []
    assert figures("The case number is 1234567.") == []
