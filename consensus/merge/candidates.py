"""Blocking (pipeline step 3): which pairs of claims are compared at all, from an
inverted index over each claim's rarest keys, so work stays near-linear.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from consensus.merge.features import _Feat
from consensus.merge.tunables import BLOCK_CAP, MAX_BLOCK_KEYS, MAX_CANDIDATES

_NO_CODES = np.zeros(0, dtype=np.int64)


def _candidate_pairs(feats: Sequence[_Feat]) -> list[tuple[int, int]]:
    """`_candidate_codes` as (i, j) pairs, i < j, sorted."""
    n = len(feats)
    kept = _candidate_codes(feats)
    return list(zip((kept // n).tolist(), (kept % n).tolist(), strict=True))


def _candidate_codes(feats: Sequence[_Feat]) -> np.ndarray:
    """Pairs from two articles sharing >= 2 blocking keys, near-linear in the claims.

    Each claim's blocking keys are its `MAX_BLOCK_KEYS` rarest keys (document frequency,
    then key); a candidate must share a PAIR of them (a composite key), so a key common
    on its own (a region named everywhere) still blocks well together with a rarer one. Composite
    keys held by more than `BLOCK_CAP` claims are skipped, and each claim keeps its
    `MAX_CANDIDATES` candidates sharing the most composite keys (ties: lower position).

    Keys are numbered in sorted order (so comparing numbers compares keys) and the
    postings and per-claim ranking are numpy array operations; the shared composite keys
    of every pair are counted by one sparse product (claims x kept composite keys, times
    its transpose), not by sorting a code per pair and key. A pair (i, j), i < j, is
    returned as the code i * len(feats) + j, sorted.
    """
    n = len(feats)
    names = sorted({k for f in feats for k in f.keys})
    if n < 2 or not names:
        return _NO_CODES
    number = {k: x for x, k in enumerate(names)}
    nk = len(names)
    flat = np.fromiter((number[k] for f in feats for k in f.keys), dtype=np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), [len(f.keys) for f in feats])
    df = np.bincount(flat, minlength=nk)
    rarity = df * nk + np.arange(nk, dtype=np.int64)  # order of (df, key)
    # each claim's MAX_BLOCK_KEYS rarest keys held by >= 2 claims, in key order
    shared = df[flat] >= 2
    flat, owner = flat[shared], owner[shared]
    flat = flat[_by_two(owner, rarity[flat], int(rarity.max()) + 1)]  # owner is sorted
    rarest = _run_rank(owner) < MAX_BLOCK_KEYS
    flat, owner = flat[rarest], owner[rarest]
    flat = flat[_by_two(owner, flat, nk)]
    chosen = np.full((n, MAX_BLOCK_KEYS), -1, dtype=np.int64)
    chosen[owner, _run_rank(owner)] = flat
    # composite keys (kx < ky) of each claim, flattened in claim order
    xa, xb = np.triu_indices(MAX_BLOCK_KEYS, 1)
    valid = chosen[:, xb] >= 0  # keys are left-aligned, so ky valid => kx valid
    composite = (chosen[:, xa] * nk + chosen[:, xb])[valid]
    holder = np.broadcast_to(np.arange(n, dtype=np.int64)[:, None], valid.shape)[valid]
    order = _by_two(composite, holder, n)  # postings keep claim order
    composite, holder = composite[order], holder[order]
    _, _, sizes = _runs(composite)
    article_no = {a: k for k, a in enumerate(sorted({f.article for f in feats}))}
    art = np.array([article_no[f.article] for f in feats], dtype=np.int64)
    src, dst, counts = _shared_counts(holder, sizes, art)
    if not len(src):
        return _NO_CODES
    # per claim: most shared keys, then position; one int64 sort key (src, -shared, dst)
    most = int(counts.max()) + 1
    key = src * (most * n) + (most - 1 - counts) * n + dst
    key.sort()
    src, dst = key // (most * n), key % n
    top = _run_rank(src) < MAX_CANDIDATES
    lo, hi = np.minimum(src[top], dst[top]), np.maximum(src[top], dst[top])
    kept = lo * n + hi
    kept.sort()
    kept, _, _ = _runs(kept)
    return kept


def _shared_counts(
    holder: np.ndarray, sizes: np.ndarray, art: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the postings `holder` (claims, in runs of `sizes`: one run per composite key),
    every ordered pair (src, dst) of claims of two articles (`art`) that share a run of
    2..BLOCK_CAP claims, with the number of such runs they share; in no particular order.
    One sparse product: claims x kept runs, times its transpose."""
    ok = (sizes >= 2) & (sizes <= BLOCK_CAP)
    col = np.repeat(np.cumsum(ok) - 1, sizes)
    keep = np.repeat(ok, sizes)
    rows, cols = holder[keep], col[keep]
    if not len(rows):
        return _NO_CODES, _NO_CODES, _NO_CODES
    shape = (len(art), int(ok.sum()))
    a = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=shape)
    shared = (a @ a.T).tocoo()  # (both directions: each pair as (i, j) and as (j, i))
    src, dst = shared.row.astype(np.int64), shared.col.astype(np.int64)
    other = art[src] != art[dst]  # (and never the diagonal)
    return src[other], dst[other], shared.data[other].astype(np.int64)


def _by_two(major: np.ndarray, minor: np.ndarray, minor_bound: int) -> np.ndarray:
    """The order sorting by (major, minor), both >= 0 and minor < minor_bound, for DISTINCT
    (major, minor) pairs (so any sort gives the one order): one sort of a combined int64
    key when it fits, else a lexsort."""
    if not len(major):
        return np.zeros(0, dtype=np.int64)
    if (int(major.max()) + 1) * minor_bound < 2**62:
        return np.argsort(major * minor_bound + minor)
    return np.lexsort((minor, major))


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct values of a sorted array, where each run starts and its length: what
    `np.unique(..., return_index=True, return_counts=True)` gives for a sorted array,
    without its sorting again (numpy 2's np.unique is slow on large arrays)."""
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return ordered[first], first, np.diff(np.r_[first, len(ordered)])


def _run_rank(ordered: np.ndarray) -> np.ndarray:
    """Each element's rank within its run of equal values (`ordered` sorted or grouped)."""
    if not len(ordered):
        return np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return np.arange(len(ordered)) - np.repeat(first, np.diff(np.r_[first, len(ordered)]))
