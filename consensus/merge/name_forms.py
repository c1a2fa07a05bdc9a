"""What the merger reads as a name, by its form alone (no list of names).

An extractor's entities and subjects are not all names: a sentence's first word is
capitalised whatever it is ("In", "When she", "An American witness"), and a subject may be
any noun phrase ("People", "flight attendant", "Three of those"). Read as names, such words
make two claims look as if they named different people or places (`names_clash`, link rule
0) or the same ones (`names_shared`). Three readings of form keep them out:

* `without_openers`: the words that never open a name (`name_openers` in data/words.toml:
  pronouns, articles, prepositions, conjunctions) are dropped from the front of an entity;
  one made of nothing else is no name ("in", "when she", "i've");
* `subject_is_name`: a claim's subject is one of its names only when it has a name's form:
  every word capitalised (lower-case joining words such as "of" inside), none a word that
  opens no name, and its first word, which a sentence capitalises anyway, never written in
  lower case in the batch ("People", "Witnesses" are common nouns; "Germany" is a name);
* `surname_of`: a one-word name is the surname of a longer one ("putin" -> "vladimir
  putin") only when that one has a person's form: two or three words of letters, none a
  word that opens no name and none before the last written in lower case in the batch
  ("transport for london", "radio ostland", "when she" are no persons; "port calder"
  neither where the batch writes "port"), and the one word is capitalised where it stands
  ("tram" is no surname of "two-car tram").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from consensus.merge.lexicon import _NAME_OPENERS

__all__ = ["lower_words", "subject_is_name", "surname_of", "without_openers"]

_LOWER = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]*")
# joining words a name holds in lower case ("Bank of England", "Bar-le-Duc", "Ali al Sistani")
_JOINERS = frozenset("of the and for de la le du des al el von van der da di".split())


def _opener(word: str) -> bool:
    """A word that opens no name ("it's" and "i've" by their first part)."""
    return word in _NAME_OPENERS or re.split(r"['’]", word, maxsplit=1)[0] in _NAME_OPENERS


def without_openers(name: str) -> str:
    """A normalised (lower-case) entity without the words that open no name before it; ""
    when nothing else is left ("an african-american" -> "african-american", "in" -> "")."""
    words = name.split(" ")
    k = 0
    while k < len(words) and _opener(words[k]):
        k += 1
    return " ".join(words[k:])


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts write in lower case: common words, never a name's."""
    out: set[str] = set()
    for text in texts:
        out.update(_LOWER.findall(text))
    return frozenset(out)


def subject_is_name(subject: str, lower: frozenset[str]) -> bool:
    """Whether a claim's subject (as the extractor wrote it) has the form of a name."""
    words = subject.replace(",", " ").split()
    if not words or len(words) > 3:
        return False
    for k, word in enumerate(words):
        low = word.casefold()
        if k and low in _JOINERS:
            continue
        if not word[:1].isupper() or _opener(low):
            return False
    first = words[0].casefold()
    return first not in lower and re.split(r"['’]", first, maxsplit=1)[0] not in lower


def surname_of(word: str, full: str, lower: frozenset[str]) -> bool:
    """Whether a one-word (normalised) name may be the surname of `full`, a normalised name
    of two or three words ending with it: `full` has a person's form."""
    parts = full.split(" ")
    if not 2 <= len(parts) <= 3 or parts[-1] != word or _opener(word):
        return False
    if any(_opener(p) or not p.replace("-", "").isalpha() for p in parts):
        return False
    return not any(p in lower for p in parts[:-1])
