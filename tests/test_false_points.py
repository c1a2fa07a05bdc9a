"""Contested points that show no real dispute (session 27, falsepoints27): the shapes of
text that tell two things, read so that they set no two values of one slot against each
other. Invented sentences; each reading is general English (a year that opens its clause,
an adjective's "-ed", "was due to", a past perfect level, "previously", an offer against
a price), never an event's words. The probe (tests/data/disputes/probe.txt, "session 27")
runs the same shapes through the whole pipeline."""

from __future__ import annotations

import pytest

from consensus.merge.figure_of_nouns import amounts_apart
from consensus.merge.figures import figures
from consensus.merge.point_vetoes import planned_time
from consensus.merge.timed_acts import year_acts
from consensus.merge.weekdays import _acts as weekday_acts
from consensus.merge.weekdays import weekday_of


@pytest.mark.parametrize(
    ("text", "period", "acts"),
    [
        # a year that opens its clause dates the act after it
        ("In 2011, nine farm workers were killed on the road", "y:2011", {"killed"}),
        (
            "Their van went over the edge, and in 2018 a lorry fell from the bend",
            "y:2018",
            {"fell"},
        ),
        ("In August 2011, a van carrying farm workers left the road", "m:2011-08", {"left"}),
        # the act before it is still read first
        ("The bridge collapsed in 2011 after a flood", "y:2011", {"collapsed"}),
    ],
)
def test_a_year_dates_the_act_of_its_clause(text: str, period: str, acts: set[str]) -> None:
    assert year_acts(text, period) == acts


def test_a_past_form_that_qualifies_a_noun_is_no_act() -> None:
    text = "Varro sought on Friday to calm investors over the ban on sales of advanced chips"
    day = weekday_of(text)
    assert day is not None
    assert weekday_acts(text, day[1]) == {"sought"}
    text = "Workers were waiting on Thursday night after the state banned its advanced chips"
    day = weekday_of(text)
    assert day is not None
    assert weekday_acts(text, day[1]) == {"banned"}


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("The court suspended a strike that was due to begin at midnight.", True),
        ("The strike was scheduled to start at 6 a.m.", True),
        ("The ruling, delivered just after 6 p.m., suspends the walkout.", False),
        ("The plane landed at 9 p.m., later than planned.", False),  # (an act's time)
    ],
)
def test_a_planned_time_is_read_after_was(text: str, planned: bool) -> None:
    assert planned_time(text) is planned


def _prior(text: str, value: float) -> bool:
    return next(f for f in figures(text) if f.value == value).before


@pytest.mark.parametrize(
    ("text", "value", "earlier"),
    [
        ("The central bank had kept the crown at 7 to the dollar since 2023", 7, True),
        ("The crown would now trade at 8.4 crowns per dollar, against 7 previously.", 7, True),
        ("The crown would now trade at 8.4 crowns per dollar, against 7 previously.", 8.4, False),
        ("It set a rate of 8.4 after months of spending reserves to hold the crown at 7.", 7, True),
        # time or money spent holding a level: the level before the event (a quotation's
        # rival of the new rate otherwise, whose speaker the rate's outlet voice hides)
        ('"Each week they spent propping up 7 to the euro was wasted," she said.', 7, True),
        ("The bank spent $4bn keeping the peg at 7.8 per dollar", 7.8, True),
        ("Divers spent the night searching for 7 missing crew", 7, False),
        # a level still held, and a count up to a past moment, are no earlier level
        ("The bank has kept its rate at 7 percent since 2023", 7, False),
        ("The virus had killed 38 people since January", 38, False),
    ],
)
def test_an_earlier_level(text: str, value: float, earlier: bool) -> None:
    assert _prior(text, value) is earlier


def test_an_offer_and_the_price_it_is_measured_against_are_two_measures() -> None:
    price = "The offer is a premium of 30% to the closing share price of 315 pence on Friday."
    offer = "The board said the offer of 410 pence a share undervalued the business."
    other = "The board rejected the offer of 380 pence a share on Monday."
    p = next(f for f in figures(price) if f.value == 315)
    o = next(f for f in figures(offer) if f.value == 410)
    q = next(f for f in figures(other) if f.value == 380)
    assert amounts_apart(price, p, offer, o)
    assert amounts_apart(offer, o, price, p)
    assert not amounts_apart(offer, o, other, q)  # two offers stay rival values
