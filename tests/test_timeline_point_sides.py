"""A contested point's timeline entry is dated by one side's quotes and shows that side's
statement (`summary_timeline`): the day a party denied an accusation is not the day of the
accusation, and an agreed side is not listed twice. Invented minimal cases."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

WEDNESDAY = dt.date(2026, 5, 20)
ACCUSED = "The union said{} that the company had ignored a written warning about the roof."


def _report(denial: str) -> Report:
    articles = (
        Article(
            id="a",
            outlet="One",
            published=WEDNESDAY - dt.timedelta(days=1),
            text=ACCUSED.format(" on Monday") + " The city is in mourning.",
        ),
        Article(
            id="b",
            outlet="Two",
            published=WEDNESDAY,
            text=ACCUSED.format("") + f" {denial} Flags flew at half mast.",
        ),
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_a_point_dated_by_its_denial_shows_the_denial() -> None:
    report = _report("On Wednesday the company denied receiving any such warning.")
    (point,) = report.contested
    dated = {e.item: (e.date, e.statement) for e in report.timeline}
    assert dated[point.id] == (
        WEDNESDAY,
        "On Wednesday the company denied receiving any such warning.",
    )
    # the accusation, agreed, keeps its own day, listed once
    statements = [e.statement for e in report.timeline]
    assert statements.count(ACCUSED.format("")) == 1


def test_an_undated_denial_leaves_the_point_out() -> None:
    report = _report("The company denied receiving any such warning.")
    assert report.contested
    assert {e.item for e in report.timeline}.isdisjoint(c.id for c in report.contested)
