"""A ratio told in words or digits ("about one in five pharmacies", "two out of every three
voters", "1 in 4 trains") is the share it tells (consensus.merge.figure_ratio
`ratio_shares`, session 55): before, both numbers were skipped and the ratio was no figure,
so a voice that said "one in five" and one that said "one in ten" of one slot had no figure
on either side. Neither number is a count (the ratio is one share), and a count "in" a
smaller number ("12 in two attacks") or a rate of a term ("three in five years") stays as
it was."""

from __future__ import annotations

from consensus.merge.figures import figures


def _shares(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.bound) for f in figures(text)]


def test_a_ratio_is_the_share_it_tells() -> None:
    assert _shares("About one in five pharmacies had no stock.") == [(20.0, "%", "about")]
    assert _shares("Two out of every three voters backed the plan.") == [(66.7, "%", "")]
    assert _shares("Only 1 in 4 trains ran.") == [(25.0, "%", "")]


def test_a_ratio_share_fills_the_slot_of_its_noun() -> None:
    (f,) = figures("One in ten pharmacies had run out of the inhaler.")
    assert f.slot[:1] == ("pharmacies",), f


def test_no_ratio_stays_as_it_was() -> None:
    assert [f.value for f in figures("Gunmen killed 12 in two attacks.")] == [12.0, 2.0]
    assert [f.value for f in figures("Three in five years is the rate.")] == [3.0]
    assert figures("The odds were one in a million.") == []
