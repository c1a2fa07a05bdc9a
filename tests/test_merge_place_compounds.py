"""A place written inside a compound word before a common noun tells the thing apart
(consensus/merge/place_compounds.py, link rule 0); before a name it does not, and the
place is a claim of its own (consensus/offline/phrases.py). Invented names only."""

from __future__ import annotations

import pytest
from test_offline_phrases import _report

from consensus.merge.place_compounds import compounds_of


def test_a_compound_before_a_noun_is_read_with_its_place() -> None:
    assert compounds_of("The Oslin-bound train derailed near Tarvik.") == {
        ("bound", "train"): frozenset({"oslin"})
    }
    assert compounds_of("An Upper Brannock-made engine failed.") == {
        ("made", "engine"): frozenset({"upper brannock"})
    }
    # before a name the name tells the thing; a nationality is no place of the thing
    assert compounds_of("Oslin-based software maker Norvale Systems said on Monday.") == {}
    assert compounds_of("Oslin-based Lumatek said on Monday.") == {}
    assert compounds_of("A Norwegian-based company was fined.") == {}


FILLER = (
    "The inquiry will report next year, officials told reporters on Tuesday morning.",
    "More details were expected later in the week from the regional authorities.",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Oslin-bound train derailed near a small station on Monday, injuring 12 "
            "passengers, police said.",
            "The Bergholm-bound train derailed near a small station on Monday, injuring 12 "
            "passengers, police said.",
        ),
        (
            "An Oslin-based company was fined 2 million euros on Monday for dumping waste, "
            "the court said.",
            "A Bergholm-based company was fined 2 million euros on Monday for dumping waste, "
            "the court said.",
        ),
    ],
)
def test_two_places_of_a_thing_named_by_a_noun_are_no_agreed_fact(first: str, second: str) -> None:
    report = _report(f"{first} {FILLER[0]}", f"{second} {FILLER[1]}")
    both = [it for it in report.agreed if {"a0", "a1"} <= set(it.sources)]
    assert not both, [it.statement for it in both]


def test_one_place_of_a_thing_named_by_a_noun_still_agrees() -> None:
    text = (
        "The Oslin-bound train derailed near a small station on Monday, injuring 12 "
        "passengers, police said."
    )
    other = text.replace("near a small station", "close to a small station")
    report = _report(f"{text} {FILLER[0]}", f"{other} {FILLER[1]}")
    assert [it.sources for it in report.agreed if "derailed" in it.statement] == [("a0", "a1")]


def test_a_person_born_in_two_places_agrees_on_the_act_not_the_birthplace() -> None:
    report = _report(
        "Oslin-born singer Jane Roe won the award on Monday evening at a ceremony in the "
        "capital. " + FILLER[0],
        "Bergholm-born singer Jane Roe won the award on Monday evening at a ceremony in the "
        "capital. " + FILLER[1],
    )
    assert [it.sources for it in report.agreed if "won the award" in it.statement] == [("a0", "a1")]
    assert not [it for it in report.agreed if " born in " in it.statement]
