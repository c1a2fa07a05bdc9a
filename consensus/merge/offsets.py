"""How long after (or before) another event a statement places what it tells: "his arrest
two days after the shooting", "found the pistol a week after the killing", "three hours
later". Two statements that place what they tell at two different offsets tell two events
("arrested two days after" / "found a week after"): link rule 0 keeps them apart.

PURE: no I/O, clock or randomness; memoised on the statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["offsets", "offsets_differ"]

_WORDS = {
    w: float(k)
    for k, w in enumerate(
        "a two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_WORDS["an"] = _WORDS["one"] = 1.0
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 720.0, "year": 8760.0}
_OFFSET = re.compile(
    r"\b(?P<num>\d+(?:\.\d+)?|an?|[a-z]+)\s+(?:more\s+)?(?P<unit>minute|hour|day|week|month|year)s?"
    r"\s+(?:after|before|later|earlier)\b",
    re.IGNORECASE,
)
# every match of `_OFFSET` holds one of these in lower case (the case-insensitive regex
# also takes a dotless i for i: "earl" has none): most statements hold none, no search
_CUES = ("after", "before", "later", "earl")
_NONE: frozenset[float] = frozenset()


@lru_cache(maxsize=65536)
def offsets(statement: str) -> frozenset[float]:
    """The offsets (in hours) the statement gives from another event, as written ("two
    days after the shooting": 48.0; "a week later": 168.0); empty for none."""
    low = statement.lower()
    if not any(cue in low for cue in _CUES):
        return _NONE
    found = set()
    for m in _OFFSET.finditer(statement):
        num = m.group("num").casefold()
        if num[:1].isdigit():
            value = float(num)
        elif num in _WORDS:
            value = _WORDS[num]
        else:
            continue  # "several days after", "few weeks later": no offset as written
        found.add(value * _HOURS[m.group("unit").casefold()])
    return frozenset(found)


def offsets_differ(a: str, b: str) -> bool:
    """Each statement gives an offset from another event and no offset is in both."""
    oa, ob = offsets(a), offsets(b)
    return bool(oa) and bool(ob) and not oa & ob
