"""Nearest statements by vector (pipeline step 3, candidates): for each claim its k nearest
claims of other articles at a cosine floor -- exact up to `EXACT_NEIGHBOURS` claims, else by
random-hyperplane hashing with a fixed seed (deterministic).

PURE: no I/O, clock or randomness beyond the fixed seed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from consensus.merge.codes import _distinct, _sorted_by_best

EXACT_NEIGHBOURS = 4_000  # above this many claims, nearest neighbours by hashing
LSH_SEED = 20_250_314
LSH_TABLES = 4
LSH_BITS = 14
LSH_BUCKET_CAP = 512


def neighbour_codes(mat: np.ndarray, articles: Sequence[str], k: int, floor: float) -> np.ndarray:
    """Pairs (i < j) of rows of `mat` (unit vectors) from different `articles` where j is
    among i's k nearest (or back), with cosine >= floor, as sorted codes i * n + j. Rows
    are processed in blocks so memory stays bounded."""
    return neighbour_codes_at(mat, articles, k, (floor,))[0]


def neighbour_codes_at(
    mat: np.ndarray, articles: Sequence[str], k: int, floors: Sequence[float]
) -> list[np.ndarray]:
    """`neighbour_codes` at each of `floors`, from one search at the lowest: a claim's k
    nearest at >= a higher floor are its k nearest at the lowest that reach it."""
    arts = np.array(articles)
    n = len(articles)
    if n > EXACT_NEIGHBOURS:
        x, y, c = _lsh_candidates(mat, arts, k, min(floors))
        return [_k_best(x[c >= f], y[c >= f], c[c >= f], k, n) for f in floors]
    if n < 2:
        return [np.zeros(0, dtype=np.int64) for _ in floors]
    # each claim's k nearest of other articles do not depend on the floor: one search, and
    # each floor keeps those of its nearest that reach it
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    sims_kept: list[np.ndarray] = []
    block = 2048
    art_no = {a: q for q, a in enumerate(dict.fromkeys(arts.tolist()))}
    codes = np.array([art_no[a] for a in arts.tolist()], dtype=np.int64)
    kk = min(k, n - 1)
    for lo in range(0, n, block):
        hi = min(lo + block, n)
        sims = mat[lo:hi] @ mat.T
        sims[codes[lo:hi][:, None] == codes[None, :]] = -1.0  # same article, itself
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        vals = np.take_along_axis(sims, top, axis=1)
        rr, cc = np.nonzero(vals >= min(floors))
        rows.append(rr + lo)
        cols.append(top[rr, cc])
        sims_kept.append(vals[rr, cc])
    r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(sims_kept)
    lo_hi = np.minimum(r, c) * n + np.maximum(r, c)
    return [np.unique(lo_hi[v >= f]).astype(np.int64) for f in floors]


def _lsh_candidates(
    mat: np.ndarray, arts: np.ndarray, k: int, floor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(claim, partner, cosine) of each bucket's k nearest at >= floor, over all tables."""
    _n, d = mat.shape
    art_no = {a: q for q, a in enumerate(dict.fromkeys(arts.tolist()))}
    codes_art = np.array([art_no[a] for a in arts.tolist()], dtype=np.int64)
    rng = np.random.default_rng(LSH_SEED)
    weights = 1 << np.arange(LSH_BITS, dtype=np.int64)
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    cs: list[np.ndarray] = []
    for _table in range(LSH_TABLES):
        planes = rng.standard_normal((d, LSH_BITS)).astype(np.float32)
        codes = ((mat @ planes) > 0).astype(np.int64) @ weights
        order = np.argsort(codes, kind="stable")  # (members ascending in a bucket)
        first = np.flatnonzero(np.r_[True, np.diff(codes[order]) != 0])
        sizes = np.minimum(np.diff(np.r_[first, len(order)]), LSH_BUCKET_CAP)
        # buckets of one size at once, in slices that keep the similarity stack small
        for m in sorted(set(sizes[sizes >= 2].tolist())):
            starts = first[sizes == m]
            step = max(1, (1 << 22) // (m * max(m, d)))
            for lo in range(0, len(starts), step):
                members = order[starts[lo : lo + step, None] + np.arange(m)]
                sims = mat[members] @ mat[members].transpose(0, 2, 1)
                own = codes_art[members]
                sims[own[:, :, None] == own[:, None, :]] = -1.0
                kk = min(k, m - 1)
                top = np.argpartition(-sims, kk - 1, axis=2)[:, :, :kk]
                vals = np.take_along_axis(sims, top, axis=2)
                bb, rr, cc = np.nonzero(vals >= floor)
                xs.append(members[bb, rr])
                ys.append(members[bb, top[bb, rr, cc]])
                cs.append(vals[bb, rr, cc])
    if not xs:
        none = np.zeros(0, dtype=np.int64)
        return none, none, np.zeros(0, dtype=np.float32)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(cs)


def _k_best(x: np.ndarray, y: np.ndarray, c: np.ndarray, k: int, n: int) -> np.ndarray:
    """Each claim's k best partners over all tables (ties: lower partner), both
    directions, as sorted distinct codes lo * n + hi."""
    if not len(x):
        return np.zeros(0, dtype=np.int64)
    x, y = _sorted_by_best(x, c, y, n)
    first = np.r_[True, x[1:] != x[:-1]]
    starts = np.maximum.accumulate(np.where(first, np.arange(len(x)), 0))
    rank = np.arange(len(x)) - starts
    dup = np.r_[False, (x[1:] == x[:-1]) & (y[1:] == y[:-1])]
    keep = ~dup
    # rank among distinct partners
    rank = np.cumsum(keep) - np.maximum.accumulate(np.where(first, np.cumsum(keep) - 1, 0)) - 1
    sel = keep & (rank < k)
    lo = np.minimum(x[sel], y[sel])
    hi = np.maximum(x[sel], y[sel])
    return _distinct(lo * n + hi)
