"""A statement's lead predicate is read from a verb's shape, not from a table of the seed
event's verbs (consensus/merge/verb_shapes.py, session 62 tables62). Invented text only."""

from __future__ import annotations

import pytest

from consensus.merge.features import (
    REVERSED_LEADS,
    _concept,
    _denied_predicates,
    _lead_predicate,
    _tokens,
)
from consensus.merge.verb_shapes import verb_shaped

_NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "at", "verb"),
    [
        ("the board approved the merger", 2, True),  # a regular past
        ("the firm sold the depot", 2, True),  # an irregular past
        ("the council will close the pool", 3, True),  # after a modal
        ("the council did not close the pool", 4, True),  # past a negation
        ("talks to end the strike", 2, True),  # an infinitive
        ("the council closed the pool", 4, False),  # a noun
        ("a bed for the night", 1, False),  # short: no past
        ("plans take shape", 1, False),  # a light verb's base is as often a noun
    ],
)
def test_verb_shaped(text: str, at: int, verb: bool) -> None:
    assert verb_shaped(text.split(), at) is verb


def test_lead_predicate_of_any_act() -> None:
    """An act no table lists is a statement's lead ("approved", "will close")."""
    lead, conditional = _lead_predicate(_tokens("The Varnel council approved the budget."), _NONE)
    assert (lead, conditional) == (_concept("approved"), False)
    lead, _ = _lead_predicate(_tokens("Harlow Transit will close the depot in May."), _NONE)
    assert lead == _concept("close")


def test_lead_predicate_skips_a_verb_of_telling_before_that() -> None:
    """What a "<verb> that" clause states is its lead, not the telling."""
    toks = _tokens("It has been confirmed that the depot was closed by the owners.")
    assert _lead_predicate(toks, _NONE)[0] == _concept("closed")


def test_modifier_participle_is_no_lead() -> None:
    toks = _tokens("Workers trapped in the mine were rescued on Tuesday.")
    assert _lead_predicate(toks, _NONE)[0] == _concept("rescued")


def test_denied_predicate_of_any_act() -> None:
    """A denial rejects the act written as a verb after it, whatever the act."""
    toks = _tokens("Tarrow Line denied that the ferry was overloaded.")
    assert _concept("overloaded") in _denied_predicates(toks, _NONE)


def test_reversal_words_lead_where_they_stand() -> None:
    """A reversal's predicates count wherever they stand ("has been taken back")."""
    toks = _tokens("The port of Selm has been taken back by the rebels.")
    lead = _lead_predicate(toks, _NONE)[0]
    assert lead is not None
    assert any(lead in pair for pair in REVERSED_LEADS)
