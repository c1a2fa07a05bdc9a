"""Whether a negation meets the statement it is set against (contested step 5): a
precision veto on the negation conflict edges `verdicts` turns into contested points.

A negation conflict ("negation: not <concept>") says one claim negates a word the other
states. One word in common is not one proposition: "No customers were in the restaurant"
and "customers with bookings would get a full refund" negate and state "customers" of two
acts; "I did not feel the brakes go on" and "applied the brakes as soon as he felt the
engine lurch" negate and state "feel" of two things felt. A rebuttal negates the same act
on the same thing, so the words around the shared word say alike things on both sides.

The read (`meets`): in each statement, the content words up to `WINDOW` words before and
after each occurrence of the negated concept (negation, speech and stop words left out;
`neighbourhoods`). The words after it (what the act is done to, or the act a noun does)
are compared when both sides have some, else the words before it (the holder, or what a
passive act is done to). Two neighbourhoods meet by their best pair of words (`best_pair`:
a shared stem is 1, else the cosine of the batch's word vectors); below `MEET_AT`, best
over the occurrences, the two claims tell two acts or two things: no point. When the
concept is found on one side only (an irregular form, a paraphrase), or no two words can be
compared, the edge is left alone.

No word list names an event; the cut is one number read on the labelled points of the
tunable made-up clusters (session 65, nogold65).

PURE: reads two statements and the batch's word vectors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from consensus.merge.claim_words import _STOP, _WORD
from consensus.merge.features import _concept, _stem
from consensus.merge.lexicon import _NEGATION, _SPEECH, IRREGULAR_BASE

__all__ = ["MEET_AT", "WINDOW", "best_pair", "meet_score", "meets", "neighbourhoods"]

WINDOW = 3  # content words either side of the negated word
MEET_AT = 0.45  # the best word cosine below which two neighbourhoods are two acts or things

Vec = Callable[[str], "np.ndarray | None"]


def _words(statement: str) -> list[str]:
    """The statement's words in order, casefolded (as `claim_words.content_words` writes
    them, the form the batch's vectors are keyed by)."""
    return [w.casefold() for w in _WORD.findall(statement)]


def _is_concept(low: str, concept: str) -> bool:
    if _concept(low) == concept or _stem(low) == concept:
        return True
    base = IRREGULAR_BASE.get(low)
    return base is not None and _concept(base) == concept


def neighbourhoods(statement: str, concept: str) -> list[tuple[list[str], list[str]]]:
    """The content words up to `WINDOW` content words before and after each occurrence of
    `concept` (negation and speech words, stop words and the concept itself left out): its
    holder or act before it, its object or complement after it."""
    words = [
        w
        for w in _words(statement)
        if len(w) > 2
        and w not in _STOP
        and w not in _SPEECH
        and w not in _NEGATION
        and not w.endswith(("n't", "n’t"))
    ]
    out = []
    for k, w in enumerate(words):
        if not _is_concept(w, concept):
            continue
        before = [x for x in words[max(0, k - WINDOW) : k] if not _is_concept(x, concept)]
        after = [x for x in words[k + 1 : k + 1 + WINDOW] if not _is_concept(x, concept)]
        out.append((before, after))
    return out


def best_pair(vec: Vec, xs: Sequence[str], ys: Sequence[str]) -> float | None:
    """The best cosine of a word of `xs` and a word of `ys` (a shared stem is 1); None when
    either is empty or no two words could be compared."""
    best: float | None = None
    for x in xs:
        u = vec(x)
        for y in ys:
            if _stem(x) == _stem(y):
                return 1.0
            v = vec(y)
            if u is not None and v is not None:
                c = float(u @ v)
                best = c if best is None else max(best, c)
    return best


def meet_score(a: str, b: str, concept: str, vec: Vec) -> float | None:
    """How well the two statements' neighbourhoods of `concept` meet: over every two
    occurrences, the better of the words before meeting the words before and the words
    after meeting the words after (`best_pair`), the best such; None when the concept is
    missing from either or no word could be compared."""
    best: float | None = None
    for before_a, after_a in neighbourhoods(a, concept):
        for before_b, after_b in neighbourhoods(b, concept):
            # what the act is done to or how (after the word), else its holder (before)
            if after_a and after_b:
                s = best_pair(vec, after_a, after_b)
            else:
                s = best_pair(vec, before_a, before_b)
            if s is not None and (best is None or s > best):
                best = s
    return best


def meets(conflict: str, a: str, b: str, vec: Vec) -> bool:
    """Whether a negation conflict between statements `a` and `b` is about one act on one
    thing (see the module docstring); True for any other conflict and whenever the read
    cannot tell."""
    if not conflict.startswith("negation: not "):
        return True
    concept = conflict.removeprefix("negation: not ").strip()
    if not concept or " " in concept:
        return True
    score = meet_score(a, b, concept, vec)
    return score is None or score >= MEET_AT
