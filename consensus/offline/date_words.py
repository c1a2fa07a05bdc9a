"""Day words that name no day of the story (`dates._times` reads them before resolving):

- "Today" or "Tonight" written as part of a name, after a capitalised word of that name
  with nothing between ("told Morvania Today", "USA TODAY reported", "the Today programme"
  is not caught: there the word opens the name; a headline in title case, "Seven Die In
  Tram Crash Today", keeps its day): no time at all, not the publication day;
- a weekday named as any such day, not one day: "every Wednesday", "each Sunday", "any
  Friday", "on a normal Wednesday", "a typical Saturday": a time with no date.

"on a Wednesday morning", "in a Saturday crash", "late on Thursday" and "Today, the mayor
said" (the word opening its sentence) stay days of the story.
"""

from __future__ import annotations

import re

__all__ = ["generic_weekday", "name_part"]

# A capitalised word right before, on the same line, not ending a sentence ("Sunday. Today").
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9&]\s?$|\b[A-Z]\s?$")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n]\s")
# "every Wednesday", "on a normal Wednesday": any such day
_GENERIC_BEFORE = re.compile(
    r"\b(?:(?:every|each|any)\s+(?:(?:other|single|given)\s+)?"
    r"|an?\s+(?:normal|typical|usual|ordinary|average|regular)\s+)$",
    re.IGNORECASE,
)


def name_part(text: str, start: int, word: str) -> bool:
    """Whether the relative word `word` ("Today", "Tonight") at `start` is the end of a name:
    written with a capital, right after a capitalised word ("Morvania Today")."""
    if word[:1] != "T" or word.lower() not in ("today", "tonight"):
        return False
    before = text[max(0, start - 40) : start]
    if not before or before[-1] != " " or _NAME_BEFORE.search(before) is None:
        return False
    # a headline in title case ("Seven Die In Tram Crash Today") capitalises every word
    clause = _SENTENCE_BREAK.split(text[max(0, start - 120) : start])[-1]
    words = [w for w in clause.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) < 2 or not all(w[0].isupper() for w in words)


def generic_weekday(text: str, start: int) -> bool:
    """Whether the weekday at `start` is any such day ("every Wednesday", "on a normal
    Wednesday"), not one day of the story."""
    return _GENERIC_BEFORE.search(text, max(0, start - 30), start) is not None
