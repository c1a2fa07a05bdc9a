"""A predicate and the one that undoes it tell two events (data/concepts.toml `reversals`):
with the predicate table empty (session 62, tables62) a reversal's words still lead the
statements they stand in. Invented text only."""

from __future__ import annotations

from consensus.merge.features import (
    _PREDICATE_CONCEPTS,
    REVERSED_LEADS,
    _concept,
    _lead_predicate,
    _tokens,
)
from consensus.merge.lexicon import _PREDICATES

_NONE: frozenset[str] = frozenset()


def _lead(text: str) -> str | None:
    return _lead_predicate(_tokens(text), _NONE)[0]


def test_shipped_predicate_table_is_empty() -> None:
    assert _PREDICATES == frozenset()


def test_reversal_words_lead_their_statements() -> None:
    taken = _lead("The rebels captured the port of Selm in May.")
    back = _lead("The port of Selm has been taken back by the army.")
    assert taken is not None
    assert back is not None
    assert (taken, back) in REVERSED_LEADS


def test_a_participle_after_an_auxiliary_leads() -> None:
    """A predicate is read from its shape, not from a table of one event's acts."""
    assert _lead("The brigade is encircled near Varnel.") == _concept("encircled")
    assert _lead("The depot has been quietly closed.") == _concept("closed")
    assert len(_PREDICATE_CONCEPTS) == 2  # (the reversal's two words only)


def test_a_past_tense_alone_does_not_lead() -> None:
    """Every verb by its shape measured worse (session 62): a past tense alone is no lead."""
    assert _lead("Harlow Transit encircled the depot with fences.") is None


def test_a_verb_of_telling_before_that_does_not_lead() -> None:
    toks = _tokens("It has been confirmed that the port has been taken back by the army.")
    assert _lead_predicate(toks, _NONE)[0] == _concept("retake")
