"""A contrast told on one side only ("the footage shows steam from a cooling tower, not
smoke" against "the footage shows thick smoke"): the contrast's second term B is what it
denies, so another voice's statement of B in the same frame is what it rebuts.

`voice_rebuttals.told_apart` refuses a negation told as a contrast after a comma, because
such a contrast most often corrects how a thing is called ("an attack on patients, not on
computers" is no rebuttal of "the attack took down the computers": the other names the
computers as what the attack took down, not as what it was on). The two are one account
when the other states B where the contrast would put it: a word that stands just before
B in the other (its verb, its head: "shows thick smoke") is a word of the contrast's
first part (what it says of A: "shows steam"), by stem, concept or word vector. B must be
the negated concept itself, named after the contrast's "not" in its clause, and the other
must tell B as an account, not as a possibility ("it could be the missing link between A
and B" names B next to A's own word, but says what may be).

English grammar only: no word list names an event's people or places.

PURE: reads two statements and the pair context's word vectors.
"""

from __future__ import annotations

import re

from consensus.merge.answers import _likeness
from consensus.merge.compare import PairContext
from consensus.merge.features import _concept
from consensus.merge.lexicon import _SPEECH, _STOP

__all__ = ["contrast_framed"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BOUND = re.compile(r"[,.;:!?\"“”()–—]")
# a "not" after a clause bound: the contrast's second term follows it
_CONTRAST_NOT = re.compile(r"[,–—-]\s*(?:and\s+|but\s+)?not\b", re.IGNORECASE)
# how many words before B in the other statement are read as its frame ("shows thick
# smoke": shows, thick)
_FRAME_REACH = 3
# how alike, by word vectors, a frame word of the two must be ("bear" / "animal")
_FRAME_MEET = 0.5
# a possibility ("it could be the missing link between A and B"): no account a contrast
# rebuts (`told_apart`'s hedge reads "may", "might", "probably"; these too here)
_POSSIBLE = re.compile(r"\b(?:could|would|might|may)\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _content(w: str) -> bool:
    return w not in _STOP and w not in _SPEECH and bool(_concept(w)) and not w.isdigit()


def contrast_framed(ctx: PairContext, said: str, other: str, negated: str) -> bool:
    """Whether `said`, a contrast "A, not B" whose B is the concept `negated`, rebuts
    `other`, which states B: a content word among the `_FRAME_REACH` words before B in a
    clause of `other` meets a content word of `said` between its last speech verb ("X
    said") and its contrast; False when B is not `negated` or `other` tells B as a
    possibility ("could be", `_POSSIBLE`)."""
    m = _CONTRAST_NOT.search(said)
    if m is None or _POSSIBLE.search(other):
        return False
    rest = _BOUND.split(said[m.end() :], maxsplit=1)[0]
    if not any(_concept(w) == negated for w in _words(rest) if w != "but"):
        return False  # (what the contrast denies is not the concept the other states)
    before = _words(said[: m.start()])
    told = max((k for k, w in enumerate(before) if w in _SPEECH), default=-1)
    frame = [w for w in before[told + 1 :] if _content(w)]  # (after "X said")
    if not frame:
        return False
    for clause in _BOUND.split(other):
        words = _words(clause)
        for k, w in enumerate(words):
            if _concept(w) != negated:
                continue
            near = [x for x in words[max(0, k - _FRAME_REACH) : k] if _content(x)]
            if any(_likeness(ctx, x, y) >= _FRAME_MEET for x in near for y in frame):
                return True
    return False
