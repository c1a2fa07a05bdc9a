"""The `soft_align` comparison column: word-level soft alignment of two statements.

Checked on the offline vectors (wordllama) and on hand-made vectors, against a direct
per-pair computation of the same definition (each stem's best match among the other
statement's stems, IDF-weighted, F1 of the two directions).
"""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from consensus.merge import compare
from consensus.merge.compare import ClaimView, PairContext, texts_to_embed
from consensus.vectors import Vectors, embed_texts


def _ctx(statements: list[str], vectors: Vectors) -> PairContext:
    views = [
        ClaimView(article=f"a{k}", statement=s, names=frozenset(), speaker=None)
        for k, s in enumerate(statements)
    ]
    return PairContext(views, vectors)


def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.repeat(np.arange(n, dtype=np.int64), n), np.tile(np.arange(n, dtype=np.int64), n)


STATEMENTS = [
    "Two people were killed in the attack on the consulate.",
    "Two people died in the attack on the consulate.",
    "Two people were arrested after the attack on the consulate.",
    "The ministry published its annual budget figures.",
]


def test_near_words_score_above_other_words() -> None:
    ctx = _ctx(STATEMENTS, embed_texts(texts_to_embed(STATEMENTS)))
    i, j = _all_pairs(len(STATEMENTS))
    s = ctx.soft_align(i, j).reshape(len(STATEMENTS), len(STATEMENTS))
    assert s[0, 1] > s[0, 2]  # "killed" / "died" beats "killed" / "arrested"
    assert s[0, 3] == 0.0  # no content word in common, none near
    assert np.array_equal(np.diag(s), np.ones(len(STATEMENTS)))  # a statement and itself
    assert np.array_equal(s, s.T)  # symmetric, bit for bit


def test_without_vectors_only_the_same_words_count() -> None:
    ctx = _ctx(STATEMENTS, Vectors.empty())
    i, j = _all_pairs(len(STATEMENTS))
    s = ctx.soft_align(i, j).reshape(len(STATEMENTS), len(STATEMENTS))
    assert s[0, 1] == s[0, 2]  # "died" and "arrested" are both just other words now
    assert 0.0 < s[0, 1] < 1.0
    assert np.array_equal(np.diag(s), np.ones(len(STATEMENTS)))


def test_the_column_is_in_the_comparison_vector() -> None:
    ctx = _ctx(STATEMENTS[:2], embed_texts(texts_to_embed(STATEMENTS[:2])))
    row = ctx.features([(0, 1)], [0.0])[0]
    col = compare.COMPARISONS.index("soft_align")
    assert row[col] == ctx.soft_align(np.array([0]), np.array([1]))[0] > 0.5


WORDS = ["alpha", "alphas", "beta", "gamma", "delta", "epsilon", "said", "the"]


def _unit_stems(ctx: PairContext, vecs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each stem's vector: the normalised sum of its spellings' vectors over the batch."""
    spellings: dict[str, set[str]] = {}
    for view in ctx.views:
        for w in compare.content_words(view.statement):
            spellings.setdefault(compare._stem(w), set()).add(w)
    total = {s: np.sum([vecs[w] for w in sorted(ws)], axis=0) for s, ws in spellings.items()}
    return {s: v / np.linalg.norm(v) for s, v in total.items()}


def _direct(ctx: PairContext, unit: dict[str, np.ndarray], a: int, b: int) -> float:
    """The definition, pair by pair: each stem's best match among the other side's stems
    (1 for the same stem, else the cosine when >= the floor), IDF-weighted, F1."""

    def cover(x: int, y: int) -> float:
        own, other = ctx.stems[x], ctx.stems[y]
        got = 0.0
        for s in own:
            best = max((1.0 if s == o else float(unit[s] @ unit[o]) for o in other), default=0)
            got += ctx.idf[s] * (best if best >= compare.SOFT_FLOOR else 0.0)
        return got / sum(ctx.idf[s] for s in own) if own else 0.0

    p, r = cover(a, b), cover(b, a)
    return 2 * p * r / (p + r) if p + r else 0.0


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.lists(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
        min_size=2,
        max_size=6,
    ),
    st.lists(st.lists(st.integers(-3, 3), min_size=3, max_size=3), min_size=8, max_size=8),
)
def test_sparse_column_equals_the_direct_definition(
    statements: list[str], raw: list[list[int]]
) -> None:
    # few words (fewer than SOFT_NEIGHBOURS), so keeping the nearest ones loses nothing
    vecs = {}
    for w, r in zip(WORDS, raw, strict=True):
        v = np.asarray(r, dtype=np.float64) + np.array([0.5, 0.0, 0.0])
        vecs[w] = v / np.linalg.norm(v)
    words = sorted(set(" ".join(statements).split()))
    ctx = _ctx(statements, Vectors("given", words, np.array([vecs[w] for w in words])))
    sums = [np.linalg.norm(vecs["alpha"] + vecs["alphas"])]
    assume(min(sums) > 1e-3)  # two spellings of one stem that cancel out: no direction
    unit = _unit_stems(ctx, vecs)
    cosines = [float(u @ v) for u in unit.values() for v in unit.values()]
    assume(all(abs(c - compare.SOFT_FLOOR) > 1e-4 for c in cosines))  # float32 vs 64
    i, j = _all_pairs(len(statements))
    got = ctx.soft_align(i, j)
    want = [_direct(ctx, unit, a, b) for a, b in zip(i.tolist(), j.tolist(), strict=True)]
    assert np.allclose(got, want, atol=1e-5)
