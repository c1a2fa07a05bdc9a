"""A lone claim that tells another occurrence never joins a group of its own article's fact.

A group of one fact often takes in ANOTHER claim of one of its own articles: the lone claim
links to the other outlet's member ("Nurses ... will strike on Monday" beside the same
article's "Nurses ... also struck for a day in October"; "Customs officers arrested three
men at the port on Monday" beside "A week earlier customs officers arrested three men at
the airport"), and two claims of one article are never compared, so one fair link lets it
in. Real articles do restate a fact (a lede and a later sentence), so the article alone
keeps nothing apart (a guard on the article alone lost agreed facts on every table:
bench/README, helper paraprobe24); what does is a sign, read between the lone claim and its
article's member in the group, that they tell two occurrences: the lone claim places what
it tells in a period other than the publication's (a month or year named, "last month":
`periods.period_named`) or at an offset back from the story told as an adverb ("A week
earlier", "two days ago"; not "two days before the vote"), and the member places its own
at a day ("on Monday") and gives neither, nor names that month or year ("(October 24,
2017)"); or both name two different periods.

Only a lone claim joining a group is asked (`clusters._align`): two groups of several
members each are never kept apart so (a lead sentence that packs a verdict "in November"
and a sentence "on Tuesday" may rightly join both groups' facts).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from consensus.merge.features import _Feat
from consensus.merge.periods import period_named

__all__ = ["occurrences_apart", "other_occurrence"]

# an offset back from the story's own time, told as an adverb ("A week earlier, ...",
# "three days ago"); "two days before the vote" is anchored to another event, no adverb
_BACK = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
    r"(?:day|week|month|year)s?\s+(?:earlier|ago|before)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|that|this|he|she|it|they|when)\b)"
    r"|\b(?:the (?:previous|prior) (?:day|week|month|year)|the day before)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|that|this|he|she|it|they|when)\b)",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b",
    re.IGNORECASE,
)


def _current(published: dt.date) -> frozenset[str]:
    return frozenset(
        p for u in ("week", "month", "year") if (p := period_named(f"this {u}", published))
    )


def _times(f: _Feat) -> tuple[str, bool, bool]:
    """(a period other than the publication's or '', an offset back from the story, a day
    named)."""
    text = f.claim.statement
    period = f.period or period_named(text, f.published)
    if period and f.published is not None and period in _current(f.published):
        period = None
    return period or "", bool(_BACK.search(text)), bool(_DAY.search(text))


_MONTHS = (
    "january february march april may june july august september october november december"
).split()


def _names_period(text: str, period: str) -> bool:
    """`text` names the month or year of `period` itself ("(October 24, 2017)")."""
    kind, _, value = period.partition(":")
    low = text.lower()
    if kind == "y":
        return value in low
    if kind == "m":
        month = value.partition("-")[2]
        return _MONTHS[int(month) - 1] in low
    return False


def other_occurrence(lone: _Feat, sibling: _Feat) -> bool:
    """`lone` places what it tells at another time than `sibling` (a claim of its article)
    does: a period other than the publication's or an offset back from the story ("in
    October", "A week earlier"), where `sibling` gives neither but names a day ("on
    Monday") and not the month or year of that period."""
    period, back, _day = _times(lone)
    if not (period or back):
        return False
    other, other_back, day = _times(sibling)
    if other:
        return other != period and not (period.startswith("w:") or other.startswith("w:"))
    return not other_back and day and not _names_period(sibling.claim.statement, period)


def occurrences_apart(feats: Sequence[_Feat], xs: Sequence[int], ys: Sequence[int]) -> bool:
    """A lone claim (one side of the join has one member) and a member of the other side,
    of one article, tell two occurrences (`other_occurrence`). Two groups are never kept
    apart so: a group of one fact holds restatements from each of its articles."""
    if len(xs) != 1 and len(ys) != 1:
        return False
    lone, group = (xs[0], ys) if len(xs) == 1 else (ys[0], xs)
    f = feats[lone]
    mine = set(f.sources)
    return any(
        not mine.isdisjoint(feats[y].sources) and other_occurrence(f, feats[y]) for y in group
    )
