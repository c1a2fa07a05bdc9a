"""A refit pulled towards earlier weights: `fit_logistic(..., prior=, prior_strength=)` and
`scripts/fit_merge_weights.py --prior PATH --prior-strength S` (the distance to the prior is
penalised, so more labelled pairs move the weights only as far as they insist)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from consensus.merge.compare import COMPARISONS
from consensus.merge.link import link_model, weights_in_scope
from consensus.merge.weights import fit_logistic

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2000, 3))
    logit = x @ np.array([2.0, -1.0, 0.0]) + 0.5
    y = (rng.random(2000) < 1 / (1 + np.exp(-logit))).astype(float)
    return x, y


PRIOR = (np.array([-1.0, 3.0, 1.0]), -2.0)


def test_at_strength_zero_the_prior_is_the_plain_fit() -> None:
    x, y = _data()
    plain = fit_logistic(x, y, ["a", "b", "c"], l2=1.0)
    got = fit_logistic(x, y, ["a", "b", "c"], l2=1.0, prior=PRIOR, prior_strength=0.0)
    assert got.weights == pytest.approx(plain.weights, abs=1e-8)
    assert got.bias == pytest.approx(plain.bias, abs=1e-8)
    assert plain.weights[0] == pytest.approx(2.0, abs=0.3)  # (the data's own weights)


def test_a_huge_strength_returns_the_prior_weights_and_bias() -> None:
    x, y = _data()
    got = fit_logistic(x, y, ["a", "b", "c"], l2=1.0, prior=PRIOR, prior_strength=1e9)
    assert got.weights == pytest.approx(tuple(PRIOR[0]), abs=1e-4)
    assert got.bias == pytest.approx(PRIOR[1], abs=1e-4)


def test_the_weights_move_from_the_prior_towards_the_data_as_the_strength_falls() -> None:
    x, y = _data()
    plain = np.array(fit_logistic(x, y, ["a", "b", "c"], l2=1.0).weights)
    distances = []
    for strength in (1e6, 300.0, 30.0, 3.0):
        got = fit_logistic(x, y, ["a", "b", "c"], l2=1.0, prior=PRIOR, prior_strength=strength)
        distances.append(float(np.linalg.norm(np.array(got.weights) - PRIOR[0])))
        assert float(np.linalg.norm(np.array(got.weights) - plain)) > 0.01
    assert distances == sorted(distances)
    assert distances[0] < 0.01 < distances[-1]


def test_the_script_pulls_towards_a_weights_file_and_the_held_out_fit_too(
    tmp_path: Path,
) -> None:
    # `--prior PATH`: every column and the bias are pulled to PATH's (a column PATH lacks, to
    # 0); the prior and its strength go to the meta, and the held-out refit pulls to it too
    from fit_merge_weights import fit, fit_without, labelled, prior_from

    # (every comparison column, by name: one the link weights were fitted without, session
    # 54's `align`, weighs 0 in the prior)
    link = link_model()
    held_w = dict(zip(link.names, link.weights, strict=True))
    shipped = replace(
        link, names=COMPARISONS, weights=tuple(held_w.get(c, 0.0) for c in COMPARISONS)
    )
    path = tmp_path / "prior.json"
    path.write_text(shipped.to_json(), encoding="utf-8")
    tariff, football = labelled("tariff"), labelled("football")
    near = fit([tariff, football], 1.0, prior=prior_from(path, 1e8))
    assert near.weights == pytest.approx(shipped.weights, abs=1e-3)
    assert near.bias == pytest.approx(shipped.bias, abs=1e-3)
    prior = prior_from(path, 10.0)
    assert prior["strength"] == 10.0 and prior["threshold"] == shipped.threshold
    got = fit([tariff, football], 1.0, prior=prior)
    plain = fit([tariff, football], 1.0)
    assert got.weights != plain.weights
    assert np.linalg.norm(np.subtract(got.weights, shipped.weights)) < np.linalg.norm(
        np.subtract(plain.weights, shipped.weights)
    )
    meta = {"clusters": ["football", "tariff"], "prior": prior, "l2": 1.0}
    unfrozen = {k: v for k, v in shipped.meta.items() if k != "frozen"}
    with weights_in_scope(replace(shipped, meta={**unfrozen, **meta})):
        held = fit_without("football")
    assert held.weights == fit([tariff], 1.0, prior=prior).weights
    assert held.threshold == shipped.threshold
    with pytest.raises(ValueError, match="not both"):
        fit([tariff], 1.0, frozen=prior, prior=prior)
