"""bench/missed_links.py: a pair the merge never compared ("no candidate") is scored
directly, as the link model would score it, so a missed fact's report says whether better
blocking alone would have linked it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402

from consensus.merge.link import join_link_model, link_model  # noqa: E402
from consensus.models import Article  # noqa: E402

TEXTS = {
    "harbour-post": (
        "The ferry Morvane ran aground off Tellick Point on Tuesday morning. "
        "All 212 passengers were taken ashore by lifeboat crews. "
        "The harbour master said the tide had been unusually low."
    ),
    "coast-news": (
        "A ferry, the Morvane, struck a sandbank near Tellick Point on Tuesday. "
        "Lifeboat crews brought the 212 passengers safely to land. "
        "Engineers will inspect the hull once the vessel is refloated."
    ),
}


@pytest.fixture(scope="module")
def traced() -> missed_links.Trace:
    articles = [Article(id=k, text=t) for k, t in TEXTS.items()]
    _report, trace = missed_links.traced_report(articles, None)
    return trace


def test_direct_score_of_a_compared_pair_is_the_merge_s(traced: missed_links.Trace) -> None:
    """Scored directly, a pair the merge did compare gets the merge's own probability."""
    assert traced.prob, "the two articles share at least one compared pair"
    pairs = sorted(traced.prob)
    # (the merge's probability of a pair is the JOIN model's: session 54 ships one)
    got = missed_links.unblocked_scores(traced, pairs, join_link_model())
    assert set(got) == set(pairs)
    for q in pairs:
        assert got[q][0] == pytest.approx(traced.prob[q], abs=1e-3)
        assert -1.0 <= got[q][1] <= 1.0


def test_a_pair_never_compared_is_scored_too(traced: missed_links.Trace) -> None:
    """Every cross-article pair, compared or not, gets a probability and a cosine; the
    ones the merge never compared are among them (given in either order)."""
    feats = traced.feats
    cross = [
        (j, i)  # (reversed on purpose: the result is keyed (low, high))
        for i in range(len(feats))
        for j in range(i + 1, len(feats))
        if feats[i].article != feats[j].article
    ]
    got = missed_links.unblocked_scores(traced, cross, link_model())
    assert set(got) == {(j, i) for i, j in cross}
    assert all(0.0 <= p <= 1.0 for p, _c in got.values())
    assert missed_links.unblocked_scores(traced, [], link_model()) == {}
