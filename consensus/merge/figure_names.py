"""Numbers that are no figures because of the words around them: a day of a month ("14
May", "Oct. 19"; not "100 may have drowned"), a word of a name ("BBC Two") and a name's
number ("Flight 370", "Resolution 1441", "number 14"). Pure and general (English calendar
words and capitalisation, no event's names); `figures.figures` asks these before reading a
number.
"""

from __future__ import annotations

import re

from consensus.merge.lexicon import LABEL_NOUNS

__all__ = ["MONTH_WORDS", "WEEKDAYS", "identifier", "in_name", "month_before", "noun_is_month"]

MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# month names that are also common words ("100 may have drowned", "thousands march"): a
# month only when written with a capital
_MONTH_OR_WORD = frozenset(("may", "march"))


def _is_month(word: str) -> bool:
    low = word.casefold()
    return low in MONTH_WORDS and (low not in _MONTH_OR_WORD or word[:1].isupper())


def noun_is_month(text: str, end: int) -> bool:
    """The word after a number is a month ("14 May"), not the modal ("100 may have")."""
    m = _WORD.search(text, end, end + 12)
    return m is not None and _is_month(m.group(0))


_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def month_before(text: str, start: int) -> bool:
    """The word right before a number is a month ("May 14", "Oct. 19"; not "On May 14,
    12 died")."""
    m = _WORD_RIGHT_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and _is_month(m.group(1))


_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w&.'’-]*)\s$")
# the word "number" (or "No.") right before digits: the digits name one of a numbered kind
# ("broke into number 14", "the No. 7 bus"), they count nothing
_NUMBER_WORD_BEFORE = re.compile(r"\b(?:[Nn]umber|NUMBER|No\.)[ \t]$")
# a lower-case word right before digits: a label noun of data/words.toml ("near junction 13")
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]$")
# ... or its plural before two of them ("between junctions 12 and 15", "gates 4-6")
_LABELS_BEFORE = re.compile(r"\b([a-z]+)s[ \t]+(?:\d{1,4}[ \t]+(?:and|or|to)[ \t]+|\d{1,4}[-–])?$")


def in_name(text: str, start: int, num: str, function_words: frozenset[str]) -> bool:
    """A number word written with a capital right after a capitalised word that is no
    function word is a word of a name ("Daily Two", "BBC Two", "Channel Four"), not a count
    ("The Two ...", a sentence's "Two people ..." stay counts)."""
    if not num[:1].isupper() or not num.isalpha():
        return False
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).casefold() not in function_words


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;“\"(]\s*)$")


# a count that opens the noun phrase a name stands in ("13 successful Orion 3 launches",
# "two Boeing 737 jets"): the number after the name is the name's
_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen))\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)


def identifier(
    text: str, start: int, num: str, not_names: frozenset[str], counted: bool = False
) -> bool:
    """Digits right after a capitalised word that is no function word, bound, month,
    weekday or scale (`not_names` holds the first three and the scales), past its
    sentence's first word: a name's number ("Flight 370", "Resolution 1441", "Apollo 11",
    "Rover No. 2"; "13 successful Orion 3 launches": the name's number before a noun),
    unless a counted noun follows (`counted`) and no count opens the name's noun phrase
    ("sold grain to Norvania 30 times", "In Velmont 84 people died"). A capitalised label
    noun of data/words.toml is a label wherever it stands ("Route 14 is one of 12 routes")."""
    if not num.replace(",", "").isdigit():
        return False
    if _NUMBER_WORD_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True  # "number 14", "No. 7": a house's, a shirt's, a route's label
    one = _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
    many = _LABELS_BEFORE.search(text, max(0, start - 30), start)
    if any(m is not None and m.group(1) in LABEL_NOUNS for m in (one, many)):
        return True  # "near junction 13", "on runway 27": a numbered thing's label
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).rstrip(".").casefold()
    if word in LABEL_NOUNS:
        return True  # "Route 14 is one of 12 routes": a label noun, even opening a sentence
    if word in not_names or word in MONTH_WORDS or word in WEEKDAYS or word.endswith("ly"):
        return False
    if word.endswith(("'s", "’s")):
        return False  # a possessor's count ("two of Norland's 12 ports")
    if counted and not _COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    return _SENTENCE_OPEN.search(text, max(0, m.start() - 3), m.start()) is None
