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
