"""The sparse claim x term tables of one batch and the pair columns read from them: rare
words (`rare_words`), the names a claim holds that the other prints (`names_shared`,
`names_clash`), shared runs of four words (`common_run`), the IDF-weighted mean word vector
(`soft_words`) and the two speaker columns, each a few array operations over a batch of
pairs (no Python loop per pair).

`TermTables` is a mixin of `compare.PairContext` (`_build_sparse` runs at the end of its
constructor; `compare.PairContext.features` reads the columns); `columns_done` frees the
tables once the batch's vectors are made. Pure; split from `compare.py`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from consensus.merge.align_gaps import aligned_read
from consensus.merge.align_words import WordAlignment
from consensus.merge.codes import CodeSet, _csr_rows, _distinct, _expand, _has, _held_twice
from consensus.merge.figures import Figure
from consensus.merge.slots import _stem
from consensus.merge.speakers import compatible, same_speaker
from consensus.vectors import Vectors

if TYPE_CHECKING:
    from consensus.merge.compare import ClaimView


class TermTables:
    """The sparse term tables of a `compare.PairContext` (its mixin; see the module docstring)."""

    # what the batch's constructor (`compare.PairContext.__init__`) sets
    views: Sequence[ClaimView]
    vectors: Vectors
    figs: list[list[Figure]]
    dates: list[frozenset[str]]
    mat: np.ndarray | None
    _inv: np.ndarray

    def _build_sparse(
        self, distinct: Sequence[str], parts: Sequence[tuple[list[str], frozenset[str], list[str]]]
    ) -> None:
        """Sparse claim x term matrices, so each comparison of a batch of pairs is a few
        array operations (no Python loop per pair): rare words, names, shared 4-grams,
        IDF-weighted mean word vectors. Rows that depend on the statement alone are built
        per distinct statement and repeated (`self._inv`); columns are numbered in order of
        first use over the claims, so sums over a row run in one fixed order."""
        n = len(self.views)
        inv = self._inv
        stems = [st for _, st, _ in parts]
        vocab: dict[str, int] = {}
        words = [w for st in stems for w in sorted(st)]
        cols = np.fromiter(
            (vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=len(words)
        )
        counts = [len(st) for st in stems]
        # document frequency over the claims: a statement counts once per claim stating it
        mult = np.bincount(inv, minlength=len(distinct))
        df = np.bincount(cols, weights=np.repeat(mult, counts), minlength=len(vocab))
        total = max(n, 1)
        self.idf = {
            w: math.log((total + 1) / (c + 0.5))
            for w, c in zip(vocab, df.astype(np.int64).tolist(), strict=True)
        }
        idf = np.fromiter(self.idf.values(), dtype=np.float64, count=len(vocab))
        shape = (len(distinct), max(len(vocab), 1))
        self._rare = _csr_rows(cols, counts, idf[cols], shape)  # per distinct statement
        self._rare_sum = np.asarray(self._rare[inv].sum(axis=1)).ravel()
        self._rare_ptr, self._rare_at, self._rare_codes = _held_twice(self._rare, mult)
        # names a claim holds (not its speaker), by the number of their last word, and the
        # last words of names each statement prints, as sorted (statement, word) codes: a
        # text mentions a name when it prints the name's last word
        last_no: dict[str, int] = {}
        held: list[int] = []
        n_held: list[int] = []
        for v in self.views:
            got = [
                last_no.setdefault(nm.split()[-1], len(last_no))
                for nm in sorted(v.names)
                if nm != v.speaker
            ]
            held += got
            n_held.append(len(got))
        seq = [words for words, _, _ in parts]
        self.seq = [seq[k] for k in inv.tolist()]
        self._held = np.asarray(held, dtype=np.int64)
        self._n_holds = np.asarray(n_held, dtype=np.float64)
        self._held_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(n_held, out=self._held_ptr[1:])
        self._n_last = max(len(last_no), 1)
        printed = [
            r * self._n_last + last_no[w]
            for r, ws in enumerate(seq)
            for w in set(ws)
            if w in last_no
        ]
        self._printed = CodeSet(np.asarray(printed, dtype=np.int64))
        # shared runs of four words (a quote or a clause both print); 0/1 entries, so
        # any column numbering gives the same counts
        grams: dict[tuple[str, ...], int] = {}
        g_cols: list[int] = []
        n_grams: list[int] = []
        for ws in seq:
            runs = zip(ws, ws[1:], ws[2:], ws[3:], strict=False)  # (shorter tails end it)
            ids = {grams.setdefault(g, len(grams)) for g in runs}
            g_cols += ids
            n_grams.append(len(ids))
        gshape = (len(distinct), max(len(grams), 1))
        self._grams = _csr_rows(np.asarray(g_cols, dtype=np.int64), n_grams, None, gshape)
        self._gram_ptr, self._gram_at, self._gram_codes = _held_twice(self._grams, mult)
        self._n_grams = np.asarray(n_grams, dtype=np.float64)[inv]
        self._n_words = np.array([len(w) for w in seq], dtype=np.float64)[inv]
        # IDF-weighted mean of the content words' vectors, normalised: one sparse
        # (claims x words) weight matrix times the words' vectors
        self._bag = None
        read = len(self.vectors) and aligned_read()  # (skipped while no model reads it)
        self._align = WordAlignment(distinct, self.vectors) if read else None
        if len(self.vectors):
            # the content words of each distinct statement in turn; each distinct word with
            # a vector numbered in order of first use, weighted by the IDF of its stem
            flat = [w for _, _, content in parts for w in content]
            word_no: dict[str, int] = {}
            for w in dict.fromkeys(flat):
                if w in self.vectors:
                    word_no[w] = len(word_no)
            weight = np.fromiter(
                (self.idf.get(_stem(w), 1.0) for w in word_no), np.float64, count=len(word_no)
            )
            col = np.fromiter((word_no.get(w, -1) for w in flat), np.int64, count=len(flat))
            row = np.repeat(
                np.arange(len(parts), dtype=np.int64), [len(content) for _, _, content in parts]
            )
            with_vector = col >= 0
            b_cols = col[with_vector]
            b_counts = np.bincount(row[with_vector], minlength=len(parts))
            if word_no:
                weights = _csr_rows(b_cols, b_counts, weight[b_cols], (len(distinct), len(word_no)))
                known_vectors = self.vectors.matrix(list(word_no))
                bag = np.zeros((len(distinct), known_vectors.shape[1]), dtype=np.float32)
                # in blocks of rows (each row is its own product and norm): no float64
                # copy of the whole (statements x dim) matrix
                for lo in range(0, len(distinct), 8192):
                    block = np.asarray(weights[lo : lo + 8192] @ known_vectors, dtype=np.float32)
                    norms = np.linalg.norm(block, axis=1, keepdims=True)
                    bag[lo : lo + 8192] = block / np.where(norms == 0, 1.0, norms)
            else:
                bag = np.zeros((len(distinct), self.vectors.dim), dtype=np.float32)
            self._bag = bag  # per distinct statement (rows by `self._inv`)
        self._speakers = sorted({v.speaker for v in self.views if v.speaker})
        speaker_no = {sp: q for q, sp in enumerate(self._speakers)}
        self._speaker_pairs: dict[int, tuple[bool, bool]] = {}
        self._speaker_no = np.fromiter(
            (speaker_no.get(v.speaker or "", -1) for v in self.views), dtype=np.int64, count=n
        )
        self._has_fig = np.fromiter((bool(f) for f in self.figs), dtype=bool, count=n)
        self._has_date = np.fromiter((bool(d) for d in self.dates), dtype=bool, count=n)
        self._columns_done = False

    def columns_done(self) -> None:
        """Free what only the pair columns read (`features`, `cosines`, the neighbours),
        once a batch's comparison vectors are made: the statement matrix, the word-vector
        bag and the term tables (about 0.2 GB at 100k claims, while the link rule and the
        joining need the memory). They read only the rest; `features` refuses after this."""
        self._columns_done = True
        self.mat = None
        self._bag = self._align = None
        self._rare_codes = self._gram_codes = self._printed = CodeSet(np.zeros(0, np.int64))

    def _names_mentioned(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, how many of the names claim i holds claim j's text mentions."""
        pair, at = _expand(self._held_ptr, i)
        hit = _has(self._printed, self._inv[j][pair], self._held[at], self._n_last)
        return np.bincount(pair, weights=hit, minlength=len(i)).astype(np.float64)

    def _shared_rare(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, the summed IDF of the content words both hold: the row sums of a
        matrix of the shared words' weights, each row in ascending column order (the
        matrix and the sums scipy gives for `rare[i].multiply(rare_bin[j])`)."""
        m = self._rare
        pair, at = _expand(self._rare_ptr, self._inv[i])
        at = self._rare_at[at]  # (a word only claim i holds is not shared: skipped)
        cols = m.indices[at]
        hit = _has(self._rare_codes, self._inv[j][pair], cols, m.shape[1])
        indptr = np.zeros(len(i) + 1, dtype=np.int64)
        np.cumsum(np.bincount(pair[hit], minlength=len(i)), out=indptr[1:])
        shape = (len(i), m.shape[1])
        shared = sparse.csr_matrix((m.data[at][hit], cols[hit], indptr), shape=shape)
        return np.asarray(shared.sum(axis=1)).ravel()

    def _shared_grams(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, how many runs of four words both print."""
        m = self._grams
        pair, at = _expand(self._gram_ptr, self._inv[i])
        at = self._gram_at[at]  # (a run only claim i prints is not shared: skipped)
        hit = _has(self._gram_codes, self._inv[j][pair], m.indices[at], m.shape[1])
        return np.bincount(pair, weights=hit, minlength=len(i)).astype(np.float64)

    def _speaker_columns(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`speaker_same` and `speaker_clash` of each pair: both named and one speaker
        (written alike or two ways), or both named and neither speaks for the other (rule
        1's test; a speaker and one who speaks for it are neither). Each pair of distinct
        speaker names is judged once per batch."""
        si, sj = self._speaker_no[i], self._speaker_no[j]
        both = (si >= 0) & (sj >= 0)
        same = both & (si == sj)
        clash = np.zeros(len(i), dtype=bool)
        two = np.flatnonzero(both & (si != sj))
        if len(two):
            n = len(self._speakers)
            codes = np.minimum(si[two], sj[two]) * n + np.maximum(si[two], sj[two])
            distinct = _distinct(codes)
            judged = self._speaker_pairs
            for code in distinct.tolist():
                if code not in judged:
                    a, b = self._speakers[code // n], self._speakers[code % n]
                    judged[code] = (same_speaker(a, b), not compatible(a, b))
            at = np.searchsorted(distinct, codes)
            same_d = np.fromiter((judged[c][0] for c in distinct.tolist()), bool, len(distinct))
            clash_d = np.fromiter((judged[c][1] for c in distinct.tolist()), bool, len(distinct))
            same[two] = same_d[at]
            clash[two] = clash_d[at]
        return same.astype(np.float64), clash.astype(np.float64)
