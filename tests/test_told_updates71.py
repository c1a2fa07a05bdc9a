"""One-sentence updates of two shapes session 64's blind clusters missed (invented text):
how late something is, told right after a time ("opened two years late", "26 weeks behind
schedule", "a month later than planned"), is a term, so an update of a delay names two values
of one slot (consensus/merge/figure_terms.py, `_LATE_AFTER`); and a share of a group ("69% of
those voting ... rather than the 71% it announced") is no count of some of the group, so it
makes a told pair and fits a rival's share (consensus/merge/figure_rivals_told.py, `_some`)."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.figure_rivals_told import told_pair
from consensus.merge.figures import figures
from tests.test_merge_figures import _members


def _terms(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The new pier opened two years late.", [(2.0, "year")]),
        ("The canal lock is now expected 26 weeks late.", [(26.0, "week")]),
        ("The depot is nine months behind schedule.", [(9.0, "month")]),
        ("The toll will start a month later than planned.", [(1.0, "month")]),
        ("The ferry arrived three hours late.", [(3.0, "hour")]),
        ("The library will reopen a year and a half late.", [(1.5, "year")]),
        ("The invoices were paid ten days overdue.", [(10.0, "day")]),
    ],
)  # fmt: skip
def test_a_time_before_a_word_of_lateness_is_a_term(
    text: str, read: list[tuple[float, str]]
) -> None:
    assert _terms(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "The pier opened two years later.",
        "The pier opened two years after the storm.",
        "The pier was finished in two years.",
    ],
)
def test_a_time_with_no_word_of_lateness_stays_no_term(text: str) -> None:
    assert _terms(text) == []


_UPDATE = (
    "The port authority has pushed back the opening of the new quay again and now expects it "
    "to open 14 months late, against the nine-month delay it gave last month."
)


def test_a_one_sentence_update_of_a_delay_is_a_told_pair() -> None:
    pair = told_pair(_UPDATE, figures(_UPDATE))
    assert pair is not None
    assert (pair[0].value, pair[1].value) == (14.0, 9.0)


def test_an_update_of_a_delay_against_the_delay_others_give_is_a_point() -> None:
    group = _members(
        ("o1", "The port authority said the new quay would open nine months late."),
        ("o2", "The new quay is now expected to open nine months late, the port authority "
               "said."),
        ("o3", _UPDATE),
    )  # fmt: skip
    ((sides, _texts),) = inner_disputes(group)
    assert [sorted(m.origin for m in side) for side in sides] == [["o1", "o2"], ["o3"]]


_SHARE_UPDATE = (
    "The returning office has corrected the ballot result, saying 62% of those voting backed "
    "the merger rather than the 65% it announced last week."
)


def test_a_share_of_those_voting_makes_a_told_pair() -> None:
    pair = told_pair(_SHARE_UPDATE, figures(_SHARE_UPDATE))
    assert pair is not None
    assert (pair[0].value, pair[1].value) == (62.0, 65.0)


def test_a_count_of_some_of_a_group_makes_no_told_pair() -> None:
    text = "Police said 12 of those held were charged, rather than the 15 reported on Monday."
    assert told_pair(text, figures(text)) is None


def test_a_corrected_share_against_the_share_others_gave_is_a_point() -> None:
    group = _members(
        ("o1", "The returning office said 65 percent of those who took part backed the merger."),
        ("o2", "The returning office said 65% of those voting backed the merger."),
        ("o3", _SHARE_UPDATE),
    )
    ((sides, texts),) = inner_disputes(group)
    assert [sorted(m.origin for m in side) for side in sides] == [["o3"], ["o1", "o2"]]
    assert texts[0][1:] == ("62%", "65%")
