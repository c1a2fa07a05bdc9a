"""What a JOIN weights file may raise: not a pair a name or a figure tells apart.

`data/link_weights_join.json` (the link weights with the `align` column fitted: bench/README
"Session 54 (alignjoin54)") decides the JOIN alone. Soft word alignment scores two sentences
of one shape high whatever their names and figures ("at least six dead" / "at least four
civilians killed", "the toll in one town" / "in another"), so where the join weights raise a
pair's probability above the link weights' and the pair has

- a name clash (`names_clash`: each states a name the other lacks),
- a figure clash (`figure_clash`: one slot, different values), or
- figures on both sides and no value in common,

the join reads the link weights' probability for it (measured: bench/README "Session 54
(alignread54)"). A pair the link weights score higher keeps its join probability.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from consensus.merge.compare import COMPARISONS
from consensus.merge.features import _Feat

__all__ = ["gated_join"]

_NAMES_CLASH = COMPARISONS.index("names_clash")
_FIGURE_CLASH = COMPARISONS.index("figure_clash")


def _values(f: _Feat) -> frozenset[float]:
    return frozenset(v for vs in f.quantities.values() for v in vs)


def gated_join(
    join_p: NDArray[np.float64],
    link_p: NDArray[np.float64],
    x: NDArray[np.float64],
    feats: Sequence[_Feat],
    pairs: Sequence[tuple[int, int]],
) -> NDArray[np.float64]:
    """`join_p` (the join weights' probabilities of `pairs`, rows of `x`) with the link
    weights' `link_p` in place of a raise on a pair a name or a figure tells apart."""
    raised = join_p > link_p
    apart = raised & ((x[:, _NAMES_CLASH] > 0) | (x[:, _FIGURE_CLASH] > 0))
    values = [_values(f) for f in feats]
    for k in np.flatnonzero(raised & ~apart).tolist():
        a, b = values[pairs[k][0]], values[pairs[k][1]]
        apart[k] = bool(a and b and not a & b)
    return np.where(apart, link_p, join_p)
