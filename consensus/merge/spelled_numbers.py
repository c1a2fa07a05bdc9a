"""The rest of a number said in words after its scale word ("fourteen thousand" +
"three hundred": 14,300), and the word-number patterns the figure reader shares with it.
Split out of `figures` (session 49) to keep that module under 1,000 lines."""

from __future__ import annotations

import re

from consensus.merge.figure_words import _UNITS

WORD_NUM = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
# the digit words a decimal said in words ends with ("four point two billion")
DIGIT_WORDS = {w: v for w, v in _UNITS.items() if isinstance(v, int) and 0 <= v <= 9}
DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))

# what follows a number said in words and its scale ("fourteen thousand" + "three hundred",
# "two million" + "and five hundred thousand"): the smaller part of the one number
_SPELLED_REST = re.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<n>" + WORD_NUM + r")(?:[ -](?P<u>" + DIGIT_WORD + r"))?"
    r"(?:[ \t]+(?P<h>hundred))?(?:[ \t]+(?P<t>thousand))?(?![\w-])",
    re.IGNORECASE,
)
_SPELLED_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def word_count(head: str, unit: str | None = None) -> int | None:
    """The whole number a number word says, with the digit word of a compound after it
    ("twenty" + "five": 25); None for no whole count ("half", "a dozen"), or a compound
    that is none ("three" + "two", "twenty" + "ten")."""
    value = _UNITS.get(head.casefold())
    if not isinstance(value, int) or "dozen" in head.casefold():
        return None
    if unit:
        extra = _UNITS.get(unit.casefold())
        if not isinstance(extra, int) or value < 20 or value % 10 or not 0 <= extra < 10:
            return None
        value += extra
    return value


def spelled_rest(text: str, m: re.Match[str]) -> tuple[float, int] | None:
    """The value and end of the rest of a number said in words after its scale word
    ("three hundred" after "fourteen thousand"), when it is smaller than that scale; None
    for none (a figure in digits, a share, "a dozen", "half")."""
    scale = (m.group("scale") or "").casefold()
    if scale not in _SPELLED_SCALES or m.group("pct") or m.group("num")[:1].isdigit():
        return None
    rest = _SPELLED_REST.match(text, m.end())
    if rest is None:
        return None
    value = word_count(rest.group("n"), rest.group("u"))  # ("twenty-five", not "three two")
    if not value:
        return None
    part = value * (1e2 if rest.group("h") else 1.0) * (1e3 if rest.group("t") else 1.0)
    if part >= _SPELLED_SCALES[scale]:
        return None
    return float(part), rest.end()
