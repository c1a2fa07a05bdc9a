"""bench/paraphrase65.py: the ROC AUC and recall-at-precision figures its model table rests on,
and the numpy BERT's attention mask (padding must not move a sentence's vector)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import paraphrase65  # noqa: E402


def test_auc_orders_and_ties() -> None:
    y = np.array([1, 1, 0, 0], dtype=float)
    assert paraphrase65.auc(np.array([0.9, 0.8, 0.2, 0.1]), y) == 1.0
    assert paraphrase65.auc(np.array([0.1, 0.2, 0.8, 0.9]), y) == 0.0
    assert paraphrase65.auc(np.full(4, 0.5), y) == 0.5  # a tie counts half
    # a weight counts a pair that many times
    w = np.array([1.0, 1.0, 2.0, 1.0])
    got = paraphrase65.auc(np.array([0.9, 0.3, 0.5, 0.1]), y, w)
    assert got == pytest.approx((3 + 1) / 6)
    assert np.isnan(paraphrase65.auc(np.array([0.1, 0.2]), np.array([1.0, 1.0])))


def test_recall_at_precision_takes_the_lowest_bar_that_keeps_it() -> None:
    s = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    y = np.array([1, 1, 0, 1, 0], dtype=float)
    w = np.ones(5)
    rec, bar = paraphrase65.recall_at(s, y, w, 1.0)
    assert (rec, bar) == (pytest.approx(2 / 3), 0.8)
    rec, bar = paraphrase65.recall_at(s, y, w, 0.75)
    assert (rec, bar) == (1.0, 0.6)
    assert paraphrase65.recall_at(s, 1 - y, w, 1.0)[0] == 0.0


def test_dev_missed_reads_only_similarity_causes() -> None:
    missed = paraphrase65._dev_missed()
    assert missed and set(missed.values()) <= set(paraphrase65.SIM_CAUSES)


class _Enc:
    def __init__(self, ids: list[int]) -> None:
        self.ids = ids


def test_numpy_bert_padding_does_not_move_a_vector() -> None:
    rng = np.random.default_rng(0)
    model = object.__new__(paraphrase65.NumpyBert)
    h, inner, vocab = 8, 16, 20
    w = {
        "embeddings.word_embeddings.weight": rng.normal(size=(vocab, h)),
        "embeddings.position_embeddings.weight": rng.normal(size=(12, h)),
        "embeddings.token_type_embeddings.weight": rng.normal(size=(2, h)),
        "embeddings.LayerNorm.weight": np.ones(h),
        "embeddings.LayerNorm.bias": np.zeros(h),
    }
    p = "encoder.layer.0."
    for name, shape in [
        ("attention.self.query", (h, h)),
        ("attention.self.key", (h, h)),
        ("attention.self.value", (h, h)),
        ("attention.output.dense", (h, h)),
        ("intermediate.dense", (inner, h)),
        ("output.dense", (h, inner)),
    ]:
        w[p + name + ".weight"] = rng.normal(size=shape) * 0.3
        w[p + name + ".bias"] = np.zeros(shape[0])
    for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
        w[p + ln + ".weight"] = np.ones(h)
        w[p + ln + ".bias"] = np.zeros(h)
    model.w = {k: v.astype(np.float32) for k, v in w.items()}
    model.layers, model.heads = 1, 2
    short, long = [1, 5, 2], [1, 7, 9, 11, 4, 2]
    alone = model._batch([short])
    padded = model._batch([short, long])
    assert np.allclose(alone[0], padded[0], atol=1e-5)
    assert np.linalg.norm(padded, axis=1) == pytest.approx([1.0, 1.0])
