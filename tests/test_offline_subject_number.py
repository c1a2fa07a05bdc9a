"""A verb phrase after "and" takes the subject its auxiliary agrees with, the reported
pronoun included (consensus/offline/agreement.py `speaker_continues`); a "when" clause too
short to stand before its comma is no claim of its own (consensus/offline/compound.py)."""

from __future__ import annotations

from test_offline_prep_relatives import _statements


def test_a_plural_auxiliary_after_a_reported_it_is_the_speakers() -> None:
    text = "The police say it was opened within eight minutes and have called the claim false.\n"
    found = _statements(text)
    assert "The police have called the claim false." in found
    assert not any(s.startswith("It have") for s in found), found


def test_an_auxiliary_agreeing_with_the_reported_subject_stays_reported() -> None:
    text = "Police said the driver was drunk and has been charged.\n"
    assert "Police said that the driver has been charged." in _statements(text)


def test_a_when_clause_whose_tail_belongs_to_the_main_clause() -> None:
    text = (
        "The lender had about $4.2 billion of deposits left when it closed, down from $5.3 "
        "billion at the end of March.\n"
    )
    found = _statements(text)
    assert not any(s.startswith("It closed") for s in found), found
    assert any("$4.2 billion" in s and "$5.3 billion" in s for s in found), found


def test_a_when_clause_with_its_own_words_is_still_cut() -> None:
    text = "Nine people died when a bus left the road near the pass, police said.\n"
    assert any(s.startswith("A bus left the road") for s in _statements(text))


def test_a_when_clauses_pronoun_is_the_main_clauses_person() -> None:
    text = (
        "Ola Brenn was halfway down the North Ridge run on Saturday when he heard what he "
        "thought was a gunshot above him.\n"
    )
    found = _statements(text)
    assert "Ola Brenn heard what he thought was a gunshot above him." in found, found


def test_a_second_person_leaves_the_pronoun_alone() -> None:
    text = "Ines Sorel hugged Tom Vale after he returned from the front line.\n"
    found = _statements(text)
    assert not any(s.startswith(("Ines Sorel returned", "Tom Vale returned")) for s in found)
