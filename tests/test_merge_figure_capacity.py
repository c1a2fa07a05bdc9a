"""A limit is not a count of what is there (consensus.merge.figure_capacity; issue 8,
session 17): "certified to carry 350 passengers" and "its manifest listed 286 passengers"
are no rival values of one slot, while two limits ("licensed for 300" / "certified for
350") still dispute it. Invented text."""

from __future__ import annotations

from test_merge_timed_acts import _report

from consensus.merge.figure_capacity import is_limit, limit_and_count
from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import Figure, figures


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


def test_limits_and_counts() -> None:
    limit = _one("The ferry was certified to carry 350 passengers.")
    licensed = _one("The hall is licensed for 900 people.")
    capacity = _one("The stadium has a capacity of 45,000.")
    count = _one("Its manifest listed 286 passengers.")
    aboard = _one("There were 305 passengers aboard.")
    assert is_limit(limit) and is_limit(licensed) and is_limit(capacity)
    assert not is_limit(count) and not is_limit(aboard)
    assert limit_and_count(limit, count) and other_kind(limit, count)
    assert not limit_and_count(limit, licensed)  # two limits: one slot
    assert not limit_and_count(count, aboard)  # two counts: one slot
    # a peak that was measured is no limit
    assert not is_limit(_one("The storm brought maximum sustained winds of 145 mph."))


def test_a_limit_and_a_count_make_no_contested_point() -> None:
    report = _report(
        "The operator said the ferry Arden was certified to carry 350 passengers. "
        "The ferry capsized in the strait on Saturday.",
        "The operator said its manifest listed 286 passengers. "
        "The ferry capsized in the strait on Saturday.",
    )
    assert not report.contested


def test_two_limits_still_dispute() -> None:
    report = _report(
        "The operator said the ferry Arden was certified to carry 350 passengers.",
        "The families said the ferry Arden was licensed for 300 passengers.",
    )
    (point,) = report.contested
    assert "350 vs 300" in point.rule or "300 vs 350" in point.rule
