"""Cosines of a batch's statement vectors with the batch's common part removed.

Every claim of one merge is about one event, so the mean-pooled static vectors of any two
claims share a large common part (the event's topic, and the static model's own common
direction), and their raw cosine reads that part rather than what the two claims say
(Arora, Liang and Ma 2017, "A simple but tough-to-beat baseline for sentence embeddings":
remove the batch's first principal components). `CommonPart` centres the rows of one
batch on their mean and removes the first `COMMON_COMPONENTS` principal directions of the
centred rows; the cosine of two claims is then read from their raw dot product and a few
numbers per claim, so no second (claims x dim) matrix is kept.

The batch is the merge input (one story: `consensus batch` merges story by story), so what
is removed is that story's common part and nothing else's. Cost: one pass over the rows for
the mean, a (dim x dim) scatter of at most `SCATTER_ROWS` rows (dim 256: about 2 GFLOP, one
BLAS call) and its eigen-decomposition, O(claims x dim x k) for the projections, and
O(k) a pair: about 0.5 s CPU at 100k claims, and k + 3 numbers a claim.
"""

from __future__ import annotations

import numpy as np

__all__ = ["COMMON_COMPONENTS", "CommonPart"]

# principal directions of the centred batch removed besides its mean (bench/README
# "Session 24, helper sif24")
COMMON_COMPONENTS = 1
SCATTER_ROWS = 16_384


class CommonPart:
    """Per-claim numbers of one batch's unit rows `mat` (claims x dim) from which `cosines`
    gives the cosine of two rows after centring on the batch mean and removing the first `k`
    principal directions of the centred rows."""

    def __init__(self, mat: np.ndarray, k: int = COMMON_COMPONENTS) -> None:
        m = np.asarray(mat, dtype=np.float32)  # (no float64 copy of a large batch)
        sq = np.einsum("ij,ij->i", m, m, dtype=np.float64)
        known = sq > 0  # (a text without a vector is a zero row: no part of the batch)
        n = int(known.sum())
        self.mean = m.sum(axis=0, dtype=np.float64) / max(n, 1)
        self._mean_dot = m @ self.mean  # a . mu (zero rows add nothing to sums)
        self._mean_sq = float(self.mean @ self.mean)
        # the principal directions of the centred rows: eigenvectors of their scatter
        # sum (x - mu)(x - mu)^T, largest first, read on every `step`-th row (at most
        # SCATTER_ROWS: a common part is common, a sample finds it)
        self.directions = np.zeros((m.shape[1], 0))
        if n > 1 and k > 0:
            step = -(-len(m) // SCATTER_ROWS)
            rows, kept = m[::step], int(known[::step].sum())
            total = rows.sum(axis=0, dtype=np.float64)
            scatter = (rows.T @ rows).astype(np.float64) + kept * np.outer(self.mean, self.mean)
            scatter -= np.outer(self.mean, total) + np.outer(total, self.mean)
            values, vectors = np.linalg.eigh(scatter)
            self.directions = vectors[:, np.argsort(-values, kind="stable")[:k]]
        # each centred row's projections on the directions, and its squared norm besides
        self._proj = m @ self.directions - self.mean @ self.directions
        left = sq - 2.0 * self._mean_dot + self._mean_sq
        left -= np.einsum("ij,ij->i", self._proj, self._proj)
        self._norm = np.where(known, np.sqrt(np.maximum(left, 0.0)), 0.0)

    def cosines(self, raw: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The cosines of rows i[k] and j[k] with the common part removed, from their raw dot
        products `raw` (0 where either row has nothing left)."""
        dot = (
            raw
            - self._mean_dot[i]
            - self._mean_dot[j]
            + self._mean_sq
            - np.einsum("ij,ij->i", self._proj[i], self._proj[j])
        )
        norm = self._norm[i] * self._norm[j]
        out: np.ndarray = np.divide(dot, norm, out=np.zeros_like(dot), where=norm > 1e-9)
        return out
