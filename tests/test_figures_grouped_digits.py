"""Counts written in digits grouped by three ("1,200,000": before session 17 every figure
of seven digits or more without a scale word was dropped as a phone number or id, so
"about 1,200,000 households" counted nothing) and scale words after "a" or a fraction
("half a million", "a quarter of a million": no figure before) are read
(consensus.merge.figures; issue 8, session 17)."""

from __future__ import annotations

from consensus.merge.figures import figures


def test_grouped_digits_are_a_count() -> None:
    got = figures("The utility said about 1,200,000 households had lost power.")
    assert [(f.value, f.noun) for f in got] == [(1_200_000.0, "households")]
    assert [f.value for f in figures("It raised $12,500,000 from investors.")] == [12_500_000.0]


def test_long_digit_runs_without_groups_are_still_no_count() -> None:
    assert figures("Call 5551234567 for details.") == []
    assert figures("The case number is 1234567.") == []


def test_a_scale_word_after_a_or_a_fraction_is_a_count() -> None:
    # "nearly half a million patients" / "400,000 patients" are one slot's two figures
    got = figures("The gang says it holds the records of nearly half a million patients.")
    assert [(f.value, f.noun, f.bound) for f in got] == [(500_000.0, "patients", "near")]
    assert [f.value for f in figures("A quarter of a million people were evacuated.")] == [
        250_000.0
    ]
    assert [f.value for f in figures("About a million people lost power.")] == [1_000_000.0]
    assert [f.value for f in figures("three-quarters of a billion dollars")] == [750_000_000.0]


def test_a_or_half_without_a_scale_word_is_no_count() -> None:
    assert figures("A man said half an hour had passed.") == []
    assert figures("Half of them left.") == []


def test_one_in_a_million_is_a_ratio() -> None:
    assert figures("The odds were one in a million.") == []
