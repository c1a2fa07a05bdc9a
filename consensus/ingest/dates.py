"""Dates: `parse_date` and the dateline helpers cleaning uses (rule 4 of the package docstring)."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# --- Dates --------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+"
        r"(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    # numeric: "/" is month-first (US), "." is day-first, unless that is impossible
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
)


_DATE_LABEL = re.compile(
    r"^\s*(?:(?:last\s+)?updated(?:\s+on)?|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?"
    r"|date|dated|created)\s*:?\s*",
    re.IGNORECASE,
)


_WEEKDAY_PREFIX = re.compile(
    r"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$", re.IGNORECASE
)


_DATE_TAIL_TOKENS = re.compile(  # what may follow a date on a dateline; case matters
    r"T?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?Z?|[+-]\d{2}:?\d{2}|\b[aApP]\.?[mM]\.?(?=\W|$)"
    r"|\b(?:at|AT|GMT|UTC)\b|\b[A-Z]{2,5}\b|[\s,|•·@()\[\]–—-]+"
)


def parse_date(text: str) -> dt.date | None:
    """The calendar date in `text`, or None.

    Reads ISO 8601 ("2025-03-15", "2025-03-15T17:00:00Z"), "March 15, 2025 - 14:53 AMT",
    "14 Mar, 2025 17:00", "Fri, 03/14/2025 – 13:58" (slashes are month-first unless the
    first number is over 12; dots are day-first) and RFC 2822 ("Fri, 14 Mar 2025 17:00:00
    +0000"). The earliest date in the text wins. As a last resort python-dateutil parses
    it, and its answer is kept only when it does not depend on a default (no guessed day).
    """
    found = _find_date(text)
    if found is not None:
        return found[0]
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    return _dateutil_date(text)


def _strip_inline_date(line: str) -> tuple[dt.date, str] | None:
    """'  date 2025-03-15 Trump had urged ...' -> (2025-03-15, 'Trump had urged ...')."""
    label = _DATE_LABEL.match(line)
    if label is None:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(line, label.end())
        if match is None:
            continue
        found = _match_date(match)
        rest = line[match.end() :]
        if found is not None and rest[:1].isspace() and rest.strip():
            return found, rest.lstrip()
    return None


def _date_line(line: str) -> dt.date | None:
    """The date when the whole line is a dateline ('14 Mar, 2025 17:00'), else None."""
    text = line.strip()
    if len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    label = _DATE_LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    found = _find_date(text)
    if found is None:
        return None
    date, start, end = found
    if not _WEEKDAY_PREFIX.match(text[:start]):
        return None
    if _DATE_TAIL_TOKENS.sub("", text[end:]).strip():
        return None
    return date


def _find_date(text: str) -> tuple[dt.date, int, int] | None:
    best: tuple[dt.date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            found = _match_date(match)
            if found is not None:
                best = (found, match.start(), match.end())
                break
    return best


def _match_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("sep") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        month_first = groups["sep"] == "/"
        if (month_first and a > 12) or (not month_first and b > 12):
            month_first = not month_first
        month, day = (a, b) if month_first else (b, a)
    else:
        m = groups["m"]
        month = int(m) if m.isdigit() else _MONTHS[m[:3].lower()]
        day = int(groups["d"])
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dateutil_date(text: str) -> dt.date | None:
    from dateutil import parser  # lazy: only odd date strings get here

    results: list[dt.date] = []
    for default in (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2)):
        try:
            results.append(parser.parse(text, default=default).date())
        except (ValueError, OverflowError, TypeError):
            return None
    # Any field taken from the default differs between the two runs: then it is a guess.
    if results[0] != results[1] or not 1900 <= results[0].year <= 2100:
        return None
    return results[0]
