"""Step 4: time expressions, resolved to dates against the publication date.

Three readings keep a written day from becoming a wrong date of the fact:
- an explicit date beside a relative word wins ("beginning today, October 24, 2017" is
  October 24, 2017 whatever day the article appeared; "Sunday, Dec. 24" likewise);
- a day named as a comparison is no date of the event ("the country's equivalent to July 4",
  "a day like May 1"): its date stays unset;
- a weekday in a clause about the future ("will observe three days of mourning from
  Saturday") is the coming day, not the last one;
- a relative word inside a quotation ("we were on the tram this morning", in a post quoted
  the next day) is the speaker's, not the article's: it is not resolved against publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from consensus.models import (
    TimeRef,
)
from consensus.offline.date_ahead import coming, one_day_per_name
from consensus.offline.date_words import generic_weekday, name_part
from consensus.offline.names import _MONTH_NAMES, _WEEKDAY_NAMES
from consensus.offline.sentences import _quote_regions
from consensus.offline.week_words import week_word, week_word_date

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


# Between a relative word and the explicit date that spells it out: "today, October 24",
# "Sunday, Dec. 24", "tonight (July 14)".
_APPOSED = re.compile(r"\s*(?:,|\(|[-–—])?\s*(?:on\s+)?")
# A day named as a comparison or a namesake, not as when something happened.
_COMPARED = re.compile(
    r"\b(?:(?:equivalent|counterpart|answer|version|analogue|analog)\s+(?:to|of)|"
    r"(?<!would )like|unlike|such\s+as|akin\s+to)\s+(?:the\s+|a\s+|its\s+)?$",
    re.IGNORECASE,
)


# A clause about what is to come: a weekday in it is the next such day ("will observe three
# days of mourning from Saturday", "is due to meet on Monday", "wants parliament to pass the
# law on Tuesday", "is to vote on Friday", "said it would organise buses for Tuesday's
# rally").
_FUTURE = re.compile(
    r"\b(?:will|shall|would(?!\s+(?:have|not\s+have)\b)"
    r"|(?:is|are|was|were)\s+(?:due|scheduled|set|expected|going)\s+to"
    r"|(?:must|should)(?!\s+(?:never\s+|not\s+)?have\b)"
    r"|plans?\s+to|next(?!\s+to\b)|(?:is|are)\s+to|(?:wants?|hopes?|aims?|intends?)\b[^,;]{0,40}?\bto)\b"
    r"|\w’ll\b|\w'll\b",
    re.IGNORECASE,
)
# ... or a day something was set for: "called another rally for Tuesday", "postponed the vote
# until Friday" (right before the weekday)
_SET_FOR = re.compile(
    r"\b(?:call(?:ed|s)?|schedul(?:ed|es?)|set|plan(?:ned|s)?|fix(?:ed|es)?|book(?:ed|s)?|"
    r"postpon(?:ed|es?)|delay(?:ed|s)?|adjourn(?:ed|s)?|mov(?:ed|es?)|push(?:ed|es)\s+back)\b"
    r"[^,;]{0,50}?\b(?:for|until|till|to)\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"()\n]")


def _ahead(text: str, start: int, pos: int) -> bool:
    """Whether the clause that ends at `pos` speaks of the future."""
    window = text[max(start, pos - 80) : pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    return _FUTURE.search(clause) is not None or _SET_FOR.search(clause) is not None


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotation regions, paragraph by paragraph; an opener left open at the end of its
    paragraph quotes the rest of it (a quotation that runs on into the next paragraph)."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        para_end = end if nl == -1 else nl
        out += _quote_regions(text, pos, para_end, run_on=True)
        pos = para_end + 1
    return out


def _explicit(m: re.Match[str]) -> bool:
    return bool(m.group("md_m") or m.group("dm_m"))


def _times(
    text: str, start: int, end: int, published: dt.date | None
) -> list[tuple[int, int, TimeRef]]:
    out: list[tuple[int, int, TimeRef]] = []
    matches = _time_matches(text, start, end)
    quoted: list[tuple[int, int]] | None = None
    skip = -1
    for k, m in enumerate(matches):
        if k == skip:
            continue
        if m.group("rel") and name_part(text, m.start(), m.group()):
            continue  # "told Morvania Today": a name, no time
        if m.group("wd") and generic_weekday(text, m.start()):
            out.append((m.start(), m.end(), TimeRef(text=m.group())))
            continue  # "every Wednesday": any such day, no date
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if (
            (m.group("rel") or m.group("wd"))
            and nxt is not None
            and _explicit(nxt)
            and _APPOSED.fullmatch(text, m.end(), nxt.start())
        ):
            # The explicit date spells the relative word out: one expression, its date.
            (ref,) = [t for _s, _e, t in _times(text, nxt.start(), nxt.end(), published)] or [
                TimeRef(text=nxt.group())
            ]
            out.append(
                (m.start(), nxt.end(), TimeRef(text=text[m.start() : nxt.end()], date=ref.date))
            )
            skip = k + 1
            continue
        if _explicit(m) and _COMPARED.search(text, max(start, m.start() - 40), m.start()):
            out.append((m.start(), m.end(), TimeRef(text=m.group())))
            continue
        if m.group("rel"):
            if quoted is None:
                quoted = _quoted(text, start, end)
            if any(qs < m.start() < qe for qs, qe in quoted):
                out.append((m.start(), m.end(), TimeRef(text=m.group())))
                continue
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
                # days back: a bare weekday that old is usually the next day (a story
                # updated after its dateline, an announced event), past verb or not
                # ("said early Friday" in a Thursday article). "last"/"next" name their
                # week (`week_words`).
                wd = _WEEKDAY_NAMES.index(m.group("wd"))
                back = (published.weekday() - wd) % 7
                word = week_word(text, start, m.start())
                if word is not None:
                    date = week_word_date(word, wd, published)
                elif _ahead(text, start, m.start()) or coming(text, start, end, m.start(), m.end()):
                    date = published + dt.timedelta(days=(wd - published.weekday()) % 7)
                else:
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
    if published is not None:
        one_day_per_name(text, out, published)
    return out


class TimesBySpan:
    """The times `_times` found in an article, looked up by span: sorted by start once, so a
    claim's look-up is a bisection, not a scan of every time of the article (quadratic on
    long texts). Answers are in the list's own order, as the scans gave them."""

    def __init__(self, times: list[tuple[int, int, TimeRef]]) -> None:
        self.times = times
        self._rank = sorted(range(len(times)), key=lambda i: times[i][0])
        self._starts = [times[i][0] for i in self._rank]
        self._longest = max((e - s for s, e, _t in times), default=0)

    def _indexes(self, a: int, b: int) -> list[int]:
        """Indexes of the times that overlap [a, b), in list order."""
        lo = bisect.bisect_right(self._starts, a - self._longest)
        hi = bisect.bisect_left(self._starts, b)
        return sorted(i for i in (self._rank[k] for k in range(lo, hi)) if self.times[i][1] > a)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The (start, end) of every time that overlaps [a, b), in list order."""
        return [(self.times[i][0], self.times[i][1]) for i in self._indexes(a, b)]

    def first_within(self, a: int, b: int) -> TimeRef | None:
        """The first time (in list order) that lies wholly inside [a, b)."""
        inside = (i for i in self._indexes(a, b) if a <= self.times[i][0] and self.times[i][1] <= b)
        return next((self.times[i][2] for i in inside), None)
