"""A predicate and the one that undoes it tell two events (data/concepts.toml `reversals`):
with the predicate table empty (session 62, tables62) a reversal's words still lead the
statements they stand in. Invented text only."""

from __future__ import annotations

from consensus.merge.features import _PREDICATE_CONCEPTS, REVERSED_LEADS, _lead_predicate, _tokens
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


def test_no_other_verb_leads() -> None:
    """Only a reversal's words (and a user's predicates) lead: no table of any event's acts."""
    assert _lead("Harlow Transit encircled the depot with fences.") is None
    assert len(_PREDICATE_CONCEPTS) == 2
