"""Terms told in two units of time ("banned protests ... for 30 days" / "for two weeks",
"sentenced to eight years" / "96 months in prison"): one dimension, compared in days.

A term (`figures.TERMS`: a figure in years, months, weeks, days, hours or minutes that
says how long something lasts or took: "arrived within 35 minutes", "took more than two
hours to arrive") used to meet only a term in its own unit, so two outlets that give one ban
30 days and two weeks never compared, and "eight years" / "96 months" were two figures.
Here two terms in two units count one thing when the words that tell what lasts meet: the
slot words past the unit noun ("the parliament building for 30 days" / "... for two
weeks"), or what a term is the length of (`Figure.measures`: "a two-week trial"). Once one
thing, two whose lengths in days differ by more than `SAME_WITHIN` (a month is no whole
number of days, and a writer rounds a length to the unit it is told in) are rival values
of that slot, under every veto a clash of one unit has (`compare.PairContext.
_figure_relation`; the learned slot model reads the two in one unit: `in_unit_of`). Two
that agree are no clash, and, as before, not the same figure either: counting them the
same joined one long claim's group past a neighbour it had held (training blind: an
agreed fact lost for a split one mended).

PURE: reads two figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from consensus.merge.figures import TERMS, Figure

__all__ = [
    "DAYS",
    "SAME_WITHIN",
    "in_unit_of",
    "term_days",
    "terms_agree",
    "terms_one_thing",
    "two_term_units",
]

# the length of each term unit in days (a month and a year on average)
DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
}
# two terms' lengths in days that differ by less than this share are one length ("a month"
# / "30 days", "52 weeks" / "a year", "96 months" / "eight years", "four weeks" / "30 days":
# a writer rounds a length to the unit it tells it in)
SAME_WITHIN = 0.1
_SLOT_WORDS = 3  # slot words past the unit noun read for what lasts


def two_term_units(a: Figure, b: Figure) -> bool:
    """Both figures are terms, in two units of time ("30 days" / "two weeks")."""
    return a.unit in TERMS and b.unit in TERMS and a.unit != b.unit


def term_days(f: Figure) -> tuple[float, float]:
    """A term's length in days, low and high ends (a range's: "two to three weeks")."""
    size = DAYS[f.unit]
    return f.value * size, (f.high if f.high is not None else f.value) * size


def terms_agree(a: Figure, b: Figure) -> bool:
    """Two terms in two units whose lengths in days are one length (`SAME_WITHIN`): no
    clash."""
    if not two_term_units(a, b):
        return False
    lo_a, hi_a = term_days(a)
    lo_b, hi_b = term_days(b)
    if lo_a <= 0 or lo_b <= 0:
        return False
    return lo_a <= hi_b * (1 + SAME_WITHIN) and lo_b <= hi_a * (1 + SAME_WITHIN)


def _after_unit(f: Figure) -> tuple[str, ...]:
    """The slot words past the unit noun ("days", "weeks"), nearest first."""
    words = f.slot[1:] if f.slot and f.slot[0] in (f.noun, f.head) else f.slot
    return words[:_SLOT_WORDS]


def terms_one_thing(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """Two terms in two units of time tell how long one thing lasts: what each is the length
    of (`Figure.measures`) meets, or, when either names none, the slot words past the unit
    noun meet ("for 30 days" / "for two weeks", both after "the parliament building")."""
    if not two_term_units(a, b):
        return False
    if a.measures and b.measures:
        return any(meet(x, y) for x in a.measures for y in b.measures)
    words_a = a.measures or _after_unit(a)
    words_b = b.measures or _after_unit(b)
    return any(meet(x, y) for x in words_a for y in words_b)


def in_unit_of(b: Figure, a: Figure) -> Figure:
    """Term `b` told in the unit of term `a` ("two weeks" in days: 14 days, its unit noun
    and first slot word `a`'s), for a reader that compares values and counted nouns as
    written (`slot_model`: "30 days" / "two weeks" is no ratio of 15 between two nouns);
    `b` itself when the two are no terms in two units."""
    if not two_term_units(a, b):
        return b
    size = DAYS[b.unit] / DAYS[a.unit]
    high = b.high * size if b.high is not None else None
    noun = a.noun if b.noun else b.noun
    head = a.head if b.head else b.head
    slot = (
        (a.slot[0], *b.slot[1:]) if a.slot and b.slot and b.slot[0] in (b.noun, b.head) else b.slot
    )
    return replace(b, value=b.value * size, high=high, unit=a.unit, noun=noun, head=head, slot=slot)
