"""Conflicts that are no dispute (contested step 5): precision vetoes on the conflict edges
`verdicts` turns into contested points, each read from the two claims' own words.

* A demand is no account of what happened: "The bloc demanded that the plotters lay down
  their arms" and "The plotters have not surrendered" do not contradict each other (the
  second says the demand is unmet). A negation conflict one of whose claims puts the
  negated act under a verb of demanding ("demanded that", "called on ... to", "urged",
  "appealed to ...") is no rebuttal (`demanded`).
* Two claims that both name one time are no rival times: "Accounts filed last year show
  the company paid 38 million in dividends in 2022 and 2023" gives the filing's year first,
  yet states the other claim's 2022 as well ("took 38 million in dividends in 2022 and
  2023"); a date conflict whose two claims both name one of its two times (a year or a
  calendar date as written), or one of which names both, tells two acts of two times,
  never one act dated twice (`shared_time`).

* A time planned or a time a state lasts until is no time of an act: "the airport would
  stay closed at least until Monday at midday" or "it did not expect to reopen before
  noon on Monday" against "the airport was closed at 7 a.m." or "reopened at 2 p.m., two
  hours later than planned" (a plan, or the end of a state, against the moment of an act:
  an update at most). A time conflict one of whose two statements, and only one, times a
  plan or an expectation ("expected", "planned", "scheduled", "due to", "will", "would")
  or ends a state ("until", "till") is no dispute (`planned_time`); two plans, or two
  acts, are still compared.

General English (verbs of demanding, years and dates as written), no event's words.

PURE: reads two claims' statements.
"""

from __future__ import annotations

import re

from consensus.merge.claim_words import dates_named
from consensus.merge.clock import clock_times

__all__ = ["demanded", "no_dispute", "planned_time", "shared_time"]

# a verb of demanding whose complement is what is asked for, not what happened
_DEMAND = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|"
    r"call(?:s|ed|ing)?\s+(?:on|upon|for)|order(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+to|"
    r"ask(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+to|insist(?:s|ed|ing)?\s+that\s+\w+(?:\s+\w+)?\s+"
    r"(?:must|should))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|refused?|refusing)\b|n't\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# a plan or an expectation: what is to happen, not what happened ("later than planned" and
# "as expected" compare an act with a plan: the act's time)
_PLANNED = re.compile(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|"
    r"schedul(?:e|es|ed|ing)|due\s+to|will|would|is\s+to|are\s+to|set\s+to)\b",
    re.IGNORECASE,
)
# "until" or "till" up to three words before a clock time (its phrase: "until Monday at")
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:[\w.,]+\s+){0,3}$", re.IGNORECASE)


def demanded(statement: str) -> bool:
    """The statement asks for something ("demanded that X lay down their arms", "urged
    them to return") and negates nothing itself: what it asks for is not told as so."""
    return bool(_DEMAND.search(statement)) and not _NEGATION.search(statement)


def _times(statement: str) -> set[str]:
    """The years, calendar dates and weekdays a statement names as written ("2022",
    "jul-14", "friday")."""
    weekdays = {w.casefold() for w in _WEEKDAY.findall(statement)}
    return set(_YEAR.findall(statement)) | set(dates_named(statement)) | weekdays


def _keys(value: str) -> set[str]:
    """A conflict's time ("2022", "2016-07-14", "July 14") as `_times` writes it."""
    iso = _ISO.fullmatch(value)
    if iso is not None:
        return {f"{_MONTHS[int(iso.group(2)) - 1]}-{int(iso.group(3))}"}
    return _times(value) or {value}


def shared_time(conflict: str, statement_a: str, statement_b: str) -> bool:
    """A "date: X vs Y" conflict where both statements name X (or Y), or one names both:
    the claims date two acts, not one act twice."""
    values = [_keys(v) for v in conflict.removeprefix("date:").strip().split(" vs ")]
    if len(values) != 2:
        return False
    ta, tb = _times(statement_a), _times(statement_b)
    return any(v & ta and v & tb for v in values) or any(
        all(v & t for v in values) for t in (ta, tb)
    )


def planned_time(statement: str) -> bool:
    """The statement gives a clock time and times a plan or an expectation (`_PLANNED`), or
    every time it gives ends a state: "until" or "till" opens its phrase, up to three words
    before it ("until Monday at midday", "till 6 p.m.")."""
    times = clock_times(statement)
    if not times:
        return False
    if _PLANNED.search(statement) is not None:
        return True
    return all(_UNTIL.search(statement, max(0, t.start - 30), t.start) is not None for t in times)


def no_dispute(conflict: str, statement_a: str, statement_b: str) -> bool:
    """The conflict edge between two claims is no dispute (see the module docstring)."""
    if conflict.startswith("negation"):
        return demanded(statement_a) != demanded(statement_b)
    if conflict.startswith("date:"):
        return shared_time(conflict, statement_a, statement_b)
    if conflict.startswith("time:"):
        return planned_time(statement_a) != planned_time(statement_b)
    return False
