"""A wire agency's own signature on a text: its dateline or its copyright line.

"DALLAS (AP) —" opening a story, or "Copyright 2017 The Associated Press. All rights
reserved." closing it, says the text IS the wire's, which a citation ("Reuters reported",
"The Associated Press contributed to this report") does not. origins.py uses the signature
to join wire copies with another top or tail and to tell which side of a copied passage is
the source; ingest keeps a wire's copyright line (other copyright lines are boilerplate) so
that the signal survives cleaning, and nonclaims.py keeps it out of the claims.

Pure: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

__all__ = ["WIRE_NAMES", "is_wire_copyright", "opens_with_dateline", "wire_signatures"]

# Spellings of a wire's name -> one name per wire.
WIRE_NAMES = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "pa": "PA", "press association": "PA", "the press association": "PA",
    "dpa": "dpa", "xinhua": "Xinhua", "upi": "UPI", "ians": "IANS", "ani": "ANI",
}  # fmt: skip
_ALTS = "|".join(sorted((re.escape(n) for n in WIRE_NAMES), key=len, reverse=True))
# A dateline: up to six capitalised words (the place), perhaps a date ("LONDON, Nov 30",
# "PARIS, 30 November 2017"), then "(WIRE)" and a dash, at the start of a line. A wire
# named in WIRE_NAMES may stand alone ("(Reuters) - ..."); any other agency's code, two to
# six capitals ("ARDMOOR, Oct 15 (PIP) -", "(CP) -"), needs the place before it, the
# dateline's own shape: the list of the world's agencies is never complete.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})(?:,?[ \t]+\d{{4}})?"
_PLACE = rf"[A-Z][A-Za-z.'’-]*(?:[ \t,]+[A-Z][A-Za-z.'’-]*){{0,5}}(?:,?[ \t]+{_DAY})?,?[ \t]*"
_DATELINE = re.compile(
    rf"^[ \t]*(?:(?:{_PLACE})?\((?P<wire>(?i:{_ALTS}))\)|{_PLACE}\((?P<code>[A-Z]{{2,6}})\))"
    rf"[ \t]*[-–—]",
    re.MULTILINE,
)
_COPYRIGHT = re.compile(
    rf"(?i:copyright|©|\(c\))[ \t]*(?:©[ \t]*)?\d{{4}},?[ \t]+(?P<wire>(?i:{_ALTS}))\b"
)
# Where a dateline counts: in the first DATELINE_ZONE characters (the story's top), or at
# the start of a later paragraph (a page that runs the wire's text under its own intro,
# "Here is the latest from ...", keeps the wire's dateline where the wire's text begins).
DATELINE_ZONE = 400


def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a wire's dateline ("ARDMOOR, Oct 15 (PIP) - ...")."""
    return _DATELINE.match(line) is not None


def wire_signatures(text: str) -> frozenset[str]:
    """Wires whose own dateline or copyright line ``text`` carries (names as WIRE_NAMES)."""
    found: set[str] = set()
    for m in _DATELINE.finditer(text):
        if m.start() >= DATELINE_ZONE and not _paragraph_start(text, m.start()):
            continue
        wire = m.group("wire")
        found.add(WIRE_NAMES[wire.lower()] if wire else m.group("code"))
    found.update(WIRE_NAMES[m.group("wire").lower()] for m in _COPYRIGHT.finditer(text))
    return frozenset(found)


def _paragraph_start(text: str, at: int) -> bool:
    """Whether the line at ``at`` opens a paragraph (a blank line or the text's start before)."""
    before = text[:at].rstrip(" \t")
    return not before or before.endswith("\n\n") or before.endswith("\n\r\n")


def is_wire_copyright(line: str) -> bool:
    """Whether a line holds a wire's copyright ("Copyright 2017 The Associated Press")."""
    return _COPYRIGHT.search(line) is not None
