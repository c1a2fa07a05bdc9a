"""Tallies: two counts set against each other as one figure ("passed by 31 votes to 14",
"approved 29-16", "with 29 in favour and 16 against", "31 yes, 24 no", "won 3-1", "a 5-4
ruling", "voted by six to three"). Two outlets that give one vote "31 votes to 14" and
"29 to 16" tell one slot two values, and "31-14" / "31 in favour, 14 against" are the same
figure; read as two counts, the halves met unrelated counts ("14 injuries") or nothing.

A tally is read by shape (English number grammar; no table names an event's words):

* a count of votes set against another ("31 votes to 14", "six votes to three");
* "N in favour and M against" and its variants ("N for and M against", "N yes, M no",
  "31 councillors in favour, 13 against");
* two numbers joined by a hyphen or dash, the first not below the second ("9-4", "2-1",
  "1-1"; an ascending pair, "20-25", is a range, `figures._RANGE`);
* "N to M" in a clause that tells a vote or a result (`tally_acts` in data/words.toml:
  "voted 38 to 29", "by a margin of 181 to 164"), never after "from" ("cut from 12 to four"
  is a change) nor before a unit or a percent ("by 3 to 5 percent" is a range);
* "N-to-M" in words or digits, in such a clause or before such a word ("a nine-to-four
  vote", "a 7-to-2 majority"; never "a nine-to-five job");
* one side of a vote as a part of its body: "N of (the) M ..." with a verb of voting after
  it in its clause (`vote_acts`: "six of the seven members backed the move", "with five
  of the seven members voting in favour"): the tally N to M - N, so "6-1" agrees and
  "5-2" contests; never a passive or a participle with its agent ("four of the five
  bids were rejected", "six of the ten schemes backed by the fund"), nor a part of a side
  ("one of the three who voted no": the three are the side).

A tally's value is its two counts paired into one number (`pair_value`: larger first, so
"failed by 20 votes to 27" and "27-20" agree): equal only when both counts are, so every
comparison of figure values compares tallies as pairs, and its unit `TALLY` meets only
tallies (never one half against an unrelated count). Its text is the span as written.
Two tallies of a batch count one vote unless placed or owned apart
(`figure_relations._one_thing`): their slot words ("backed the plan", "according to the
record") say too little to tell two votes apart, and link rule 3 still asks the two claims
to link were their figures equal before it calls them a dispute.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from consensus.merge.figure_unit_words import unit_after
from consensus.merge.lexicon import FIGURE_CURRENCY_WORDS, FIGURE_TALLY_ACTS, FIGURE_VOTE_ACTS
from consensus.merge.spelled_numbers import DIGIT_WORD, WORD_NUM, word_count

__all__ = ["TALLY", "Tally", "pair_value", "tally_after"]

TALLY = "tally"  # the unit of a tally figure: it meets only tallies

# a count as a tally writes it: digits (grouped, no decimals) or a number in words
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|(?:{WORD_NUM})(?:-(?:{DIGIT_WORD}))?)"
# what may not follow a tally's second count: more digits, a percent, a scale or a unit of
# time ("3-5 percent", "2-1.5", "12-6 months")
_NOT_AFTER = (
    r"(?![\w,.]\d|\w|\s?[-–]\s?\d|\s?%|\s?per\s?cent\b|\s+percent\b|"
    r"\s+(?:million|billion|thousand|hundred|years?|months?|weeks?|days?|hours?|minutes?|"
    r"a\.m\.|p\.m\.|am|pm)\b)"
)
_VOTES_TO = re.compile(
    rf"\s+votes?\s+to\s+(?P<n>{_COUNT}){_NOT_AFTER}(?:\s+votes?\b)?", re.IGNORECASE
)
_FOR_AGAINST = re.compile(
    # (one plural noun may name the voters: "31 councillors in favour, 13 against")
    r"\s+(?:[a-z]+s\s+)?(?:in\s+favou?r|for|yes|ayes?)(?:\s*,\s*|\s+(?:and|to|with)\s+)"
    rf"(?P<n>{_COUNT})\s+(?:votes?\s+)?(?:against|opposed|no|noes|nays)\b",
    re.IGNORECASE,
)
_DASHED = re.compile(rf"\s?[-–]\s?(?P<n>\d{{1,3}}(?:,\d{{3}})*){_NOT_AFTER}")
_TO = re.compile(rf"\s+to\s+(?P<n>{_COUNT}){_NOT_AFTER}", re.IGNORECASE)
_HYPHEN_TO = re.compile(rf"[-–]to[-–](?P<n>{_COUNT}){_NOT_AFTER}", re.IGNORECASE)
# "N of the M" and the rest of its clause, where a verb of voting is looked for (`_part_of`)
_PART_OF = re.compile(
    rf"\s+of\s+(?:(?:the|its|their)\s+)?(?P<n>{_COUNT}){_NOT_AFTER}"
    r"(?P<rest>[^.,;:!?\d]{0,80})",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|that|which|whom)\b", re.IGNORECASE)
# the clause before a "N to M" tally: back to the last clause mark, at most 80 characters
_CLAUSE = re.compile(r"[^.;:!?]{0,80}$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)


class Tally(NamedTuple):
    end: int  # end of the tally in the text
    first: float
    second: float

    @property
    def value(self) -> float:
        return pair_value(self.first, self.second)


def pair_value(first: float, second: float) -> float:
    """One number for two counts, the larger first (Cantor's pairing of the two): equal
    only for the same two counts, in either order."""
    hi, lo = (first, second) if first >= second else (second, first)
    return (hi + lo) * (hi + lo + 1) / 2 + lo


def _count(raw: str) -> float | None:
    raw = raw.replace(",", "")
    if raw.isdigit():
        return float(raw)
    head, _, unit = raw.partition("-")
    value = word_count(head, unit)
    return None if value is None else float(value)


def _act_before(text: str, start: int) -> bool:
    """The clause before `start` tells a vote or a result (`FIGURE_TALLY_ACTS`)."""
    clause = _CLAUSE.search(text, max(0, start - 80), start)
    words = _WORDS.findall(clause.group()) if clause is not None else []
    return any(w.casefold() in FIGURE_TALLY_ACTS for w in words)


_NEXT_WORD = re.compile(r"\s+([a-z]+)", re.IGNORECASE)


def _part_of(text: str, end: int, first: float) -> Tally | None:
    """The tally of "N of (the) M ... voted" (N = `first`, ending at `end`): N to M - N,
    when a verb of voting (`FIGURE_VOTE_ACTS`) follows in the clause, neither passive nor
    with its agent ("were rejected", "backed by the fund"); else None."""
    m = _PART_OF.match(text, end)
    if m is None:
        return None
    act = next(
        (
            w
            for w in _WORDS.finditer(text, m.start("rest"), m.end())
            if w.group().casefold() in FIGURE_VOTE_ACTS
        ),
        None,
    )
    whole = _count(m.group("n"))
    if act is None or whole is None or not first < whole:
        return None
    if (
        _PASSIVE.search(text, m.start("n"), act.start())
        or _BY_AFTER.match(text, act.end())
        or _RELATIVE.search(text, m.end("n"), act.start())
    ):
        return None  # ("two of the five who voted no were ministers": the five are one side)
    return Tally(m.end("n"), first, whole - first)


def _measured(text: str, end: int) -> bool:
    """A unit or a currency follows the second count ("45 to 50 knots", "300 to 500 million
    crowns"): a range of a measure, no tally."""
    if unit_after(text, end):
        return True
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).casefold() in FIGURE_CURRENCY_WORDS


def tally_after(text: str, start: int, end: int, first: float) -> Tally | None:
    """The tally whose first count is text[start:end] (of value `first`), or None when the
    number opens none (see the module docstring for the shapes read)."""
    if first != int(first) or first < 0:
        return None
    written = text[start:end]
    digits = written.replace(",", "").isdigit()
    for shape in (_VOTES_TO, _FOR_AGAINST):
        m = shape.match(text, end)
        if m is not None and (second := _count(m.group("n"))) is not None:
            return Tally(m.end(), first, second)
    m = _HYPHEN_TO.match(text, end)
    if m is not None and (second := _count(m.group("n"))) is not None:
        after = _NEXT_WORD.match(text, m.end())
        if _act_before(text, start) or (
            after is not None and after.group(1).casefold() in FIGURE_TALLY_ACTS
        ):
            return Tally(m.end(), first, second)
        return None
    if (part := _part_of(text, end, first)) is not None:
        return part
    if digits and len(written) <= 3:  # (never a season, "2025-26")
        m = _DASHED.match(text, end)
        if m is not None and (second := _count(m.group("n"))) is not None and second <= first:
            return Tally(m.end(), first, second)
    m = _TO.match(text, end)
    if (
        m is None
        or _FROM_BEFORE.search(text, max(0, start - 8), start)
        or _measured(text, m.end())
        or not _act_before(text, start)
    ):
        return None
    second = _count(m.group("n"))
    return None if second is None else Tally(m.end(), first, second)
