"""Look-alike columns a JOIN weights file may read besides COMPARISONS
(consensus.merge.join_columns; issue 8, session 53). Invented text."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from test_merge_rare_neighbours import _feats

from consensus.merge.compare import COMPARISONS
from consensus.merge.compared_pairs import comparison_matrix
from consensus.merge.join_columns import JOIN_COLUMNS, join_rows
from consensus.merge.link import join_weights_in_scope, link_edges, link_model
from consensus.vectors import as_vectors

TEXTS = (
    "The Harlow Council closed the river bridge on Tuesday morning.",
    "The Denby Council closed the river bridge on Tuesday morning.",
    "The Harlow Council closed the river bridge on Tuesday morning.",
    "Floodwater closed the river bridge in 2019.",
    "Floodwater closed the river bridge in 2021.",
    "Floodwater closed the river bridge in 2019 and again in 2021.",
)


def _setup() -> tuple[list, object, list[tuple[int, int]], np.ndarray]:  # type: ignore[type-arg]
    feats = _feats(TEXTS)
    vectors = as_vectors({f.claim.statement: np.ones(4).tolist() for f in feats})
    ctx, pairs, x = comparison_matrix(feats, vectors)
    return feats, ctx, pairs, x


def _joined(feats: list, model: object) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    vectors = as_vectors({f.claim.statement: np.ones(4).tolist() for f in feats})
    with join_weights_in_scope(model):  # type: ignore[arg-type]
        edges, _, _, _ = link_edges(feats, vectors)
    return {
        (feats[e.i].claim.statement, feats[e.j].claim.statement) for e in edges if not e.conflict
    }


def _with_columns(**weights: float) -> object:
    shipped = link_model()
    return replace(
        shipped,
        names=(*COMPARISONS, *JOIN_COLUMNS),
        # (by name: a comparison the link weights were fitted without, session 54's
        # `align`, weighs 0)
        weights=(
            *(
                dict(zip(shipped.names, shipped.weights, strict=True)).get(c, 0.0)
                for c in COMPARISONS
            ),
            *(weights.get(c, 0.0) for c in JOIN_COLUMNS),
        ),
    )


def _column(name: str) -> dict[frozenset[str], float]:
    feats, ctx, pairs, x = _setup()
    rows = join_rows(_with_columns(), feats, ctx, pairs, x)  # type: ignore[arg-type]
    col = rows[:, len(COMPARISONS) + JOIN_COLUMNS.index(name)]
    return {
        frozenset((feats[a].claim.statement, feats[b].claim.statement)): float(v)
        for (a, b), v in zip(pairs, col, strict=True)
    }


def test_shipped_shape_reads_the_rows_as_they_are() -> None:
    feats, ctx, pairs, x = _setup()
    assert join_rows(link_model(), feats, ctx, pairs, x) is x
    rows = join_rows(_with_columns(), feats, ctx, pairs, x)  # type: ignore[arg-type]
    assert rows.shape == (len(pairs), len(COMPARISONS) + len(JOIN_COLUMNS))
    assert np.array_equal(rows[:, : len(COMPARISONS)], x)
    odd = replace(link_model(), names=(*COMPARISONS, "nonsense"), weights=(0.0,) * 16)
    with pytest.raises(ValueError, match="join weights name columns"):
        join_rows(odd, feats, ctx, pairs, x)


def test_two_years_apart_and_one_shared() -> None:
    col = _column("when_apart")
    two_years = [v for k, v in col.items() if any("in 2019." in s for s in k)]
    both = [v for k, v in col.items() if any("again" in s for s in k)]
    assert any(
        v == 1.0 for k, v in col.items() if {s.split(" in ")[-1] for s in k} == {"2019.", "2021."}
    )
    assert two_years and both
    assert all(v == 0.0 for v in both)  # the claim naming both years shares one with each


def test_two_named_subjects_apart() -> None:
    col = _column("subjects_apart")
    harlow_denby = [
        v for k, v in col.items() if {"Harlow", "Denby"} <= {w for s in k for w in s.split()}
    ]
    harlow_harlow = [v for k, v in col.items() if all("Harlow" in s for s in k) and len(k) == 2]
    assert harlow_denby and all(v == 1.0 for v in harlow_denby)
    assert all(v == 0.0 for v in harlow_harlow)


def test_a_join_model_with_the_columns_joins_by_them() -> None:
    feats = _feats(TEXTS)
    plain = _joined(feats, _with_columns())
    apart = _joined(feats, _with_columns(subjects_apart=-50.0, when_apart=-50.0))
    assert apart < plain  # the look-alike pairs lose their join edges ...
    assert any("Harlow" in a and "Harlow" in b for a, b in apart)  # ... one subject keeps it
