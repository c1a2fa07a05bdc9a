"""Two calibrations kept apart: a second weights file decides the JOIN alone, every conflict
bar reads the link model (consensus.merge.link.join_link_model; issue 8, session 52).
Invented text."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from test_merge_rare_neighbours import _feats

from consensus.merge.link import (
    JOIN_WEIGHTS,
    join_link_model,
    join_weights_in_scope,
    link_edges,
    link_model,
)
from consensus.vectors import as_vectors

TEXTS = (
    "Floodwater closed the Harlow Road bridge on Tuesday morning. "
    "Nine people were killed in the flooding, the council said.",
    "Floodwater closed the Harlow Road bridge on Tuesday morning. "
    "Seven people were killed in the flooding, the council said.",
)


def _edges() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (statement, statement) pairs of the join edges and of the conflict edges."""
    feats = _feats(TEXTS)
    vectors = {f.claim.statement: np.ones(4).tolist() for f in feats}
    edges, _, _, _ = link_edges(feats, as_vectors(vectors))
    said = [(feats[e.i].claim.statement, feats[e.j].claim.statement) for e in edges]
    joins = {s for e, s in zip(edges, said, strict=True) if not e.conflict}
    conflicts = {s for e, s in zip(edges, said, strict=True) if e.conflict}
    return joins, conflicts


def test_no_join_file_means_one_model() -> None:
    assert not JOIN_WEIGHTS.is_file()
    assert join_link_model() is link_model()


def test_the_join_model_decides_the_join_and_no_conflict() -> None:
    joins, conflicts = _edges()
    assert any("bridge" in a for a, _ in joins)  # the same sentence: one fact
    assert any("killed" in a for a, _ in conflicts)  # nine against seven: a dispute
    # a join model that joins nothing: no join edge, the same conflict edges
    never = replace(link_model(), threshold=1.01)
    with join_weights_in_scope(never):
        assert join_link_model() is never
        none, same = _edges()
    assert none == set()
    assert same == conflicts
    # one that joins every pair it reads: more joins, still the same conflicts
    every = replace(link_model(), bias=50.0)
    with join_weights_in_scope(every):
        more, same = _edges()
    assert more >= joins
    assert same == conflicts


def test_the_shown_member_reads_the_link_models_probabilities() -> None:
    # session 55 (alignread55): `statement_claims` picks the member the most other origins
    # link to; a join file that raises every near pair makes every member reach every
    # origin, so the shown member falls back to the medoid. Its reach reads the link
    # model's probabilities (`PairContext.link_prob`), whatever model joins
    feats = _feats(TEXTS)
    vectors = as_vectors({f.claim.statement: np.ones(4).tolist() for f in feats})
    _, pairs, ctx, prob = link_edges(feats, vectors)
    assert pairs and ctx.link_prob is prob  # (one model: the very pairs the joins read)
    every = replace(link_model(), bias=50.0)
    with join_weights_in_scope(every):
        _, _, ctx2, joined = link_edges(feats, vectors)
    assert ctx2.link_prob == prob  # (the link model's, as without the join model)
    assert any(joined[k] > prob[k] for k in prob)  # (which the join model raised)
