"""Whether a negation meets the statement it is set against (contested step 5): a
precision veto on the negation conflict edges `verdicts` turns into contested points.

A negation conflict ("negation: not <concept>") says one claim negates a word the other
states. One word in common is not one proposition: "No customers were in the restaurant"
and "customers with bookings would get a full refund" negate and state "customers" of two
acts; "I did not feel the brakes go on" and "applied the brakes as soon as he felt the
engine lurch" negate and state "feel" of two things felt. A rebuttal negates the same act
on the same thing, so the words around the shared word say alike things on both sides.

The read (`meets`, `meet_score`): each statement is cut into clauses (punctuation,
quotation marks, dashes) and each occurrence of the negated concept gets the content words
up to `WINDOW` words after it in its clause (what the act is done to or how, or the act a
noun does; negation, speech and stop words left out; what follows "but", "rather" or
"instead" is a rival value, not read; `neighbourhoods`), and whether a negation word goes
before it in the clause. A negated occurrence and a stated one meet by their best pair of
words after them (`best_pair`: a shared stem is 1, else the cosine of the batch's word
vectors); below `MEET_AT`, best over the occurrences, the two claims tell two acts or two
things: no point.

Left alone (no read): nothing follows one of the two in its clause ("There was no alarm.",
"It was not a draft", "the ruling would force the club to close": the thing itself is
denied or stated); the negated word is a verb of telling, a figure or a figure's unit ("was
never told", "not three as it said", "no more than 15 cents": other rules read those); the
negation denies the thing itself ("there is no habitat on this site"), points back ("no
such notice arrived") or is of every instance ("no seeding anywhere in the valley", "no
inspection had ever found": it answers each stated one); the concept is missing from
either (an irregular form, a paraphrase); no two words can be compared.

No word list names an event (the word sets are English grammar); the cut is one number
read on the negation edges of the tunable made-up clusters (session 65, nogold65:
`bench/nogold65.py`).

PURE: reads two statements and the batch's word vectors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

from consensus.merge.claim_words import _STOP, _WORD
from consensus.merge.features import _concept, _stem
from consensus.merge.figures import figures
from consensus.merge.lexicon import _NEGATION, _NEGATION_SPEECH, _SPEECH, IRREGULAR_BASE

__all__ = ["MEET_AT", "WINDOW", "Occurrence", "best_pair", "meet_score", "meets", "neighbourhoods"]

WINDOW = 4  # content words either side of the negated word, in its clause
MEET_AT = 0.45  # the best word cosine below which two neighbourhoods are two acts or things

Vec = Callable[[str], "np.ndarray | None"]


# where a clause ends: punctuation, quotation marks, a dash between spaces
_CLAUSE = re.compile(r"[.,;:!?()\"“”‘’]|\s[-–—]\s|[–—]")


# the words that make a negation one of every instance
_UNIVERSAL = frozenset({"any", "anywhere", "ever", "anyone", "anybody", "anything", "whatsoever"})


# an object pronoun right after the word points back at a thing named before ("had not
# consulted them"): what the act is done to is not in the clause, so no read
_POINTING = frozenset({"them", "him", "her", "it", "us", "me", "you"})
# words after which a clause gives the rival value, not what the word is done to
_CONTRAST = frozenset({"but", "rather", "instead"})
# "there is no", "there had been no", "there were never": a thing denied to exist
_EXISTENTIAL = re.compile(
    r"\bthere\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:been\s+|be\s+)?"
    r"(?:no|not|never|none)\b"
)


def _clauses(statement: str) -> list[list[str]]:
    """The statement's clauses, each its words in order, casefolded (as
    `claim_words.content_words` writes them, the form the batch's vectors are keyed by)."""
    return [[w.casefold() for w in _WORD.findall(part)] for part in _CLAUSE.split(statement)]


def _negates(low: str) -> bool:
    return low in _NEGATION or low.endswith(("n't", "n’t"))


def _content(low: str) -> bool:
    return len(low) > 2 and low not in _STOP and low not in _SPEECH and not _negates(low)


def _is_concept(low: str, concept: str) -> bool:
    if _concept(low) == concept or _stem(low) == concept:
        return True
    base = IRREGULAR_BASE.get(low)
    return base is not None and _concept(base) == concept


class Occurrence(NamedTuple):
    """One occurrence of the concept: whether a negation word goes before it in its clause,
    and the content words up to `WINDOW` before and after it in that clause."""

    negated: bool
    before: list[str]
    after: list[str]
    told: bool  # the word is a verb of telling or a figure


def neighbourhoods(statement: str, concept: str) -> list[Occurrence]:
    """Each occurrence of `concept` in the statement (see `Occurrence`; negation, speech and
    stop words and the concept itself are never neighbours)."""
    out = []
    for words in _clauses(statement):
        for k, w in enumerate(words):
            if not _is_concept(w, concept):
                continue
            rest = words[k + 1 :]
            # ("not a tax but a fair charge": what follows the contrast is the rival value)
            cut = next((n for n, x in enumerate(rest) if x in _CONTRAST), len(rest))
            near = [x for x in words[:k] if _content(x) and not _is_concept(x, concept)]
            far = [x for x in rest[:cut] if _content(x) and not _is_concept(x, concept)]
            negated = any(_negates(x) for x in words[:k])
            told = w in _SPEECH or w in _NEGATION_SPEECH or bool(figures(w))
            # a negation of every instance ("no seeding anywhere", "no inspection had ever
            # found"): it answers each stated one, wherever and whenever
            if negated and _UNIVERSAL.intersection(words):
                continue
            if negated and k and words[k - 1] == "such":
                continue  # ("no such notice arrived" points back at the one stated)
            if negated and _EXISTENTIAL.search(" ".join(words[:k])):
                continue  # ("there is no protected habitat on this site": the thing itself)
            if rest and rest[0] in _POINTING:
                continue  # ("had not consulted them": its object is in another clause)
            if k and figures(words[k - 1]):
                continue  # (the unit of a figure: "no more than 15 cents" bounds a figure)
            out.append(Occurrence(negated, near[-WINDOW:], far[:WINDOW], told))
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
    """How well what one statement negates meets what the other states (`best_pair`, best
    over every negated occurrence of `concept` in one and stated one in the other): the
    words after the two. None when nothing follows either in its clause, when either is a
    telling or a figure, or when no two words could be compared (the module docstring)."""
    best: float | None = None
    occ_a, occ_b = neighbourhoods(a, concept), neighbourhoods(b, concept)
    if any(o.told for o in (*occ_a, *occ_b)):
        return None  # (a telling negated answers whatever was told: "was never told")
    for no, yes in ((occ_a, occ_b), (occ_b, occ_a)):
        for n in no:
            for y in yes:
                if not n.negated or y.negated or not n.after or not y.after:
                    continue
                s = best_pair(vec, n.after, y.after)
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
