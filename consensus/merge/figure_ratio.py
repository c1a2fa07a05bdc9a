"""Numbers of a ratio ("one in seven services ran", "two out of every five voters", "1 in 4
trains"): a share, so neither number is a count of what follows (pure; `figures.figures`
skips both as counts and reads the ratio as the share it tells, `ratio_shares`: "one in
five" 20 percent, session 55). A ratio's first number is smaller than its second ("12 in
two attacks" is a count of 12), and its second counts no time ("three in five years" is a
rate of a term).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "hundred": 100,
}
_NUMBER = r"(?:\d{1,3}|" + "|".join(_WORDS) + r")"
# the first number before "in" / "out of [every]" and the figure (the second)
_FIRST = re.compile(rf"\b(?P<n>{_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
# the figure (the first) and the second number after it, not a time ("in five years")
_SECOND = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n>{_NUMBER})\b"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)",
    re.IGNORECASE,
)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.casefold()]


def in_ratio(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is one of a ratio's two numbers."""
    here = text[start:end].strip()
    if not re.fullmatch(_NUMBER, here, re.IGNORECASE):
        return False
    mine = _value(here)
    before = _FIRST.search(text, max(0, start - 30), start)
    if before is not None and _value(before.group("n")) < mine:
        return True
    after = _SECOND.match(text, end)
    return after is not None and mine < _value(after.group("n"))


# a whole ratio: "one in five pharmacies", "two out of every three voters", "1 in 4 trains"
_RATIO = re.compile(
    rf"(?<![\w.,-])(?P<a>{_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_NUMBER})\b"
    r"(?![.,]\d)(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)",
    re.IGNORECASE,
)


def ratio_shares(text: str) -> Iterator[tuple[int, int, int, float]]:
    """(start, end, whole, percent) of each ratio in `text` read as the share it tells
    ("one in five pharmacies": the span of "one in five", where its noun starts, 20): two
    voices that say "one in five" and "one in ten" of one slot tell two values of it, as
    "20 percent" and "10 percent" would. A first number not below the second is no ratio."""
    for m in _RATIO.finditer(text):
        a, b = _value(m.group("a")), _value(m.group("b"))
        if 0 < a < b:
            yield m.start(), m.end(), m.end(), round(100.0 * a / b, 1)
