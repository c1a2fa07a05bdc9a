"""Vague counts: "dozens of victims", "hundreds marched", "tens of fighters", "a score of
boats". Each is read as the range it admits ("dozens" does not contradict 50, it does 5),
so a vague count clashes with an exact figure only when the two cannot meet. Pure and
general: English number words, no event's words; `figures.figures` turns each span into a
`Figure` with `vague=True`.

A plural number word is a count only where the words after it show it is one: "of" and a
word that is no number ("tens of fighters", not "a score of 2-1"), "more", a relative
pronoun, an auxiliary, a verb in the past ("hundreds marched", "thousands fled") or the
end of its clause ("a truck killed dozens"); never a number word used as a noun of
another sense ("scores twice"). "Several hundred" and "a few thousand" are vague too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["VAGUE_WORDS", "VagueCount", "vague_counts"]

# a vague count word -> the range it admits
_RANGES = {
    "a score": (15.0, 30.0),  # "a score of boats": about twenty, never "more than 40"
    "tens": (20.0, 99.0),
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7),
    "hundreds of millions": (2e8, 9.99e8),
    "a few hundred": (200.0, 599.0),
    "several hundred": (200.0, 999.0),
    "a few thousand": (2000.0, 5999.0),
    "several thousand": (2000.0, 9999.0),
}
# the plural count words ("dozens"): never a figure's slot word
VAGUE_WORDS = frozenset(
    w for key in _RANGES for w in key.split() if w.endswith("s") and w != "several"
)

# "of" and a word that is no number ("tens of fighters"; not "a score of 2-1")
_OF = (
    r"\s+of\s+(?![\d$€£¥]|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"hundreds|thousands|millions)\b)[a-z“\"']"
)
# what shows a plural number word is a count of its own: "of" (as above), "more", a
# relative pronoun, an auxiliary, a verb in the past (regular, or a common irregular one),
# or the end of its clause ("a truck killed dozens", "maimed dozens in what ...")
_COUNT_AFTER = (
    r"(?=" + _OF + r"|\s+(?:more|who|were|are|was|is|have|had|has|will|would|could|may|"
    r"might|remain(?:ed|s)?|still|took|fled|came|went|left|lost|fell|ran|stood|saw|sought|"
    r"began|gave|held|kept|met|sat|lay|in|on|at|across|along|[a-z]+ed)\b|\s*(?:[,;:.!?)\"”]|$))"
)
# "several hundred people", "a few thousand": a vague count of a scale word
_SEVERAL = r"(?:a\s+few|several)\s+(?:hundred|thousand)(?![\w-])"
_VAGUE_RE = re.compile(
    r"(?<![\w-])(?:"
    + _SEVERAL
    + r"|(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions)"
    + _COUNT_AFTER
    # only before "of": "tens" and "a score" are other words elsewhere ("a score of 2-1")
    + r"|(?:tens|a\s+score)(?="
    + _OF
    + r")"
    # "scores" is a verb or the points of a game too: only before these
    + r"|(?<!the\s)(?<!their\s)(?<!its\s)scores(?=\s+(?:of|more|were|have|had)\b))",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


class VagueCount(NamedTuple):
    start: int
    end: int  # the end of the count words ("dozens")
    low: float
    high: float
    of_end: int  # past "of" when one follows ("dozens of| victims"), else `end`


def vague_counts(text: str) -> list[VagueCount]:
    """The vague counts of `text`, in order."""
    out = []
    for m in _VAGUE_RE.finditer(text):
        words = " ".join(m.group(0).casefold().split())
        low, high = _RANGES[words]
        of = _OF_AFTER.match(text, m.end())
        out.append(VagueCount(m.start(), m.end(), low, high, of.end() if of else m.end()))
    return out
