"""Sparse and integer-code helpers of the pair context (pipeline step 3): CSR matrices built
from column lists, pair codes (i * width + j) kept distinct and ranked, row dot products in
blocks, and `CodeSet`, a hash set of int64 codes probed in array rounds (the fast path of
`np.isin` over millions of pair codes).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import chain

import numpy as np
from scipy import sparse


def _csr_rows(
    cols: np.ndarray,
    counts: Sequence[int] | np.ndarray,
    vals: np.ndarray | None,
    shape: tuple[int, int],
) -> sparse.csr_matrix:
    """A CSR matrix from the column numbers of each row in turn (`counts[r]` of them, no
    column twice in a row), with sorted indices: the matrix `csr_matrix((vals, (rows,
    cols)))` builds, without scipy's conversions of coordinate lists."""
    lengths = np.asarray(counts, dtype=np.int64)
    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    order = np.argsort(rows * max(shape[1], 1) + cols, kind="stable")
    data = np.ones(len(cols), dtype=np.float64) if vals is None else vals[order]
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return sparse.csr_matrix((data, cols[order], indptr), shape=shape)


def pair_ends(pairs: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The first and the second claim of each pair, as two int64 arrays: one pass of
    numpy over the pairs' ints laid end to end (a Python generator per column cost ~0.4 s
    per million pairs, and the link step converts its pairs several times)."""
    flat = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs))
    return flat[0::2].copy(), flat[1::2].copy()


def _distinct(codes: np.ndarray) -> np.ndarray:
    """The distinct values of an int64 array, sorted (a sort and a mask: numpy 2's
    `np.unique` is slow on large arrays)."""
    out = np.sort(codes)
    keep: np.ndarray = out[np.r_[True, out[1:] != out[:-1]]] if len(out) else out
    return keep


def _sorted_by_best(
    x: np.ndarray, c: np.ndarray, y: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """x and y in the order of `np.lexsort((y, -c, x))` (x, y claim numbers < n; c float32
    cosines): one sort of int64 keys, read back, when the cosines are positive (their bits
    then order like them) and the keys fit (equal keys are equal (x, y), so no order among
    them matters)."""
    keyed = _best_keys(x, c, y, n)
    if keyed is None:
        order = np.lexsort((y, -c, x))
        return x[order], y[order]
    key, width = keyed
    key.sort()
    return key // (width * n), key % n


def _best_keys(
    x: np.ndarray, c: np.ndarray, y: np.ndarray, n: int
) -> tuple[np.ndarray, int] | None:
    """Keys (x, -c, y) as int64 numbers and the width of the cosine part, or None when
    some cosine is not positive or the keys would not fit."""
    if not len(x) or float(c.min()) <= 0:
        return None
    bits = c.astype(np.float32).view(np.int32).astype(np.int64)
    worse = int(bits.max()) - bits  # 0 for the best cosine
    width = int(worse.max()) + 1
    if (int(x.max()) + 1) * width * n >= 2**62:
        return None
    return (x * width + worse) * n + y, width


def pairs_among(
    labels: Sequence[str | None], i: np.ndarray, j: np.ndarray, wanted: Collection[tuple[str, str]]
) -> np.ndarray:
    """Whether `(labels[i[k]], labels[j[k]])` is a pair of `wanted`, for each k, by one
    code per label (None is in no pair): a pair of codes per wanted pair, tested by
    `np.isin` (no Python per pair)."""
    no = {x: q for q, x in enumerate(sorted({x for x in labels if x is not None}))}
    code = np.fromiter((-1 if x is None else no[x] for x in labels), np.int64, len(labels))
    want = [no[a] * len(no) + no[b] for a, b in wanted if a in no and b in no]
    ci, cj = code[i], code[j]
    hit: np.ndarray = (ci >= 0) & (cj >= 0) & np.isin(ci * len(no) + cj, np.asarray(want, np.int64))
    return hit


def floats_of(rounded: np.ndarray, places: int = 4) -> list[float]:
    """`rounded.tolist()` of values `np.round(..., places)` gave in [0, 1], as one float
    object per distinct value (a million probabilities take at most 10**places + 1 values:
    ~23 MB of floats fewer at 100k claims); the same doubles, bit for bit, else the plain
    list."""
    scale = 10.0**places
    ticks = np.rint(rounded * scale).astype(np.int64)
    if not len(ticks) or ticks.min() < 0 or ticks.max() > scale:
        out: list[float] = rounded.tolist()
        return out
    table = np.arange(int(scale) + 1, dtype=np.float64) / scale
    if not np.array_equal(table[ticks].view(np.int64), rounded.view(np.int64)):
        out = rounded.tolist()
        return out
    return list(map(table.tolist().__getitem__, ticks.tolist()))


def _row_dots(mat: np.ndarray, i: np.ndarray, j: np.ndarray, block: int = 4096) -> np.ndarray:
    """`mat[i[k]] @ mat[j[k]]` for every k, as float64, gathering a block of rows at a time
    (each dot is one row's own reduction, so blocks do not change the values)."""
    out = np.empty(len(i), dtype=np.float64)
    for lo in range(0, len(i), block):
        hi = min(lo + block, len(i))
        out[lo:hi] = np.einsum("ij,ij->i", mat[i[lo:hi]], mat[j[lo:hi]])
    return out


def _codes(indptr: np.ndarray, indices: np.ndarray, width: int) -> np.ndarray:
    """The entries of a CSR matrix with sorted indices as sorted codes row * width + column."""
    rows = np.repeat(np.arange(len(indptr) - 1, dtype=np.int64), np.diff(indptr))
    return rows * width + indices.astype(np.int64)


def _expand(ptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each k, row `rows[k]`'s entries of a CSR-like layout (`ptr`): the k of every
    entry and its index in the flat arrays, rows in turn, entries in stored order."""
    counts = ptr[rows + 1] - ptr[rows]
    pair = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    return pair, np.repeat(ptr[rows], counts) + np.arange(len(pair), dtype=np.int64) - first


_FIBONACCI = np.uint64(0x9E3779B97F4A7C15)  # 2**64 / golden ratio, odd: multiplicative hashing


class CodeSet:
    """Distinct non-negative int64 codes, for testing many codes at once: a hash table in
    one numpy array (open addressing, linear probing, at least half of it empty), probed in
    array rounds, each round only for the codes whose slot held another code. The answers
    are `np.isin`'s (tests/test_merge_fast_paths.py); a few passes over the queries instead
    of a binary search per query over a large sorted array (`np.searchsorted`, the largest
    cost of the pair columns). Where a code lands depends on the order of insertion; whether
    it is there does not."""

    def __init__(self, codes: np.ndarray) -> None:
        codes = np.asarray(codes, dtype=np.int64)
        if len(codes) and int(codes.min()) < 0:
            raise ValueError("a CodeSet holds non-negative codes (-1 marks an empty slot)")
        bits = max((2 * len(codes)).bit_length(), 4)
        self._shift = np.uint64(64 - bits)  # the top bits of the product are the slot
        self._mask = (1 << bits) - 1
        table = np.full(1 << bits, -1, dtype=np.int64)
        slot = self._slots(codes)
        todo = np.arange(len(codes), dtype=np.int64)
        while len(todo):
            at = slot[todo]
            free = table[at] == -1
            mine, at = todo[free], at[free]
            table[at] = codes[mine]  # (of several codes for one slot, one stays)
            lost = mine[table[at] != codes[mine]]
            todo = np.concatenate([todo[~free], lost])
            slot[todo] = (slot[todo] + 1) & self._mask
        self._table = table

    def _slots(self, codes: np.ndarray) -> np.ndarray:
        hashed = codes.view(np.uint64) * _FIBONACCI  # (codes are >= 0: the same bits)
        hashed >>= self._shift
        return hashed.view(np.int64)

    def contains(self, query: np.ndarray) -> np.ndarray:
        """Whether each code of `query` (non-negative int64) is in the set."""
        query = np.ascontiguousarray(query, dtype=np.int64)
        slot = self._slots(query)
        held = self._table[slot]
        out: np.ndarray = held == query
        # the codes whose slot holds another code probe on, slot by slot
        todo = np.flatnonzero((held != -1) & ~out)
        slot = slot[todo]
        while len(todo):
            slot = (slot + 1) & self._mask
            held = self._table[slot]
            hit = held == query[todo]
            out[todo[hit]] = True
            on = np.flatnonzero((held != -1) & ~hit)
            todo, slot = todo[on], slot[on]
        return out


def _has(codes: CodeSet, rows: np.ndarray, terms: np.ndarray, width: int) -> np.ndarray:
    """Whether row `rows[k]` holds term `terms[k]`, from the codes row * width + term."""
    return codes.contains(rows * width + terms)


def _held_twice(m: sparse.csr_matrix, claims: np.ndarray) -> tuple[np.ndarray, np.ndarray, CodeSet]:
    """The entries of a statement x term matrix (sorted indices) whose term at least two
    claims hold (`claims`: how many claims state each statement): row pointers, their
    positions in `m.indices`, and their codes row * width + term. A term only one
    claim holds is never shared by a pair of two claims, so the pair counts skip it."""
    rows = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr))
    held = np.bincount(m.indices, weights=claims[rows], minlength=m.shape[1])
    at = np.flatnonzero(held[m.indices] >= 2)
    ptr = np.zeros(m.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows[at], minlength=m.shape[0]), out=ptr[1:])
    return ptr, at, CodeSet(rows[at] * m.shape[1] + m.indices[at].astype(np.int64))
