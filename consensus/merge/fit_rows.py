"""The rows the link weights are fitted on (scripts/fit_merge_weights.py): the candidate
pairs `merge` scores and their comparison vectors, keyed by article id and claim index.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from consensus.merge.compared_pairs import _rows_of, comparison_matrix
from consensus.merge.join_columns import join_columns
from consensus.vectors import Vectors


def comparison_rows(
    articles: Sequence[object],
    claim_sets: Sequence[object],
    vectors: Vectors,
    join: bool = False,
) -> tuple[list[tuple[tuple[str, int], tuple[str, int]]], np.ndarray]:
    """The candidate pairs and comparison vectors `merge` scores, keyed by (article id,
    claim index) — for fitting the weights (scripts/fit_merge_weights.py); never the pairs
    compared for the figure rule alone (`PairContext.rival_only`), which no join reads.
    With `join`, each row goes on with the pair's `join_columns.JOIN_COLUMNS`."""
    from consensus.merge.features import _build_features
    from consensus.merge.link_models import all_columns_in_scope
    from consensus.merge.merge_scope import _speaker_texts
    from consensus.merge.speakers import Speakers, speakers_in_scope

    entries = [
        (cs.article, k, claim)  # type: ignore[attr-defined]
        for cs in claim_sets
        for k, claim in enumerate(cs.claims)  # type: ignore[attr-defined]
    ]
    # the speaker index `merge` reads the batch with (the speaker columns use it)
    index = Speakers(_speaker_texts(articles, claim_sets))  # type: ignore[arg-type]
    with speakers_in_scope(index):
        texts = {a.id: a.text for a in articles}  # type: ignore[attr-defined]
        feats = _build_features(entries, texts)
        with all_columns_in_scope():  # (rows for fitting carry every column)
            ctx, pairs, x = comparison_matrix(feats, vectors)
        if join:
            x = np.hstack([x, join_columns(feats, ctx, pairs, x)])
    kept = np.flatnonzero(~_rows_of(pairs, ctx.rival_only | ctx.answer_only | ctx.article_only))
    keys = [
        ((feats[i].article, feats[i].index), (feats[j].article, feats[j].index))
        for i, j in (pairs[k] for k in kept.tolist())
    ]
    return keys, x[kept]
