"""Blocking for paraphrases that share one rare word (pipeline step 3, candidates): a
claim's vector neighbour under `link.NEIGHBOUR_FLOOR` is still compared when the two
claims hold a content word few claims of the batch hold.

"Three have been rescued from the wreckage" and (another outlet) "Three of those trapped
have been removed from the tram" share one rare key, so no pair of their rarest keys meets
(`candidates._candidate_codes`), and their statement vectors sit at cosine 0.3-0.4, under
the neighbour floor; the link model would score many such pairs over its threshold once
compared (training census, session 35: 31 of the 188 missed facts never compared). Either
signal alone is weak -- lowering the floor for every neighbour, or blocking on any one
shared key, adds wrong links (more mixed items, points without gold) -- but together they
mark a pair worth scoring: near in meaning AND sharing a word that few claims use.

A pair is added when it is among either claim's `k` nearest statements of other articles
at cosine >= `RARE_FLOOR` (the same neighbour search, a lower floor) and both claims hold a
content word (its `w:` blocking key) held by at most `RARE_WORD_DF` claims of the batch.
It is compared as any candidate: the link model and the link rules decide.

PURE: reads the claims' blocking keys and the neighbour codes given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from consensus.merge.features import _Feat

RARE_FLOOR = 0.3  # a neighbour this near ...
RARE_WORD_DF = 3  # ... sharing a content word held by at most this many claims
_WORD_KEY = "w:"  # (`features`: a content word's blocking key)


def rare_word_codes(feats: Sequence[_Feat], cap: int = RARE_WORD_DF) -> np.ndarray:
    """Pairs (codes i * len(feats) + j, i < j, sorted, each once) of claims of two articles
    holding one content word that 2..`cap` claims of the batch hold."""
    n = len(feats)
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        for key in dict.fromkeys(f.keys):
            if key.startswith(_WORD_KEY):
                holders[key].append(k)
    codes = {
        i * n + j
        for ks in holders.values()
        if 2 <= len(ks) <= cap
        for i, j in combinations(ks, 2)
        if feats[i].article != feats[j].article
    }
    return np.array(sorted(codes), dtype=np.int64)


def rare_neighbour_codes(feats: Sequence[_Feat], near: np.ndarray) -> np.ndarray:
    """Of `near` (sorted neighbour codes at cosine >= `RARE_FLOOR`), the pairs that share
    a rare content word (`rare_word_codes`)."""
    if not len(near):
        return near
    return near[np.isin(near, rare_word_codes(feats), assume_unique=True)]
