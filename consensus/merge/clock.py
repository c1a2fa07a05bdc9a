"""Clock times in a statement ("at around 11:30pm", "shortly after 6am", "06:00 GMT"), so two
reports of one event at different times are a dispute ("11pm" vs "11:30pm").

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["ClockTime", "clock_times", "times_clash"]

EXACT_SLACK = 4  # minutes two exact times may differ and still be one time (rounding)
ROUGH_SLACK = 20  # ... when either is approximate ("around 11pm", "shortly after 6am")

_TIME = re.compile(
    r"\b(?:(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[012]?\d)[:.](?P<m24>[0-5]\d)\s*(?:gmt|bst|utc|cet|est|edt|pst|hrs|h\b|local time)"
    r"|(?P<word>noon|midday|midnight))",
    re.IGNORECASE,
)
_ROUGH = re.compile(
    r"\b(?:around|about|approximately|roughly|some|shortly|just|nearly|almost|circa|"
    r"after|before|by|until|soon|ca)\s+(?:after\s+|before\s+)?$",
    re.IGNORECASE,
)


_HINT = re.compile(r"\d|noon|midday|midnight", re.IGNORECASE)  # in every match of _TIME


class ClockTime(NamedTuple):
    minutes: int  # since midnight
    rough: bool  # approximate ("around", "shortly after", ...)
    text: str  # as written


@lru_cache(maxsize=1 << 16)
def clock_times(text: str) -> tuple[ClockTime, ...]:
    """Every clock time the text states, in order."""
    if _HINT.search(text) is None:
        return ()
    out: list[ClockTime] = []
    for m in _TIME.finditer(text):
        if m.group("word"):
            minutes = 0 if m.group("word").lower() == "midnight" else 12 * 60
        elif m.group("h") is not None:
            hour = int(m.group("h"))
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = hour * 60 + int(m.group("m") or 0)
        else:
            hour = int(m.group("h24"))
            if hour > 23:
                continue
            minutes = hour * 60 + int(m.group("m24"))
        before = text[max(0, m.start() - 30) : m.start()]
        out.append(ClockTime(minutes, _ROUGH.search(before) is not None, m.group(0).strip()))
    return tuple(out)


def times_clash(a: tuple[ClockTime, ...], b: tuple[ClockTime, ...]) -> str:
    """'11pm vs 11:30pm' when each states exactly one time and they differ by more than the
    slack (`ROUGH_SLACK` minutes when either is approximate, else `EXACT_SLACK`), else ''.
    Claims giving several times (a call at 6.04am, a crash at 6.10am) are not compared."""
    if len({t.minutes for t in a}) != 1 or len({t.minutes for t in b}) != 1:
        return ""
    x, y = a[0], b[0]
    slack = ROUGH_SLACK if x.rough or y.rough else EXACT_SLACK
    gap = abs(x.minutes - y.minutes)
    gap = min(gap, 24 * 60 - gap)
    if gap <= slack:
        return ""
    first, second = sorted((x, y))
    return f"{first.text} vs {second.text}"
