"""Blocking for paraphrases that share one rare word (pipeline step 3, candidates): a
claim's vector neighbour under `compared_pairs.NEIGHBOUR_FLOOR` is still compared when the
two claims hold a content word few claims of the batch hold.

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

Guard: two figures of different objects or units are never one fact. A pair is not added
when its claims give one value of two different things and no figure of one thing
("A hailstorm destroyed 12 greenhouses" / "The storm also damaged a dozen cars"; "guilty of
three of five corruption counts" / "acquitted on two after a five-day deliberation"), or
when both name things they count and no thing is named by both ("after a five-day
deliberation" / "who led the city for eight years"): near in meaning and sharing one rare
word, such a pair tells two counts (`counts_apart`); so does a pair of which one claim
counts a named thing and the other gives no figure ("acquitted on two after a five-day
deliberation" / "was found guilty of bribery"). Figures whose thing is not named ("Three
have been rescued") keep no pair apart. A share is a share of something: two shares of two
wholes ("charging limited to 80 percent" / "80 percent of its cars repaired"; "44 percent of
the vote" / "turnout at just over 61%") are two things.

And a claim that names nothing (no person, body or place: "Their youth coach kept them
up", a clause cut from its sentence) gives the pair nothing but its words, too little at
this distance: such a pair is not added either.

PURE: reads the claims' blocking keys and the neighbour codes given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

import numpy as np

from consensus.merge.features import _Feat
from consensus.merge.figures import Figure, figures

RARE_FLOOR = 0.3  # a neighbour this near ...
RARE_WORD_DF = 3  # ... sharing a content word held by at most this many claims
_WORD_KEY = "w:"  # (`features`: a content word's blocking key)


def rare_word_codes(feats: Sequence[_Feat], cap: int = RARE_WORD_DF) -> np.ndarray:
    """Pairs (codes i * len(feats) + j, i < j, sorted, each once) of claims of two articles
    holding one content word that 2..`cap` claims of the batch hold."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        for key in dict.fromkeys(f.keys):
            if key.startswith(_WORD_KEY):
                holders[key].append(k)
    return holder_codes(feats, holders.values(), cap)


def holder_codes(feats: Sequence[_Feat], holders: Iterable[list[int]], cap: int) -> np.ndarray:
    """Pairs (codes i * len(feats) + j, i < j, sorted, each once) of claims of two articles
    in one list of `holders` (claim positions, ascending) of 2..`cap` claims."""
    n = len(feats)
    codes = {
        i * n + j
        for ks in holders
        if 2 <= len(ks) <= cap
        for i, j in combinations(ks, 2)
        if feats[i].article != feats[j].article
    }
    return np.array(sorted(codes), dtype=np.int64)


def _thing(f: Figure) -> str:
    """What a figure counts: its unit, else the head or noun after it ("" when unnamed),
    one form for singular and plural ("day"/"days"); a share: what it is a share of, named
    or not ("%:vote", "%:")."""
    if f.unit == "%":  # a share is of the whole it is of ("80% of its cars", "charging to 80%")
        return f"%:{f.owner}"
    word = f.unit or f.head or f.noun
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def counts_apart(one: str, two: str) -> bool:
    """True when statements `one` and `two` count different things (the guard above)."""
    a = [(f.value, _thing(f)) for f in figures(one)]
    b = [(f.value, _thing(f)) for f in figures(two)]
    if not a or not b:  # a count of a named thing against no figure at all
        return any(x for _, x in a + b)
    same_value = [(x, y) for v, x in a for w, y in b if v == w]
    if any(not x or not y or x == y for x, y in same_value):
        return False  # one figure told by both
    if same_value:
        return True  # one value, two things
    named_a, named_b = {x for _, x in a if x}, {y for _, y in b if y}
    return bool(named_a and named_b and not named_a & named_b)


def rare_neighbour_codes(feats: Sequence[_Feat], near: np.ndarray) -> np.ndarray:
    """Of `near` (sorted neighbour codes at cosine >= `RARE_FLOOR`), the pairs that share
    a rare content word (`rare_word_codes`) and whose figures are not apart
    (`counts_apart`)."""
    if not len(near):
        return near
    n = len(feats)
    kept = near[np.isin(near, rare_word_codes(feats), assume_unique=True)]
    apart = [
        k
        for k, code in enumerate(kept.tolist())
        if not (feats[code // n].entities and feats[code % n].entities)
        or counts_apart(feats[code // n].claim.statement, feats[code % n].claim.statement)
    ]
    return np.delete(kept, apart) if apart else kept
