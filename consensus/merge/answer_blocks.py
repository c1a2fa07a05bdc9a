"""Blocking for answers (pipeline step 3): a claim that denies something ("Greenplate
continued to deny responsibility", "called the claims baseless") is a candidate against
each claim of another article sharing one of its RARE keys (a name, a speaker or a content
word held by at most `ANSWER_DF` claims of the batch).

The key blocking (`candidates`) asks for two shared keys among each claim's rarest few, and
an answer and what it answers share little: the denier's name or the one word of the act it
rejects, which a long accusation does not count among its rarest keys. An answer is a claim
that denies (`Polarity.denies`) or holds a denial word (`claim_words._DENY`), not a
plain negation, and does not point back ("denied it": `answers.points_back`; the claim
before it in its article is what it answers). A pair must share one more key than the
rare one (a word of time, "last year", counts for none): one rare key alone met a denial's
club with a league's statement. What such a pair is, is left to the link rules, with two
limits (`drop_answer_pairs`): it makes no join and no group join reads its probability
(joined, such pairs split facts an answer's words barely touch), and its conflict edge is
kept only for two claims no other conflict edge holds (an answer that is already set against
what it answers keeps that point: a second target reshaped found disputes).

Near-linear: only keys held by 2..`ANSWER_DF` claims block, so an answer yields at most
(its keys) x `ANSWER_DF` pairs.

PURE: reads the claims' statements, polarity and blocking keys.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from functools import lru_cache

import numpy as np

from consensus.merge.answers import points_back
from consensus.merge.claim_words import _DENY
from consensus.merge.features import _concept, _Feat
from consensus.merge.lexicon import _TIME_WORD_FORMS
from consensus.merge.score import _Edge
from consensus.merge.tunables import ANSWER_DF
from consensus.models import Polarity

__all__ = ["answer_codes", "answer_only_codes", "answers", "drop_answer_pairs"]

# words of time ("last year", "on Monday") say when, not what an answer is about
_TIME_KEYS = frozenset(f"w:{_concept(w)}" for w in (*_TIME_WORD_FORMS, "last", "next", "ago"))


def answers(f: _Feat) -> bool:
    """The claim denies, or holds a denial word ("rejected", "untrue", "baseless")."""
    s = f.claim.statement
    return f.claim.polarity == Polarity.denies or _denial_word(s)


@lru_cache(maxsize=1 << 15)  # (per statement: `verdicts._merge` links its claims twice)
def _denial_word(statement: str) -> bool:
    return _DENY.search(statement) is not None


def answer_codes(feats: Sequence[_Feat]) -> np.ndarray:
    """Pairs (codes i * n + j, i < j, sorted) of an answer and a claim of another article
    sharing a key held by 2..`ANSWER_DF` claims and at least one more key (words of time,
    "last year", block nothing)."""
    n = len(feats)
    keys = [frozenset(k for k in f.keys if k not in _TIME_KEYS) for f in feats]
    holders: dict[str, list[int]] = {}
    for i, own in enumerate(keys):
        for k in sorted(own):
            holders.setdefault(k, []).append(i)
    is_answer = [answers(f) and not points_back(f.claim.statement) for f in feats]
    codes: set[int] = set()
    for ks in holders.values():
        if not 2 <= len(ks) <= ANSWER_DF or not any(is_answer[i] for i in ks):
            continue
        for x, a in enumerate(ks):
            for b in ks[x + 1 :]:
                if (
                    (is_answer[a] or is_answer[b])
                    and feats[a].article != feats[b].article
                    and len(keys[a] & keys[b]) >= 2
                ):
                    codes.add(a * n + b)
    return np.fromiter(sorted(codes), dtype=np.int64, count=len(codes))


def answer_only_codes(
    feats: Sequence[_Feat], codes: np.ndarray
) -> tuple[np.ndarray, frozenset[tuple[int, int]]]:
    """The candidate codes (sorted, distinct) with the answer pairs added, and the pairs
    added that `codes` did not hold (`PairContext.answer_only`)."""
    n = len(feats)
    told = np.setdiff1d(answer_codes(feats), codes, assume_unique=True)
    only = frozenset(zip((told // n).tolist(), (told % n).tolist(), strict=True))
    out: np.ndarray = np.union1d(codes, told)
    return out, only


def drop_answer_pairs(
    join: np.ndarray,
    edges: list[_Edge],
    pairs: Sequence[tuple[int, int]],
    prob: dict[tuple[int, int], float],
    only: Collection[tuple[int, int]],
) -> tuple[np.ndarray, list[_Edge]]:
    """The join rows (into `pairs`, sorted) but those of a pair met only as an answer's,
    whose probability leaves `prob` too (such a pair makes no join, and no group join reads
    it); and the conflict edges but those of such a pair whose claims another conflict edge
    already holds (an answer met only so answers what nothing else answers)."""
    gone = np.zeros(len(pairs), dtype=bool)
    for q in only:
        gone[bisect_left(pairs, q)] = True
        del prob[q]
    kept: np.ndarray = join[~gone[join]]
    held = {
        c
        for e in edges
        if e.conflict and (min(e.i, e.j), max(e.i, e.j)) not in only
        for c in (e.i, e.j)
    }
    return kept, [
        e
        for e in edges
        if not ((min(e.i, e.j), max(e.i, e.j)) in only and (e.i in held or e.j in held))
    ]
