"""Step 4: time expressions, resolved to dates against the publication date."""

from __future__ import annotations

import datetime as dt
import re

from consensus.models import (
    TimeRef,
)
from consensus.offline.names import _MONTH_NAMES, _WEEKDAY_NAMES

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_TIME = re.compile(
    rf"\b(?:(?P<md_m>{_MONTH_RE})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<md_y>\d{{4}})\b)?"
    rf"|(?P<dm_d>\d{{1,2}})\s+(?P<dm_m>{_MONTH_RE})\.?(?:,?\s+(?P<dm_y>\d{{4}})\b)?"
    rf"|(?P<my_m>{_MONTH_RE})\s+(?P<my_y>\d{{4}})\b"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
    r"|(?P<rel>(?i:yesterday|today|tonight|earlier in the day|earlier today|this morning|"
    r"last (?:week|month|year|summer|winter|spring|autumn|fall|night)|this (?:week|month|year)|"
    r"in recent days|earlier this (?:week|month|year)))\b"
    rf"|(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby ))(?P<m>{_MONTH_RE})\b)"
)
_MONTH_NUM = {name[:3].lower(): i + 1 for i, name in enumerate(_MONTH_NAMES)}


# Python's re tries every alternative of _TIME at every offset, which costs ~2 ms on a 5 KB
# article; trying it only where a word could start a time expression is ~5x cheaper.
_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|[0-9]+")
_TIME_HINTS = frozenset(
    [*_MONTH_NAMES, *_WEEKDAY_NAMES]
    + "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
    + [w for w in "yesterday today tonight earlier last this in".split() for w in (w, w.title())]
)


def _time_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last_end = start
    for tok in _WORD_OR_NUMBER.finditer(text, start, end):
        if tok.start() < last_end:
            continue
        word = tok.group()
        if not (word in _TIME_HINTS or word[0].isdigit()):
            continue
        if word in ("in", "In") and not text.startswith("recent", tok.end() + 1):
            continue
        m = _TIME.match(text, tok.start(), end)
        if m is not None and m.end() > m.start():
            out.append(m)
            last_end = m.end()
    return out


def _month(name: str) -> int:
    return _MONTH_NUM[name[:3].lower()]


def _times(
    text: str, start: int, end: int, published: dt.date | None
) -> list[tuple[int, int, TimeRef]]:
    out: list[tuple[int, int, TimeRef]] = []
    for m in _time_matches(text, start, end):
        date: dt.date | None = None
        try:
            if m.group("md_m"):
                year = m.group("md_y") or (published.year if published else None)
                if year:
                    date = dt.date(int(year), _month(m.group("md_m")), int(m.group("md_d")))
            elif m.group("dm_m"):
                year = m.group("dm_y") or (published.year if published else None)
                if year:
                    date = dt.date(int(year), _month(m.group("dm_m")), int(m.group("dm_d")))
            elif m.group("wd") and published:
                # The most recent such weekday on or before publication, except the one six
                # days back: a bare weekday that old is usually the next day (a story updated
                # after its dateline, an announced event); a week-old day is "last Friday".
                wd = _WEEKDAY_NAMES.index(m.group("wd"))
                back = (published.weekday() - wd) % 7
                date = (
                    published - dt.timedelta(days=back)
                    if back < 6
                    else (published + dt.timedelta(days=1))
                )
            elif m.group("rel") and published:
                rel = m.group("rel").lower()
                if rel == "yesterday":
                    date = published - dt.timedelta(days=1)
                elif rel in (
                    "today",
                    "tonight",
                    "earlier in the day",
                    "earlier today",
                    "this morning",
                ):
                    date = published
        except ValueError:
            date = None
        out.append((m.start(), m.end(), TimeRef(text=m.group(), date=date)))
    return out
