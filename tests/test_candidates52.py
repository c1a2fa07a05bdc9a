"""Two claims of two articles that write one uncommon figure are compared, however far apart
their words and vectors (consensus.merge.figure_neighbours; blocking; issue 8, session 52).
Invented text; statement vectors are orthogonal, so no vector neighbour proposes a pair."""

from __future__ import annotations

import numpy as np
from test_merge_rare_neighbours import _feats

from consensus.merge.features import _Feat
from consensus.merge.figure_neighbours import FIGURE_DF, figure_codes, figure_key, figure_keys
from consensus.merge.link import link_edges
from consensus.vectors import as_vectors

ONE = "The bakery chain Dunmore Loaves confirmed that 4,730 bakers would lose their jobs"
TWO = "Some 4730 posts are going, according to administrators at Quillan Partners"


def _at(feats: list[_Feat], part: str) -> int:
    (k,) = [k for k, f in enumerate(feats) if part in f.claim.statement]
    return k


def _compared(texts: tuple[str, ...], one: str, two: str) -> bool:
    """Whether the claims holding `one` and `two` are a candidate pair, at cosine 0."""
    feats = _feats(texts)
    a, b = _at(feats, one), _at(feats, two)
    dim = len(feats)
    vectors = {f.claim.statement: np.eye(dim)[k].tolist() for k, f in enumerate(feats)}
    _, pairs, _, _ = link_edges(feats, as_vectors(vectors))
    return (min(a, b), max(a, b)) in pairs


def test_one_rare_figure_makes_a_pair() -> None:
    texts = (f"{ONE} on Friday. The firm was founded by two brothers.", f"{TWO}. Shops shut.")
    assert _compared(texts, "4,730 bakers", "4730 posts")


def test_other_figures_make_no_pair() -> None:
    # another figure, a small count, a year: nothing shared to block on
    other = "Some 4,370 posts are going, according to administrators at Quillan Partners"
    assert not _compared((f"{ONE}.", f"{other}."), "4,730 bakers", "4,370 posts")
    small = (
        "The bakery chain Dunmore Loaves confirmed that 47 bakers would lose their jobs.",
        "Some 47 posts are going, according to administrators at Quillan Partners.",
    )
    assert not _compared(small, "47 bakers", "47 posts")
    year = (
        "The bakery chain Dunmore Loaves confirmed in 2019 that bakers would lose jobs.",
        "Posts have been going since 2019, according to administrators at Quillan Partners.",
    )
    assert len(figure_codes(_feats(year))) == 0


def test_a_common_figure_blocks_nothing() -> None:
    # held by more than FIGURE_DF claims of the batch: no pair from it
    many = tuple(f"Report {k} of Elmvale counted 4,730 sheep on hill farm {k}." for k in range(6))
    feats = _feats(many)
    assert len(feats) > FIGURE_DF
    assert len(figure_codes(feats)) == 0
    assert len(figure_codes(feats, cap=len(feats))) == len(feats) * (len(feats) - 1) // 2


def test_figure_keys() -> None:
    assert figure_keys("About 38,000 people and 980 staff, 29.6 percent") == {"38000", "980"}
    assert figure_keys("a rise of 312.5 points") == {"312.5"}
    assert figure_key("38000") == figure_key("38,000") == "38000"
    # small figures (a share, an age, a time), a year, a list
    assert figure_keys("80 percent, aged 31, at 8.30, in 2019, items 1.2.3") == set()
    # a power of ten is an estimate's round figure
    assert figure_keys("more than 100 hurt, 1,000 troops, 10000 homes, 1,001 nights") == {"1001"}


def test_figure_pattern_is_linear() -> None:
    # a 200 KB single token, digits and separators: read at once
    assert figure_keys("1," * 100_000) == set()
    assert figure_keys("7" * 200_000) == {"7" * 200_000}
