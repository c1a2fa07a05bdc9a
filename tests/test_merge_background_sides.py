"""Figure conflicts whose two claims are both dated apart from the news make no contested
point (session 23, nogold23: `merge/background_sides.py`): two retellings of an old disaster,
or two other occurrences of two past years, are background; the news's own figures, and a
count up to now ("since 2019"), are still compared. Every text is invented."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.background_sides import both_dated_apart, dated_apart
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

_DAY = dt.date(2026, 4, 14)


def _two_dated(first: str, second: str) -> Report:
    arts = (
        Article(id="b1", outlet="One", published=_DAY, text=first + " Roads stay closed."),
        Article(id="b2", outlet="Two", published=_DAY, text=second + " Schools shut early."),
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_a_past_year_dates_a_claim_apart() -> None:
    assert dated_apart("In 2009, when a bridge on the Ostra fell, 30 people died.", _DAY)
    assert dated_apart("It bought Harven Savings, with $900 million in deposits, in 2022.", _DAY)
    assert not dated_apart("The bridge fell on Tuesday, killing 12 people.", _DAY)
    assert not dated_apart("Floods have killed 40 people since 2019.", _DAY)  # (up to now)
    assert not dated_apart("The fee rose to $2,019 a year.", _DAY)  # (no year)
    assert not dated_apart("The plan runs until 2030.", _DAY)  # (not past)
    assert not dated_apart("In 2009, 30 people died.", None)  # (no publication day)
    assert dated_apart("A riot at the same jail nine years ago left 14 dead.", None)
    assert not dated_apart("Profit was $2 million a year ago.", _DAY)  # (a base, not an event)
    assert both_dated_apart("In 2009, 30 died.", _DAY, "In 2011, 41 died.", _DAY)
    assert not both_dated_apart("In 2009, 30 died.", _DAY, "On Tuesday 41 died.", _DAY)


def test_two_retellings_of_an_old_disaster_make_no_point() -> None:
    report = _two_dated(
        "A road bridge over the Ostra collapsed in Velmar on Tuesday. The collapse revived"
        " memories of 2009, when a bridge on the same river fell and killed 30 people.",
        "A road bridge over the Ostra collapsed in Velmar on Tuesday. The river's last bridge"
        " disaster came in 2009, when a span fell and killed 41 people.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_the_news_figures_are_still_disputed() -> None:
    # the near miss: the same two counts told of the news itself stay a point
    report = _two_dated(
        "A road bridge over the Ostra collapsed in Velmar on Tuesday and killed 30 people.",
        "A road bridge over the Ostra collapsed in Velmar on Tuesday and killed 41 people.",
    )
    (point,) = report.contested
    assert "quantit" in point.rule
