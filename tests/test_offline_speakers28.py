"""Speakers on news nobody tuned for (session 28, offline-170): a "he said" after a
speaker's sentence whose relative clause names a body or another person stays the
speaker's. Invented sentences only."""

from __future__ import annotations

from tests.test_offline_narrative_persons import _speaker_of


def test_a_relative_clause_naming_a_body_keeps_the_next_he_with_the_speaker() -> None:
    text = (
        "The dockers blamed the new shift rota. Ilse Marten, who chairs the Union of Ferry "
        "Officers, said only four pilots had been on call. "
        '"Nobody could have boarded that ship in time," she said.'
    )
    assert _speaker_of(text, "Nobody could have boarded") == "Ilse Marten"


def test_a_relative_clause_naming_a_firm_keeps_the_next_she_with_its_founder() -> None:
    text = (
        "Chief executive Runa Falk, who founded Velora Foods in a Dunmere kitchen in 2011, "
        "told the paper she had not seen the letter. "
        '"We will not answer anonymous claims," she said.'
    )
    assert _speaker_of(text, "anonymous claims") == "Runa Falk"


def test_it_after_a_body_spoke_is_that_body() -> None:
    text = (
        "The Harbour Pilots Guild rejects that account. In a statement it said no vessel had "
        "been left without a pilot. The weather cleared on Tuesday."
    )
    assert _speaker_of(text, "no vessel had been left") == "Harbour Pilots Guild"
    # a body that spoke in no clause just before: "it" stays nobody's
    text = "The Dunmere Ferry Company sold two boats. It said the sale raised 4 million crowns."
    assert _speaker_of(text, "raised 4 million") is None


def test_a_statement_named_before_the_subject_without_a_comma() -> None:
    text = "In a statement the company said its engines had passed every test in March."
    assert _speaker_of(text, "passed every test") == "company"
