"""A year that a "when" clause places an event in ("since 2004, when seven people were
killed in a rail crash") makes the claim one about a past event, and a past event's figure
never joins today's, even when the two figures are the same (link rule 3)."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.periods import names_past, period_named
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

NOV = dt.date(2016, 11, 10)
SINCE = (
    "The crash is the worst on the network since 2004, when seven people were killed in a "
    "rail crash near Ashby Vale."
)


def test_a_when_clause_places_its_event_in_the_year() -> None:
    assert names_past(SINCE, NOV)
    assert names_past("It was in 2009, when the bridge fell, that the line closed.", NOV)
    assert period_named(SINCE, NOV) == "y:2004"
    # a year with nothing placed in it stays what it was
    assert not names_past("There have been no deaths on the line since 2004.", NOV)
    assert not names_past("The record has stood since 1959.", NOV)
    assert not names_past("It reopened last spring, when the repairs ended.", NOV)
    # a year or more back in words, fronting the statement or followed by "when" (blindI18:
    # a rival chain's collapse "last year" was a side of today's store closures)
    assert names_past("Last spring the rival chain Harwick collapsed, closing 96 stores.", NOV)
    assert names_past("That echoes Harwick's collapse last year, when 4,200 lost jobs.", NOV)
    assert names_past("Two years ago, 40 people died in a similar slide.", NOV)
    # ... never a relative clause's time inside today's statement
    assert not names_past(
        "Corvex, which made record profits two years ago, said it would cut 2,400 jobs.", NOV
    )
    assert not names_past("Workers there voted to join the union last year.", NOV)


def test_a_past_events_figure_does_not_join_the_same_figure_today() -> None:
    arts = (
        Article(
            id="p1",
            text="At least seven people were killed when the tram derailed. The city mourns.",
            outlet="One",
            published=NOV,
        ),
        Article(
            id="p2",
            text="Seven people were killed when the tram derailed on Wednesday. " + SINCE,
            outlet="Two",
            published=NOV,
        ),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (item,) = [it for it in report.agreed if "derailed" in it.statement]
    assert item.origins == 2
    assert not any("Ashby" in c.quote for it in report.agreed for c in it.citations)
