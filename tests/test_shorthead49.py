"""A reworded short claim against a longer one (session 49, shorthead49).

`soft_align` (`compare.PairContext._soft_align`) matches each content word of one claim to
the other's nearest word (static word vectors), averages the best matches with the words'
IDF weights one way and the other, and averages the two: a short claim whose words are
found, near, in a longer claim scores by them, where one mean vector per claim
(`soft_words`) fades with the longer claim's other words. A claim of other words stays low.

`scripts/fit_merge_weights.py --freeze PATH --free-bias` fits a new column with the bias
(a shift from the frozen one); without it the bias stays the frozen one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from consensus.merge.compare import COMPARISONS, ClaimView, PairContext
from consensus.vectors import Vectors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fit_merge_weights import _fit_frozen  # noqa: E402

SHORT = "The board rejected the earlier offer."
LONG = "Directors of the chip maker turned down the first bid last year, citing its price."
OTHER = "Shares of the retailer climbed after strong holiday sales in northern stores."

# invented word vectors: each sense one axis; a reworded word shares its axis with a tilt
_AXES = {
    "board": (0, 0.0),
    "directors": (0, 0.3),
    "rejected": (1, 0.0),
    "turned": (1, 0.4),
    "earlier": (2, 0.0),
    "first": (2, 0.3),
    "offer": (3, 0.0),
    "bid": (3, 0.2),
}
_OWN = [
    "chip",
    "maker",
    "last",
    "year",
    "citing",
    "price",
    "down",
    "shares",
    "retailer",
    "climbed",
    "after",
    "strong",
    "holiday",
    "sales",
    "northern",
    "stores",
]


def _vectors() -> Vectors:
    dim = 4 + len(_OWN)
    words: dict[str, np.ndarray] = {}
    for word, (axis, tilt) in _AXES.items():
        v = np.zeros(dim)
        v[axis] = 1.0
        v[4 + (axis % len(_OWN))] = tilt  # (a reworded word is near, not the same)
        words[word] = v
    for k, word in enumerate(_OWN):
        v = np.zeros(dim)
        v[4 + k] = 1.0
        words[word] = v
    texts = list(words)
    return Vectors("test", texts, np.vstack([words[t] for t in texts]))


def _columns(a: str, b: str) -> dict[str, float]:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate((a, b, OTHER, SHORT))  # (four claims: no word in every claim)
    ]
    ctx = PairContext(views, _vectors())
    row = ctx.features([(0, 1)], [0.0])[0]
    return dict(zip(COMPARISONS, row.tolist(), strict=True))


def test_a_reworded_short_claim_is_found_in_a_longer_one() -> None:
    got = _columns(SHORT, LONG)
    assert got["soft_align"] > 0.6
    assert got["soft_align"] > got["soft_words"]  # (the mean vector fades with LONG's words)
    assert _columns(LONG, SHORT)["soft_align"] == got["soft_align"]  # (either order)


def test_a_claim_of_other_words_stays_low() -> None:
    assert _columns(SHORT, OTHER)["soft_align"] < 0.3
    assert _columns(SHORT, OTHER)["soft_align"] < _columns(SHORT, LONG)["soft_align"] - 0.3


def test_no_vectors_no_alignment() -> None:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate((SHORT, LONG))
    ]
    row = PairContext(views, Vectors.empty()).features([(0, 1)], [0.0])[0]
    assert row[COMPARISONS.index("soft_align")] == 0.0


def _frozen_data() -> tuple[np.ndarray, np.ndarray, dict[str, object]]:
    """Pairs whose new column (`soft_align`) is 0.5 on average and says nothing beyond a
    shift: the frozen columns' log-odds are right once the bias moves up by 1."""
    rng = np.random.default_rng(0)
    n = 4000
    x = np.zeros((n, len(COMPARISONS)))
    x[:, COMPARISONS.index("lexical")] = rng.uniform(0, 1, n)
    x[:, COMPARISONS.index("soft_align")] = 0.5
    z = 4.0 * x[:, COMPARISONS.index("lexical")] - 2.0 + 1.0
    y = (rng.uniform(0, 1, n) < 1 / (1 + np.exp(-z))).astype(np.float64)
    held = {name: 0.0 for name in COMPARISONS if name != "soft_align"}
    held["lexical"] = 4.0
    return x, y, {"weights": held, "bias": -2.0, "threshold": 0.3}


def test_free_bias_moves_the_bias_not_the_new_column() -> None:
    x, y, frozen = _frozen_data()
    model = _fit_frozen(x, y, np.ones(len(y)), 1e-6, frozen, free_bias=True)
    weights = dict(zip(model.names, model.weights, strict=True))
    # the shift goes to the bias (unpenalised) and the new column takes little of it
    assert model.bias > -2.0 + 0.5
    assert abs(weights["soft_align"]) < 0.5
    assert weights["lexical"] == 4.0


def test_frozen_bias_stays_without_free_bias() -> None:
    x, y, frozen = _frozen_data()
    model = _fit_frozen(x, y, np.ones(len(y)), 1e-6, frozen)
    weights = dict(zip(model.names, model.weights, strict=True))
    assert model.bias == -2.0
    assert weights["soft_align"] > 1.0  # (the column can only stand in for the shift)
