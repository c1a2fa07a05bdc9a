"""Day words that name no day of the story (`consensus.offline.date_words`): "Today" ending a
name ("told Morvania Today") is no time; "every Wednesday" / "on a normal Wednesday" is no
date. Close real days stay. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.offline.dates import _times

WEDNESDAY = dt.date(2026, 5, 20)


def _dated(sentence: str) -> list[tuple[str, dt.date | None]]:
    return [(t.text, t.date) for _s, _e, t in _times(sentence, 0, len(sentence), WEDNESDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several witnesses told Harbour Today that the gate was shut.",
        "The Valley Today reported that the road had reopened.",
        "The mayor told Channel Nine Tonight that the dam held.",
    ],
)
def test_today_ending_a_name_is_no_time(sentence: str) -> None:
    assert _dated(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, the mayor said the road would reopen.",
        "The mayor said today that the road would reopen.",
        "Rescuers reached the village. Today the road reopened.",
        "Seven Die In Tram Crash Today",  # a headline in title case
    ],
)
def test_today_of_the_story_is_the_publication_day(sentence: str) -> None:
    assert [d for _t, d in _dated(sentence)] == [WEDNESDAY]


@pytest.mark.parametrize(
    "sentence",
    [
        "On a normal Wednesday, the cranes are the first thing commuters see.",
        "The market opens every Sunday in the square.",
        "Any Friday the queue reaches the corner.",
        "On a typical Saturday the ferry carries 900 people.",
    ],
)
def test_any_such_weekday_is_no_date(sentence: str) -> None:
    ((_text, date),) = _dated(sentence)
    assert date is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Two men died in a Saturday crash on the bypass.", dt.date(2026, 5, 16)),
        ("He was arrested on a Wednesday morning raid.", WEDNESDAY),
        ("The ferry sank on Sunday, a normal day for the crew.", dt.date(2026, 5, 17)),
    ],
)
def test_one_named_weekday_keeps_its_date(sentence: str, day: dt.date) -> None:
    assert [d for _t, d in _dated(sentence)] == [day]
