"""Who a speech verb is addressed to: a name that is the listener of a report is never
the speaker a pronoun later in the sentence stands for.

"Speaking to The Page Trade from Maplestead, she said: …": The Page Trade heard her; "she"
is whoever the sentences before left speaking, not the paper named in the setting.

So too a name in apposition to a possessed noun: "Through his agent, Lumen Artists, he said
…": the agent is his, so "he" is the owner of "his" (whoever the story follows), never the
agent named beside it.
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

# A possessed noun of one to three lower-case words and its comma right before a name: "his
# publisher, ", "through her former agent, " (one word class, then spaces: linear).
_POSSESSED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)(?:\s+[a-z][\w’'-]*){1,3},\s+$")


def addressed(clause: str, pos: int) -> bool:
    """Is the name that starts at `pos` of `clause` the listener of a speech verb, or the
    appositive of a noun "his" or "her" owns (never the "he" of the same clause)?"""
    window = clause[max(0, pos - 40) : pos]
    return (
        _LISTENER_BEFORE.search(window) is not None or _POSSESSED_BEFORE.search(window) is not None
    )
