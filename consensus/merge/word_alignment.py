"""Word alignment of two statements (the `aligned_words` comparison): each content word of
one statement is matched to its nearest content word of the other by the cosine of their
static word vectors, and the IDF-weighted mean of those best matches is taken both ways.

A paraphrase aligns word by word ("fired" / "dismissed", "chief" / "head") even where the
whole-statement vectors and the shared words say little; a look-alike that swaps a place,
a person or a figure leaves that word without a near partner, and the word's IDF weight
(rare words weigh most) counts it against the pair. Unlike `soft_words` (the cosine of the
two weighted mean vectors) an unmatched word cannot be averaged away by the rest.

PURE: per-statement arrays are built once per batch; each pair costs one small batched
matrix product. No word list: the vectors and the batch's IDF are the only data.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["ALIGN_WORDS", "WordAlignment"]

# content words of a statement aligned at most (the rarest, by IDF, when it has more): a
# claim's content words seldom pass 20, and the cost per pair grows with the square
ALIGN_WORDS = 24
_BLOCK = 1024  # pairs per batched product (bounds the (pairs x words x dim) gathers)


class WordAlignment:
    """The content words (vector rows and IDF weights) of each distinct statement, padded to
    one width; `scores` gives the aligned-words value of pairs of statement rows."""

    def __init__(
        self,
        words: Sequence[Sequence[int]],
        weight: np.ndarray,
        vectors: np.ndarray,
    ) -> None:
        """`words[r]`: the vector rows of statement r's content words (repeats ignored);
        `weight[k]`: the IDF weight of word row k; `vectors`: unit word vectors by row."""
        n = len(words)
        pad = len(vectors)  # a zero row: padding matches nothing
        width = max(1, min(ALIGN_WORDS, max((len(set(ws)) for ws in words), default=1)))
        self._idx = np.full((n, width), pad, dtype=np.int64)
        self._w = np.zeros((n, width), dtype=np.float32)
        for r, ws in enumerate(words):
            # distinct words, the rarest first (ties in order of first use: deterministic)
            own = sorted(dict.fromkeys(ws), key=lambda k: -float(weight[k]))[:width]
            if own:
                self._idx[r, : len(own)] = own
                self._w[r, : len(own)] = weight[own]
        dim = vectors.shape[1] if vectors.ndim == 2 else 1
        self._vec = np.vstack([vectors.astype(np.float32), np.zeros((1, dim), np.float32)])
        self._total = self._w.sum(axis=1)

    def scores(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """For each pair of statement rows (a[k], b[k]): the mean of the two directions'
        IDF-weighted mean best-match cosine (negative cosines count as 0); 0 when either
        statement has no content word with a vector."""
        out = np.zeros(len(a), dtype=np.float64)
        for lo in range(0, len(a), _BLOCK):
            ia, ib = a[lo : lo + _BLOCK], b[lo : lo + _BLOCK]
            va, vb = self._vec[self._idx[ia]], self._vec[self._idx[ib]]
            sims = np.maximum(np.matmul(va, vb.transpose(0, 2, 1)), 0.0)
            wa, wb = self._w[ia], self._w[ib]
            ta, tb = self._total[ia], self._total[ib]
            ok = (ta > 0) & (tb > 0)
            zero = np.zeros(len(ia))
            one = np.divide((sims.max(axis=2) * wa).sum(axis=1), ta, where=ok, out=zero.copy())
            two = np.divide((sims.max(axis=1) * wb).sum(axis=1), tb, where=ok, out=zero)
            out[lo : lo + len(ia)] = np.where(ok, (one + two) / 2, 0.0)
        return out
