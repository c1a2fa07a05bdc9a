"""What is written right after a figure's number: its unit of measure ("40mph", "15 feet",
"70 km/h"), in one spelling per unit, and a scale letter glued to it ("27m passengers":
millions), for `consensus.merge.figures`: a figure's unit, never the word it counts. Pure."""

from __future__ import annotations

import re

__all__ = ["SPEED_AFTER", "UNIT_NOUNS", "counted_scale", "unit_after"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Units of measure: a figure's unit, not its slot ("12mph speed limit" and "40mph" are
# different slots, both in mph).
UNIT_NOUNS = frozenset(
    """mph kph kmh km kilometres kilometers kilometre kilometer miles mile metres meters metre meter
    feet foot ft tons tonnes ton tonne kg kilograms pounds pound lbs percent magnitude""".split()
)
# "/h", "/hr", " per hour", " an hour" after kilometres: a speed
_KM = frozenset(("km", "kilometres", "kilometers"))
_PER_HOUR = re.compile(r"\s?(?:/\s?hr?\b|per\s+hour\b|an\s+hour\b)", re.IGNORECASE)
SPEED_AFTER = re.compile(
    r"^(\s?(?:km|kilomet(?:re|er)s))(?:/\s?hr?\b|\s+per\s+hour\b|\s+an\s+hour\b)", re.I
)
_UNIT_SPELLING = {
    **dict.fromkeys(("kph", "kmh"), "km/h"),
    **dict.fromkeys(("km", "kilometres", "kilometers", "kilometre", "kilometer"), "km"),
    **dict.fromkeys(("miles", "mile"), "mile"),
    **dict.fromkeys(("metres", "meters", "metre", "meter"), "metre"),
    **dict.fromkeys(("feet", "foot", "ft"), "foot"),
    **dict.fromkeys(("tons", "tonnes", "ton", "tonne"), "ton"),
    **dict.fromkeys(("kg", "kilograms"), "kg"),
    **dict.fromkeys(("pounds", "pound", "lbs"), "pound"),
}


def unit_after(text: str, end: int) -> str:
    """The unit of measure written right after a number ("40mph", "15 feet"), or '', in
    one spelling per unit ("25-tonne" and "19 tons" are both "ton")."""
    m = _WORD.match(text, end) or _WORD.match(text, end + 1)
    word = m.group(0).casefold() if m else ""
    if m is not None and word in _KM and _PER_HOUR.match(text, m.end()):
        return "km/h"  # a speed ("70 km/h", "70 kilometres per hour"), no distance
    return _UNIT_SPELLING.get(word, word) if word in UNIT_NOUNS else ""


def counted_scale(m: re.Match[str]) -> bool:
    """ "27m passengers", "3b users": a scale letter glued to its number and followed by a
    plural noun (or "people") counts millions or billions of it; "a 5m wall" and "ran 100m"
    are metres."""
    if m.start("scale") != m.end("num"):
        return False
    after = _WORD.match(m.string, m.end() + 1) if m.string[m.end() : m.end() + 1] == " " else None
    if after is None:
        return False
    word = after.group(0)
    return word.islower() and (word == "people" or (len(word) > 3 and word.endswith("s")))
