"""Periods a statement places its event in, resolved against the article's publication date:
"last week", "this month", "last year", "in 2015", "in November 2015", "in March of last
year", "in September" (the last September up to publication, unless the statement looks
ahead: "will", "next", "scheduled" ...) (pipeline step 2, a claim feature).

Two claims of one event that name periods which cannot overlap ("airstrikes in Lomasa this
week" in one article, "... last week" in another published the same week) give its time two
values: `link.py` makes that a conflict, like two calendar dates. A period is a key:
"y:2017", "m:2018-01" or "w:2016-45" (ISO year and week).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from consensus.merge.telling import dates_a_telling

__all__ = [
    "describe",
    "month_years",
    "names_past",
    "period_named",
    "period_span",
    "periods_clash",
    "tells_earlier_event",
    "years_fit",
]

_RELATIVE = re.compile(
    r"\b(?:(?P<this>this|earlier this|later this)|(?P<last>last|late last|early last))\s+"
    r"(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
# "in 2004", or a year a "when" clause places an event in ("since 2004, when seven people
# were killed"; "since 2004" alone runs to now)
_IN_YEAR = re.compile(
    r"\b(?:(?:in|during|throughout)\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
    r"|(?P<when>(?:19|20)\d\d),?\s+when\b)",
    re.IGNORECASE,  # ("In 2011 a plant closed ...": the sentence's first word)
)
_MONTHS = "January February March April May June July August September October November December"
_MONTH_NAMES = _MONTHS.split()
# "in September", "during late November 2015" (a month's name is capitalised: "in may" is
# no month); not a day of it ("in September 11 attacks": a date, `features` reads those)
_IN_MONTH = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
    # "in March of last year", "in March last year": the year it names, not the last March
    r"|\s+(?:of\s+)?(?P<rel>last|this)\s+year\b"
    # "in April that year", "in May of the same year": a year the text named before, never
    # the last April up to publication (no period)
    r"|(?!\s+\d|\s+(?:of\s+)?(?:that|the\s+(?:same|following|previous|next))\s+year\b))"
)
_ANY_MONTH = re.compile("|".join(_MONTH_NAMES))  # (a cheap test first: most texts name none)
# a month without its year is the last one up to publication, unless the text looks ahead
_AHEAD = re.compile(
    r"\b(?:will|shall|next|expected|scheduled|due|plans?|planned|until|upcoming)\b",
    re.IGNORECASE,
)


def _acts_of(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text` that date an act, not a telling ("regulators this
    month said they had approved": the month of the report, the approval then or before;
    `telling.dates_a_telling`), nor the base of a comparison ("applications were up 22
    percent on last year", "fewer than last year": the figure is now's, `_BASE`)."""
    return (
        m
        for m in pattern.finditer(text)
        if not dates_a_telling(text, m.start(), m.end())
        and _BASE.search(text, max(0, m.start() - 20), m.start()) is None
    )


# what makes the period after it the base a figure is compared with, not the act's time:
# "than", "compared with", or "on" after a change or a share ("up 22 percent on", "down
# on"; not "moved on last year")
_BASE = re.compile(
    r"(?:\b(?:up|down|higher|lower|percent|cent|rise|fall|increase|decrease|drop)\s+on"
    r"|%\s*on|\bthan|\bcompared\s+(?:with|to))\s+$",
    re.IGNORECASE,
)


def period_named(text: str, published: dt.date | None) -> str | None:
    """The first period `text` names (see the module docstring), or None. Relative
    periods and a month without its year need the publication date; a year after "in"
    does not. A period on a verb of telling dates the report, not its event, and is
    passed over."""
    found = _periods_found(text, published)
    return min(found)[1] if found else None


def period_span(text: str, published: dt.date | None) -> tuple[int, int] | None:
    """Where `text` writes the period `period_named` reads ("in January", "last month",
    "in 2019"): its start and end, or None."""
    found = _periods_found(text, published)
    if not found:
        return None
    start, _, end = min(found)
    return start, end


def _periods_found(text: str, published: dt.date | None) -> list[tuple[int, str, int]]:
    """Each kind's first period in `text`: its start, key and end."""
    found: list[tuple[int, str, int]] = []
    if published is not None:
        low = text.lower()  # (every match names its unit: "this week", "last year")
        if "week" in low or "month" in low or "year" in low:
            m = next(_acts_of(_RELATIVE, text), None)
            if m is not None:
                unit = m.group("unit").lower()
                key = _resolve(unit, bool(m["last"]), published)
                found.append((m.start(), key, m.end()))
    y = next(_acts_of(_IN_YEAR, text), None) if "19" in text or "20" in text else None
    if y is not None:
        found.append((y.start(), f"y:{y.group('year') or y.group('when')}", y.end()))
    m = next(_acts_of(_IN_MONTH, text), None) if _ANY_MONTH.search(text) else None
    if m is not None:
        month = _MONTH_NAMES.index(m.group("month")) + 1
        if m.group("year"):
            found.append((m.start(), f"m:{m.group('year')}-{month:02d}", m.end()))
        elif m.group("rel") and published is not None:
            year = published.year - (m.group("rel") == "last")
            found.append((m.start(), f"m:{year}-{month:02d}", m.end()))
        elif published is not None and not _AHEAD.search(text):
            year = published.year - (month > published.month)
            found.append((m.start(), f"m:{year}-{month:02d}", m.end()))
    return found


def _resolve(unit: str, last: bool, published: dt.date) -> str:
    if unit == "year":
        return f"y:{published.year - last}"
    if unit == "month":
        year, month = published.year, published.month - last
        if month == 0:
            year, month = year - 1, 12
        return f"m:{year}-{month:02d}"
    iso = (published - dt.timedelta(days=7 * last)).isocalendar()
    return f"w:{iso.year}-{iso.week:02d}"


def periods_clash(a: str | None, b: str | None) -> bool:
    """Two periods that cannot overlap: of one kind and different, or a year against a
    month of another year. Weeks and months are not compared (a week can span two)."""
    if a is None or b is None or a == b:
        return False
    ka, va = a.split(":", 1)
    kb, vb = b.split(":", 1)
    if ka == kb:
        return True
    if {ka, kb} == {"y", "m"}:
        return va[:4] != vb[:4]
    return False


def describe(key: str) -> str:
    """A period key for a reader: "2015", "October 2016", "the week of 31 Oct 2016"."""
    kind, value = key.split(":", 1)
    if kind == "y":
        return value
    if kind == "m":
        return dt.date(int(value[:4]), int(value[5:]), 1).strftime("%B %Y")
    monday = dt.date.fromisocalendar(int(value[:4]), int(value[5:]), 1)
    return f"the week of {monday.day} {monday.strftime('%b %Y')}"


_MONTH_NO = {
    m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_MONTH_YEAR = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def month_years(text: str) -> list[str]:
    """The months `text` names with their year, as "2015-01" ("in January 2015", "Sept.
    2017"), in order."""
    if "19" not in text and "20" not in text:  # a month-year needs a year
        return []
    return [
        f"{m.group(2)}-{_MONTH_NO[m.group(1)[:3].lower()]:02d}" for m in _MONTH_YEAR.finditer(text)
    ]


PAST_MONTHS = 12  # a month named this long before publication is another time
# a time a year or more back, named relative to publication, fronting the statement or
# followed by "when" (a season only fronting: "It reopened last spring, when ..." may be
# months back): "Last spring the chain collapsed", "Two years ago, ...", "the collapse
# of a rival chain last year, when 4,200 people lost their jobs" (never a relative clause's
# time inside today's statement: "the firm that made record profits two years ago said
# on Tuesday it would cut 2,400 jobs")
_BACK = (
    r"(?:[Ll]ast\s+year"
    r"|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d+)\s+years?\s+(?:ago|earlier))"
)
_LAST_YEAR = re.compile(
    rf"^\s*(?:(?:And|But|Then)\s+)?(?:{_BACK}|Last\s+(?:spring|summer|autumn|fall|winter))\b"
    rf"|\b{_BACK},?\s+when\b"
)


def names_past(text: str, published: dt.date | None) -> bool:
    """Whether `text` places what it says in a month or year at least `PAST_MONTHS` before
    the publication date ("17 were killed in attacks in January 2015" in a paper of July
    2016; "in 2014"; "since 2004, when seven were killed"), or a year or more back in words
    ("last year", "last spring", "two years ago": `_LAST_YEAR`): an earlier event, or a
    statistic of a past period."""
    if published is None:
        return False
    if _LAST_YEAR.search(text):
        return True
    now = published.year * 12 + published.month
    for named in month_years(text):
        year, month = named.split("-")
        if now - (int(year) * 12 + int(month)) >= PAST_MONTHS:
            return True
    y = _IN_YEAR.search(text) if "19" in text or "20" in text else None  # (in every match)
    if y is None:
        return False
    return (published.year - int(y.group("year") or y.group("when"))) * 12 >= PAST_MONTHS + 11


# the words that make a past period another occurrence of the kind of event: "in 2011, when
# 42 people died", "when the river last flooded the town", "the last time", "a previous
# crash", a statement opening with its year ("In 2023, ...")
_EARLIER_EVENT = re.compile(
    r"\b(?:19|20)\d\d,?\s+when\b|\b[Ww]hen\b[^.;:]{0,60}?\blast\b|\bthe last time\b"
    r"|\b[Tt]he last\s+(?:\w+\s+){1,2}?to\s+(?!be\b)\w+"
    # a statement that opens with its past year, set off by a comma: the background of a
    # story ("In 2023, three miners were trapped there for 11 hours and rescued")
    r"|^\s*In\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,"
    r"|\b(?:previous|prior|earlier)\s+(?:\w+\s+)?(?:disaster|crash|flood|flooding|attack|"
    r"shooting|outbreak|collapse|fire|quake|earthquake|storm|incident|accident)s?\b"
)


def tells_earlier_event(text: str) -> bool:
    """Whether `text` says that what it places in a past period was an earlier occurrence
    ("the valley was flooded in 2011, when 42 people died"; "when the Orva last flooded
    Castovar, in 2011, it killed 42 people"), not a step of today's story ("made its $38
    billion bid in October 2016" for a deal still pending)."""
    return _EARLIER_EVENT.search(text) is not None


# "in 2019", "In 2019, officers ...", "during 2015": a year a statement places itself in
_IN_YEAR_ANY_CASE = re.compile(r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I)
# ... and a year a "when" clause tells the event of ("poor since 2015, when a dispute led
# ..."), unless a superlative before it compares the story's own event with that one ("the
# worst crash since 2004, when ...": the crash is the story's)
_WHEN_YEAR = re.compile(r"\b((?:19|20)\d\d),?\s+when\b", re.I)
_SUPERLATIVE = re.compile(
    r"\b(?:first|last|only|most|least|worst|best|[a-z]+iest|[a-z]{3,}est)\b(?=[^.;]*?\bsince\b)",
    re.I,
)


def years_fit(date: dt.date, text: str) -> bool:
    """Whether `date` falls in a year `text` places what it says in ("In 2019, officers shot
    a driver ...", "poor since 2015, when a dispute led ..."), or `text` names none: a
    weekday another sentence gives ("The shooting on Friday came five years after ...")
    never dates a statement of 2019."""
    years = {int(y) for y in _IN_YEAR_ANY_CASE.findall(text)}
    if not _SUPERLATIVE.search(text):
        years |= {int(y) for y in _WHEN_YEAR.findall(text)}
    return not years or date.year in years
