"""Rules 1 and 2 of `origins` (whole-article syndication): the candidate pairs (an inverted
index of shingles, MinHash LSH over the articles the index leaves out), exact containment, the
same newsroom twice, and the chain check that keeps a text made of two others from joining
them (see origins.py's docstring for each rule and its figures). Moved out of origins.py
unchanged (session 59).

Pure: the MinHash seed is fixed and its hashes derive from content; no I/O.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from consensus.shingles import _Doc

MIN_SYNDICATION_SHINGLES = 20
INDEX_MAX_DF = 64
SAME_NEWSROOM_SHINGLES = 40
CHAIN_FLOOR = 0.2
NESTED = 0.8
LSH_THRESHOLD = 0.3
NUM_PERM = 128
MINHASH_SEED = 1


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        # The smaller index becomes the root, so roots do not depend on union order.
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        return True


def _shared_counts(docs: Sequence[_Doc]) -> tuple[dict[tuple[int, int], int], set[int]]:
    """Shared-shingle counts per pair, over shingles held by 2..64 docs (exact for those).

    Also returns the docs that hold a shingle of more than 64 docs: only pairs of such
    docs can be missing from the counts, so only they need the MinHash LSH.
    """
    if not docs:
        return {}, set()
    hashes = np.concatenate([d.shingles for d in docs])
    owners = np.concatenate([np.full(len(d.shingles), d.index, dtype=np.int64) for d in docs])
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    if len(hashes) == 0:
        return {}, set()
    boundaries = np.flatnonzero(hashes[1:] != hashes[:-1]) + 1
    starts = np.concatenate([np.zeros(1, dtype=np.int64), boundaries])
    sizes = np.diff(np.concatenate([starts, np.array([len(hashes)], dtype=np.int64)]))
    heavy_runs = np.flatnonzero(sizes > INDEX_MAX_DF)
    heavy: set[int] = set()
    for run in heavy_runs.tolist():
        heavy.update(owners[starts[run] : starts[run] + sizes[run]].tolist())
    n = np.int64(len(docs))
    keys: list[npt.NDArray[np.int64]] = []
    for size in np.unique(sizes):
        if size < 2 or size > INDEX_MAX_DF:
            continue
        run_starts = starts[sizes == size]
        left, right = np.triu_indices(int(size), k=1)
        a = owners[run_starts[:, None] + left[None, :]].ravel()
        b = owners[run_starts[:, None] + right[None, :]].ravel()
        keys.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not keys:
        return {}, heavy
    pair_keys, counts = np.unique(np.concatenate(keys), return_counts=True)
    return {
        (int(k // n), int(k % n)): int(c)
        for k, c in zip(pair_keys.tolist(), counts.tolist(), strict=True)
    }, heavy


def _lsh_neighbours(docs: Sequence[_Doc]) -> dict[int, list[int]]:
    """Candidate near-duplicates j > i for each i, from MinHash LSH over shingle sets."""
    template = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32")
    if not docs:
        return {}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
    sketches: dict[int, MinHash] = {}
    for doc in docs:
        if len(doc.shingles) < MIN_SYNDICATION_SHINGLES:
            continue
        sketch = MinHash(
            num_perm=NUM_PERM,
            seed=MINHASH_SEED,
            hashfunc=_identity,
            permutations=template.permutations,
            scheme="affine32",
        )
        sketch.update_batch((doc.shingles >> np.uint64(32)).tolist())
        sketches[doc.index] = sketch
        lsh.insert(doc.index, sketch, check_duplication=False)
    return {i: sorted(j for j in lsh.query(sketch) if j > i) for i, sketch in sketches.items()}


@functools.cache
def _lsh_params() -> tuple[int, int]:
    """Bands and rows for LSH_THRESHOLD; datasketch's search for them takes ~70 ms."""
    probe = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return int(probe.b), int(probe.r)


def _identity(value: int) -> int:
    return value


def _containment(a: _Doc, b: _Doc) -> tuple[float, float, int]:
    shared = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    smaller = min(len(a.shingles), len(b.shingles))
    union = len(a.shingles) + len(b.shingles) - shared
    return (shared / smaller if smaller else 0.0), (shared / union if union else 0.0), shared


def _same_newsroom(a: _Doc, b: _Doc) -> bool:
    """One outlet (same name, case and spacing aside) and neither text is a wire's own."""
    outlet_a = " ".join((a.article.outlet or "").split()).casefold()
    outlet_b = " ".join((b.article.outlet or "").split()).casefold()
    return bool(outlet_a) and outlet_a == outlet_b and not a.wires and not b.wires


def _chain_clash(
    left: Sequence[int],
    right: Sequence[int],
    docs: Sequence[_Doc],
    counts: dict[tuple[int, int], int],
) -> tuple[int, int, float] | None:
    """A pair (x in left, y in right, containment) that must not share an origin: both long
    enough to judge, sharing less than CHAIN_FLOOR of the smaller text, not one newsroom's,
    and not both copies of a third member (each with NESTED of its shingles in it: a
    wire's brief and an affiliate's version under its own top share nothing, yet both are
    the wire's). A text made of parts of two others would chain them."""
    for x in left:
        for y in right:
            a, b = docs[min(x, y)], docs[max(x, y)]
            smaller = min(len(a.shingles), len(b.shingles))
            if smaller < MIN_SYNDICATION_SHINGLES:
                continue
            shared = _shared(a, b, counts, CHAIN_FLOOR * smaller)
            if shared >= CHAIN_FLOOR * smaller:
                continue
            if (
                shared >= SAME_NEWSROOM_SHINGLES
                and _newsroom_shared(a, b, docs) >= SAME_NEWSROOM_SHINGLES
            ):
                continue
            if any(
                _shared(a, docs[z], counts, NESTED * len(a.shingles)) >= NESTED * len(a.shingles)
                and _shared(b, docs[z], counts, NESTED * len(b.shingles))
                >= NESTED * len(b.shingles)
                for z in itertools.chain(left, right)
                if z not in (a.index, b.index)
            ):
                continue
            return a.index, b.index, shared / smaller
    return None


def _shared(a: _Doc, b: _Doc, counts: dict[tuple[int, int], int], enough: float) -> int:
    """Shingles a and b share: the index count when it already reaches ``enough`` (it
    leaves out shingles of more than INDEX_MAX_DF docs, so it is a lower bound), else exact."""
    known = counts.get((min(a.index, b.index), max(a.index, b.index)))
    if known is not None and known >= enough:
        return known
    return len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))


def _newsroom_shared(a: _Doc, b: _Doc, docs: Sequence[_Doc]) -> int:
    """Shingles two articles of one newsroom share that no article of another outlet holds
    (0 when they are not one newsroom's): an official statement or a speech that other
    outlets print too is public, not the newsroom's reporting reused."""
    if not _same_newsroom(a, b):
        return 0
    common = np.intersect1d(a.shingles, b.shingles, assume_unique=True)
    outlet = " ".join((a.article.outlet or "").split()).casefold()
    for doc in docs:
        if len(common) < SAME_NEWSROOM_SHINGLES:
            break
        if " ".join((doc.article.outlet or "").split()).casefold() != outlet:
            common = common[~np.isin(common, doc.shingles, assume_unique=True)]
    return len(common)


def _own_voice_shared(a: _Doc, b: _Doc) -> int:
    """Shared shingles in BOTH outlets' own voice: two outlets quoting one statement share
    its words inside quotation marks only, which is no evidence that one copied the other."""
    return min(
        len(np.intersect1d(a.own_shingles, b.shingles, assume_unique=True)),
        len(np.intersect1d(b.own_shingles, a.shingles, assume_unique=True)),
    )


def _agency_labels(doc: _Doc) -> list[str]:
    return sorted({label for _, _, label in doc.markers})
