"""The subject of a reporting verb that is the second of two coordinated predicates.

"A spokesperson for the council welcomed the ruling but said it came too late": the words
before "said" are a whole clause ("<subject> welcomed the ruling but"), so no noun phrase
stands right before the verb; its subject is the first predicate's. Only the grammar is
read: the clause opens on a capitalised subject of at most a dozen words, then a verb in the
past ("-ed"), and the words before the reporting verb end in "but" or "and" (never after a
comma: "Fire gutted the hall, and officials said" gives the officials their own verb), and
the verb is one of saying ("pleaded guilty and testified against him" reports no words).
"""

from __future__ import annotations

import re

__all__ = ["coordinated_subject"]

_COORDINATED = re.compile(
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,11}?)\s+(?:also\s+)?[a-z]{2,}ed\s"
    r"[^,;:“”\"]{1,120}?\s(?:but|and)\s+(?:also\s+)?$"
)

_SAYING = frozenset("said says told added warned insisted stated wrote announced".split())


def coordinated_subject(before: str, verb: str) -> str | None:
    """The subject of the first predicate when `before` (the clause's words before the
    reporting `verb`) is "<subject> <verb>-ed ... but|and", else None."""
    if verb not in _SAYING:
        return None
    m = _COORDINATED.fullmatch(before)
    return m.group("np") if m is not None else None
