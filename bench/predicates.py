"""The head predicate of a statement, read from its own words (session 59, predgate59).

A soft word alignment (`align_words.py`) scores two sentences high that share their actor
and scene but not what happened ("the council approved the plan" / "the council delayed
the plan", "police arrested two men" / "police released two men"). What happened is the
statement's head predicate: its first verb that is not a verb of speech. It is read with
closed word classes only (auxiliaries, modals, negators, determiners, prepositions,
pronouns) and the verb forms English marks (an -ed form, an irregular past, a word an
auxiliary governs), never with a list of content verbs:

- a word after an auxiliary chain ("has been arrested", "would vote", "did not release"),
  negators and -ly adverbs skipped, unless it is a closed-class word or a figure;
- an -ed form not after a determiner ("the injured man" is no predicate);
- an irregular past form (`sentences._IRREGULAR_PAST`, a morphological table).

A statement without one (a noun phrase, "Within the limit of 45,000") has no head: the
gate reading it (`predicate_gate.py`) abstains. Negation and modality are read from the
auxiliary chain before the head (`Head.negated`, `Head.modal`).

PURE: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consensus.merge.lexicon import _SPEECH
from consensus.offline.sentences import _IRREGULAR_PAST

__all__ = ["Head", "head_of", "verbs_of"]

# closed classes
_MODALS = frozenset("will would shall should can could may might must".split())
_AUXILIARIES = _MODALS | frozenset(
    "is are was were be been being am has have had having do does did get gets got".split()
)
_NEGATORS = frozenset("not never no".split())
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any each every "
    "another other such no all both".split()
)
_PREPOSITIONS = frozenset(
    "in on at of for to from by with about into onto over under after before since until "
    "during near off out up down through across against among between without within "
    "around behind beyond as than like per via".split()
)
_PRONOUNS = frozenset("he she it they we you i him her them us me there here who which".split())
_CLOSED = _AUXILIARIES | _NEGATORS | _DETERMINERS | _PREPOSITIONS | _PRONOUNS
_NOT_SPEECH_HEAD = frozenset({"according"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*")


@dataclass(frozen=True)
class Head:
    """A statement's head predicate: the word as written (lower case), and whether a
    negator or a modal governs it."""

    word: str
    negated: bool
    modal: bool


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        low = w.casefold().replace("’", "'")
        out.append(low[:-2] if low.endswith("'s") else low)
    return out


def _speech(w: str) -> bool:
    return w in _SPEECH or w in _NOT_SPEECH_HEAD


@lru_cache(maxsize=65536)
def _predicates(text: str) -> tuple[Head, ...]:
    words = _words(text)
    out: list[Head] = []
    chain: list[str] = []  # the auxiliaries, negators and adverbs right before a word
    for k, w in enumerate(words):
        if w in _AUXILIARIES or w in _NEGATORS or w.endswith("n't"):
            chain.append(w)
            continue
        if chain and w.endswith("ly") and len(w) > 4:
            chain.append(w)  # "has reportedly fled"
            continue
        governed = any(c in _AUXILIARIES for c in chain)
        verb_form = (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST
        after_det = k > 0 and words[k - 1] in _DETERMINERS
        readable = w[0].isalpha() and len(w) > 2 and w not in _CLOSED and not _speech(w)
        if readable and (governed or (verb_form and not after_det)):
            negated = any(c in _NEGATORS or c.endswith("n't") for c in chain)
            out.append(Head(w, negated, any(c in _MODALS for c in chain)))
        chain = []
    return tuple(out)


def verbs_of(text: str) -> tuple[Head, ...]:
    """Every predicate of `text` the rules above read, in order (speech verbs out)."""
    return _predicates(text)


def head_of(text: str) -> Head | None:
    """The head predicate of `text` (its first predicate), or None when none is read."""
    got = _predicates(text)
    return got[0] if got else None
