"""`scripts/fit_merge_weights.py --freeze PATH --free-bias` (session 49, shorthead49).

A new comparison column that is above zero for most pairs (a similarity of the two claims)
fitted under a frozen bias can only take a weight that undoes the shift it gives every
pair; with `--free-bias` the bias is fitted with the new columns (an unpenalised shift from
the frozen one), so the new column takes only what it says beyond that shift. Without it
the bias stays the frozen one (the shipped weights' fits are unchanged).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from consensus.merge.compare import COMPARISONS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fit_merge_weights import _fit_frozen

NEW = "value_shared"  # (the column left out of the frozen weights: the one fitted)


def _frozen_data() -> tuple[np.ndarray, np.ndarray, dict[str, object]]:
    """Pairs whose new column is 0.5 for every pair and says nothing beyond a shift: the
    frozen columns' log-odds are right once the bias moves up by 1."""
    rng = np.random.default_rng(0)
    n = 4000
    x = np.zeros((n, len(COMPARISONS)))
    x[:, COMPARISONS.index("lexical")] = rng.uniform(0, 1, n)
    x[:, COMPARISONS.index(NEW)] = 0.5
    z = 4.0 * x[:, COMPARISONS.index("lexical")] - 2.0 + 1.0
    y = (rng.uniform(0, 1, n) < 1 / (1 + np.exp(-z))).astype(np.float64)
    held = {name: 0.0 for name in COMPARISONS if name != NEW}
    held["lexical"] = 4.0
    return x, y, {"weights": held, "bias": -2.0, "threshold": 0.3}


def test_free_bias_moves_the_bias_not_the_new_column() -> None:
    x, y, frozen = _frozen_data()
    model = _fit_frozen(x, y, np.ones(len(y)), 1e-6, frozen, free_bias=True)
    weights = dict(zip(model.names, model.weights, strict=True))
    # the shift goes to the bias (unpenalised); the new column takes little of it
    assert model.bias > -2.0 + 0.5
    assert abs(weights[NEW]) < 0.5
    assert weights["lexical"] == 4.0  # (frozen columns keep their weights)


def test_frozen_bias_stays_without_free_bias() -> None:
    x, y, frozen = _frozen_data()
    model = _fit_frozen(x, y, np.ones(len(y)), 1e-6, frozen)
    weights = dict(zip(model.names, model.weights, strict=True))
    assert model.bias == -2.0
    assert weights[NEW] > 1.0  # (the column can only stand in for the shift)
