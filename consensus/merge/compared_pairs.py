"""Comparing (pipeline step 3, before the link rules of `link`): the candidate pairs of a
batch of claims and their comparison vectors.

Candidates are the key-blocked pairs of `candidates._candidate_codes` plus each claim's
nearest statements by vector (`LINK_NEIGHBOURS` per claim, cosine >= `NEIGHBOUR_FLOOR`,
other articles only), the pairs of the other blockings (`candidate_pairs`), plus two
claims of one article by two named speakers compared for a conflict edge alone
(`article_pairs`). Each pair gets the comparison vector of `compare.COMPARISONS`
(`comparison_matrix`), its lexical column batched in numpy (`lexical_scores`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence

import numpy as np

from consensus.merge.answer_blocks import answer_only_codes
from consensus.merge.article_pairs import article_codes
from consensus.merge.candidates import _candidate_codes
from consensus.merge.claim_reads import _start_day_codes, _start_days
from consensus.merge.codes import CodeSet, _codes, _distinct, _expand, _has, pair_ends
from consensus.merge.compare import COMPARISONS, ClaimView, PairContext
from consensus.merge.features import _Feat
from consensus.merge.figure_blocks import figure_rival_codes
from consensus.merge.figure_neighbours import figure_codes
from consensus.merge.negation_blocks import negation_codes
from consensus.merge.quote_reports import one_voice_columns
from consensus.merge.rare_neighbours import RARE_FLOOR, rare_neighbour_codes
from consensus.merge.score import _text_sims
from consensus.merge.timed_rivals import timed_codes
from consensus.merge.tunables import BLOCK_CAP
from consensus.vectors import Vectors

LINK_NEIGHBOURS = 16  # nearest statements by vector added as candidates, per claim
LARGE_BATCH = 20_000  # above this many claims, half as many neighbours per claim
NEIGHBOUR_FLOOR = 0.4  # ... when their cosine is at least this
PAIR_CHUNK = 50_000  # candidate pairs compared per batch (bounds memory)


def views(feats: Sequence[_Feat]) -> list[ClaimView]:
    return [
        ClaimView(
            article=f.article,
            statement=f.claim.statement,
            names=f.entities  # (the claim's own set when no name is too short: ~20 MB at 100k)
            if min(map(len, f.entities), default=3) > 2
            else frozenset(e for e in f.entities if len(e) > 2),
            speaker=f.speaker,
            published=f.published,
        )
        for f in feats
    ]


def candidate_pairs(
    feats: Sequence[_Feat], ctx: PairContext, blocked: np.ndarray | None = None
) -> list[tuple[int, int]]:
    """Key-blocked pairs (`blocked`, the codes of `_candidate_codes(feats)` when given) plus
    vector neighbours, sorted, each once; plus the pairs that give one slot two figures
    (`figure_blocks`) or one thing two clock times (`timed_rivals.timed_codes`), those no
    other blocking found kept in `ctx.rival_only`: they are compared for the figure and
    time rules alone (`link_edges`: never a join, no probability a group join reads);
    answers' pairs (`answer_blocks`, `ctx.answer_only`) are compared but never join."""
    n = len(feats)
    k = LINK_NEIGHBOURS if n <= LARGE_BATCH else LINK_NEIGHBOURS // 2
    near, nearish = ctx.neighbour_codes_at(k, (NEIGHBOUR_FLOOR, RARE_FLOOR))  # one search
    codes = np.concatenate(
        [
            _candidate_codes(feats) if blocked is None else blocked,
            near,
            rare_neighbour_codes(feats, nearish),  # (rare_neighbours)
            figure_codes(feats),  # (one rare figure: figure_neighbours)
            ctx.slot_codes(BLOCK_CAP),
            _start_day_codes(_start_days(feats), n),
            negation_codes(feats, BLOCK_CAP),  # (two voices' rebuttals: negation_blocks)
        ]
    )
    codes = _distinct(codes)  # (i, j) as i * n + j: sorted codes are sorted pairs
    rivals = np.union1d(figure_rival_codes(ctx, BLOCK_CAP), timed_codes(feats, BLOCK_CAP))
    only = np.setdiff1d(rivals, codes, assume_unique=True)
    ctx.rival_only = frozenset(zip((only // n).tolist(), (only % n).tolist(), strict=True))
    codes = _distinct(np.concatenate([codes, only]))
    codes, ctx.answer_only = answer_only_codes(feats, codes)  # (`answer_blocks`)
    art_no = {a: q for q, a in enumerate(dict.fromkeys(f.article for f in feats))}
    art = np.fromiter((art_no[f.article] for f in feats), dtype=np.int64, count=n)
    i, j = codes // max(n, 1), codes % max(n, 1)
    codes = codes[art[i] != art[j]]
    # two speakers of one article: compared for a conflict edge alone (`article_pairs`)
    told = article_codes(feats)
    ctx.article_only = frozenset(zip((told // n).tolist(), (told % n).tolist(), strict=True))
    codes = np.union1d(codes, told)
    i, j = codes // max(n, 1), codes % max(n, 1)
    # each claim's number one int object, shared by its pairs (a million pairs of new ints
    # held ~64 MB more at 100k claims, through the whole link step)
    number = list(range(n)).__getitem__
    return list(zip(map(number, i.tolist()), map(number, j.tolist()), strict=True))


def _rows_of(pairs: Sequence[tuple[int, int]], some: Collection[tuple[int, int]]) -> np.ndarray:
    """A mask over `pairs` (sorted, each once) of the pairs in `some` (all among them): a
    binary search per pair of `some`, not a test per pair."""
    mask = np.zeros(len(pairs), dtype=bool)
    for q in some:
        mask[bisect_left(pairs, q)] = True
    return mask


class _Concepts:
    """Each claim's sorted concept string (numbered) and content concepts (as sorted
    (claim, concept) codes), so the lexical scores of many pairs are array operations."""

    def __init__(self, feats: Sequence[_Feat]) -> None:
        n = len(feats)
        s_no: dict[str, int] = {}
        self.snorm_no = np.fromiter(
            (s_no.setdefault(f.snorm, len(s_no)) for f in feats), dtype=np.int64, count=n
        )
        self.n_snorm = max(len(s_no), 1)
        c_no: dict[str, int] = {}
        rows = [sorted(c_no.setdefault(c, len(c_no)) for c in f.content) for f in feats]
        self.width = max(len(c_no), 1)
        self.size = np.fromiter((len(r) for r in rows), dtype=np.int64, count=n)
        self.ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(self.size, out=self.ptr[1:])
        self.flat = np.fromiter((c for r in rows for c in r), np.int64, int(self.ptr[-1]))
        self.codes = CodeSet(_codes(self.ptr, self.flat, self.width))

    def dice(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """`score._dice` of the content concepts of each pair (the same doubles)."""
        pair, at = _expand(self.ptr, i)
        hit = _has(self.codes, j[pair], self.flat[at], self.width)
        shared = np.bincount(pair, weights=hit, minlength=len(i)).astype(np.float64)
        total = (self.size[i] + self.size[j]).astype(np.float64)
        both = (self.size[i] > 0) & (self.size[j] > 0)
        out: np.ndarray = np.divide(2 * shared, total, out=np.zeros(len(i)), where=both)
        return out


def lexical_scores(
    feats: Sequence[_Feat], pairs: Sequence[tuple[int, int]], concepts: _Concepts | None = None
) -> list[float]:
    """The lexical similarity of each pair's statements (fuzzy token set/sort + concept
    Dice), in one batch: `round(score._statement_sim(a, b), 4)` of every pair, in numpy.
    Evidence is not compared: two claims citing one sentence may state two propositions;
    copies are the origins' business."""
    if not pairs:
        return []
    concepts = concepts or _Concepts(feats)
    i, j = pair_ends(pairs)
    texts = _text_sims(
        [feats[a].snorm for a in i.tolist()],
        [feats[b].snorm for b in j.tolist()],
        keys=concepts.snorm_no[i] * concepts.n_snorm + concepts.snorm_no[j],
    )
    return _round4(0.7 * np.asarray(texts, dtype=np.float64) + 0.3 * concepts.dice(i, j))


def _round4(values: np.ndarray) -> list[float]:
    """`round(v, 4)` of each value: N / 10**4 for the nearest integer N of v * 10**4 (the
    double Python's `round` returns) where v is not near a halfway point; Python's `round`
    for the values that are."""
    scaled = values * 1e4
    whole = np.rint(scaled)
    out: list[float] = (whole / 1e4).tolist()
    for k in np.flatnonzero(np.abs(np.abs(scaled - whole) - 0.5) < 1e-6).tolist():
        out[k] = round(float(values[k]), 4)
    return out


def comparison_matrix(
    feats: Sequence[_Feat], vectors: Vectors
) -> tuple[PairContext, list[tuple[int, int]], np.ndarray]:
    blocked = _candidate_codes(feats)  # (before the context: their peaks do not add up)
    ctx = PairContext(views(feats), vectors)
    pairs = candidate_pairs(feats, ctx, blocked)
    del blocked
    # in chunks, so the per-pair arrays of a large batch stay small
    x = np.zeros((len(pairs), len(COMPARISONS)), dtype=np.float32)
    concepts = _Concepts(feats)
    for lo in range(0, len(pairs), PAIR_CHUNK):
        chunk = pairs[lo : lo + PAIR_CHUNK]
        x[lo : lo + len(chunk)] = ctx.features(chunk, lexical_scores(feats, chunk, concepts))
    one_voice_columns(feats, pairs, x)  # a speaker's quotation and a report of it: one voice
    ctx.columns_done()  # (what only the columns read: its memory serves the link rule)
    return ctx, pairs, x
