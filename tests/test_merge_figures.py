"""Figures with their slots (consensus.merge.figures): what a number counts decides whether
two claims give one slot two values (a dispute) or speak of different things."""

from __future__ import annotations

import pytest

from consensus.merge.figures import figures


def test_bound_value_and_slot_of_a_death_toll() -> None:
    (f,) = figures("At least seven people were killed when a tram derailed")
    assert (f.value, f.bound, f.unit) == (7.0, "min", "")
    assert f.slot[0] == "killed"


def test_amounts_carry_their_currency_and_scale() -> None:
    (f,) = figures("Broadcom made a $121 billion offer on Monday")
    assert (f.value, f.unit, f.noun) == (121e9, "$", "offer")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "A truck rammed into the crowd, killing dozens and injuring around 100, media say",
            "injuring",
        ),
        ("The blast killed 12, police said on Friday", "killed"),
    ],
)
def test_a_figure_that_closes_its_clause_takes_the_verb_before_it(text: str, verb: str) -> None:
    # the words after the comma belong to the next clause ("media say"), not to the count
    last = figures(text)[-1]
    assert last.slot[0] == verb, last.slot


def test_an_aside_after_the_figure_is_not_its_slot() -> None:
    first = figures("Police said 84 people, including 10 children, were killed")[0]
    assert first.value == 84.0 and first.slot[0] == "killed"


def test_years_dates_and_ages_are_no_figures() -> None:
    found = figures("The 42-year-old driver was arrested on 9 November 2016 in 2016.")
    assert [f.value for f in found] == []
