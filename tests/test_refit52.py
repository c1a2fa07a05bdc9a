"""Session 52 (refit52): the re-fit's recipe options (scripts/fit_merge_weights.py
--lookalike-weight, its pass-through in bench/refit_halves.py), the gold look-alike rows the
labels mark, and the conflict bars fitted on their own labels (bench/calib_bars.py fitbars)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import calib_bars  # noqa: E402
import fit_merge_weights as fm  # noqa: E402
import refit_halves  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402


def _data() -> list[fm.Labelled]:
    """Two columns that link (lexical-like) and a few look-alike negatives that score high
    on them: without their weight the fit links them, with it less."""
    rng = np.random.default_rng(7)
    d = len(COMPARISONS)
    pos = rng.uniform(0.5, 1.0, (60, d))
    neg = rng.uniform(0.0, 0.5, (60, d))
    look = rng.uniform(0.5, 1.0, (10, d))
    x = np.vstack([pos, neg, look])
    y = np.array([1.0] * 60 + [0.0] * 70)
    w = np.ones(130)
    mask = np.array([False] * 120 + [True] * 10)
    return [fm.Labelled(name="american_airlines_g_league", x=x, y=y, w=w, look=mask)]


def test_the_lookalike_weight_pulls_look_alike_pairs_down_and_leaves_the_rest_at_one() -> None:
    data = _data()
    plain = fm.fit(data, 1.0)
    same = fm.fit(data, 1.0, lookalike=1.0)
    heavy = fm.fit(data, 1.0, lookalike=5.0)
    look = data[0].x[data[0].look]
    assert same.weights == plain.weights and same.bias == plain.bias
    assert float(heavy.prob(look).mean()) < float(plain.prob(look).mean()) - 0.01


def test_a_labelled_built_without_look_rows_fits_as_before() -> None:
    d = _data()[0]
    bare = fm.Labelled(name=d.name, x=d.x, y=d.y, w=d.w)
    assert fm.fit([bare], 1.0, lookalike=5.0).weights == fm.fit([bare], 1.0).weights


def test_refit_halves_passes_the_lookalike_weight_and_keeps_it_in_the_meta() -> None:
    ap = argparse.ArgumentParser()
    refit_halves._fit_options(ap)
    opts = ap.parse_args(["--lookalike-weight", "5", "--mode", "free"])
    assert opts.lookalike_weight == 5.0
    shipped = refit_halves._shipped()
    got = refit_halves._fit(_data(), opts, shipped)
    assert got.weights == fm.fit(_data(), 1.0, lookalike=5.0).weights


def test_the_labels_mark_gold_look_alike_rows_and_only_negatives() -> None:
    got = fm.labelled("croydon_tram_crash")
    assert len(got.look) == len(got.y)
    assert got.look.any()
    assert not (got.y[got.look] == 1).any()


def test_precision_bar_keeps_the_shipped_precision() -> None:
    # shipped: p_old >= 0.6 holds 2 sides of 4 pairs (precision 0.5); the new scores rank the
    # sides higher: the lowest bar keeping precision 0.5 takes in three sides
    y = np.array([1, 1, 0, 0, 1, 0, 0, 0])
    p_old = np.array([0.9, 0.7, 0.65, 0.62, 0.3, 0.2, 0.1, 0.05])
    p_new = np.array([0.95, 0.9, 0.5, 0.4, 0.8, 0.45, 0.1, 0.05])
    bar, prec, r_old, r_new = calib_bars.precision_bar(p_old, p_new, y, 0.6)
    assert prec == pytest.approx(0.5)
    assert r_old == pytest.approx(2 / 3) and r_new == pytest.approx(1.0)
    assert bar == pytest.approx(0.4)
