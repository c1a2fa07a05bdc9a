"""Prices of two deals or two parts of one deal are no clash (consensus.merge.figure_deals):
the cash part of an offer and the offer, one company's bid and a bid for that company, an
offer's price per share and a market price."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_deals import _priced
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_two_offers_for_one_target_still_clash() -> None:
    ctx = _context(
        "Rivet raised its offer for Anvil to $55 a share.",
        "Rivet raised its offer for Anvil to $57 a share.",
    )
    assert ctx.figure_relation(0, 1)[1] == "share: $55 vs $57"


def test_the_cash_part_of_an_offer_is_no_rival_of_the_offer() -> None:
    ctx = _context(
        "The portion of the offer in cash was unchanged at $40 a share.",
        "Rivet raised its offer for Anvil to $55 a share.",
        "Rivet raised its offer for Anvil to $55 a share in cash and stock.",
        "Rivet will pay $57 a share in cash for Anvil.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2) == (False, "")
    assert ctx.figure_relation(0, 3) == (False, "")  # a part in cash, all in cash
    assert ctx.figure_relation(2, 3) == (False, "")  # cash and stock, cash alone


def test_a_bid_by_the_target_and_a_bid_for_another_company_are_other_deals() -> None:
    ctx = _context(
        "Shareholders argued Anvil's $90-a-share offer must be improved.",
        "The new offer of $55 a share for Anvil will be Rivet's last.",
        "Rivet would withdraw if Anvil paid more than the $90 a share it has bid for Bolt.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")  # Anvil's bid / a bid for Anvil
    assert ctx.figure_relation(1, 2) == (False, "")  # a bid for Anvil / a bid for Bolt
    assert ctx.figure_relation(0, 2) == (True, "")  # one deal, one price


def test_a_market_price_is_no_offer() -> None:
    ctx = _context(
        "Anvil shares fell 3 percent to $51.10 in early trading.",
        "Rivet raised its offer for Anvil to $55 a share.",
        "Anvil stock had been trading at less than $40 before the approach.",
        "That $45 offer was a premium of 12 percent.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(2, 3) == (False, "")


def test_a_market_price_read_at_the_sentence_start() -> None:
    text = "Shares of Anvil fell 3 percent to $51.10."
    price = next(f for f in figures(text) if f.unit == "$")
    assert _priced(text, price) == "market"


def test_a_price_paid_a_market_close_and_a_valuation_are_three_slots() -> None:
    # (issue 8, session 17: a blind acquisition's offer against the day's close and against
    # an activist's break-up value)
    ctx = _context(
        "Rivet is paying $38.50 for each Anvil share.",
        "Shares of Anvil closed up 24.6% at $36.28 on Monday.",
        'Holm said Anvil was worth "well over $45 a share" broken up.',
        "Rivet agreed to buy Anvil for $41 a share.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2) == (False, "")
    assert ctx.figure_relation(1, 2) == (False, "")
    assert ctx.figure_relation(0, 3)[1]  # two prices paid per share still clash


def test_a_percentage_of_a_thing_is_no_rival_of_a_change() -> None:
    ctx = _context(
        "The offer represents a premium of 32 percent to Anvil's closing price on Friday.",
        "Shares of Anvil closed up 24.6% on Monday.",
        "Anvil's revenue showed a rise of 5 percent.",
        "Anvil's revenue rose 7 percent.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(2, 3)[1]  # a change noun before "of": still a rival
