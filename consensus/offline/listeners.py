"""Who a speech verb is addressed to: a name that is the listener of a report is never
the speaker a pronoun later in the sentence stands for.

"Speaking to The Page Trade from Maplestead, she said: …": The Page Trade heard her; "she"
is whoever the sentences before left speaking, not the paper named in the setting.
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
