"""The context of a pair (linking, second stage): is it each claim's best match in the other's
article?

The link model's first stage scores a pair from the two statements alone. An outlet that
states a fact usually states it once: of claim a's candidates in article B, the one that
links best is the likeliest to state what a states, and a pair that is the best match of both
claims ("mutual best") more so. The second stage is a logistic model over four columns of
each candidate pair (i, j), computed from the first stage's log-odds z of every candidate pair
of the batch:

- `pair_logit`: z of the pair itself;
- `best_of_both`: 1 when the pair has the highest z among i's candidates in j's article AND
  among j's candidates in i's article (ties: every pair at the top counts as the best);
- `best_of_one`: 1 when it is the best for one of the two (or both);
- `margin`: how far the pair's probability is above the next best candidate on the closer of
  the two sides, 0 when it is not above (a claim with one candidate in that article: its own
  probability).

Pure and vectorised: one sort of 2 x pairs keys. The weights are fitted (on first-stage
log-odds of clusters the first stage did not see) by `scripts/fit_merge_weights.py` and stored
in the "context" section of data/link_weights.json; never edited by hand.
"""

from __future__ import annotations

import numpy as np

from consensus.merge.weights import LogisticModel

CONTEXT_COLUMNS = ("pair_logit", "best_of_both", "best_of_one", "margin")


def context_columns(
    z: np.ndarray, i: np.ndarray, j: np.ndarray, art_i: np.ndarray, art_j: np.ndarray
) -> np.ndarray:
    """The `CONTEXT_COLUMNS` of every pair: `z` its first-stage log-odds, `i`, `j` its two
    claims (integers), `art_i`, `art_j` their articles (integers); one row per pair."""
    n = len(z)
    out = np.zeros((n, len(CONTEXT_COLUMNS)), dtype=np.float64)
    if not n:
        return out
    z = np.asarray(z, dtype=np.float64)
    p = 1.0 / (1.0 + np.exp(-z))
    width = int(max(art_i.max(), art_j.max())) + 1
    # side 0: claim i's candidates in j's article; side 1: claim j's in i's article
    keys = np.concatenate([i.astype(np.int64) * width + art_j, j.astype(np.int64) * width + art_i])
    vals = np.concatenate([p, p])
    order = np.lexsort((-vals, keys))  # by key, the highest probability first
    k_sorted, v_sorted = keys[order], vals[order]
    start = np.r_[True, k_sorted[1:] != k_sorted[:-1]]
    run = np.cumsum(start) - 1  # run number of each sorted entry
    first = np.flatnonzero(start)
    best = v_sorted[first][run]
    # the best of the others: the run's second entry for its first entry, else the run's best
    size = np.diff(np.r_[first, len(k_sorted)])
    second = np.where(size > 1, v_sorted[np.minimum(first + 1, len(k_sorted) - 1)], 0.0)[run]
    other = np.where(start, second, best)
    top = np.empty(2 * n, dtype=bool)
    top[order] = v_sorted >= best
    gap = np.empty(2 * n, dtype=np.float64)
    gap[order] = v_sorted - other
    top_a, top_b = top[:n], top[n:]
    out[:, 0] = z
    out[:, 1] = top_a & top_b
    out[:, 2] = top_a | top_b
    out[:, 3] = np.maximum(np.minimum(gap[:n], gap[n:]), 0.0)
    return out


def link_prob(
    model: LogisticModel,
    z: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    art_i: np.ndarray,
    art_j: np.ndarray,
    own: np.ndarray | None = None,
) -> np.ndarray:
    """The link probability of every candidate pair from its first-stage log-odds `z`
    (`model.logit` of the comparison columns), then, when the model has one, the second stage
    over the pairs' context. `own`: other first-stage log-odds to score the pairs by, in the
    context `z` sets (the conflict rules score a pair as if its figures were equal)."""
    mine = z if own is None else own
    if model.context is None:
        out: np.ndarray = 1.0 / (1.0 + np.exp(-mine))
        return out
    cols = context_columns(z, i, j, art_i, art_j)
    cols[:, 0] = mine
    return model.context.prob(cols)
