"""A clause cut off at ", but" that is no clause: it has neither its own subject nor a
verb the cutter knows as finite, so standing alone it reads as a broken statement.

Two shapes, both read from closed word classes only:
* a bare verb and its object: "Farmers are paid for culled animals, but receive nothing for
  the rest" ("receive nothing", "want the", "lose their": a plural present or base verb is
  no finite verb `grammar._is_finite` knows, and a noun opening a clause is never followed
  straight by a determiner, an object pronoun or "nothing");
* an absolute phrase: ", but with her lead cut to 87" ("with"/"without" and no comma after:
  with a comma a clause of its own may follow, "but with prices rising, the bank held").

The caller leaves such a sentence whole (`carried_leads.carry_lead`).
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _DETERMINERS,
    _NOT_IN_NP,
    _PRONOUN_SUBJECTS,
    _QUANTIFIERS,
    _WORD_TOKEN,
    _is_finite,
)

__all__ = ["opens_a_fragment"]

# what a verb's object opens with, never what follows a noun that opens a clause
_OBJECT_OPENERS = _DETERMINERS - {"that", "this", "these", "those"} | frozenset(
    "nothing something anything everything them him us me".split()
)
_ABSOLUTE = frozenset("with without".split())
# words that open a phrase or clause of their own before a determiner ("but by the time",
# "but only the council", "but half the staff"): prepositions, focus and degree words
_NOT_A_VERB = _NOT_IN_NP | frozenset(
    """of like unlike near inside outside beyond behind below above along around within upon
    except besides beside past throughout off up down out only even just not never almost
    nearly half twice rather instead here perhaps maybe so too""".split()
)
_AFTER_BUT = re.compile(r",\s+but\s+$")


def opens_a_fragment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (the clause after a cut at ", but") opens with a bare verb
    and its object or with an absolute phrase, so it has no subject of its own."""
    if _AFTER_BUT.search(text, max(0, start - 12), start) is None:
        return False
    words = [m.group() for m in _WORD_TOKEN.finditer(text, start, end)]
    while words and words[0].lower() in _ADVERBS:
        words = words[1:]
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return False
    first, second = words[0], words[1].lower()
    if first in _ABSOLUTE:
        return "," not in text[start:end]
    if (
        first in _DETERMINERS | _PRONOUN_SUBJECTS | _QUANTIFIERS | _NOT_A_VERB
        or first.endswith("ly")
        or _is_finite(first)
    ):
        return False
    return second in _OBJECT_OPENERS
