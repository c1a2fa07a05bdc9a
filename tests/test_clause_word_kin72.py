"""Two clauses that give one word in two forms of its root agree (session 72, devagreed72):
`clause_agreement._says_the_same` counts a word the other clause gives with another
derivational or adverb suffix ("nationally televised" / "a national television address")
as held. Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge import claim

from consensus.merge.clause_agreement import _held, _kin, clause_agreement
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim

FIRST = (
    "Mayor Dana Keller said in a nationally televised address on Sunday that the curfew would end."
)
SECOND = "The curfew will be lifted next week, Keller said in a national television address."


def _feats(first: str, second: str, first_part: str, second_part: str) -> list[_Feat]:
    """a0's sentence (index 0) and its clause (1); a1's sentence and its clause."""
    entries: list[tuple[str, int, Claim]] = []
    for art, text, opening in (("a0", first, first_part), ("a1", second, second_part)):
        whole = claim(text, text, text)
        part = next(p for p in clause_claims(whole) if p.statement.startswith(opening))
        entries += [(art, 0, whole), (art, 1, part)]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats


def _agreed(feats: list[_Feat]) -> list[list[str]]:
    at = {(f.article, f.index): k for k, f in enumerate(feats)}
    found = clause_agreement(
        feats,
        [_Edge(0.75, at[("a0", 1)], at[("a1", 1)], "")],
        {("a0", 1): ("a0", 0), ("a1", 1): ("a1", 0)},
        {("a0", 0): 0, ("a1", 0): 1},
        {0: 0, 1: 1},
        [[feats[at[("a0", 0)]]], [feats[at[("a1", 0)]]]],
        frozenset(),
        frozenset(),
    )
    return [[f.article for f in g] for g in found]


@pytest.mark.parametrize(
    ("word", "roots"),
    [
        ("nationally", {"nationally", "national", "nation"}),
        ("television", {"television", "televis"}),
        ("state", {"state"}),  # (a root under five letters is no root)
        ("police", {"police"}),
    ],
)
def test_the_roots_a_word_may_stand_for(word: str, roots: set[str]) -> None:
    assert _kin(word) == roots


def test_a_word_in_another_form_is_held() -> None:
    mine = frozenset({"address", "keller", "national", "television"})
    theirs = frozenset({"address", "dana", "keller", "nationally", "sunday", "televis"})
    assert _held(mine, theirs) == 4
    assert _held(mine, frozenset({"address", "keller", "radio"})) == 2


def test_two_clauses_with_one_word_in_two_forms_agree() -> None:
    feats = _feats(FIRST, SECOND, "Mayor Dana Keller said", "Keller said")
    one, two = (f.content for f in feats if f.index == 1)
    assert "nationally" in one and "national" in two  # (one word in two forms)
    assert _agreed(feats) == [["a0", "a1"]]


def test_two_clauses_of_other_words_still_do_not_agree() -> None:
    other = SECOND.replace("in a national television address", "on a local radio show")
    feats = _feats(FIRST, other, "Mayor Dana Keller said", "Keller said")
    assert _agreed(feats) == []
