"""A currency's name written after an amount ("1.5 million dollars") gives the figure the
unit of its sign ("$1.5 million": words.toml [figure_currency_words],
consensus.merge.figures), so two outlets' amounts of one thing are compared however each
writes the currency (session 30, disputes30)."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_a_currency_name_after_an_amount_is_its_unit() -> None:
    (named,) = figures("Insurers valued the stolen clocks at about 1.5 million dollars.")
    # (its unit only: the name is still the noun its slot reads, "euros" against "euros")
    assert (named.value, named.unit, named.noun) == (1_500_000, "$", "dollars")
    (euros,) = figures("The fine came to 300 euros, the court said.")
    assert (euros.value, euros.unit) == (300, "€")
    # a weight's "pounds" is no currency: left as the unit of measure it was
    (pounds,) = figures("The parcel weighed 40 pounds.")
    assert pounds.unit == "pound"


def test_one_amount_in_two_writings_is_one_figure() -> None:
    ctx = _context(
        "The stolen clocks are worth $2.4 million, the gallery said.",
        "The stolen clocks are worth 2.4 million dollars, insurers said.",
    )
    (sign,) = ctx.figs[0]
    (named,) = ctx.figs[1]
    assert sign.unit == named.unit == "$"  # (before: "$" against none, never one figure)
