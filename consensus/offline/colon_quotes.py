"""A quotation a colon introduces after a clause with no verb of saying: "London Mayor Jane
Roe paid tribute on Twitter: '…'", "He ended by saying: '…'", "The minister hit back: '…'".

News writes the subject of such a clause as the speaker of the quotation after the colon. The
subject is the clause's first noun phrase: a run of capitalised words (a name, a title and a
name, "The Harbour Authority") or he/she, after a fronted phrase cut off by a comma ("In an
interview, X hit back: '…'"). `speakers._trailing` tries it last, when nothing else names a
speaker, and keeps it only when the phrase resolves to a person or a named body (never "It
read: '…'", "The headline: '…'").
"""

from __future__ import annotations

import re

__all__ = ["colon_subject"]

# the words before a colon and an opening quotation mark, on one line, no quotation before
_COLON_QUOTE = re.compile(r"(?P<pre>[^“”\"„\n:;]{3,220}?)\s*:\s*[“\"„]")
# the subject: capitalised words (one "of"/"for" inside: "Secretary of State Jo Roe") or
# he/she, then a lower-case word (its verb)
_SUBJECT = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?(?!(?:The|An?)\s)[A-Z][\w.’'-]*"
    r"(?:\s+(?:(?:of|for)\s+)?[A-Z][\w.’'-]*){0,5}|[Hh]e|[Ss]he)"
    r"\s+[a-z]"
)


def colon_subject(clause: str) -> tuple[str, int, int] | None:
    """(subject, its offset, the offset after the colon) of a clause whose quotation a colon
    introduces, or None."""
    m = _COLON_QUOTE.match(clause)
    if m is None:
        return None
    pre = m.group("pre")
    start = pre.rfind(", ") + 2 if ", " in pre else 0  # "In an interview, X hit back"
    s = _SUBJECT.match(pre, start)
    if s is None:
        return None
    return s.group("np"), s.start("np"), m.end() - 1
