"""A count of those still in a state after the act is no rival of the act's own count
(`Figure.remaining`, consensus.merge.figure_states; issue 8, session 26): "nine prisoners
broke out" / "four prisoners still on the run" is no dispute, while two remainders ("14
still missing" / "22 still missing") still are. A plan ("meant to hold for 30 days") is a
forecast, and a sum said in words ("four point two billion") is read whole. Invented text."""

from __future__ import annotations

from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import Figure, figures


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


def test_a_remainder_is_marked() -> None:
    assert _one("Police searched for four prisoners still on the run.").remaining
    assert _one("Eleven people remain missing, the fire service said.").remaining
    assert _one("The remaining 12 miners were brought up on Friday.").remaining
    assert _one("The quake killed no one, leaving 35 missing.").remaining
    assert not _one("Nine prisoners broke out of the jail on Sunday.").remaining
    assert not _one("Thirty people were reported missing.").remaining
    assert not _one("Twelve people were injured, police still said.").remaining


def test_a_remainder_and_the_count_are_two_kinds() -> None:
    broke = _one("Nine prisoners broke out of the jail on Sunday.")
    still = _one("Police searched for four prisoners still on the run.")
    other = _one("Six prisoners are still on the run, police said.")
    assert other_kind(broke, still)
    assert not other_kind(still, other)  # two remainders: one slot, a dispute or update


def test_a_plan_is_no_count_of_what_happened() -> None:
    assert _one("The truce was meant to hold for 30 days.").expected
    assert _one("The truce was supposed to hold for 30 days.").expected
    assert not _one("That truce held for 40 days.").expected


def test_a_sum_said_in_words() -> None:
    said = _one("The bid is worth about four point two billion dollars.")
    assert said.value == 4.2e9 and said.text == "four point two billion"
    assert _one("They pump twenty point five million barrels.").value == 20.5e6
    assert _one("It was worth 4,200 million dollars.").value == 4.2e9
