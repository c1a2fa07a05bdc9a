"""A short claim stated inside a clause of another outlet's long claim (session 47,
longshort47): a clause part backs the short claim's item when the link model is sure of the
pair and the short claim's words stand in the clause, though they are fewer than half of
the clause's (consensus/merge/clause_backing.py, `_short_inside`). Invented words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_merge import claim
from test_merge_clause_backing import _NoFigures

import consensus.merge.clause_backing as backing_module
from consensus.merge.clause_backing import SURE_AT, clause_backing
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim

LONG = (
    "Varnel Shipping said on Tuesday it would close the Pellin yard, cutting 340 welding "
    "jobs at the old hull plant over the coming winter months, the union said."
)
SHORT = "Varnel Shipping will cut 340 jobs."  # all its words in one clause of LONG
WIDE = (  # shares the same two words, but says much else
    "Varnel Shipping will cut 340 jobs and sell its dredgers, tugs and barges to a rival "
    "operator in the southern ports before the spring tides."
)
NAMED = "Varnel Shipping opened a second plant in Sorby."  # one word of the clause only


def _feats(other: str) -> list[_Feat]:
    """a0's sentence (0), its clause of the cut jobs (1); a1's claim (2)."""
    whole = claim(LONG, LONG, LONG, entities=["Varnel Shipping"])
    part = next(p for p in clause_claims(whole) if p.statement.startswith("Cutting"))
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, whole),
        ("a0", 1, part),
        ("a1", 0, claim(other, other, other, entities=["Varnel Shipping"])),
    ]
    return [replace(f, origin=f.article) for f in _build_features(entries)]


def _backed(monkeypatch: pytest.MonkeyPatch, other: str, score: float) -> list[str]:
    edges = [_Edge(score, 1, 2, "")]
    monkeypatch.setattr(
        backing_module, "link_edges", lambda feats, vectors: (edges, [], _NoFigures(), {})
    )
    feats = _feats(other)
    groups = [[feats[0]], [feats[2]]]
    found = clause_backing(
        feats, {("a0", 1): ("a0", 0)}, {("a0", 0): 0, ("a1", 0): 1}, None, {0: 0, 1: 1}, groups, ()
    )
    return [f.claim.statement for g, backers in found.items() if g == 1 for f, _ in backers]


def test_the_clause_holds_the_short_claim_but_more_besides() -> None:
    part, short = _feats(SHORT)[1:]
    shared = part.content & short.content
    assert len(shared) >= 2 and shared == short.content  # the short claim inside the clause
    assert 2 * len(shared) < len(part.content)  # ... under half of the clause's words


def test_a_sure_link_of_a_short_claim_inside_the_clause_backs_its_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _backed(monkeypatch, SHORT, SURE_AT + 0.05) == [
        "Cutting 340 welding jobs at the old hull plant over the coming winter months."
    ]


@pytest.mark.parametrize(
    ("other", "score", "why"),
    [
        (SHORT, SURE_AT - 0.05, "the link model is not sure of the pair"),
        (WIDE, 0.99, "the other claim says much the clause does not"),
        (NAMED, 0.99, "one shared word is no reason"),
    ],
)
def test_no_backing(monkeypatch: pytest.MonkeyPatch, other: str, score: float, why: str) -> None:
    assert _backed(monkeypatch, other, score) == [], why
