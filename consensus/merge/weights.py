"""A small, inspectable logistic regression: fitted weights are data, scoring is a dot product.

Used for the merger's link-or-not decision (Fellegi–Sunter style: comparison features ->
weights -> a log-odds sum). Fitting (Newton's method with an L2 penalty, deterministic, no
randomness) runs only in `scripts/fit_merge_weights.py`; the library only loads the JSON
file the script writes and adds weighted features up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["LogisticModel", "fit_logistic"]


@dataclass(frozen=True)
class LogisticModel:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float  # probability at or above which a pair links
    meta: dict[str, object]

    def logit(self, x: np.ndarray) -> np.ndarray:
        """Log-odds for rows of features in `names` order; columns past `names` (a
        comparison added after this model was fitted, `compare.COMPARISONS`) are not read."""
        rows = np.asarray(x, dtype=np.float64)
        rows = rows[:, : len(self.weights)] if rows.ndim == 2 else rows
        out: np.ndarray = rows @ np.asarray(self.weights) + self.bias
        return out

    def prob(self, x: np.ndarray) -> np.ndarray:
        out: np.ndarray = 1.0 / (1.0 + np.exp(-self.logit(x)))
        return out

    def to_json(self) -> str:
        data = {
            "comment": self.meta.get("comment", ""),
            "features": {n: round(w, 6) for n, w in zip(self.names, self.weights, strict=True)},
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "meta": {k: v for k, v in self.meta.items() if k != "comment"},
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> LogisticModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        feats = data["features"]
        meta = dict(data.get("meta", {}))
        meta["comment"] = data.get("comment", "")
        return cls(
            names=tuple(feats),
            weights=tuple(float(v) for v in feats.values()),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            meta=meta,
        )


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    names: Sequence[str],
    *,
    l2: float = 1.0,
    weights: np.ndarray | None = None,
    iterations: int = 50,
    offset: np.ndarray | None = None,
    fit_bias: bool = True,
    prior: tuple[np.ndarray, float] | None = None,
    prior_strength: float = 0.0,
) -> LogisticModel:
    """Penalised maximum likelihood by Newton's method (the bias is not penalised); with
    `offset`, each row's log-odds start from it (the fixed part of a model whose other
    weights are fitted: `fit_merge_weights.py --freeze`), and without `fit_bias` the bias
    stays 0 (the offset holds it).

    With `prior` ((weights, bias) of an earlier model), a second penalty
    `prior_strength / 2 * |beta - prior|^2` pulls every weight AND the bias towards the prior's,
    besides `l2` towards zero: at strength 0 this is the plain fit, and as the strength grows
    the fit returns the prior, so the weights move only as far as the data insists
    (`fit_merge_weights.py --prior`)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = x.shape
    sw = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    xb = np.hstack([x, np.ones((n, 1)) if fit_bias else np.zeros((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0 if fit_bias else 1.0  # (no bias: its column is 0 and its weight stays 0)
    centre = np.zeros(d + 1)
    if prior is not None and prior_strength > 0:
        # l2 * b^2 + s * (b - m)^2 = (l2 + s) * (b - s * m / (l2 + s))^2 + const
        mean = np.append(np.asarray(prior[0], dtype=np.float64), prior[1] if fit_bias else 0.0)
        strength = np.full(d + 1, prior_strength)
        centre = strength * mean / (penalty + strength)
        penalty = penalty + strength
        beta = mean.copy()
    base = np.zeros(n) if offset is None else np.asarray(offset, dtype=np.float64)
    for _ in range(iterations):
        z = np.clip(xb @ beta + base, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = xb.T @ (sw * (p - y)) + penalty * (beta - centre)
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-9:
            break
    return LogisticModel(
        names=tuple(names),
        weights=tuple(float(b) for b in beta[:-1]),
        bias=float(beta[-1]),
        threshold=0.5,
        meta={},
    )


def log_loss(model: LogisticModel, x: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(model.prob(x), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The probability cut with the best F1 on (p, y), and that F1 (ties: higher cut)."""
    best = (0.5, -1.0)
    for t in np.unique(np.round(p, 3)):
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1] or (math.isclose(f1, best[1]) and t > best[0]):
            best = (float(t), f1)
    return best
