"""A vector neighbour under the neighbour floor is still compared when the two claims share
a content word few claims of the batch hold (consensus.merge.rare_neighbours; blocking for
paraphrases; issue 8, session 35). Invented text; statement vectors are given by hand so
the cosines are known."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from consensus.merge import rare_neighbours
from consensus.merge.features import _build_features, _Feat
from consensus.merge.link import link_edges
from consensus.merge.rare_neighbours import (
    RARE_FLOOR,
    RARE_WORD_DF,
    counts_apart,
    rare_neighbour_codes,
    rare_word_codes,
)
from consensus.models import Article
from consensus.offline import extract_offline
from consensus.vectors import as_vectors

DAY = dt.date(2025, 5, 6)
MINE = (
    "Workers were rescued from the flooded mine shaft at Orvel on Monday. "
    "The company said production would stop for a week.",
    "Rescuers pulled the men out of the shaft after six hours underground. "
    "Union leaders called for an inquiry into safety.",
)
ONE = "Workers were rescued from the flooded mine shaft"
TWO = "Rescuers pulled the men out of the shaft"


def _feats(texts: tuple[str, ...]) -> list[_Feat]:
    arts = [
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    ]
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


def _at(feats: list[_Feat], part: str) -> int:
    (k,) = [k for k, f in enumerate(feats) if part in f.claim.statement]
    return k


def _vectors(feats: list[_Feat], a: int, b: int, cos: float) -> dict[str, list[float]]:
    """Orthogonal statement vectors but for claims a and b, at cosine `cos`."""
    dim = len(feats) + 1
    out = {}
    for k, f in enumerate(feats):
        v = np.zeros(dim)
        v[k] = 1.0
        out[f.claim.statement] = v
    v = np.zeros(dim)
    v[a], v[dim - 1] = cos, np.sqrt(1 - cos * cos)
    out[feats[b].claim.statement] = v
    return {s: v.tolist() for s, v in out.items()}


def _compared(texts: tuple[str, ...], cos: float, two: str = TWO) -> bool:
    feats = _feats(texts)
    a, b = _at(feats, ONE), _at(feats, two)
    _, pairs, _, _ = link_edges(feats, as_vectors(_vectors(feats, a, b, cos)))
    return (min(a, b), max(a, b)) in pairs


def test_a_near_pair_sharing_a_rare_word_is_compared() -> None:
    # under the neighbour floor (0.4) but at the rare floor: compared for the shared "shaft"
    assert _compared(MINE, 0.35)
    # too far apart for any neighbour: not compared, rare word or not
    assert not _compared(MINE, RARE_FLOOR - 0.1)


def test_no_shared_rare_word_no_pair() -> None:
    tunnel = (MINE[0], MINE[1].replace("shaft", "tunnel"))
    assert not _compared(tunnel, 0.35, TWO.replace("shaft", "tunnel"))
    # a word many claims hold is no rare word: two more articles name the shaft
    many = (
        *MINE,
        "The shaft had been inspected in March, officials said.",
        "Water entered the shaft through an old drain, engineers believe.",
    )
    assert RARE_WORD_DF < 4
    assert not _compared(many, 0.35)


def test_rare_word_codes_pairs_two_articles_only() -> None:
    feats = _feats((MINE[0] + " The shaft was sealed.", MINE[1]))
    n = len(feats)
    pairs = {divmod(int(c), n) for c in rare_word_codes(feats)}
    assert pairs and all(feats[i].article != feats[j].article for i, j in pairs)
    one, two = _at(feats, ONE), _at(feats, TWO)
    assert (min(one, two), max(one, two)) in pairs
    # of neighbour codes given, only those sharing a rare word are kept
    # ((0, 1): two claims of one article)
    near = np.array(sorted({min(one, two) * n + max(one, two), 1}), dtype=np.int64)
    kept = rare_neighbour_codes(feats, near).tolist()
    assert kept == [min(one, two) * n + max(one, two)]


def test_one_neighbour_search_serves_both_floors_as_two_searches_would() -> None:
    # the candidates step reads the neighbours at the link floor and at RARE_FLOOR from one
    # search at the lower floor; above EXACT_NEIGHBOURS claims (hashing) as below it
    from consensus.merge.neighbours import (
        EXACT_NEIGHBOURS,
        neighbour_codes,
        neighbour_codes_at,
    )

    rng = np.random.default_rng(7)
    for n in (600, EXACT_NEIGHBOURS + 500):
        centres = rng.standard_normal((n // 30, 32)).astype(np.float32)
        mat = centres[rng.integers(0, len(centres), n)]
        mat = mat + 1.1 * rng.standard_normal((n, 32)).astype(np.float32)
        mat /= np.linalg.norm(mat, axis=1, keepdims=True)
        arts = [f"a{i % 25}" for i in range(n)]
        high, low = neighbour_codes_at(mat, arts, 8, (0.4, RARE_FLOOR))
        assert len(low) > len(high) > 0
        assert np.array_equal(high, neighbour_codes(mat, arts, 8, 0.4))
        assert np.array_equal(low, neighbour_codes(mat, arts, 8, RARE_FLOOR))


def _nearest_by_hand(mat: np.ndarray, arts: list[str], k: int, floor: float) -> list[int]:
    """Each row's k most similar rows of other articles (ties: lower row), those at >=
    floor, both ways, as sorted codes lo * n + hi: the definition, row by row."""
    n = len(arts)
    out = set()
    for i in range(n):
        sims = [(-float(mat[i] @ mat[j]), j) for j in range(n) if arts[j] != arts[i]]
        for neg, j in sorted(sims)[:k]:
            if -neg >= floor:
                out.add(min(i, j) * n + max(i, j))
    return sorted(out)


def test_exact_neighbours_are_each_claims_k_nearest_of_other_articles() -> None:
    # below EXACT_NEIGHBOURS the search is exact: one search serves every floor, and each
    # floor's pairs are the k nearest (of other articles) that reach it, as by hand
    from consensus.merge.neighbours import neighbour_codes_at

    rng = np.random.default_rng(11)
    n = 90
    mat = rng.standard_normal((n, 12)).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    arts = [f"a{i % 7}" for i in range(n)]
    floors = (0.5, 0.3, -1.0)
    got = neighbour_codes_at(mat, arts, 4, floors)
    for floor, codes in zip(floors, got, strict=True):
        assert codes.tolist() == _nearest_by_hand(mat, arts, 4, floor)
    assert len(got[2]) > len(got[1]) > len(got[0]) > 0


# the guard (session 36, agree36): two figures of different things are never one fact
# (invented pairs; agree35's blocking merged "12 greenhouses" with "a dozen cars")
APART = [
    (
        "Floodwater swept 40 sheep off the farm at Tarn.",
        "The river also carried away 40 fence posts.",
    ),
    (
        "The talks ended after a three-week stand-off.",
        "Mara Voss, who has run the union for ten years, signed the deal.",
    ),
    ("The miners walked out after six-day talks collapsed.", "The union rejected the offer."),
]
TOGETHER = [
    ("Forty sheep were swept off the farm.", "Floodwater drowned 40 sheep at Tarn."),
    ("A dozen greenhouses were destroyed in the storm.", "The hail wrecked 12 greenhouses."),
    (
        "Three were rescued from the ledge.",
        "Three of the climbers were brought down by helicopter.",
    ),
    ("Two were arrested at the scene.", "Police detained the suspects."),
    ("Workers were rescued from the flooded shaft.", "Rescuers pulled the men out of the shaft."),
]


def test_counts_of_different_things_are_apart_either_way_round() -> None:
    for one, two in APART:
        assert counts_apart(one, two) and counts_apart(two, one), (one, two)
    for one, two in TOGETHER:
        assert not counts_apart(one, two) and not counts_apart(two, one), (one, two)


def test_a_near_pair_sharing_a_rare_word_but_counting_two_things_is_not_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "the flooded mine shaft" / "out of the shaft": compared at 0.35 (the first test); once
    # one side counts a named thing the other does not give, or both count two things, not
    assert _compared(MINE, 0.35)
    pumps = (MINE[0].replace("on Monday", "with 12 pumps"), MINE[1])
    assert not _compared(pumps, 0.35)
    cranes = (pumps[0], MINE[1].replace("after six hours underground", "with two cranes"))
    assert not _compared(cranes, 0.35)
    # a count of one thing on both sides keeps the pair (12 / 14 pumps: maybe a dispute)
    assert _compared((pumps[0], MINE[1].replace("after six hours", "with 14 pumps")), 0.35)
    # without the guard the two pairs above would be compared (the guard keeps them apart)
    monkeypatch.setattr(rare_neighbours, "counts_apart", lambda one, two: False)
    assert _compared(pumps, 0.35) and _compared(cranes, 0.35)


def test_a_claim_that_names_nothing_adds_no_rare_neighbour_pair() -> None:
    # "the shaft" is shared as in MINE, but one side reads no entity at all (a clause whose
    # subject is "it"): too little to join at this distance
    night = (MINE[0], MINE[1].replace("Rescuers pulled", "It took all night to reach"))
    two = "It took all night to reach the men"
    feats = _feats(night)
    assert not feats[_at(feats, two)].entities and feats[_at(feats, ONE)].entities
    assert not _compared(night, 0.35, two)
    assert _compared(MINE, 0.35)
