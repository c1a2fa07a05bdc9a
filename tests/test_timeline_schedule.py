"""Days still to come: a weekday that a clause schedules is the coming one
(`consensus.offline.dates`), and an item that says something is to come, reported by no
one and dated after publication by most of its origins, is no event of the timeline
(`consensus.summary_timeline`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.api import build_report
from consensus.extract import extract_claims
from consensus.models import Article


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        ("The government wants parliament to pass the law on Tuesday.", True),
        ("The union said it would organise buses to the capital for Tuesday's rally.", True),
        ("The group called another rally for Tuesday.", True),
        ("The vote was postponed until Tuesday.", True),
        ("Parliament is to vote on the bill on Tuesday.", True),
        # a past act, a wish in another clause, a counterfactual: the last such day
        ("The minister, who wants lower taxes, resigned on Tuesday.", False),
        ("The vote would have taken place on Tuesday.", False),
        ("Police detained 38 people on Tuesday.", False),
    ],
)
def test_a_weekday_a_clause_schedules_is_the_coming_day(sentence: str, coming: bool) -> None:
    from consensus.offline.dates import _times

    sunday = dt.date(2026, 5, 17)
    (ref,) = [t for _s, _e, t in _times(sentence, 0, len(sentence), sunday)]
    assert ref.date == (dt.date(2026, 5, 19) if coming else dt.date(2026, 5, 12))


def test_an_item_most_of_its_origins_schedule_is_no_timeline_event():
    # two outlets schedule the vote ("is due to", "will"), one dates it the last Tuesday
    # ("before Tuesday's vote" reads as no future): a day to come, not an event
    texts = {
        "a1": "Parliament is due to vote on the media law on Tuesday.",
        "a2": "Parliament will vote on the media law on Tuesday, the speaker said.",
        "a3": "The ban protects parliament before Tuesday's vote on the media law.",
    }
    arts = [
        Article(id=k, title="Vote", outlet=f"Outlet {k}", text=v, published=dt.date(2026, 5, 17))
        for k, v in texts.items()
    ]
    r = build_report(extract_claims(arts))
    assert dt.date(2026, 5, 12) not in {e.date for e in r.timeline}
