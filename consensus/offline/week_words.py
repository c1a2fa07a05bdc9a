"""Which week a weekday names, by the word right before it (`dates._times`).

The convention (newsroom usage in British and American news): "last Thursday" is the most
recent Thursday before the article's day, and a week back only when the article appeared on a
Thursday; "next Thursday" is the first Thursday after the article's day, a week on only when
the article appeared on a Thursday. "this Thursday" names no other week than a bare weekday
and is read as one (by tense). A bare weekday six days back stays the coming day even with
a past verb in its clause: measured (bench/week_words.py), most such are a story updated
after its dateline ("the minister said early Friday" in an article dated Thursday) or a
future act in a participle ("due to be culled on Thursday").
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["week_word", "week_word_date"]

_WEEK_WORD = re.compile(r"\b(last|next)\s+$", re.IGNORECASE)


def week_word(text: str, start: int, wd_start: int) -> str | None:
    """ "last" or "next" when it stands right before the weekday at `wd_start`, else None."""
    m = _WEEK_WORD.search(text, max(start, wd_start - 6), wd_start)
    return m.group(1).lower() if m else None


def week_word_date(word: str, weekday: int, published: dt.date) -> dt.date:
    """The day "last <weekday>" / "next <weekday>" names in an article of `published`:
    the nearest such day strictly before (after) it."""
    if word == "last":
        back = (published.weekday() - weekday) % 7 or 7
        return published - dt.timedelta(days=back)
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + dt.timedelta(days=ahead)
