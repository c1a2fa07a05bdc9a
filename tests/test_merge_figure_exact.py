"""Counts told in other words (issue 8, session 17): a count too exact to recur by chance
("the number of survivors rose to 248" / "248 people have been rescued") is one figure even
when the slot words do not meet, and injured / hurt / wounded are one concept. Invented text."""

from __future__ import annotations

from dataclasses import replace

from test_merge_figures import _context

from consensus.merge.features import _concept
from consensus.merge.figure_exact import exact_twins, exact_value
from consensus.merge.figures import Figure, figures


def _same(a: str, b: str) -> bool:
    return _context(a, b).figure_relation(0, 1)[0]


def _fig(text: str) -> Figure:
    (f,) = figures(text)
    return f


def test_an_exact_count_in_other_words_is_one_figure() -> None:
    assert _same(
        "The number of survivors rose to 417 on Tuesday, the harbour office said.",
        "According to the harbour office, 417 people have been pulled out alive.",
    )


def test_round_small_and_year_values_still_need_their_slot_words_to_meet() -> None:
    # "300" and "14" recur as other things of one event; a year is no count
    assert not _same("The number of survivors rose to 300.", "300 people have been pulled out.")
    assert not _same("The number of survivors rose to 14.", "14 people have been pulled out.")
    pulled = _fig("Rescuers pulled 417 people out.")
    assert not exact_value(replace(pulled, value=1987.0))  # read as a year
    assert exact_value(_fig("Rescuers pulled 417 people out."))
    assert exact_value(_fig("A crowd of 52,300 watched."))


def test_shares_and_sums_are_left_to_their_slot_words() -> None:
    a = _fig("Turnout was 58.7 percent.")
    b = _fig("The ruling party took 58.7 percent of the vote.")
    assert not exact_twins(a, b)
    assert not exact_value(_fig("The firm paid $417 million."))


def test_an_exact_count_does_not_join_a_pair_whose_other_slot_clashes() -> None:
    assert not _same(
        "The number of survivors rose to 417 and 12 crew were killed.",
        "417 people have been pulled out alive and nine crew were killed.",
    )


def test_two_places_keep_their_exact_counts_apart() -> None:
    assert not _same(
        "In Varnholm, the number of survivors rose to 417.",
        "In Ostby, 417 people have been pulled out alive.",
    )


def test_injured_hurt_and_wounded_are_one_concept() -> None:
    assert _concept("injured") == _concept("hurt") == _concept("wounded") == _concept("injuries")
    assert _same("Eleven people were injured, officials said.", "Officials said 11 were hurt.")
    assert _context(
        "Eleven people were wounded.", "Officials said 14 people were hurt."
    ).figure_relation(0, 1)[1]
