"""A count of one told in a word: "one" right before the noun it counts ("confirmed one dog
death", "aware of one case", "One councillor abstained"). Split out of `figures` (session
55) to keep that module under 1,000 lines.

"One" is a pronoun far more often than a count ("one of the ...", "one said", "no one was
hurt"), so it is a figure only where a counted noun follows it at once (`figures` reads
that noun) and no preposition of a time or a manner before it makes it an adverbial ("at
one point", "in one go", "for one thing"): then two voices that say "one case" and "two
cases" tell two values of one slot, as "two" and "three" would.

PURE: reads one statement's text.
"""

from __future__ import annotations

import re

__all__ = ["count_of_one"]

# an adverbial "one": "at one point", "for one thing", "in one go", "at one stage"
_ADVERBIAL_BEFORE = re.compile(r"\b(?:at|for|in)\s+$", re.IGNORECASE)
# "one another", "one other", "one more" (an extra one, told of the ones before)
_NOT_A_NOUN = frozenset({"another", "other", "more", "such", "way", "time", "thing"})
# "the old one", "this one": a pronoun after a determiner or an adjective's determiner
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|every|each|any|no|which|[a-z]+'s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)
# an indefinite "one" that picks a member out ("one member of the team", "one adjuster who
# has worked ...", "one train in three"): no count ("one case of a rare side effect" is one)
_PICKED_OUT = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:of\s+(?:the|its|his|her|their|our|this|that)|who|whom|in|out)\b",
    re.IGNORECASE,
)


def count_of_one(text: str, start: int, told: str, counted: str) -> bool:
    """The word "one" at text[start:] counts `counted`, the noun right after it (never an
    adverbial "at one point", never "one another")."""
    if told.casefold() != "one" or not counted or counted.casefold() in _NOT_A_NOUN:
        return False
    if _ADVERBIAL_BEFORE.search(text, max(0, start - 6), start) is not None:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    return _PICKED_OUT.match(text, start + len(told)) is None
