"""A relative clause led by a preposition and "which" states the outlet's fact about the noun
phrase before it (consensus/offline/prep_relatives.py), only when that noun phrase is sure."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims

from consensus.offline.prep_relatives import prep_lead


def _statements(text: str) -> list[str]:
    return [c.statement for c in _claims(text)]


def test_the_clause_after_a_closing_attribution_is_the_outlets() -> None:
    text = (
        '"This is still a very early count," added Jon Vale, prosecutor of Kelmar, said of '
        "the assault in which 31 people reportedly died.\n"
    )
    claims = _claims(text)
    own = [c for c in claims if c.statement == "In the assault, 31 people reportedly died."]
    assert len(own) == 1 and own[0].speaker is None
    assert own[0].evidence[0].quote == "31 people reportedly died."
    assert any(c.speaker == "Jon Vale" for c in claims)


def test_during_which_after_a_comma() -> None:
    text = "The vote followed a long debate, during which the members walked out.\n"
    assert "During a long debate, the members walked out." in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        # a manner, not a thing that happened
        "Critics questioned the way in which the bill passed the chamber.\n",
        # the clause may be about the trial, not the countries
        "The approval rests on a trial of 1,146 patients in 19 countries, in which the drug "
        "slowed the decline.\n",
        # a time, or a noun phrase with a preposition in it: which noun, unsure
        "Police were investigating a shooting at about 1 a.m. Saturday in which a boy was hurt.\n",
        "The group cited strikes against a village near Tarsel last week in which 30 people "
        "were killed.\n",
    ],
)
def test_no_clause_when_its_noun_phrase_is_unsure(text: str) -> None:
    assert not any(s.startswith(("In ", "During ")) for s in _statements(text))


def test_prep_lead() -> None:
    assert prep_lead("in", "the assault", "said of the assault") == "In the assault, "
    assert prep_lead("in", "the way", "questioned the way") is None
    assert prep_lead("in", "19 countries", "patients in 19 countries") is None
