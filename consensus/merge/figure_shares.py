"""A fraction of a whole told in words is a share in percent: "half of its staff" says what
"50 percent of its staff" says, "a third of the flights" what "33 percent" does, "four-fifths
of the skeleton" what "80 percent" does. Read so,
two outlets' shares of one whole compare ("half of its staff joined the strike" / "only 20
percent of its staff joined": a dispute; "half of all flights" / "50 percent of its
flights": one figure). Only a fraction followed by "of" and a determiner ("of the", "of
its", "of all"): "half an hour" and "half of them" name no whole to count a share of.

PURE.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["share_fractions"]

_SHARE = re.compile(
    r"\b(?P<part>half|a\s+third|one\s+third|two[\s-]thirds|a\s+quarter|one\s+quarter|"
    r"three[\s-]quarters|a\s+fifth|one\s+fifth|(?:two|three|four)[\s-]fifths|a\s+tenth|"
    r"one\s+tenth)\s+of\s+(?:the|its|their|his|her|our|all|all\s+the)\s",
    re.IGNORECASE,
)
_PERCENT = {
    "half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "two fifths": 40.0,
    "three fifths": 60.0,
    "four fifths": 80.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
}


def share_fractions(text: str) -> Iterator[tuple[int, int, int, float]]:
    """(start, end, whole, percent) of each fraction of a whole in `text` ("half of its
    staff": the span of "half", where its whole's noun starts, 50)."""
    for m in _SHARE.finditer(text):
        part = " ".join(m.group("part").casefold().replace("-", " ").split())
        yield m.start("part"), m.end("part"), m.end(), _PERCENT[part]
