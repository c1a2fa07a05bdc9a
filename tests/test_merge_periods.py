"""Periods a claim places its event in ("this week", "last month", "in 2015"), resolved
against each article's publication date (consensus.merge.periods): two reports of one
event in periods that cannot overlap are a dated dispute, never one agreed item."""

from __future__ import annotations

import datetime as dt

import pytest
from test_merge import check_invariants, claim, claim_set, merge_each_own_origin

from consensus.merge.periods import describe, period_named, periods_clash, tells_earlier_event
from consensus.models import Article, Report

FRIDAY = dt.date(2016, 11, 11)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a reprisal for airstrikes in Kunduz this week", "w:2016-45"),
        ("airstrikes near Kunduz last week", "w:2016-44"),
        ("approved by regulators last month", "m:2016-10"),
        # a period on a verb of telling dates the report, not the act it reports (the act
        # happened then or before): no period of its event
        ("regulators earlier this month said they had approved it", None),
        ("police said last week that 12 people were arrested", None),
        ("the company said in March 2015 that it would close", None),
        ("the plant closed in March, the company said", "m:2016-03"),
        ("regulators said the merger was approved last month", "m:2016-10"),
        ("the takeover last year of the company", "y:2015"),
        ("the company moved in 2012 after a merger", "y:2012"),
        ("the 2015-16 season", None),
        ("no period here", None),
        # a month: with its year, or the last one up to publication
        ("put in place after the attacks in November 2015", "m:2015-11"),
        ("during late November, 2014, the firm", "m:2014-11"),
        ("a resolution that was adopted in September", "m:2016-09"),
        ("the ship was seized in late November", "m:2016-11"),
        ("the merger was agreed in December", "m:2015-12"),  # no December yet: last year's
        ("the vote will be held in December", None),  # ahead: which December is unknown
        ("the ceremony in September 11 memory", None),  # a day, not a month
        ("he said in may not be enough", None),
    ],
)
def test_periods_are_resolved_against_the_publication_date(text: str, key: str | None) -> None:
    assert period_named(text, FRIDAY) == key


def test_a_reported_act_is_not_dated_against_the_report() -> None:
    # "approved last month" (January) and "this month said they had approved" (February)
    # name no two times of one approval: the second is when it was said
    reuters = "The acquisition of the chipmaker was approved by regulators last month."
    japan = "European regulators this month said they had approved the acquisition."
    published = dt.date(2018, 2, 6)
    a, b = period_named(reuters, published), period_named(japan, published)
    assert a == "m:2018-01" and b is None and not periods_clash(a, b)
    # the same act dated on its own verb is still told apart
    assert periods_clash(
        a, period_named("Regulators approved the acquisition this month.", published)
    )


def test_relative_periods_need_a_publication_date() -> None:
    assert period_named("airstrikes last week", None) is None
    assert period_named("the move in 2015", None) == "y:2015"
    assert period_named("adopted in September", None) is None
    assert period_named("adopted in September 2017", None) == "m:2017-09"
    # January is "last month" in February, across a year's end too
    assert period_named("last month", dt.date(2018, 1, 3)) == "m:2017-12"


def test_which_periods_cannot_overlap() -> None:
    assert periods_clash("w:2016-45", "w:2016-44")
    assert periods_clash("y:2015", "m:2016-10")
    assert not periods_clash("y:2016", "m:2016-10")
    assert not periods_clash("w:2016-44", "m:2016-10")  # a week may span two months
    assert not periods_clash("y:2016", "y:2016") and not periods_clash(None, "y:2016")
    assert describe("w:2016-44") == "the week of 31 Oct 2016"
    assert describe("m:2016-10") == "October 2016" and describe("y:2015") == "2015"


def _merged(said: dict[str, str], published: dt.date, speaker: str | None = None) -> Report:
    """Each text an article of its own origin, published that day, stating itself."""
    articles, sets = [], []
    for art_id, text in said.items():
        art = Article(id=art_id, text=text, published=published)
        articles.append(art)
        sets.append(claim_set(art, [claim(text, text, text, speaker=speaker)]))
    report = merge_each_own_origin(articles, sets, vectors=True)
    check_invariants(report, articles)
    return report


def test_this_week_and_last_week_of_one_event_are_a_dated_dispute() -> None:
    said = {
        "p1": "The Taliban called the bombing a reprisal for the air strikes in Kunduz this week.",
        "p2": "The Taliban called the bombing a reprisal for the air strikes in Kunduz last week.",
        "p3": "The Taliban called the bombing a reprisal for the air strikes in Kunduz last week.",
    }
    report = _merged(said, FRIDAY, speaker="Taliban")
    assert not report.agreed or all("this week" not in it.statement for it in report.agreed)
    (point,) = report.contested
    assert "conflicting dates" in point.rule
    assert "the week of 31 Oct 2016 vs the week of 7 Nov 2016" in point.rule
    sides = sorted(len({c.article for c in p.citations}) for p in point.positions)
    assert sides == [1, 2]


def test_a_resolution_of_september_and_one_of_last_month_are_a_dated_dispute() -> None:
    """A month named without its year is resolved against publication like "last month", so
    two outlets placing one act in September and last month are a point, not one item."""
    published = dt.date(2017, 12, 29)
    said = {
        "r1": "Such transfers are banned by a UN Security Council resolution adopted in September.",
        "r2": "Such transfers are banned by a UN Security Council resolution adopted in September.",
        "r3": "Such transfers are banned by a UN Security Council resolution adopted last month.",
    }
    (point,) = _merged(said, published).contested
    assert "conflicting dates" in point.rule
    assert "September 2017 vs November 2017" in point.rule
    sides = sorted(len({c.article for c in p.citations}) for p in point.positions)
    assert sides == [1, 2]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("The valley was hit by severe flooding in 2011, when 42 people died.", True),
        ("When the river last flooded the town, in 2011, it killed 42 people.", True),
        ("It was the deadliest crash since a previous crash in 2009 killed 30.", True),
        ("The company made its $38 billion bid in October 2016 for its rival.", False),
        ("The bridge was rated structurally deficient in 2019.", False),
        # a statement that opens with its past year is background (blind_mine, session 17:
        # a 2023 roof fall's three trapped miners were set against this week's eleven out)
        ("In 2023, three miners were trapped there for 11 hours and rescued unhurt.", True),
        ("In June 2023, the company cut 1,100 jobs.", True),
        ("Three miners were trapped in 2023 and all were rescued.", False),
    ],
)
def test_an_earlier_occurrence_is_told_apart_from_a_past_step(text: str, earlier: bool) -> None:
    # a past period's figure that differs from today's is no side of it when the text says
    # the period was another occurrence (session 16: a flood's 2011 toll set against this
    # week's); a step of today's story dated in the past (a pending bid) still is
    assert tells_earlier_event(text) is earlier


def test_a_background_year_is_no_side_of_this_weeks_count() -> None:
    from test_madeup_clusters import _run

    report = _run("blind_mine")[1]
    quotes = [c.quote for p in report.contested for s in p.positions for c in s.citations]
    assert not [q for q in quotes if "In 2023" in q], quotes
