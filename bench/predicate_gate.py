"""What a JOIN weights file may raise: not two statements whose head predicates differ
(session 59, predgate59).

Soft word alignment (the `align` column a JOIN weights file reads) scores two sentences
that share their actor and scene high whatever happened ("the council approved the plan"
/ "the council delayed the plan"). Where the join weights raise a pair's probability above
the link weights', the pair's head predicates (`predicates.head_of`) are read: when both
statements have one and they are not compatible, the join reads the link weights'
probability for the pair (as `align_gate` does for a name or a figure clash). Compatible:

- the same stem (`features._stem`), or
- a word-vector cosine at or above the bar fitted on labelled pairs (gold agreed pairs vs
  look-alikes and near negatives: bench/predicate_bar.py, `data/predicate_bar.json`),

each head against the other's head and every other predicate of the other statement (a
long statement that tells the fact in a later clause keeps its match). A statement
without a readable head, or a head without a vector, abstains: the join is kept.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from predicates import head_of, verbs_of

from consensus.merge.features import _Feat, _stem

__all__ = ["BAR_FILE", "predicate_bar", "predicate_similarity", "predicates_apart"]

BAR_FILE = Path(__file__).resolve().parent / "data" / "predicate_bar.json"


class WordVectors(Protocol):
    def __contains__(self, text: object) -> bool: ...

    def get(self, text: str) -> NDArray[np.float32] | NDArray[np.float64] | None: ...


@cache
def predicate_bar() -> float | None:
    """The fitted bar (`data/predicate_bar.json`), or None when no bar is shipped."""
    if not BAR_FILE.is_file():
        return None
    got = json.loads(BAR_FILE.read_text()).get("bar")
    return float(got) if isinstance(got, int | float) else None


def _similar(a: str, b: str, words: WordVectors) -> float | None:
    if a == b or _stem(a) == _stem(b):
        return 1.0
    va = words.get(a) if a in words else None
    vb = words.get(b) if b in words else None
    if va is None or vb is None:
        return None
    return float(np.dot(va, vb))


def predicate_similarity(a: str, b: str, words: WordVectors) -> float | None:
    """How alike statements a and b's head predicates are: the best of each head against
    the other statement's predicates, the lower of the two ways; None when either has no
    head or a head has no vector to compare."""
    ha, hb = head_of(a), head_of(b)
    if ha is None or hb is None:
        return None
    ways = []
    for head, other in ((ha, verbs_of(b)), (hb, verbs_of(a))):
        got = [s for v in other if (s := _similar(head.word, v.word, words)) is not None]
        if not got:
            return None
        ways.append(max(got))
    return min(ways)


def predicates_apart(
    join_p: NDArray[np.float64],
    link_p: NDArray[np.float64],
    feats: Sequence[_Feat],
    pairs: Sequence[tuple[int, int]],
    words: WordVectors,
) -> NDArray[np.float64]:
    """`join_p` with the link weights' `link_p` in place of a raise on a pair whose head
    predicates are not compatible (see the module docstring)."""
    bar = predicate_bar()
    if bar is None:
        return join_p
    out = join_p.copy()
    for k in np.flatnonzero(join_p > link_p).tolist():
        i, j = pairs[k]
        s = predicate_similarity(feats[i].claim.statement, feats[j].claim.statement, words)
        if s is not None and s < bar:
            out[k] = link_p[k]
    return out
