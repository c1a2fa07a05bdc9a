"""How a number is written in a statement (read by `figures.figures`): the pattern of a
number in digits or words with its currency, scale and percent (`_NUM_RE`), the quick test
that a text may hold one (`_may_have_numbers`), its value (`_value`), and whether it is an
hour told as a time of day (`_hour`). English number grammar only: no table names an
event's people or places.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

from consensus.merge.figure_terms import ARTICLE_NUM, TERM_NOUNS, article_value
from consensus.merge.figure_unit_words import counted_scale
from consensus.merge.figure_words import _SCALE, _UNITS
from consensus.merge.spelled_numbers import DIGIT_WORD as _DIGIT_WORD
from consensus.merge.spelled_numbers import DIGIT_WORDS as _DIGIT_WORDS
from consensus.merge.spelled_numbers import WORD_NUM as _WORD_NUM

_SCALE_RE = "|".join(sorted(_SCALE, key=len, reverse=True))
# how much of a scale word "a", "half a", "a quarter of a" ... say (`_NUM_RE`, `_value`)
_SCALED_PARTS = {
    "a": 1.0,
    "an": 1.0,
    "half a": 0.5,
    "a half": 0.5,
    "a quarter of a": 0.25,
    "one quarter of a": 0.25,
    "a third of a": 1 / 3,
    "three quarters of a": 0.75,
}
_SCALED_PART = "|".join(
    k.replace(" ", "[ -]") for k in sorted(_SCALED_PARTS, key=len, reverse=True)
)
# One alternation, no nested quantifiers: linear on any input.
_NUM_RE = re.compile(
    r"(?P<cur>[$€£¥])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    # "a million", "half a million", "a quarter of a billion": a scale word must follow
    # (not "one in a million": a ratio)
    r"(?<![\w-])(?<!\bin\s)(?:" + _SCALED_PART + r")(?=\s(?:hundred|thousand|million|billion)\b)|"
    r"(?<![\w-])(?:" + ARTICLE_NUM + r"|(?:" + _WORD_NUM + r")(?:[ -](?:" + _WORD_NUM + r"))?"
    # a decimal said in words before a scale word ("four point two billion": 4.2 billion)
    r"(?:\spoint\s(?:" + _DIGIT_WORD + r")(?=\s(?:" + _SCALE_RE + r")\b))?"
    # a hyphen only before a term's unit ("a five-year contract", "a four-day trial", as
    # "a 5-year contract"), never "twenty-" of "twenty-five" alone nor "one-off"; or before
    # a tally's "-to-" ("a nine-to-four vote", `figure_tallies`)
    r"(?!\w|-(?!(?:year|month|week|day)s?\b|to-(?:\d|" + _WORD_NUM + r")))))"
    r"(?:\s?(?P<scale>" + _SCALE_RE + r")\b)?"
    r"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?",
    re.IGNORECASE,
)
# A text with no decimal digit and none of the number words as a whole word (in lower case,
# after folding the letters the case-insensitive regex also takes for i, s and k) has no
# match of `_NUM_RE`, which is slow to scan: such texts skip it. (A match's first number
# word is a whole word, and "a dozen" holds "dozen".)
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"\w+")
_NUMBER_WORDS = frozenset(k.split()[-1] for k in _UNITS) | {"million", "billion", "thousand"}
_NUMBER_WORDS |= TERM_NOUNS  # ("a week": a term, `figure_terms.ARTICLE_NUM`)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _may_have_numbers(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    return not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.translate(_FOLD).lower()))


_TIME_WORD = r"(?:at|around|about|by|until|till|from|since|after|before)"
_AT_TIME = re.compile(rf"\b{_TIME_WORD}\s*$", re.I)
# an hour told in words ("at half past ten", "a quarter to nine", "until five in the
# morning" after a word of time: "killed five in the morning" is a count)
_HOUR_BEFORE = re.compile(
    rf"\b(?:(?:half|quarter|minutes)\s+past|{_TIME_WORD}\s+(?:a\s+)?quarter\s+to)\s+$", re.I
)
_HOUR_AFTER = re.compile(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", re.I)
_HOUR = re.compile(
    r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.I
)


def _value(m: re.Match[str]) -> float | None:
    raw = m.group("num").casefold().replace(",", "")
    if m.group("art") and (one := article_value(raw)) is not None:
        return one  # "a week", "half a day": a term told by an article
    part = _SCALED_PARTS.get(raw.replace("-", " "))
    if part is not None and m.group("scale"):
        return part * _SCALE[m.group("scale").casefold()]
    if raw[:1].isdigit():
        try:
            v = float(raw)
        except ValueError:
            return None
    elif len(said := " ".join(raw.split()).split(" point ")) == 2 and said[1] in _DIGIT_WORDS:
        whole = _UNITS.get(said[0])  # "four point two": 4.2 (not "half" nor "a dozen")
        if not isinstance(whole, int) or "dozen" in said[0]:
            return None
        v = whole + _DIGIT_WORDS[said[1]] / 10
    else:
        parts = re.split(r"[ -]", raw)
        if raw in _UNITS:
            parts = [raw]
        v = float(_UNITS.get(parts[0], 0))
        if len(parts) > 1:
            extra = _UNITS.get(parts[1])
            if extra is None or v < 20 or extra >= 10:
                return None  # "two three" is no number
            v += extra
    scale = m.group("scale")
    if 0 < v < 1 and not raw[:1].isdigit() and not scale:
        return None  # "half of them", "half an hour": a share, no figure
    if scale:
        s = scale.casefold()
        if s in ("m", "b") and not m.group("cur") and not counted_scale(m):
            return v  # "5 m" is metres, not millions, without a currency
        v *= _SCALE[s]
    return v


def _hour(text: str, num: str, start: int, end: int) -> bool:
    """Whether the number `num` at text[start:end] is an hour told as a time of day."""
    if not _HOUR.fullmatch(num):
        return False
    if _HOUR_BEFORE.search(text, max(0, start - 20), start):
        return True
    return bool(_HOUR_AFTER.match(text, end) and _AT_TIME.search(text, max(0, start - 14), start))
