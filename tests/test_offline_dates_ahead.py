"""Days still to come that no future cue before them announces (`consensus.offline.date_ahead`):
a deadline, a meeting one side called, a scheduled act in the present tense, a day's event a
future cue governs; past shapes stay the last such day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.offline.dates import _times

WEDNESDAY = dt.date(2026, 5, 20)
LAST_MONDAY = dt.date(2026, 5, 18)
NEXT_MONDAY = dt.date(2026, 5, 25)


def _monday(sentence: str) -> dt.date | None:
    dates = [t.date for _s, _e, t in _times(sentence, 0, len(sentence), WEDNESDAY)]
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister summoned both sides to talks on Monday.",
        "The mayor invited the residents to a meeting on Monday.",
        "The council called the two unions to emergency talks on Monday.",
        "Ahead of Monday's meeting, the two sides traded accusations.",
        "The ports are quiet before Monday's vote on the budget.",
        "Monday's talks are expected to last all day.",
        "Monday's hearing will decide whether the ban stands.",
        "The trial resumes on Monday.",
        "Talks begin Monday in the capital.",
        "The ceasefire expires on Monday.",
        "The club has until Monday to reply to the charge.",
        "The airline gave passengers until Monday to claim a refund.",
        "Flights are suspended until at least Monday.",
        "The pumps should be working again by Monday at the latest.",
        "The regulator asked both companies for their figures by Monday.",
        "The board must decide on Monday.",
        "A decision on the strike is expected by Monday.",
        "The inspectors' report is due on Monday.",
        "The union faces a Monday deadline to accept the offer.",
        "The tanker should dock on Monday.",
    ],
)
def test_a_day_still_to_come_is_the_coming_one(sentence: str) -> None:
    assert _monday(sentence) == NEXT_MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks on Monday ended without a deal.",
        "The minister summoned both sides to talks on Monday, which broke up after an hour.",
        "At Monday's meeting the minister said the plant would close.",
        "Police arrested 40 people ahead of Monday's vote.",
        "The winners of Monday's vote will have to share power.",
        "The video had been shared 30,000 times by Monday.",
        "The patient stayed in hospital until Monday.",
        "The runway should never have opened on Monday.",
        "Rescuers stand next to the wreck on Monday.",
        "The embassy summoned the ambassador on Monday.",
    ],
)
def test_past_shapes_stay_the_last_such_day(sentence: str) -> None:
    assert _monday(sentence) == LAST_MONDAY


def test_a_days_event_is_the_day_the_article_schedules_elsewhere() -> None:
    text = (
        "The opposition called another rally for Monday. "
        "The minister said the ban was needed before Monday's vote."
    )
    dates = [t.date for _s, _e, t in _times(text, 0, len(text), WEDNESDAY)]
    assert dates == [NEXT_MONDAY, NEXT_MONDAY]
    # without the scheduled rally, the vote is the last Monday (a past verb governs it)
    alone = "The minister said the ban was needed before Monday's vote."
    assert [t.date for _s, _e, t in _times(alone, 0, len(alone), WEDNESDAY)] == [LAST_MONDAY]


@pytest.mark.parametrize(
    "sentence",
    [
        "He had been held in custody until Monday to allow questioning.",
        "The urgent repairs were finished by Monday.",
        "The festival's last day, due on Monday, was cancelled.",
        "The talks did not begin on Monday.",
        "The strike failed to start on Monday.",
        "The union missed a Monday deadline to accept the offer.",
    ],
)
def test_a_past_stay_or_a_finished_job_is_no_deadline(sentence: str) -> None:
    assert _monday(sentence) == LAST_MONDAY
