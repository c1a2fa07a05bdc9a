"""A relative clause that names who says it: "…into Monday night's air strike on Tarsel,
which local authorities say killed 12 civilians" states the local authorities' claim that
the strike killed 12 civilians, not the outlet's and not the speaker's of the sentence
around it. Read here: the speaker and the verb of saying after the relative pronoun
(`said_speaker`), and where an antecedent that ends with the place it was at opens its
place ("the air strike on Tarsel": `place_start`). `relative_clauses._relative` makes the piece.

Only the grammar is read (closed word classes, verb endings: `grammar.py`), never anything
about one story; when unsure (a pronoun speaker, no finite verb after the verb of saying),
nothing is read.
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _NOT_IN_NP,
    _PRESENT,
    _PRONOUN_SUBJECTS,
    _WORD_TOKEN,
    _is_finite,
)

__all__ = ["place_start", "said_speaker"]

# "which local authorities say killed 12", "which police said was stolen": a speaker of a
# few words and a present or past verb of saying
_RELATIVE_SAID = re.compile(
    r"(?P<np>(?:the\s+|The\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?)\s+"
    r"(?P<verb>say|says|said|believe|believes|believed)\s+"
)
_AT_PLACE = frozenset("on in at near".split())


def said_speaker(text: str, b: int, end: int) -> tuple[bool, re.Match[str] | None]:
    """Whether the relative clause at `b` (after "which" / "who") opens with a speaker and a
    verb of saying, and their match ("np", "verb") when a finite verb follows them ("say
    killed 12"); the match is None for a pronoun speaker (whose clause, the sentence says),
    a speaker that is no noun phrase, or no finite verb after ("say to be costly"): unsure,
    the caller cuts nothing."""
    said = _RELATIVE_SAID.match(text, b, end)
    if said is None:
        return False, None
    words = said.group("np").split()
    if (
        words[0].lower() in _PRONOUN_SUBJECTS
        or words[-1].lower() in _PRONOUN_SUBJECTS
        or any(w.lower() in _NOT_IN_NP or _is_finite(w) for w in words)
    ):
        return True, None
    verb = _WORD_TOKEN.match(text, said.end())
    while verb is not None and verb.group().lower() in _ADVERBS:
        verb = _WORD_TOKEN.search(text, verb.end(), end)
    if verb is None or not (_is_finite(verb.group()) or _PRESENT.fullmatch(verb.group())):
        return True, None
    return True, said


def place_start(words: list[tuple[int, int, str]]) -> int | None:
    """The index of the preposition before the name that closes `words` ("… air strike on
    Tarsel": "on"), when a noun phrase comes before it; None when the words end with no
    name after "on", "in", "at" or "near"."""
    name = len(words)
    while name > 0 and words[name - 1][2][:1].isupper():
        name -= 1
    if name == len(words) or name < 2 or words[name - 1][2] not in _AT_PLACE:
        return None
    return name - 1
