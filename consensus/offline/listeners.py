"""Who a speech verb is addressed to: a name that is the listener of a report is never
the speaker a pronoun later in the sentence stands for.

"Speaking to The Page Trade from Maplestead, she said: …": The Page Trade heard her; "she"
is whoever the sentences before left speaking, not the paper named in the setting. So is a
name in apposition to something the pronoun's owner has: "In a statement issued through his
publisher, Greyline Books, he said …" is the author's, not the publisher's.
"""

from __future__ import annotations

import re

# The words right before a name that make it the listener: "speaking to", "talking with",
# "in an interview with", "told" (over a window of 40 characters: linear on any input).
_LISTENER_BEFORE = re.compile(
    r"\b(?:(?:speak|speaking|spoke|talk|talking|talked)\s+(?:to|with)|interview\s+with|told)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def addressed(clause: str, pos: int) -> bool:
    """Is the name that starts at `pos` of `clause` the listener of a speech verb?"""
    return _LISTENER_BEFORE.search(clause[max(0, pos - 40) : pos]) is not None


# a possessive pronoun, up to two lower-case words and a comma right before a name: "through
# his publisher, Greyline Books" (over a window of 40 characters: linear on any input)
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,\s*$")


def owned(clause: str, pos: int) -> bool:
    """Is the name that starts at `pos` of `clause` in apposition to something a person
    has ("his publisher, Greyline Books")? Then a "he" or "she" after it is that person."""
    return _OWNED_BEFORE.search(clause[max(0, pos - 40) : pos]) is not None
