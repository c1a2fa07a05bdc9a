"""consensus.merge.context: the second stage's columns (is the pair each claim's best match in
the other's article?) on hand-made log-odds."""

from __future__ import annotations

import numpy as np

from consensus.merge.context import CONTEXT_COLUMNS, context_columns


def test_best_match_of_both_one_or_neither_and_the_margin() -> None:
    # claims 0 (article 0), 1 and 2 (article 1), 3 (article 2)
    z = np.log(np.array([0.8, 0.5, 0.3, 0.6]) / np.array([0.2, 0.5, 0.7, 0.4]))
    i, j = np.array([0, 0, 1, 2]), np.array([1, 2, 3, 3])
    art = np.array([0, 1, 1, 2])
    cols = context_columns(z, i, j, art[i], art[j])
    assert cols.shape == (4, len(CONTEXT_COLUMNS))
    got = {(a, b): row for a, b, row in zip(i.tolist(), j.tolist(), cols, strict=True)}
    # (0, 1): 0's best in article 1 and 1's only candidate in article 0
    assert got[(0, 1)][1:3].tolist() == [1.0, 1.0]
    assert np.isclose(got[(0, 1)][3], 0.8 - 0.5)  # above 0's next best there (0.5)
    # (0, 2): neither's best (0 prefers 1; 2's only one in article 0 is 0: its best)
    assert got[(0, 2)][1:3].tolist() == [0.0, 1.0] and got[(0, 2)][3] == 0.0
    # (1, 3) and (2, 3): 3's best in article 1 is 2 (0.6 > 0.3)
    assert got[(2, 3)][1:3].tolist() == [1.0, 1.0]
    assert got[(1, 3)][1:3].tolist() == [0.0, 1.0]
    assert np.allclose(cols[:, 0], z)


def test_no_pairs_no_rows() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert context_columns(np.zeros(0), empty, empty, empty, empty).shape == (0, 4)
