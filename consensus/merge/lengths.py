"""How long something lasted or will last, read from a statement's words: "held for 52
days", "the inspection lasted a little over five hours", "stopped after about 15 minutes",
"refunds within 30 days", "for close to an hour", "out for at least six weeks".

A *length* is a number (digits, a number word, "a" / "an" / "half an") and a unit of time
from a second to a month, after a word that makes it a length: "for", "lasted",
"took", "spent", "within", "after", "up to" ... (`_CUE`), up to three bound words between
("for more than two hours", "after about 40 minutes"). Never a span between two events
("two days after the vote", "a week ago", "three days later", "within 25 minutes of the
first call"), an age ("a 24-year-old"), a possessive ("within a day's travel"),
a number joined to its unit by a hyphen ("a 15-minute drive": what is measured, not how
long something took), nor a length in years (a prison term or a history: `figure_terms`
reads terms in years).

Each length is an interval in seconds: a figure as written (give or take `EXACT` of it),
an approximate one ("about", "roughly", "a little over", "close to": `ROUGH` either way),
a lower bound ("more than", "at least", "... or more") or an upper one ("up to", "within",
"less than"). Two lengths clash (`lengths_clash`) when their intervals do not meet, or
when both bound one side and differ by more than `ROUGH` ("within 14 days" / "within 30
days": two promises), and neither is more than `MAX_RATIO` times the other (lengths that far
apart time two things). A length told as a forecast or a plan (a modal or a word of intent
before it: "would take about three weeks", "it was meant to hold for 30 days") is marked
`planned`.

PURE: reads one statement's text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["EXACT", "MAX_RATIO", "ROUGH", "Length", "lengths", "lengths_clash"]

EXACT = 0.02  # a figure as written, give or take this share
ROUGH = 0.15  # an approximate figure, give or take this share
MAX_RATIO = 10.0  # lengths further apart than this time two things

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
_SECONDS["month"] = 30 * 86400
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "half an": 0.5, "half a": 0.5, "a couple of": 2,
}  # fmt: skip
_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>second|minute|hour|day|week|month)s?"
_ABOUT = (
    r"about|around|roughly|approximately|some|close\s+to|nearly|almost|a\s+good|"
    r"a\s+little\s+(?:over|under|more\s+than|less\s+than)|just\s+(?:over|under)|"
    r"slightly\s+(?:over|under|more\s+than|less\s+than)"
)
_MIN = r"more\s+than|over|at\s+least|a\s+minimum\s+of|well\s+over|upwards\s+of|no\s+less\s+than"
_MAX = r"up\s+to|less\s+than|under|no\s+more\s+than|at\s+most|as\s+little\s+as"
_BOUNDS = rf"(?P<bound>(?:(?:{_ABOUT}|{_MIN}|{_MAX})\s+){{0,2}})"
# the words that make what follows a length ("within" bounds it from above)
_CUE = (
    r"(?P<cue>for|lasted|lasting|lasts|last|took|take|takes|taking|spent|spend|within|after|"
    r"wait|waits|waited|waiting|need|needs|needed)"
)
_LENGTH = re.compile(
    rf"\b{_CUE}\s+[\"“]?{_BOUNDS}{_NUM}\s+{_UNIT}\b(?P<more>\s+or\s+(?:more|longer))?",
    re.IGNORECASE,
)
# a time ago or later, an age, a possessive ("a day's travel"): no length ("for two days
# after the vote" is one)
_NOT_AFTER = re.compile(r"\s*(?:-|ago\b|later\b|earlier\b|old\b)|['’]", re.I)
# a time from an event, or an opening adverbial, not how long a thing lasted
_FROM_EVENT = re.compile(r"\s*(?:of\b|,)")
_PLANNED = re.compile(
    r"\b(?:will|would|could|may|might|should|can|shall|expects?|expected|hopes?|hoped|"
    r"promised?|plans?|planned|(?:meant|supposed|scheduled|due|set|going)\s+to)\b[^,;.]{0,60}$",
    re.IGNORECASE,
)


class Length(NamedTuple):
    low: float  # seconds
    high: float  # seconds (inf for a lower bound)
    side: int  # -1 an upper bound ("within", "up to"), 1 a lower bound, 0 a figure
    value: float  # seconds, as written
    text: str  # as written, from the number
    start: int
    planned: bool  # a forecast or a promise ("would take three weeks", "within 30 days")


def _interval(value: float, bound: str, within: bool, more: bool) -> tuple[float, float, int]:
    words = " ".join(bound.casefold().split())
    if more or re.fullmatch(rf"(?:{_MIN})\s*", words):
        return value * (1 - EXACT), float("inf"), 1
    if within or re.fullmatch(rf"(?:{_MAX})\s*", words):
        return 0.0, value * (1 + EXACT), -1
    share = ROUGH if words else EXACT
    return value * (1 - share), value * (1 + share), 0


@lru_cache(maxsize=1 << 14)
def lengths(text: str) -> tuple[Length, ...]:
    """Every length the text states, in order (see the module docstring)."""
    out: list[Length] = []
    for m in _LENGTH.finditer(text):
        if _NOT_AFTER.match(text, m.end("unit")) and not m.group("more"):
            continue
        if m.group("cue").casefold() == "within" and _FROM_EVENT.match(text, m.end()):
            continue  # "within 25 minutes of the first call", "Within two hours, ...": when
        raw = " ".join(m.group("num").casefold().split())
        value = float(raw) if raw[0].isdigit() else float(_WORDS[raw])
        seconds = value * _SECONDS[m.group("unit").casefold()]
        low, high, side = _interval(
            seconds, m.group("bound"), m.group("cue").casefold() == "within", bool(m.group("more"))
        )
        planned = _PLANNED.search(text, max(0, m.start() - 80), m.start()) is not None
        start = m.start("bound") if m.group("bound") else m.start("num")
        out.append(Length(low, high, side, seconds, text[start : m.end()].strip(), start, planned))
    return tuple(out)


def lengths_clash(a: Length, b: Length) -> bool:
    """Whether two lengths are rival values of one length (see the module docstring)."""
    if max(a.value, b.value) > MAX_RATIO * min(a.value, b.value):
        return False
    if a.side == b.side != 0:
        return abs(a.value - b.value) > ROUGH * max(a.value, b.value)
    return a.high < b.low or b.high < a.low
