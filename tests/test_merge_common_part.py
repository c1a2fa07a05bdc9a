"""The `cosine` column reads the statement vectors with the batch's common part removed
(`merge/common_part.py`): centred on the batch mean, first principal direction removed."""

from __future__ import annotations

import numpy as np

from consensus.merge.common_part import CommonPart
from consensus.merge.compare import COMPARISONS, ClaimView, PairContext, texts_to_embed
from consensus.vectors import embed_texts

COSINE = COMPARISONS.index("cosine")

# one made-up event: every claim is about the tram
BATCH = [
    ("a", "At least seven people were killed when a tram derailed"),
    ("b", "Seven killed as tram derails"),
    ("c", "The driver was arrested"),
    ("a", "The tram was travelling at high speed when it came off the rails"),
    ("b", "Passengers were trapped in the overturned tram for hours"),
    ("c", "Fifty-one people were taken to hospital after the tram crash"),
    ("a", "The tram operator said it was cooperating with investigators"),
    ("b", "Police arrested the tram driver on suspicion of manslaughter"),
    ("c", "The tram line will stay closed until next week"),
]


def _explicit(mat: np.ndarray, k: int) -> np.ndarray:
    """Centre the rows, remove the first k principal directions, renormalise."""
    m = mat.astype(np.float64) - mat.astype(np.float64).mean(axis=0)
    if k:
        _u, _s, vt = np.linalg.svd(m, full_matrices=False)
        m = m - (m @ vt[:k].T) @ vt[:k]
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_common_part_cosines_equal_the_explicit_removal() -> None:
    rng = np.random.default_rng(7)
    mat = rng.standard_normal((40, 12)).astype(np.float32) + 1.5  # a large common part
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    i = np.arange(40)
    j = (i * 7 + 3) % 40
    raw = np.einsum("ij,ij->i", mat[i], mat[j]).astype(np.float64)
    for k in (0, 1, 2):
        want = _explicit(mat, k)
        got = CommonPart(mat, k).cosines(raw, i, j)
        assert np.allclose(got, np.einsum("ij,ij->i", want[i], want[j]), atol=1e-5)
    assert raw.min() > 0.3  # (the common part: every raw cosine is high)


def test_a_row_without_vector_is_no_part_of_the_batch() -> None:
    mat = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.0, 0.0, 0.0], [0.0, 0.6, 0.8]])
    common = CommonPart(mat.astype(np.float32), 0)
    assert np.allclose(common.mean, mat[[0, 1, 3]].mean(axis=0))
    got = common.cosines(np.zeros(2), np.array([2, 0]), np.array([1, 2]))
    assert list(got) == [0.0, 0.0]


def _context() -> PairContext:
    views = [ClaimView(article=a, statement=s, names=frozenset(), speaker=None) for a, s in BATCH]
    return PairContext(views, embed_texts(texts_to_embed([s for _, s in BATCH])))


def test_unrelated_claims_of_one_topic_are_less_alike_without_the_common_part() -> None:
    ctx = _context()
    unrelated = [(3, 4), (6, 8), (0, 5)]  # speed / trapped; operator / line closed; ...
    raw = ctx.cosines(unrelated)
    got = ctx.features(unrelated, [0.0] * len(unrelated))[:, COSINE]
    assert all(g < r - 0.2 for g, r in zip(got, raw, strict=True)), (got, raw)


def test_a_paraphrase_outranks_same_topic_claims() -> None:
    ctx = _context()
    pairs = [(0, 1), (0, 5), (0, 3), (1, 4), (4, 8)]  # the paraphrase first
    got = ctx.features(pairs, [0.0] * len(pairs))[:, COSINE]
    assert got[0] > 0.4
    assert got[0] > max(got[1:]) + 0.3, got
