"""Who answers a question the sentence opens on: "Asked about Halcyra's claim that ..., she
said", "In response to Brask's statement that ..., he said". The fronted frame names the
side whose claim was put to the speaker; the "he" or "she" who answers is never that side
but the person named before the sentence (`answerer`). Read by `speakers._leading` and
`speakers._trailing` after a pronoun is resolved; reads the article's names and the
discourse state only, and never writes a statement."""

from __future__ import annotations

import re

from consensus.offline.honorifics import honorific_gender
from consensus.offline.names import _Names
from consensus.offline.speaker_state import _State

# a clause that opens on a question or a claim put to its speaker
_FRAME = re.compile(
    r"(?:When\s+|After\s+being\s+|Later\s+)?"
    r"(?:Asked|Pressed|Questioned|Quizzed|Challenged|Confronted)\s+"
    r"(?:about|on|over|whether|if|with|why|how|what|to)\b"
    r"|(?:In\s+(?:response|reply|answer)\s+to|Responding\s+to|Replying\s+to|Reacting\s+to)\b"
)
_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")
# how far back the person who answers may have been named
_ANSWER_REACH = 800


def asked_frame(clause: str, np_start: int) -> str | None:
    """The fronted frame before the speaker at `np_start` ("Asked about Halcyra's claim that
    the bug came aboard at Veyra, "), when the clause opens on one; else None."""
    if _FRAME.match(clause) is None or "," not in clause[:np_start]:
        return None
    return clause[:np_start]


def named_in(name: str, frame: str) -> bool:
    """Whether a word of `name` is a capitalised word of `frame` ("Halcyra's claim")."""
    words = {w.rstrip("’'s").rstrip("’'") for w in _NAME_WORD.findall(frame)} | set(
        _NAME_WORD.findall(frame)
    )
    return any(part in words for part in name.split() if len(part) > 2)


def answerer(pronoun: str, frame: str, pos: int, names: _Names, state: _State) -> str | None:
    """The person a "he" or "she" answering `frame` names: the last person named before
    `pos` (the clause's start), within `_ANSWER_REACH` characters, whom the frame does not
    name and whom nothing gives the other gender; None when nobody fits."""
    said = "f" if pronoun.lower() == "she" else "m"
    for mpos, person in reversed(names.mentions):
        if mpos >= pos:
            continue
        if pos - mpos > _ANSWER_REACH:
            return None
        if named_in(person, frame):
            continue
        gender = honorific_gender(person) or state.genders.get(person) or names.genders.get(person)
        if gender in (None, "", said):
            return person
    return None
