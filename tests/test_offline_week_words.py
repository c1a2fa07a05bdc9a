"""Which week a weekday names (`consensus.offline.week_words`, `dates._times`): "last
Thursday" is the most recent Thursday before the article's day (a week back only when the
article appeared on a Thursday), "next Thursday" the first one after it; a bare weekday six
days back stays the coming day. Sentences written for these tests (issue 8, session 56)."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.offline.dates import _times

WEDNESDAY = dt.date(2026, 6, 3)


def _date(sentence: str) -> dt.date | None:
    dates = [t.date for _s, _e, t in _times(sentence, 0, len(sentence), WEDNESDAY)]
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # "last": the most recent such day strictly before publication
        ("Last Thursday's rehearsal of the brass band was cancelled.", dt.date(2026, 5, 28)),
        ("The bakery in Tolsen was robbed last Thursday.", dt.date(2026, 5, 28)),
        ("The ferry operator raised its fares last Wednesday.", dt.date(2026, 5, 27)),
        ("The ferry operator raised its fares last Monday.", dt.date(2026, 6, 1)),
        ("The ferry operator raised its fares last Tuesday.", dt.date(2026, 6, 2)),
        # "next": the first such day strictly after publication
        ("The ferry operator will raise its fares next Wednesday.", dt.date(2026, 6, 10)),
        ("The ferry operator raises its fares next Thursday.", dt.date(2026, 6, 4)),
        ("The ferry operator will raise its fares next Tuesday.", dt.date(2026, 6, 9)),
    ],
)
def test_the_week_a_weekday_names(sentence: str, day: dt.date) -> None:
    assert _date(sentence) == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The bakery in Tolsen was robbed on Monday.", dt.date(2026, 6, 1)),
        ("The council will vote on Monday.", dt.date(2026, 6, 8)),
        ("The council met this Monday.", dt.date(2026, 6, 1)),
        ("The council will meet this Monday.", dt.date(2026, 6, 8)),
        ("The mayor of Tolsen spoke on Wednesday.", WEDNESDAY),
        ("The fire broke out Monday night.", dt.date(2026, 6, 1)),
        ("The fares rose on Monday, June 8.", dt.date(2026, 6, 8)),
        # six days back, past verb or not: still read as the coming day (a story dated the
        # day before it was updated; a future act in a participle)
        ("Brass band rehearsal on Thursday in Tolsen.", dt.date(2026, 6, 4)),
        (
            "The mayor of Tolsen said early Thursday that the bridge would reopen.",
            dt.date(2026, 6, 4),
        ),
        ("The rest of the flock is due to be culled on Thursday.", dt.date(2026, 6, 4)),
    ],
)
def test_other_weekdays_keep_their_reading(sentence: str, day: dt.date) -> None:
    assert _date(sentence) == day


def test_last_weekday_event_keeps_its_week_beside_a_coming_one() -> None:
    text = (
        "The band called another rehearsal for Thursday. Last Thursday's rehearsal was cancelled."
    )
    dates = [t.date for _s, _e, t in _times(text, 0, len(text), WEDNESDAY)]
    assert dates == [dt.date(2026, 6, 4), dt.date(2026, 5, 28)]
