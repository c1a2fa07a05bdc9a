"""The learned comparison of what two figures count (consensus/merge/slot_model.py): figure
pairs the slot rules give one slot that count two things, and pairs that count one thing in
other words, read with the bundled offline vectors and the shipped weights
(data/slot_weights.json, fitted by scripts/fit_slot_weights.py)."""

from __future__ import annotations

import numpy as np
import pytest

from consensus.merge.compare import ClaimView, PairContext, texts_to_embed
from consensus.merge.figures import figures
from consensus.merge.slot_model import (
    FEATURES,
    _clashing,
    counts_two_things,
    pair_features,
    slot_model,
)
from consensus.vectors import embed_texts


def _context(a: str, b: str) -> PairContext:
    views = [ClaimView("one", a, frozenset(), None), ClaimView("two", b, frozenset(), None)]
    return PairContext(views, embed_texts(texts_to_embed([a, b])))


def test_shipped_model_reads_every_feature() -> None:
    model = slot_model()
    assert model is not None
    # (features added after its fit come last and are not read: `LogisticModel.logit`)
    assert model.names == FEATURES[: len(model.names)]
    assert 0.0 < model.threshold < 0.5  # (a veto: only pairs the model is sure of)


def test_features_of_another_things_count() -> None:
    ta = "In a separate case last year, 26 children at a school fell ill."
    tb = "About 140 children have now fallen ill after the lunch."
    a, b = figures(ta)[0], figures(tb)[0]
    row = dict(zip(FEATURES, pair_features(a, b, lambda w: None, ta, tb), strict=True))
    assert row["other_mark"] == 1.0  # "separate": the figure is another thing's
    assert row["log_ratio"] == pytest.approx(np.log(140 / 26))
    assert row["what_stem"] == 1.0  # both count children
    tc = "Officials said 130 children fell ill after the lunch."
    row = dict(zip(FEATURES, pair_features(figures(tc)[0], b, lambda w: None, tc, tb), strict=True))
    assert row["other_mark"] == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In a separate case last year, 26 children at a school in another town fell ill.",
            "Officials said about 140 children have now fallen ill after the lunch.",
        ),
        (
            "Two of the children in hospital are being treated for dehydration.",
            "In the town, 31 children fell ill.",
        ),
    ],
)
def test_counts_of_two_things_are_no_dispute(a: str, b: str) -> None:
    ctx = _context(a, b)
    assert _clashing(ctx.figs[0], ctx.figs[1], ctx)  # (the slot rules give them one slot)
    assert counts_two_things(ctx, 0, 1)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police fired more than 40 bullets into the truck's windscreen.",
            "The truck's windshield was hit by a score of bullets.",
        ),
        (
            "Rescuers said 7 people were pulled alive from the snow.",
            "Nine people were pulled alive from the snow, the police said.",
        ),
    ],
)
def test_one_count_in_other_words_stays_a_dispute(a: str, b: str) -> None:
    ctx = _context(a, b)
    assert _clashing(ctx.figs[0], ctx.figs[1], ctx)
    assert not counts_two_things(ctx, 0, 1)


def test_no_clash_no_veto() -> None:
    ctx = _context("The fire killed 15 people.", "Fifteen people died in the fire.")
    assert not counts_two_things(ctx, 0, 1)


def test_act_cos_reads_the_verbs_a_count_is_told_with() -> None:
    ta = "Police evacuated 200 residents from the block."
    tb = "About 400 residents were evacuated, the council said."
    a, b = figures(ta)[0], figures(tb)[0]
    row = dict(zip(FEATURES, pair_features(a, b, lambda w: None, ta, tb), strict=True))
    assert row["act_cos"] == 1.0  # (the object's verb and the subject's verb, one stem)
    tc = "About 400 residents live in the block."
    c = figures(tc)[0]
    row = dict(zip(FEATURES, pair_features(a, c, lambda w: None, ta, tc), strict=True))
    assert row["act_cos"] == 0.0  # (no vector for "live": unknown reads 0)


def test_phrase_cos_reads_the_counted_noun_phrase() -> None:
    axes = {"poultry": 0, "premises": 1, "businesses": 2}

    def vec(word: str) -> np.ndarray | None:
        if word not in axes:
            return None
        out = np.zeros(3)
        out[axes[word]] = 1.0
        return out

    ta = "Officials counted 14 poultry premises inside the zone."
    tb = "The ministry says 19 poultry businesses are inside the zone."
    a, b = figures(ta)[0], figures(tb)[0]
    row = dict(zip(FEATURES, pair_features(a, b, vec, ta, tb), strict=True))
    assert row["what_cos"] == 0.0  # (the heads alone are far apart)
    assert row["phrase_cos"] == pytest.approx(0.5)  # (the shared modifier brings them near)
    tc, td = "Officials counted 14 premises.", "Officials counted 19 businesses."
    c, d = figures(tc)[0], figures(td)[0]
    row = dict(zip(FEATURES, pair_features(c, d, vec, tc, td), strict=True))
    assert row["phrase_cos"] == 0.0
