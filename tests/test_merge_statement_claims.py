"""The member whose statement an agreed item shows (consensus/merge/statement_claims.py)."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from consensus.merge.statement_claims import statement_claim


def _feats(origins: Sequence[str]) -> list[Any]:
    return [SimpleNamespace(pos=k, origin=o, article=f"a{k}") for k, o in enumerate(origins)]


def _first(members: Sequence[Any]) -> Any:
    """A stand-in medoid: the first member given."""
    return members[0]


def test_the_fact_most_origins_link_to_is_shown_not_the_medoid() -> None:
    # claim 0 (the medoid) states a neighbouring fact; 1-3, three other outlets, state one
    # fact and link to each other; 0 links to 1 only weakly and was never compared with 2, 3
    feats = _feats(["A", "B", "C", "D"])
    prob = {(0, 1): 0.4, (1, 2): 0.9, (1, 3): 0.8, (2, 3): 0.95}
    assert statement_claim(feats, [0, 1, 2, 3], prob, _first, 0.5) == 1


def test_ties_go_to_the_highest_summed_links() -> None:
    feats = _feats(["A", "B", "C", "D"])
    prob = {(0, 1): 0.1, (1, 2): 0.6, (1, 3): 0.6, (2, 3): 0.95}
    # 1, 2 and 3 each reach two other origins: 2 and 3 by 0.95 + 0.6, 1 by 0.6 + 0.6 + 0.1;
    # the medoid of 2 and 3 is shown
    assert statement_claim(feats, [0, 1, 2, 3], prob, _first, 0.5) == 2


def test_the_medoid_stays_when_as_well_linked() -> None:
    feats = _feats(["A", "B", "C", "D"])
    prob = {(0, 1): 0.9, (0, 2): 0.7, (0, 3): 0.6, (1, 2): 0.9, (1, 3): 0.8, (2, 3): 0.95}
    assert statement_claim(feats, [0, 1, 2, 3], prob, _first, 0.5) is None


def test_claims_of_one_origin_do_not_link_a_member() -> None:
    # 1 and 2 are one origin's two claims: 1 reaches origin A only, as the medoid reaches B
    feats = _feats(["A", "B", "B", "D"])
    prob = {(0, 1): 0.9, (1, 2): 0.99}
    assert statement_claim(feats, [0, 1, 2, 3], prob, _first, 0.5) is None


def test_small_groups_keep_the_medoid() -> None:
    feats = _feats(["A", "B"])
    assert statement_claim(feats, [0, 1], {(0, 1): 0.9}, _first, 0.5) is None
    one_origin = _feats(["A", "A", "A"])
    assert statement_claim(one_origin, [0, 1, 2], {(1, 2): 0.9}, _first, 0.5) is None
