"""Session 53 (durations53): a term told by an article or a word for one ("closed for a
week", "extended by one week", "half a day", "a couple of weeks", "a fortnight") is a
figure of its unit (`figure_terms`), so two voices whose claims differ only in such a term
("one week added" / "four weeks added") tell two values of it: a contested point. One term
told in two units ("one week" / "seven days") is one value, and a term against a count of
other things is nothing. Invented sentences only."""

from __future__ import annotations

import time

from report_checks import offline_report

from consensus.merge.figures import figures
from consensus.merge.slots import _overlap
from consensus.models import Report

SHARED = (
    "The Norvane rail operator cancelled hundreds of trains after its new timetable failed "
    "on Monday."
)
ONE_WEEK = (
    "The operator said that season ticket holders would get one week added to their "
    "tickets as compensation."
)
FOUR_WEEKS = (
    "Union leader Marta Kell said that every season ticket holder would get four weeks "
    "added to their tickets as compensation."
)
SEVEN_DAYS = (
    "Union leader Marta Kell said that every season ticket holder would get seven days "
    "added to their tickets as compensation."
)
COACHES = (
    "Union leader Marta Kell said that four coaches would be added to every train on the "
    "coastal line."
)


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.text) for f in figures(text)]


def _points(report: Report) -> list[str]:
    return [
        " | ".join(c.quote for p in pt.positions for c in p.citations) for pt in report.contested
    ]


def test_a_term_told_by_an_article_or_one_is_a_figure_of_its_unit() -> None:
    assert _read("The school would close for at least a week.") == [(1.0, "week", "a")]
    assert _read("Season tickets would be extended by one week.") == [(1.0, "week", "one")]
    assert _read("The pool was closed for half a day.") == [(0.5, "day", "half a")]
    assert _read("The talks lasted for a couple of weeks.") == [(2.0, "week", "a couple of")]
    assert _read("The notice will stay in place for a fortnight.") == [(14.0, "day", "a")]
    assert _read("The men had air for a day and a half.") == [(1.5, "day", "a")]
    (added,) = figures("Holders will get four weeks added to their tickets.")
    assert (added.value, added.unit, added.change) == (4.0, "week", True)


def test_an_article_before_a_time_that_is_no_term_stays_no_figure() -> None:
    assert _read("The line ran 400 trains a week.") == [(400.0, "", "400")]
    assert _read("One of the men was hurt a day after the crash.") == []
    assert _read("The survey was done a year ago.") == []
    assert _read("The line will reopen in a year's time.") == []
    assert _read("A week is a long time in politics.") == []
    assert _read("The president declared a day of mourning.") == []
    assert _read("Shares had their biggest one-day fall since May.") == []
    assert _read("The union gave only 11 days' notice.") == []


def test_an_article_number_regex_is_linear_on_a_long_token() -> None:
    token = "a " * 100_000 + "week"
    began = time.perf_counter()
    figures(token)
    figures("x" * 200_000)
    assert time.perf_counter() - began < 5.0


def test_two_voices_one_week_against_four_weeks_is_a_point() -> None:
    points = _points(offline_report(f"{SHARED} {ONE_WEEK}", f"{SHARED} {FOUR_WEEKS}"))
    assert any("one week added" in p and "four weeks added" in p for p in points), points


def test_one_week_against_seven_days_is_one_value_no_point() -> None:
    points = _points(offline_report(f"{SHARED} {ONE_WEEK}", f"{SHARED} {SEVEN_DAYS}"))
    assert not any("seven days" in p for p in points), points


def test_a_term_against_a_count_of_other_things_is_nothing() -> None:
    points = _points(offline_report(f"{SHARED} {ONE_WEEK}", f"{SHARED} {COACHES}"))
    assert not any("four coaches" in p for p in points), points


def test_two_minimum_terms_overlap_but_a_minimum_count_and_a_larger_count_do_not() -> None:
    (lo,) = figures("The detainees were held for more than two years.")
    (hi,) = figures("The detainees were held for more than six years.")
    assert _overlap(lo, hi) and _overlap(hi, lo)
    (few,) = figures("At least 9 people were killed.")
    (many,) = figures("At least 14 people were killed.")
    assert not _overlap(few, many)
