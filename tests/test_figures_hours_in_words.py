"""An hour told in words ("half past ten", "a quarter to nine", "until five in the morning"
after a word of time) is a time of day, no figure: read as a count, "the runners finished
by half past ten" set a count of ten against "set off at half past eight"; and a number a
thing needs ("needs 29 votes to pass") is no result (session 38, points38;
consensus.merge.figures)."""

from __future__ import annotations

import pytest

from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The last runners were home by half past ten.", []),
        ("The ferry left at a quarter to nine, with 12 cars on board.", [12.0]),
        ("Power will be cut until five in the morning across the town.", []),
        ("The rally ended at about 4 in the afternoon after 300 people marched.", [300.0]),
        ("Twenty minutes past six, 40 firefighters arrived.", [40.0]),
    ],
)
def test_an_hour_in_words_is_no_figure(text: str, values: list[float]) -> None:
    assert [f.value for f in figures(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # no word of time before it: a count of the morning's dead
        ("Gunmen killed three in the morning and two at night.", [3.0, 2.0]),
        # a share cut to a value, no hour
        ("The firm cut its staff by a quarter to 6,000.", [6000.0]),
        ("Prices rose by half to nine euros.", [9.0]),
    ],
)
def test_counts_near_such_words_stay_figures(text: str, values: list[float]) -> None:
    assert [f.value for f in figures(text)] == values


def test_a_number_needed_is_no_result() -> None:
    # what a vote needs is no rival of what it got (session 38, points38): "needs 29 votes
    # to pass" is read as expected, as "had expected 29"; "needed 40 stitches" happened
    needs = figures("The board has 41 members, so the plan needs 21 votes to pass.")
    assert [(f.value, f.expected) for f in needs] == [(41.0, False), (21.0, True)]
    assert [f.expected for f in figures("The plan won 25 votes.")] == [False]
    assert [f.expected for f in figures("The guard needed 14 stitches.")] == [False]
