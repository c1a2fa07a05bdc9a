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


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("About 20-25 people were hurt in the crash.", 20.0, 25.0),
        ("Roughly between six or 10 vehicles were damaged.", 6.0, 10.0),
        ("Between 20 and 25 homes were destroyed.", 20.0, 25.0),
        ("Six or seven people died in the fire.", 6.0, 7.0),
    ],
)
def test_ranges_written_with_and_or_to(text: str, low: float, high: float) -> None:
    (f,) = figures(text)
    assert (f.value, f.high) == (low, high)


def test_two_counts_joined_by_and_are_no_range() -> None:
    found = figures("The blast killed two and injured five people.")
    assert [(f.value, f.high) for f in found] == [(2.0, None), (5.0, None)]


def test_modal_and_range_words_are_no_slot_words() -> None:
    (f,) = figures("At first there would have been roughly 10 vehicles at the scene.")
    assert "would" not in f.slot and "roughly" not in f.slot
