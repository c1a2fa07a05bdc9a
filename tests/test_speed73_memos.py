"""What the merge remembers of a call (session 73, speed73): the answer of a remembered call
is the answer of a fresh one, whatever the caller does with what it was given.

`nested.nested_claims` keeps its last few lists of claims, `clause_cuts.clause_spans` its
quotes' cuts and `sentence_starts.sentence_start` its answers. Invented sentences."""

from __future__ import annotations

from dataclasses import replace

from test_merge import claim

from consensus.merge import nested
from consensus.merge.clause_cuts import _clause_spans, clause_spans
from consensus.merge.features import _build_features, _Feat
from consensus.merge.nested import nested_claims
from consensus.sentence_starts import sentence_start

TEXT = (
    "The minister praised the rescue crews, saying the ferry company would pay for "
    "the repairs to the harbour wall by the end of the year."
)


def _feats() -> list[_Feat]:
    whole = claim(TEXT, "The minister praised the rescue crews.", TEXT)
    phrase = claim(TEXT, "The wall is a harbour wall.", "the harbour wall")
    return _build_features([("a0", 0, whole), ("a0", 1, phrase)])


def test_a_remembered_list_of_claims_gives_a_fresh_answer() -> None:
    feats = _feats()
    first = nested_claims(feats)
    assert first == {1}
    first.add(0)  # (a caller may change its set: the next caller's is its own)
    assert nested_claims(feats) == {1}
    # the same claims read anew (other objects, equal values): the same answer
    assert nested_claims(_feats()) == {1}


def test_a_changed_list_is_read_anew() -> None:
    feats = _feats()
    assert nested_claims(feats) == {1}
    # the phrase alone in its article: nothing holds it
    alone = [replace(feats[1], pos=0)]
    assert nested_claims(alone) == set()
    # the phrase moved to another article: no longer inside the sentence
    moved = [feats[0], replace(feats[1], article="a1")]
    assert nested_claims(moved) == set()
    assert nested_claims(feats) == {1}
    assert len(nested._last) <= nested._LAST_READ


def test_cut_clauses_are_the_callers_own() -> None:
    quote = (
        "the ferry company would pay for the repairs to the harbour wall, and the crews "
        "would be thanked at a ceremony on the quay next month"
    )
    spans = clause_spans(quote)
    assert spans and spans == list(_clause_spans(quote))
    spans.clear()  # (a caller may change its list)
    assert clause_spans(quote) == list(_clause_spans(quote)) != []
    assert clause_spans("too short") == []


def test_a_remembered_sentence_start_is_the_same() -> None:
    text = "Dr. Jane Roe arrived. The ferry left late. It sank."
    pos = text.index("The ferry")
    fresh = sentence_start.__wrapped__(text, pos, 200)
    assert fresh == pos
    assert sentence_start(text, pos, 200) == fresh == sentence_start(text, pos, 200)
    # a stop after a title inside the reach is no sentence end
    assert sentence_start(text, text.index("Jane"), 200) == 0
