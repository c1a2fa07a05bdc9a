"""A group join refused because fewer than half its sampled pairs were ever compared is
asked again with the rest scored (`merge/sample_scores.py`; session 56, joinsample56),
only when the best compared pair links at `RESCORED_AT` or more. Invented text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from test_merge_rare_neighbours import _feats

import consensus.merge.clusters as clusters
import consensus.merge.join_model as join_model
import consensus.merge.sample_scores as sample_scores
from consensus.merge.clusters import _align
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat
from consensus.merge.link import link_edges
from consensus.merge.sample_scores import RESCORED_AT, SampleScorer
from consensus.merge.score import _Edge
from consensus.vectors import Vectors

Linked = tuple[list[_Edge], list[tuple[int, int]], PairContext, dict[tuple[int, int], float]]
TEXTS = (
    "The Calder Row swimming pool will close for repairs in June.",
    "The Calder Row swimming pool is to close for repairs in June.",
    "The Calder Row swimming pool will shut for repairs in June.",
    "Repairs will close the Calder Row swimming pool in June.",
)


def _at(feats: Sequence[_Feat], article: str) -> int:
    (k,) = [k for k, f in enumerate(feats) if f.article == article]
    return k


@pytest.fixture
def feats() -> list[_Feat]:
    return _feats(TEXTS)


def _one_compared(feats: list[_Feat], score: float) -> Callable[..., Linked]:
    """`link_edges` as if the first three articles' claims linked at 0.9 and blocking
    compared the fourth article's claim with the first's only (at `score`)."""
    real = link_edges
    last = _at(feats, "t3")
    first, *rest = (_at(feats, f"t{k}") for k in range(3))
    kept = (min(first, last), max(first, last))
    dropped = {(min(k, last), max(k, last)) for k in rest}
    three = sorted((first, *rest))
    strong = {(a, b) for a in three for b in three if a < b}

    def fake(fs: Sequence[_Feat], vectors: Vectors) -> Linked:
        edges, pairs, ctx, prob = real(fs, vectors)
        for k in dropped:
            prob.pop(k, None)
        prob[kept] = score
        prob.update(dict.fromkeys(strong, 0.9))
        out = [e for e in edges if (e.i, e.j) not in dropped | strong | {kept}]
        out += [_Edge(score, *kept, "")] + [_Edge(0.9, *k, "") for k in sorted(strong)]
        out.sort(key=lambda e: (-e.score, e.i, e.j))
        return out, [p for p in pairs if p not in dropped], ctx, prob

    return fake


def _largest(feats: list[_Feat], monkeypatch: pytest.MonkeyPatch, score: float) -> int:
    monkeypatch.setattr(clusters, "link_edges", _one_compared(feats, score))
    # (the mean rule alone: fitted join weights may take a join the count refuses)
    monkeypatch.setattr(join_model, "join_model", lambda: None)
    members, _, _, _ = _align(feats, Vectors.empty(), remember_refusals=False)
    return max(len(m) for m in members)


def test_a_strong_compared_pair_lets_the_rest_be_scored(
    feats: list[_Feat], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(feats) == 4
    # one of three sampled pairs compared: the plain test refuses, the second reading joins
    assert _largest(feats, monkeypatch, 0.8) == 4


def test_a_compared_pair_under_the_bar_keeps_the_join_refused(
    feats: list[_Feat], monkeypatch: pytest.MonkeyPatch
) -> None:
    # (it links: 0.45 is over the join bar, but not one fact more likely than not)
    assert RESCORED_AT > 0.45
    assert _largest(feats, monkeypatch, 0.45) == 3


def test_the_guard(feats: list[_Feat]) -> None:
    at = 0.282
    conflict = _Edge(0.5, 0, 1, "figure")
    scorer = SampleScorer(feats, Vectors.empty(), {}, [conflict])
    plain = SampleScorer(feats, Vectors.empty(), {}, [])
    assert plain.may_rescore([0.6, 0.3], at, [0], [2])
    assert not plain.may_rescore([0.44, 0.44], at, [0], [2])  # (best under RESCORED_AT)
    assert not plain.may_rescore([0.9, 0.2], at, [0], [2])  # (a compared pair under the bar)
    assert not plain.may_rescore([], at, [0], [2])
    assert not scorer.may_rescore([0.9], at, [0], [2])  # (a member on a conflict edge)


def test_a_merge_over_the_claim_bound_keeps_the_plain_join_test(
    feats: list[_Feat], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the join the re-scoring takes (as in the first test) is refused when the merge holds
    # more claims than the scorer's memory bound
    assert _largest(feats, monkeypatch, 0.9) == 4
    monkeypatch.setattr(sample_scores, "MAX_RESCORED_CLAIMS", len(feats) - 1)
    assert _largest(feats, monkeypatch, 0.9) == 3
