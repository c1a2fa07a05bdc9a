"""The `align` comparison column: a soft word alignment of two statements (session 54).

Each word of one statement (`claim_words.align_words`: content words and figures, repeats
kept) takes its best cosine to the other statement's words (the words' own vectors, from the
`Vectors` the merger is given), weighted by the word's IDF over the batch's distinct
statements, ln((N + 1) / (df + 1)) + 1; the weighted mean is taken each way and the two
means averaged (BERTScore-like, static vectors). A paraphrase that rewords a fact keeps a
high alignment word by word ("quit" / "resigned"), where the mean of the words' vectors
(`soft_words`) blurs a long statement. Measured out of sample before it was built in:
bench/README "Session 53 (alignsim53)"; shipped weight: "Session 54 (alignjoin54)".

0 when either statement has no word with a vector (no vectors: the column is 0 for every
pair, as `soft_words` is). Pure numpy over the vectors given: no I/O, no model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from consensus.merge.claim_words import align_words
from consensus.vectors import Vectors

__all__ = ["WordAlignment", "align_pairs"]

_BLOCK = 256  # pairs per batched product (sorted by length, so padding stays small)
_DIGITS = 5  # the column is rounded: blocks of other shapes may differ in the last bits


class WordAlignment:
    """The `align_words` of each distinct statement of a batch (with a vector), as word
    numbers and IDF weights, and the words' unit vectors."""

    def __init__(self, statements: Sequence[str], vectors: Vectors) -> None:
        said = [[w for w in align_words(s) if w in vectors] for s in statements]
        df: Counter[str] = Counter()
        for ws in said:
            df.update(set(ws))
        n = len(statements)
        vocab = {w: k for k, w in enumerate(sorted(df))}
        idf = np.array([math.log((n + 1) / (df[w] + 1)) + 1.0 for w in vocab])
        self._len = np.array([len(ws) for ws in said], dtype=np.int64)
        self._ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(self._len, out=self._ptr[1:])
        self._cols = np.fromiter(
            (vocab[w] for ws in said for w in ws), np.int64, int(self._ptr[-1])
        )
        self._idf = idf[self._cols] if len(self._cols) else np.zeros(0)
        width = max(vectors.dim, 1)
        # one zero row past the words: the padding of a short statement in a block
        self._vec = np.vstack(
            [vectors.matrix(list(vocab)).reshape(-1, width), np.zeros((1, width), np.float32)]
        )
        # which word numbers are figures (the padding row is none): `align_gaps`
        self.figure_words = np.array([w[0].isdigit() for w in vocab] + [False], dtype=bool)

    @property
    def lengths(self) -> np.ndarray:
        """The number of aligned words of each statement."""
        return self._len

    def scores(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The alignment of statements a[k] and b[k] (numbers in the `statements` given)
        for every k: symmetric (each pair is computed low number first), 1 for a statement
        with itself, 0 when either has no word."""
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        out = np.zeros(len(lo), dtype=np.float64)
        same = (lo == hi) & (self._len[lo] > 0)
        out[same] = 1.0
        todo = np.flatnonzero(~same & (self._len[lo] > 0) & (self._len[hi] > 0))
        if not len(todo):
            return out
        longest = np.maximum(self._len[lo[todo]], self._len[hi[todo]])
        todo = todo[np.argsort(longest, kind="stable")]
        for k in range(0, len(todo), _BLOCK):
            at = todo[k : k + _BLOCK]
            out[at] = self._block(lo[at], hi[at])
        return np.round(out, _DIGITS)

    def _padded(self, rows: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Word numbers (the zero row for padding) and IDF weights (0 for padding) of
        `rows`, padded to `width` words."""
        n = len(rows)
        idx = np.full((n, width), len(self._vec) - 1, dtype=np.int64)
        wts = np.zeros((n, width), dtype=np.float64)
        lengths = self._len[rows]
        r = np.repeat(np.arange(n), lengths)
        starts = np.repeat(self._ptr[rows], lengths)
        c = np.arange(len(r)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        idx[r, c] = self._cols[starts + c]
        wts[r, c] = self._idf[starts + c]
        return idx, wts

    def similarities(
        self, lo: np.ndarray, hi: np.ndarray
    ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        """The word-by-word cosines of statements lo[k] and hi[k] (pairs x words of lo x
        words of hi, padded to the longest; -2 where either word is padding), with each
        side's padded word numbers and IDF weights (`_padded`)."""
        width = int(max(self._len[lo].max(), self._len[hi].max()))
        ia, wa = self._padded(lo, width)
        ib, wb = self._padded(hi, width)
        sim = np.matmul(self._vec[ia], self._vec[ib].transpose(0, 2, 1)).astype(np.float64)
        # padding never is a word's best match (a real cosine may be below 0)
        sim = np.where((wa > 0)[:, :, None] & (wb > 0)[:, None, :], sim, -2.0)
        return sim, (ia, wa), (ib, wb)

    def _block(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        sim, (_, wa), (_, wb) = self.similarities(lo, hi)
        one = (sim.max(axis=2) * wa).sum(axis=1) / wa.sum(axis=1)
        two = (sim.max(axis=1) * wb).sum(axis=1) / wb.sum(axis=1)
        out: np.ndarray = (one + two) / 2
        return out


def align_pairs(alignment: WordAlignment | None, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """`WordAlignment.scores`, or zeros without an alignment (no vectors)."""
    return np.zeros(len(i)) if alignment is None else alignment.scores(i, j)
