"""A figure in "pounds" is a sum of money (sterling, as "£") when its statement shows money
and a weight otherwise (merge/figure_pounds.py, read by consensus.merge.figures), so
"£14.2m" and "14.2 million pounds" are one amount and "a 300-pound bear" stays a weight
(session 64, smallfix64). Invented text only."""

from __future__ import annotations

import pytest

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_pounds import pounds_money
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _unit(text: str) -> str:
    """The unit of the statement's figure written before "pound(s)"."""
    (fig,) = [f for f in figures(text) if "pound" in text[f.start + len(f.text) :][:8]]
    return fig.unit


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow council will spend 14.2 million pounds a year less on roads.",
        "The Orlan bridge deal is worth 14.2 million pounds ($14.9 million).",
        "The Orlan ferry firm was fined 500 pounds.",
        "The Orlan zoo pays the fund 750,000 pounds a year.",
        "The 14 million pound Orlan project began in May.",
        "Demand for the 7,500-pound grants outstripped the Harlow scheme.",
        "The Harlow barrier was finished for 210 million pounds.",
    ],
)
def test_pounds_in_a_statement_of_money_are_sterling(text: str) -> None:
    assert _unit(text) == "£"


@pytest.mark.parametrize(
    "text",
    [
        "Rangers shot a 300-pound bear near the Orlan camp.",
        "The Harlow baby weighed 12 pounds at birth.",
        "Vell lost 40 pounds in a year.",
        "Ranger Vell lost 18 kg (about 40 pounds) in a heat wave.",
        "Police seized 1.2 million pounds of cannabis at Orlan.",
        # a word of weight wins over a sum elsewhere in the statement
        "The Orlan fish weighed 12 pounds and sold for a record sum.",
    ],
)
def test_pounds_without_money_are_a_weight(text: str) -> None:
    assert _unit(text) == "pound"


def test_only_pounds_right_after_the_number_are_read() -> None:
    text = "The Orlan fund paid 40 bags and 5 pounds."
    assert not pounds_money(text, text.index("40") + 2, False)
    assert pounds_money(text, text.index(" pounds"), False)


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_one_sum_in_two_writings_is_one_figure_and_two_sums_are_rivals() -> None:
    ctx = _context(
        "The Harlow council will spend £14.2m a year less on its libraries.",
        "The Harlow council will spend 14.2 million pounds a year less on its libraries.",
        "The Harlow council will spend £21m a year less on its libraries.",
    )
    (sign,), (named,), (other,) = ctx.figs
    assert sign.unit == named.unit == other.unit == "£"
    assert sign.value == named.value == 14_200_000
    assert ctx.same_slot(sign, named) and ctx.same_slot(named, other)
    assert other.value != named.value


def test_a_weight_is_no_rival_of_a_sum() -> None:
    ctx = _context(
        "The Orlan bear cost the zoo £300 to move.",
        "The Orlan bear weighed 300 pounds.",
    )
    (money,), (weight,) = ctx.figs
    assert (money.unit, weight.unit) == ("£", "pound")
    assert not ctx.same_slot(money, weight)
