"""clock.matched_clash: a statement with several times is read by the one its clause shares
with the other statement's time."""

from __future__ import annotations

import pytest

from consensus.merge.clock import clause_meets, clock_times, matched_clash

ONE_LAST = "The last passenger left the ferry at 9:10 p.m., the operator said."
BOTH = "Passengers left one by one, the first at about 7 p.m. and the last at 9:40 p.m."


def test_the_time_whose_clause_matches_is_compared() -> None:
    a, b = clock_times(ONE_LAST), clock_times(BOTH)
    assert matched_clash(a, b) == "9:10 p.m. vs 9:40 p.m."
    assert matched_clash(b, a) == "9:10 p.m. vs 9:40 p.m."
    assert clause_meets(a, b)


@pytest.mark.parametrize(
    "other",
    [
        "Passengers left one by one, the first at about 7 p.m. and the last at 9:12 p.m.",
        # no clause names which of the two it is: nothing is compared
        "Passengers left one by one between 7 p.m. and 9:40 p.m.",
    ],
)
def test_no_clash_when_the_matched_time_agrees_or_none_matches(other: str) -> None:
    assert matched_clash(clock_times(ONE_LAST), clock_times(other)) == ""


def test_times_in_clauses_with_no_word_in_common_do_not_meet() -> None:
    a = clock_times("The pump failed at 11 p.m.")
    b = clock_times("Rescuers reached the men at 3 a.m.")
    assert matched_clash(a, b) and not clause_meets(a, b)


def test_the_words_that_round_a_time_are_no_shared_clause() -> None:
    # "shortly after 3 p.m." / "shortly before 7 a.m.": two events, rounded alike
    a = clock_times("She said the roof fell in shortly after 3 p.m., during the afternoon shift.")
    b = clock_times("The first survivors reached the surface shortly before 7 a.m.")
    assert matched_clash(a, b) and not clause_meets(a, b)
    assert "shortly" not in a[0].clause
    # the words that time the thing still meet ("the collapse ... about" / "the collapse at")
    c = clock_times("The collapse happened at about 2:40 p.m., the company said.")
    d = clock_times("The governor said the collapse happened shortly after 3 p.m.")
    assert clause_meets(c, d)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a time given from one side: an "about" time on its other side is another time
        ("The roof fell at about 2:40 p.m.", "The roof fell shortly after 3 p.m.", True),
        ("The first man came out at 5:50am.", "The first man came out shortly after 6am.", True),
        # ... but not one on its side, nor one bounded from the same side
        (
            "The first man came out around 6:10am.",
            "The first man came out shortly after 6am.",
            False,
        ),
        ("The roof fell shortly after 2:40 p.m.", "The roof fell shortly after 3 p.m.", False),
        # two points: the old slack
        ("It hit around 11pm.", "It hit at 11:15pm.", False),
        ("It hit around 11pm.", "It hit at 11:30pm.", True),
    ],
)
def test_a_time_given_from_one_side(a: str, b: str, clash: bool) -> None:
    assert bool(matched_clash(clock_times(a), clock_times(b))) is clash
    assert bool(matched_clash(clock_times(b), clock_times(a))) is clash
