"""One named subject given two places by two outlets is a contested point, not two
unrelated facts (consensus/merge/place_slots.py, link rule 0); two acts at two places with
no named subject in common stay two facts. Invented names only."""

from __future__ import annotations

import pytest
from test_offline_phrases import _report

from consensus.models import Report

FILLER = (
    "The inquiry will report next year, officials told reporters on Tuesday morning.",
    "More details were expected later in the week from the regional authorities.",
)


def _two(first: str, second: str) -> Report:
    return _report(f"{first} {FILLER[0]}", f"{second} {FILLER[1]}")


def _place_points(report: Report) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(p.statement for p in c.positions))
        for c in report.contested
        if "conflicting places for one slot" in c.rule
    ]


@pytest.mark.parametrize(
    ("first", "places"),
    [
        (
            "The software maker Lumatek is based in Oslin, the company said on Monday.",
            ("Oslin", "Bergholm"),
        ),
        ("The singer Jane Roe was born in Oslin in 1971, her agent said.", ("Oslin", "Bergholm")),
        (
            "The cargo ship Norvale Star ran aground near Tarvik on Sunday, the coastguard said.",
            ("Tarvik", "Skelby Point"),
        ),
    ],
)
def test_one_subject_two_places_is_a_contested_point(first: str, places: tuple[str, str]) -> None:
    second = first.replace(places[0], places[1])
    report = _two(first, second)
    points = _place_points(report)
    assert len(points) == 1, [c.rule for c in report.contested]
    (sides,) = points
    assert len(sides) == 2
    assert places[1] in sides[0] and places[0] in sides[1]
    # neither place is an agreed fact of the two outlets
    both = [it.statement for it in report.agreed if {"a0", "a1"} <= set(it.sources)]
    assert not [s for s in both if places[0] in s or places[1] in s], both


def test_a_seat_read_from_a_compound_is_contested_and_the_act_still_agrees() -> None:
    report = _two(
        "Shares of Oslin-based Lumatek fell 3 percent on Monday after the recall.",
        "Shares of Bergholm-based Lumatek fell 3 percent on Monday after the recall.",
    )
    assert _place_points(report) == [
        ("Lumatek is based in Bergholm.", "Lumatek is based in Oslin.")
    ]
    assert [it.sources for it in report.agreed if "fell 3 percent" in it.statement] == [
        ("a0", "a1")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two fires at two places: no named subject in common, two facts
        (
            "A fire broke out in a warehouse in Oslin on Monday night, firefighters said.",
            "A fire broke out in a warehouse in Bergholm on Monday night, firefighters said.",
        ),
        # the name after "of" tells which mayor: no place slot
        (
            "Mayor Jo Ward of Oslin opened the new bridge on Monday with a short speech.",
            "Mayor Jo Ward of Bergholm opened the new bridge on Monday with a short speech.",
        ),
    ],
)
def test_two_acts_at_two_places_are_no_contested_point(first: str, second: str) -> None:
    report = _two(first, second)
    assert not _place_points(report), [c.rule for c in report.contested]


def test_one_place_still_agrees() -> None:
    text = "The singer Jane Roe was born in Oslin in 1971, her agent said."
    report = _two(text, text.replace("her agent said", "her agent told reporters"))
    assert not _place_points(report)
    assert [it.sources for it in report.agreed if "born in Oslin" in it.statement] == [("a0", "a1")]
