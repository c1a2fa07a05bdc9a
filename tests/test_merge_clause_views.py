"""A long claim links by the clause of it that states a shorter claim's fact
(consensus/merge/clause_views.py). Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge import claim

import consensus.merge.clause_views as views_module
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.clause_views import VIEW_AT, undo_view, view_edges, with_views
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim

LONG = (
    "Penrose Capital, the largest shareholder of Kestrel Freight, said on Monday it would "
    "vote against the sale, calling the price “opportunistic” and accusing the board of "
    "rushing the deal."
)
SHORT = "Penrose Capital accused the board of rushing the deal."
JOIN_AT = 0.28


def _feats() -> list[_Feat]:
    """a0's long sentence (0) and its clauses (1, 2, 3); a1's short sentence (4)."""
    whole = claim(LONG, LONG, LONG, speaker="Penrose Capital")
    entries: list[tuple[str, int, Claim]] = [("a0", 0, whole)]
    # (the clauses with a verb; the apposition part "Penrose Capital, the largest
    # shareholder ..." (session 54) is left out, which these views do not read)
    clauses = [p for p in clause_claims(whole) if not p.evidence[0].quote.startswith("Penrose")]
    entries += [("a0", 1 + k, p) for k, p in enumerate(clauses)]
    entries.append(("a1", 0, claim(SHORT, SHORT, SHORT, speaker="Penrose Capital")))
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats


PARTS = {("a0", 1): ("a0", 0), ("a0", 2): ("a0", 0), ("a0", 3): ("a0", 0)}
POS_OF = {("a0", 0): 0, ("a1", 0): 1}  # (the claims' own positions: no parts among them)


def _views(
    edges: list[_Edge],
    prob: dict[tuple[int, int], float] | None = None,
    claim_edges: list[_Edge] | None = None,
    feats: list[_Feat] | None = None,
) -> list[_Edge]:
    return view_edges(
        feats or _feats(),
        PARTS,
        POS_OF,
        edges,
        claim_edges or [],
        {(0, 1): 0.1} if prob is None else prob,
        JOIN_AT,
    )


def test_the_best_clause_links_the_long_claim_to_the_short_one() -> None:
    # part 3 ("accusing the board ...") links to the short claim (4) at 0.9, part 1 at 0.6
    got = _views([_Edge(0.9, 3, 4, ""), _Edge(0.6, 1, 4, "")])
    assert got == [_Edge(0.9, 0, 1, "")]  # (between the claims' positions)


@pytest.mark.parametrize(
    ("edges", "prob", "claim_edges", "why"),
    [
        ([_Edge(VIEW_AT - 0.01, 3, 4, "")], None, None, "below the view's bar"),
        ([_Edge(0.9, 3, 4, "quantity: 2 vs 3")], None, None, "the clause's conflict"),
        ([_Edge(0.9, 3, 4, "")], {(0, 1): JOIN_AT}, None, "the whole pair links already"),
        ([_Edge(0.9, 3, 4, "")], None, [_Edge(0.5, 0, 1, "time: 9am vs 10am")], "a conflict"),
        ([_Edge(0.9, 2, 3, "")], None, None, "two clauses: no claim"),
    ],
)
def test_no_view(
    edges: list[_Edge],
    prob: dict[tuple[int, int], float] | None,
    claim_edges: list[_Edge] | None,
    why: str,
) -> None:
    assert _views(edges, prob, claim_edges) == [], why


def test_no_view_of_one_origin() -> None:
    feats = _feats()
    feats[4].origin = "a0"  # (a copy of the long sentence's outlet)
    assert _views([_Edge(0.9, 3, 4, "")], feats=feats) == []


def test_no_view_when_the_long_claim_is_not_long_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _views([_Edge(0.9, 3, 4, "")])  # (29 words against 9: over three times)
    monkeypatch.setattr(views_module, "HOST_RATIO", 4.0)
    assert _views([_Edge(0.9, 3, 4, "")]) == []
    monkeypatch.setattr(views_module, "HOST_RATIO", 3.0)
    monkeypatch.setattr(views_module, "MIN_HOST_WORDS", 40)
    assert _views([_Edge(0.9, 3, 4, "")]) == []


def test_views_come_after_the_claims_own_edges_best_first() -> None:
    own = [_Edge(0.95, 0, 2, ""), _Edge(0.3, 1, 2, "")]
    views = [_Edge(0.6, 0, 3, ""), _Edge(0.9, 1, 3, "")]
    assert with_views(own, views) == [*own, views[1], views[0]]
    assert with_views(own, []) is own


def test_a_view_that_does_not_join_gives_the_pair_its_probability_back() -> None:
    prob = {(0, 1): 0.1}
    prob[(0, 1)] = 0.9
    undo_view(prob, (0, 1), 0.1)
    assert prob == {(0, 1): 0.1}
    prob[(0, 2)] = 0.9
    undo_view(prob, (0, 2), None)  # (no candidate before the view)
    assert prob == {(0, 1): 0.1}


def test_a_blind_cluster_agrees_a_fact_only_a_view_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A made-up training cluster's fact (the avalanche's eight rescued) is agreed with the
    views and missed without them: the long sentence that states it links by its clause."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from quality import score_madeup

    def missed() -> list[str]:
        return [m.split(" ")[0] for m in score_madeup("blind_avalanche").agreed_missed]

    assert "eight-rescued" not in missed()
    monkeypatch.setattr(views_module, "VIEW_AT", 2.0)  # (no view)
    assert "eight-rescued" in missed()
