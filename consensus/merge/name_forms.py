"""What the merger reads as a name, by its form alone (no list of names).

The surname step of `features._build_features` reads a one-word name as the surname of a
longer one ("putin" -> "vladimir putin") when the batch has exactly one longer name ending
with it. Not every such name is a person's: "transport for london", "radio ostland",
"two-car tram", "when she" are no persons, and "London", "Ostland", "tram", "She" are no
surnames of them. `surname_of` keeps the step to longer names of a person's form: two or
three words of letters, none a word that opens no name (`name_openers` in
data/words.toml: pronouns, articles, prepositions, conjunctions) or names a body, a place
or a medium (`not_person_words`: "radio ostland", "corran city"), and none before the last
written in lower case anywhere in the batch (`lower_words`: "port calder" is no person
where the batch writes "port"; a given name is not written in lower case). The caller also
asks that the one word be capitalised where it stands ("tram" is no surname).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable

from consensus.merge.lexicon import _NAME_OPENERS, _NOT_PERSON_WORDS

__all__ = ["LowerWords", "lower_words", "surname_of"]

_LOWER = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]*")


def _opener(word: str) -> bool:
    """A word that opens no name ("it's" and "i've" by their first part)."""
    return word in _NAME_OPENERS or re.split(r"['’]", word, maxsplit=1)[0] in _NAME_OPENERS


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts write in lower case: common words, never a name's."""
    out: set[str] = set()
    for text in texts:
        out.update(_LOWER.findall(text))
    return frozenset(out)


class LowerWords:
    """`lower_words` of the texts a callable gives, read when first asked (a search of
    every text of a batch, which most batches' surname steps never ask)."""

    def __init__(self, texts: Callable[[], Iterable[str]]) -> None:
        self._texts = texts
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = lower_words(self._texts())
        return word in self._words


def surname_of(word: str, full: str, lower: Container[str]) -> bool:
    """Whether a one-word (normalised) name may be the surname of `full`, a normalised name
    of two or three words ending with it: `full` has a person's form."""
    parts = full.split(" ")
    if not 2 <= len(parts) <= 3 or parts[-1] != word or _opener(word):
        return False
    if any(_opener(p) or p in _NOT_PERSON_WORDS or not p.replace("-", "").isalpha() for p in parts):
        return False
    return not any(p in lower for p in parts[:-1])
