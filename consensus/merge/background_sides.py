"""Figure conflicts whose claims are dated apart from the news (contested step 5): a claim
that places itself in a year before its article was published tells a past occurrence, not
the event the articles report, so it is background, never a side of a figure point.

* Two claims that both name a past year are no rival counts of the news: "Pellier Trust in
  2019 held $1.8 billion of deposits when it was closed" and "it bought Ashdown Savings, with
  $900 million in deposits, in 2022" (two other banks, two other years), or two retellings of
  one old disaster ("the memories of 1998, when a quake on the same fault killed more than
  200" / "in 1998, when a magnitude 6.5 quake killed 212"): neither is what the outlets
  dispute about the event, so the conflict between them makes no point (`dated_apart`).
* "<n> years ago" and "decades ago" date a claim apart too ("a riot at the same prison
  nine years ago left 14 dead"); "a year ago" does not (a base a figure is compared with).
* A year counts as past when it is before the year of the claim's article's publication day;
  "since <year>" does not date a claim apart (a total up to now: "killed 40 people since
  2019" may still rival "killed 45"), and a claim whose article has no publication day is
  dated apart by "years ago" only. A claim dated apart set against one of the news is still
  compared (a figure of now may be disputed by a claim that also names an old year).

General English (years as written), no event's words.

PURE: reads two claims' statements and their articles' publication days.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["both_dated_apart", "dated_apart"]

# a calendar year as written, not one "since" opens (a count up to now)
_YEAR = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?!\d|[,.]\d)")
# an occurrence told by how long ago it was: "a riot nine years ago", "decades ago" (the
# plural only: "a year ago" is the base a figure is compared with)
_AGO = re.compile(r"\b(?:years|decades)\s+ago\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+end\s+of|[A-Z][a-z]+)\s+)?$", re.I)


def dated_apart(statement: str, published: dt.date | None) -> bool:
    """The statement names a calendar year before its article's publication year, one no
    "since" opens ("in 2019", "memories of 1998, when"), or tells how many years or decades
    ago its occurrence was ("a riot nine years ago"): it tells a past occurrence."""
    if _AGO.search(statement) is not None:
        return True
    if published is None:
        return False
    for m in _YEAR.finditer(statement):
        if int(m.group(1)) >= published.year:
            continue
        if _SINCE.search(statement, max(0, m.start() - 24), m.start()) is not None:
            continue
        return True
    return False


def both_dated_apart(
    statement_a: str, published_a: dt.date | None, statement_b: str, published_b: dt.date | None
) -> bool:
    """Both claims of a figure conflict are dated apart from the news (`dated_apart`): two
    past occurrences (or one retold twice), no dispute of the event."""
    return dated_apart(statement_a, published_a) and dated_apart(statement_b, published_b)
