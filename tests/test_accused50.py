"""The accused side's denial (consensus.merge.accused_denials; issue 8, session 50): an
accusation that names the accused, a common noun too ("accused the resort of ..."), and a
denial after it in one article by whoever speaks for that party by the articles' own
appositive ("Mara Kelt, the resort's managing director") are a dispute. Not a denial of
another charge, nor a denial by someone who speaks for another party."""

from __future__ import annotations

import time

import pytest
from report_checks import offline_report
from test_denial_answers import _disputes

from consensus.merge.accused_denials import accused_party

SHARED = "The Tarn run at Brisvale was hit by a slide on Saturday morning."
ACCUSATION = (
    "The Walden hikers' club has accused the resort of opening the Tarn run despite the "
    "snow warnings."
)
DIRECTOR = "The resort's managing director, Mara Kelt, spoke to reporters on Sunday."


def test_who_and_what_an_accusation_names() -> None:
    party, charge = accused_party(ACCUSATION) or ("", frozenset())
    assert party == "resort"
    assert {"opening", "tarn", "warnings"} <= charge
    # the noun phrase before "has been accused", not the words of the clause before it
    got = accused_party("A spokeswoman said the Kessel union has been accused of lying.")
    assert got is not None and got[0] == "kessel union"
    assert accused_party("Rights groups blamed him for the flooding.") is None  # a pronoun
    assert accused_party("The resort opened the Tarn run on Saturday.") is None


def test_the_accused_party_named_alone_is_linear() -> None:
    for text in ("a" * 200_000, "a " * 100_000, "accused " * 25_000):
        start = time.perf_counter()
        accused_party(text)
        assert time.perf_counter() - start < 5


def test_the_accused_sides_denial_meets_the_accusation() -> None:
    denial = 'Mara Kelt said: "It is not true that we opened the run despite any warnings."'
    report = offline_report(f"{SHARED} {ACCUSATION} {DIRECTOR} {denial}", SHARED, title="Slide")
    disputes = _disputes(report)
    assert any("accused the resort" in a and "Mara Kelt" in d for a, d in disputes), disputes


@pytest.mark.parametrize(
    "denial",
    [
        # another charge against the same party
        'Mara Kelt said: "It is not true that our lift prices went up this winter."',
        # someone who speaks for no accused party
        'Jonas Pell said: "It is not true that anyone opened the run despite warnings."',
    ],
)
def test_no_dispute_with_another_denial(denial: str) -> None:
    report = offline_report(f"{SHARED} {ACCUSATION} {DIRECTOR} {denial}", SHARED, title="Slide")
    disputes = _disputes(report)
    assert not any("accused the resort" in a for a, _ in disputes), disputes
