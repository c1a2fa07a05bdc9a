"""Terms: how long something is given or lasts ("sentenced to 12 years", "jailed for 12
years", "a 15-year sentence"), read by `figures` as a figure in its unit of time. Split out
of `figures` (session 53) to keep that module under 1,000 lines.

Hours and minutes are units of terms too (`CLOCK_TERMS`, sessions 69-70): how long an act
took ("arrived within 35 minutes", "took more than two hours to reach the site", "had
waited two and a half hours", "stuck for four hours and 44 minutes") is disputed as often
as a ban's length. "Within" makes a term of hours or minutes alone, and bounds it from
above ("within 90 minutes" meets "an hour", not "more than two hours"), and only after a
clause that tells a done act (`_done_before`): a rule's window ("counts any spills within
12 hours") and a promise ("will be seen within four hours") are no length an act took, nor
is "within six months" (a span, a deadline). A span between events stays no term ("two
hours later", "three hours after the call": `_NOT_TERM_AFTER`).

How late something is, told by a word of lateness right after the term's noun, is a term too
("opened two years late", "now expected 26 months late", "nine months behind schedule", "a
month later than planned": `figure_term_late_words`, session 71), so a one-sentence update of
a delay ("now expects it 26 months late, against the 18-month delay it gave earlier this
month") tells two values of one slot.

A term may be told by an article or a word for one ("closed for a week", "extended by one
week", "for half a day", "for a couple of weeks", "a fortnight"): a figure of one
(half, two) of its unit, fourteen days for a fortnight, so two voices that give one term
"one week" and "four weeks" tell two values of it, and "a week" / "seven days" one
(`figure_durations`). It is a term on the same tests as a term told in digits (`term`), and
also when it is added to something ("four weeks added"). A word for one before any other
noun stays no figure ("one of the ...", "a week ago"), as does a possessive ("a month's
free travel", "11 days' notice instead of the 14 required": read as terms, they made
points of notice periods told side by side, training no-gold +1, split +4).

PURE: reads one statement's text.
"""

from __future__ import annotations

import re

from consensus.merge.figure_words import _WORD
from consensus.merge.lexicon import (
    FIGURE_TERM_CHANGE_VERBS,
    FIGURE_TERM_LATE_WORDS,
    FIGURE_TERM_NOUNS,
    FIGURE_TERM_VERBS,
)

__all__ = [
    "ARTICLE_NUM",
    "CLOCK_TERMS",
    "TERMS",
    "TERM_NOUNS",
    "TERM_WORDS",
    "article_value",
    "forecast_term",
    "term",
    "term_change",
    "within_before",
]

# A term: a duration something is given or lasts for, not a span of time between events
# ("in 30 years", "two days after") nor an age ("58 years old")
_BOUND_WORDS = (
    r"(?:up\s+to\s+|nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|"
    r"at\s+least\s+|another\s+|as\s+long\s+as\s+)?"
)
_LASTING = r"(?:" + "|".join(sorted(FIGURE_TERM_VERBS)) + r")\s+[\"“]?"
_TERM_BEFORE = re.compile(
    r"\b(?:(?:to|for|(?:"
    + "|".join(sorted(FIGURE_TERM_NOUNS))
    + r")\s+of)\s+|"
    + _LASTING
    + r")"
    + _BOUND_WORDS
    + "$",
    re.IGNORECASE,
)
# a term a modal's verb of lasting takes ("a repair would take three weeks", "it could last
# up to ten days"): a forecast, no rival of how long a thing did last ("lasted eleven days")
_FORECAST = re.compile(
    r"\b(?:will|would|could|may|might|should|can|shall)\s+(?:[a-z]+\s+){0,2}"
    + _LASTING
    + _BOUND_WORDS
    + "$",
    re.IGNORECASE,
)
# (a term's clause may go on with a gerund: "deliberated for four days before reaching a
# verdict" is how long they deliberated; "two days before the vote" is a span)
_NOT_TERM_AFTER = re.compile(
    r"[\s-]*(?:olds?|ago|later|earlier|since|(?:before|after)(?!\s+[a-z]+ing\b))\b", re.I
)
# how late something is, right after the term's noun ("opened two years late", "26 months
# behind schedule", "a month later than planned"): a term, read before `_NOT_TERM_AFTER`
_LATE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(
        r"\s+".join(w.split()) for w in sorted(FIGURE_TERM_LATE_WORDS, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
# each term noun's unit and how many of that unit one of it is ("a fortnight": 14 days)
_TERM_UNITS = {
    "year": ("year", 1.0),
    "month": ("month", 1.0),
    "week": ("week", 1.0),
    "day": ("day", 1.0),
    "fortnight": ("day", 14.0),
    "hour": ("hour", 1.0),
    "minute": ("minute", 1.0),
}
TERMS = frozenset(unit for unit, _ in _TERM_UNITS.values())  # the units of terms
TERM_WORDS = "|".join(_TERM_UNITS)  # the term nouns as one regex alternation
# the units of terms an act takes on one day ("within 35 minutes", "for three hours"): only
# these read "within" as a term and its upper bound ("within six months", "within 30 days"
# is a deadline or a span, no length of an act)
CLOCK_TERMS = frozenset({"hour", "minute"})
_WITHIN = re.compile(r"\bwithin\s+$", re.IGNORECASE)
# "four hours and 44 minutes", "10 hours 30 minutes": the minutes past an hour term
_AND_MINUTES = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s+minutes?\b", re.IGNORECASE)
# time still to go ("with 12 minutes of normal time left", "ten minutes remaining"): no
# length of an act
_LEFT_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_LEFT_AFTER = re.compile(
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?:left|remaining|to\s+go|to\s+play)\b", re.I
)
_CLAUSE_CUT = re.compile(r"[,;:.!?\"“”]")
# a clause's own words before "within" that tell a done act ("arrived", "were brought
# down", "had left"): a rule's window ("counts any spills within 12 hours") or a promise
# ("will be seen within four hours") is no length an act took
_DONE = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}ed)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|shall|should|must|can|could|may|might)\b", re.I)
TERM_NOUNS = frozenset(_TERM_UNITS) | {noun + "s" for noun in _TERM_UNITS}

# a duration of a thing ("weeks of severance pay"), not of a time ("weeks of the year")
OF_A_THING = re.compile(
    r"\s+of\s+(?!(?:the|this|that|these|those|a|an|its|his|her|their|our|your|my|each|every|"
    r"all|it|them|age|life)\b)[a-z]"
)
# the term added to a thing ("season tickets get four weeks added"): how long it is extended
_ADDED = re.compile(r"\s+added\b", re.I)
# "a day and a half", "two years and a half": half of the unit more
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:up\s+to\s+|nearly\s+|almost\s+|about\s+|another\s+)?$", re.I)
_CHANGE_REACH = 8  # words of a term's clause read back for a verb that changes it

# a number told by an article, only before a term's noun ("a week", "half a day", "a couple
# of months", "a fortnight"); one alternative of `figure_numbers._NUM_RE` (group "art"), linear
ARTICLE_NUM = (
    r"(?P<art>half[ \t]+an?|a[ \t]+couple[ \t]+of|an?)"
    rf"(?=[ \t]+(?:{TERM_WORDS})s?\b)"
)
_ARTICLE_VALUES = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5, "a couple of": 2.0}


def article_value(raw: str) -> float | None:
    """The value of a number told by an article (`ARTICLE_NUM`: "a" 1, "half a" 0.5, "a
    couple of" 2), or None for any other number."""
    return _ARTICLE_VALUES.get(" ".join(raw.casefold().split()))


def term(text: str, start: int, end: int, noun: str, value: float) -> tuple[str, float]:
    """The time unit of a duration that is a term ("12 years" of "sentenced to 12 years";
    "15" of "a 15-year sentence"; "a" of "closed for a week") and its value in that unit
    (a fortnight in days), or ('', value) for any other duration or an age. A term told by
    an article or "one" is never "a one-day fall" (a rise's span) nor "a day of mourning"
    (an occasion)."""
    unit, per = _TERM_UNITS.get(noun.casefold().rstrip("s"), ("", 1.0))
    word = _WORD.search(text, end) if unit else None
    if word is None:
        return "", value
    half = _AND_A_HALF.match(text, word.end())
    late = _LATE_AFTER.match(text, half.end() if half else word.end()) is not None
    if not late and _NOT_TERM_AFTER.match(text, word.end()):
        return "", value
    told = text[start:end].casefold()
    by_one = told == "one" or article_value(told) is not None
    value = (value + (0.5 if half else 0.0)) * per
    if late and text[end : end + 1] != "-":
        return unit, value  # "opened two years late": how late, a term
    if unit == "hour" and (mins := _AND_MINUTES.match(text, word.end())) is not None:
        value += float(mins.group(1)) / 60  # "four hours and 44 minutes": one length
    if text[end : end + 1] == "-":  # "a 15-year sentence", "a two-week ban"
        return (unit, value) if _WORD.match(text, word.end() + 1) and not by_one else ("", value)
    if unit in CLOCK_TERMS and (
        _LEFT_BEFORE.search(text, max(0, start - 8), start) or _LEFT_AFTER.match(text, word.end())
    ):
        return "", value  # "with 12 minutes of normal time left": time to go, no length
    if _ADDED.match(text, word.end()) or (OF_A_THING.match(text, word.end()) and not by_one):
        return unit, value  # "16 weeks of pay", "two days of talks", "four weeks added"
    if _TERM_BEFORE.search(text, max(0, start - 30), start):
        return unit, value
    if unit in CLOCK_TERMS and within_before(text, start) and _done_before(text, start):
        return unit, value  # "arrived within 35 minutes": how long the act took, at most
    by = _BY_BEFORE.search(text, max(0, start - 20), start)
    return (unit, value) if by is not None and term_change(text, by.start()) else ("", value)


def _done_before(text: str, start: int) -> bool:
    """The clause before `start` tells a done act (`_DONE`)."""
    clause = _CLAUSE_CUT.split(text[max(0, start - 120) : start])[-1]
    return _DONE.search(clause) is not None and _MODAL.search(clause) is None


def within_before(text: str, start: int) -> bool:
    """The number at `start` follows "within" ("within 35 minutes", "within an hour")."""
    return _WITHIN.search(text, max(0, start - 8), start) is not None


def forecast_term(text: str, start: int) -> bool:
    """A term at `start` that a modal's verb of lasting takes ("would take three weeks"):
    a forecast (`Figure.expected`), compared with forecasts only."""
    return _FORECAST.search(text, max(0, start - 60), start) is not None


def term_change(text: str, start: int, end: int | None = None) -> bool:
    """A term before `start` is the change of how long something lasts: a verb of
    `figure_term_change_verbs` among the few words of its clause before it ("extends a gas
    supply deal by ten years", "to extend the deal for ten years", "delayed by two
    years"), or, given the term's `end`, "added" after its unit ("four weeks added"); "by"
    a time after no such verb is no term ("by 2025", "by two votes")."""
    if end is not None and (word := _WORD.search(text, end)) and _ADDED.match(text, word.end()):
        return True
    clause = re.split(r"[,;:.!?]", text[max(0, start - 80) : start])[-1]
    words = _WORD.findall(clause)[-_CHANGE_REACH:]
    return any(w.casefold() in FIGURE_TERM_CHANGE_VERBS for w in words)
