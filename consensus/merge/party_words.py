"""What a relative clause after a name says a person is: a relative of someone the news is
about ("Jan Roe, whose brother is among the missing") or a witness ("Jan Roe, 44, who said
she watched from her balcony"). Such a person speaks as one of "the relatives", "the
families" or "the witnesses" another outlet names: `speakers.Speakers` adds these words to
the person's appositive, so the two speakers are compatible.

Grammar only (kin nouns, verbs of seeing); nothing of an event. PURE: no I/O, clock or
randomness.
"""

from __future__ import annotations

import re

__all__ = ["party_words"]

_KIN = (
    r"brother|brothers|sister|sisters|son|sons|daughter|daughters|husband|wife|father|"
    r"mother|parents|child|children|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|"
    r"grandfather|grandmother|fiance|fiancee|fiancé|fiancée|partner"
)
# ", whose brother ..." / ", 44, whose son ..." right after the name
_RELATIVE = re.compile(rf",\s+(?:\d{{1,3}},\s+)?whose\s+(?:\d{{1,3}}-year-old\s+)?(?:{_KIN})\b")
# ", who saw ...", ", 44, who said she watched ..."
_WITNESS = re.compile(
    r",\s+(?:\d{1,3},\s+)?who\s+(?:(?:said|says|told\s+\w+)\s+(?:she|he|they)\s+(?:had\s+)?)?"
    r"(?:saw|watched|witnessed|had\s+seen)\b"
)
RELATIVE_WORDS = frozenset({"relative", "relatives", "family", "families"})
WITNESS_WORDS = frozenset({"witness", "witnesses", "eyewitness", "eyewitnesses"})


def party_words(text: str, end: int) -> frozenset[str]:
    """The group words a relative clause right after a name (ending at `end`) gives its
    person: relatives' or witnesses' (see the module docstring), or none."""
    tail = text[end : end + 80]
    if _RELATIVE.match(tail):
        return RELATIVE_WORDS
    if _WITNESS.match(tail):
        return WITNESS_WORDS
    return frozenset()
