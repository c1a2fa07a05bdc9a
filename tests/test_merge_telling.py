"""A time phrase on a verb or occasion of telling dates the report, not the act it tells
(consensus.merge.telling), for weekdays and periods alike."""

from __future__ import annotations

import pytest

from consensus.merge.telling import dates_a_telling, near_word


def _at(text: str, phrase: str) -> bool:
    start = text.index(phrase)
    return dates_a_telling(text, start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "telling"),
    [
        ("The regulator this month said it had approved the deal.", "this month", True),
        ("The company said on Monday that output fell.", "on Monday", True),
        ("Police told a news conference last week that two men were held.", "last week", True),
        ("In a statement on Friday the club confirmed the fee.", "on Friday", True),
        ("The factory closed last month after the fire.", "last month", False),
        ("The plant closed in March, the company said.", "in March", False),
        ("Two men were arrested on Monday in the port.", "on Monday", False),
    ],
)
def test_a_time_on_a_telling_dates_the_telling(text: str, phrase: str, telling: bool) -> None:
    assert _at(text, phrase) is telling


def test_filler_words_are_passed_over() -> None:
    assert near_word(["on", "early", "Said"]) == "said"
    assert near_word(["the", "of"]) == ""
