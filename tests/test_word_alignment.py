"""The `aligned_words` comparison: content words matched to their nearest word both ways."""

from __future__ import annotations

import numpy as np
import pytest

from consensus.merge.claim_words import texts_to_embed
from consensus.merge.compare import COMPARISONS, ClaimView, PairContext
from consensus.merge.word_alignment import ALIGN_WORDS, WordAlignment
from consensus.vectors import Vectors

_ALIGNED = COMPARISONS.index("aligned_words")


def _unit(*rows: list[float]) -> np.ndarray:
    m = np.asarray(rows, dtype=np.float32)
    out: np.ndarray = m / np.linalg.norm(m, axis=1, keepdims=True)
    return out


def test_every_word_matched_scores_one_and_an_unmatched_rare_word_counts_against() -> None:
    # words 0 and 1 are near ("fired" / "dismissed"), 2 and 3 are unrelated places
    vecs = _unit([1, 0, 0, 0], [0.99, 0.14, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1])
    weight = np.array([1.0, 1.0, 3.0, 3.0])
    align = WordAlignment([[0], [1], [0, 2], [1, 3]], weight, vecs)
    got = align.scores(np.array([0, 2, 0]), np.array([1, 3, 0]))
    assert got[0] == pytest.approx(0.99, abs=0.01)
    assert got[2] == pytest.approx(1.0)
    # the places match nothing and weigh three times the verb: (0.99 * 1 + 0 * 3) / 4
    assert got[1] == pytest.approx(0.99 / 4, abs=0.01)


def test_a_statement_without_content_words_aligns_with_nothing() -> None:
    vecs = _unit([1, 0], [0, 1])
    align = WordAlignment([[0, 1], []], np.array([1.0, 1.0]), vecs)
    assert align.scores(np.array([0, 1]), np.array([1, 0])).tolist() == [0.0, 0.0]


def test_a_long_statement_keeps_its_rarest_words() -> None:
    n = ALIGN_WORDS + 4
    vecs = np.eye(n, dtype=np.float32)
    weight = np.array([1.0] * (n - 1) + [9.0])  # the last word is the rarest
    align = WordAlignment([list(range(n)), [n - 1]], weight, vecs)
    # the rare word is kept among the aligned ones: the short statement's one word is found
    (both,) = align.scores(np.array([0]), np.array([1]))
    assert both > 0.5


def test_a_paraphrase_aligns_better_than_a_look_alike_of_another_place() -> None:
    from consensus.vectors import offline_embed

    statements = (
        "The mayor of Dunmore resigned on Tuesday after the audit.",
        "Dunmore's mayor stepped down Tuesday following the audit.",
        "The mayor of Kelbridge resigned on Tuesday after the vote.",
    )
    texts = sorted(texts_to_embed(statements))
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    ctx = PairContext(views, Vectors("offline", texts, offline_embed(texts)))
    x = ctx.features([(0, 1), (0, 2)], [0.0, 0.0])
    paraphrase, look_alike = x[:, _ALIGNED]
    assert paraphrase > look_alike
    assert 0.0 < look_alike < 1.0


def test_without_vectors_the_column_is_zero() -> None:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(("The bridge closed.", "The bridge was shut."))]  # fmt: skip
    x = PairContext(views, Vectors.empty()).features([(0, 1)], [0.0])
    assert x[0, _ALIGNED] == 0.0
