"""A fraction of a whole told in words is a share in percent ("half of its staff" / "50
percent of its staff"; consensus.merge.figure_shares; issue 8, session 25, helper
probe25). Invented text."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_shares import share_fractions
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_a_fraction_of_a_whole_is_a_percent_share() -> None:
    (half,) = figures("Half of its staff joined the strike, the union said.")
    assert (half.value, half.unit, half.text) == (50.0, "%", "Half")
    assert half.slot[0] == "staff"  # (the whole after "of all", not "all")
    (third,) = figures("Two-thirds of all flights were cancelled.")
    assert round(third.value) == 67 and third.unit == "%"
    (more,) = figures("The party won more than half of the votes.")
    assert more.bound == "min"


def test_no_whole_no_share() -> None:
    assert not list(share_fractions("The talks lasted half an hour."))
    assert not list(share_fractions("Half of them were children."))
    assert not figures("The queue was half a mile long.")


def test_shares_of_one_whole_compare() -> None:
    ctx = _context(
        "Half of its staff joined the strike, the union said.",
        "Only 20 percent of its staff joined the strike, the management said.",
        "Fifty percent of its staff joined the strike.",
    )
    assert ctx.figure_relation(0, 1)[1]  # a clash
    assert ctx.figure_relation(0, 2) == (True, "")
