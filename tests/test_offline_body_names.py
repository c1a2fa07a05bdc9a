"""A name the text also writes before an organisation's word, or whose own phrase goes on to
"its", is a body's short name, no person (`offline/names._drop_body_names`); the tails are
found once per text, and a name is searched for only where it ends right before one.
Invented sentences."""

from __future__ import annotations

from consensus.offline.names import _learn_names

_SAID = "\n\n'We will appeal,' she said.\n"


def test_a_name_before_in_its_is_a_body() -> None:
    text = "Carrick Northway, in its filings, argued the fee was lawful." + _SAID
    assert "Carrick Northway" not in _learn_names(text).persons
    text = "Later Carrick and its staff argued. Carrick Northway spoke first." + _SAID
    assert "Carrick Northway" not in _learn_names(text).persons


def test_a_name_before_an_organisation_word_is_a_body() -> None:
    text = "Carrick Northway said the fee was lawful. Carrick Northway Bank agreed." + _SAID
    assert "Carrick Northway" not in _learn_names(text).persons


def test_a_tail_after_another_name_leaves_the_person() -> None:
    text = (
        "Carrick Northway said the fee was lawful. Tresk Holding, in its filings, disagreed; "
        "Delmar Bank agreed." + _SAID
    )
    assert "Carrick Northway" in _learn_names(text).persons
