"""A quotation's speaker named by a name after the verb that closes it, in the shapes the main
patterns of `speakers` (the inverted and trailing attributions) leave unread:

* the name, then appositives or a relative clause: '"…," said Lina Voss, chief research
  officer at Kestrel Threat Intelligence, which tracks the group's leak site.';
* a description, then the name: '"…," said the group's director, Mikael Brandvold.',
  '"…," said the nurse, Jo Vale, who asked that her ward not be named.';
* the name and where they work: '"…," says Jakob Wenn of the Institute for Karvenian
  Studies in Brekka.'

Purely textual: `name_after_quote` finds the words that may name the speaker; the caller
(`speakers._trailing`) takes them only when the article's names make them a person. A
description alone ("the young man said") names nobody here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NameAfter", "name_after_quote"]

# a quotation's end (its closing mark after the comma, or the comma after it), the verb of
# saying, then the rest of the clause; never a quotation mark in the rest
_AFTER_QUOTE = re.compile(
    r"(?:[,!?…]\s*[”\"’']|[”\"]\s*,)\s+(?P<verb>said|says|added|adds|explained|insisted|"
    r"warned|noted|stressed|argued|wrote)\s+(?P<rest>[^\"“”]{2,240}?)\s*[.!]?\s*$"
)
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|da|di|al-\w+|bin))*"
# the name, alone or before where the person works ("of", "at", "from", "with", "in")
_NAME_FIRST = re.compile(rf"(?P<name>{_NAME})(?:\s+(?:of|at|from|with|in)\s+.+)?")
# a description: an article, a possessive or a lower-case word first ("the nurse", "the
# group's director", "chief research officer at X")
_DESCRIPTION = re.compile(r"(?:the|a|an|one|another|its|his|her|their)\s|[a-z]|\w+['’]s\s")
_NAME_ONLY = re.compile(_NAME)


@dataclass(frozen=True)
class NameAfter:
    """Where the name sits in the clause, the verb, and where the quoted content ends."""

    name: str
    start: int
    end: int
    verb: str
    content_end: int


def name_after_quote(clause: str) -> NameAfter | None:
    """The name after a quotation's closing verb (the shapes in the module docstring)."""
    m = _AFTER_QUOTE.search(clause)
    if m is None or m.start() == 0:
        return None
    rest, base = m.group("rest"), m.start("rest")
    parts = rest.split(", ")
    content_end = m.start() + 1
    first = _NAME_FIRST.fullmatch(parts[0])
    if first is not None and not _DESCRIPTION.match(parts[0]):
        name = first.group("name")
        return NameAfter(name, base, base + len(name), m.group("verb"), content_end)
    if len(parts) >= 2 and _DESCRIPTION.match(parts[0]) and len(parts[0].split()) <= 6:
        name = parts[1].strip()
        if _NAME_ONLY.fullmatch(name) and len(name.split()) <= 4:
            start = base + len(parts[0]) + 2
            return NameAfter(name, start, start + len(name), m.group("verb"), content_end)
    return None
