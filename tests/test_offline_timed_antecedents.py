"""A relative clause after a time phrase is about the noun phrase the time phrase follows,
its prepositional phrases of place included (consensus/offline/timed_antecedents.py), never
the noun nearest the comma nor the year."""

from __future__ import annotations

import pytest
from test_offline_prep_relatives import _statements

from consensus.offline.timed_antecedents import time_tail


def test_the_head_noun_phrase_before_a_time_phrase() -> None:
    text = (
        "The sanctions on Varnia a decade ago, which banned its crude exports in 2014, were "
        "lifted in March.\n"
    )
    found = _statements(text)
    assert "The sanctions on Varnia a decade ago banned its crude exports in 2014" in found
    assert not any(s.startswith("Varnia") for s in found), found


def test_a_year_is_no_antecedent() -> None:
    text = (
        "It is the biggest bank failure since Brack Trust in 2019, which held $1.8 billion of "
        "deposits when it was closed.\n"
    )
    found = _statements(text)
    assert "Brack Trust in 2019 held $1.8 billion of deposits when it was closed." in found
    assert not any(s.startswith("2019") for s in found), found


def test_the_subject_of_a_reported_clause() -> None:
    text = (
        "The rebels said the bombing late Thursday, which tore a crater in the road, was "
        "revenge for the raids.\n"
    )
    assert "The bombing late Thursday tore a crater in the road" in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb's object: the clause may be about the act (the attack angered them)
        "The rebels attacked the town last week, which angered the government.\n",
        # a participle between the noun and the time: the phrase is no noun phrase
        "The firm complied with the rules passed last week, which limit its imports.\n",
    ],
)
def test_no_clause_when_the_time_is_the_acts(text: str) -> None:
    found = _statements(text)
    assert not any(s.lower().startswith(("the town", "last week", "the rules")) for s in found)


def test_time_tail() -> None:
    text = "the sanctions on Varnia a decade ago"
    assert time_tail(text, 0, len(text)) == text.index("a decade")
    text = "since Brack Trust in 2019"
    assert time_tail(text, 0, len(text)) == text.index("in 2019")
    text = "the bombing late Thursday"
    assert time_tail(text, 0, len(text)) == text.index("late")
    text = "the old harbour"
    assert time_tail(text, 0, len(text)) is None
