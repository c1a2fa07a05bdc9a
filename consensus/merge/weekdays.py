"""The day of the week two claims give one act (link rule 4, weekdays), and the times two
claims of one group must not share (a when-conflict keeps its two claims apart).

"A judge would decide on Monday whether to hold him in custody" / "was remanded in custody
by a judge on Sunday": two claims of one act that name two weekdays for it do not agree;
the pair is a CONFLICT edge ("date: Monday vs Sunday"), on the condition of the calendar
dates (the pair links). A weekday dates an act only when it is not the day of a telling
("the company said on Monday", "announced Tuesday", "on Monday said"), not a bound of a
span ("since Friday", "until Monday", "by Sunday"), not a habit ("on Mondays"); a claim
naming two weekdays dates no single act and is left out. A plan and an act ("would decide
on Monday" / "was remanded on Sunday") are compared like two acts: news that a hearing
moved is still two accounts of when it happened. No edge when the two days are of two
events: as `period_events.periods_of_two_events` (the claims share no word but names), two
places apart (`article_places.placed_apart`), or two acts of one teller that one article
gives both (`timed_acts`: "the ferry left on Friday" / "sank on Saturday").

When-conflicts (clock times, dates, weekdays) are kept apart by the grouping too
(`WhenApart`): a conflict edge only says the two claims are not one statement, and another
claim linked to both would otherwise put them in one group ("investigators arrived shortly
after 7 a.m." / "arrived around 9 a.m." both joined "officers searched the ministry"), an
agreed item hiding a dispute. Two groups whose claims hold such a conflict never join.

PURE: reads the statements, their speakers and articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from consensus.merge.article_places import placed_apart
from consensus.merge.claim_words import content_stems
from consensus.merge.features import _Feat
from consensus.merge.period_events import periods_of_two_events as two_events
from consensus.merge.telling import TELLING, WORD, dates_a_telling, near_word
from consensus.merge.timed_acts import acts_apart, acts_before, past_acts
from consensus.merge.timed_rivals import _shut_words

__all__ = [
    "WhenApart",
    "weekday_clashes",
    "weekday_of",
    "weekdays_named",
    "weekdays_of_two_events",
]

_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s?)\b")
# a weekday after these bounds a span or orders two moments, it dates no act
_BOUND = frozenset("since until till by before after through from between to".split())
# content words the clauses of two weekdays share, beyond names and speakers, before the
# days may be of one act ("a judge would decide on Monday whether to hold him in custody" /
# "remanded in custody by a judge on Sunday": judge, custody)
_SHARED = 2
_REACH = 120  # characters either side of a weekday its clause may span
# where the clause of a weekday begins and ends (as `timed_acts._CLAUSE_BREAK`)
_CLAUSE_BREAK = re.compile(
    r"[,;:()–—\"“”]|\s-\s|\b(?:and|but|while|then|which|who|that|when|where)\b",
    re.IGNORECASE,
)
WHEN_CONFLICTS = ("date:", "time:")  # the conflict reasons `WhenApart` keeps apart


def _acts(text: str, at: int) -> frozenset[str]:
    """The acts (past verb forms, `timed_acts.acts_before`) of the clause around the
    weekday written at `at`: before it and after it ("Investigators on Monday began
    examining ...")."""
    tail = _CLAUSE_BREAK.split(text[at : at + _REACH])[0]
    return acts_before(text, at) | past_acts(tail, TELLING)


def _clause_words(text: str, at: int) -> frozenset[str]:
    """The content words (stems) of the clause around the weekday written at `at`, but
    the words written capitalised (names: where and who, not what is dated)."""
    head = _CLAUSE_BREAK.split(text[max(0, at - _REACH) : at])[-1]
    tail = _CLAUSE_BREAK.split(text[at : at + _REACH])[0]
    words = " ".join(w for w in WORD.findall(f"{head} {tail}") if w[:1].islower())
    return content_stems(words.casefold())


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def weekday_of(text: str) -> tuple[str, int] | None:
    """The one weekday `text` dates an act by, and where it is written (see the module
    docstring); None when it names none or two."""
    found: dict[str, int] = {}
    for m in _DAY.finditer(text):
        if m.group(2):
            return None  # "on Mondays": a habit, no act's day
        before = near_word(list(reversed(WORD.findall(text[max(0, m.start() - 60) : m.start()]))))
        if dates_a_telling(text, m.start(), m.end()) or before in _BOUND:
            continue
        found.setdefault(m.group(1), m.start())
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def weekdays_of_two_events(
    feats: Sequence[_Feat],
    days: Sequence[tuple[str, int] | None],
    i: int,
    j: int,
    meet: Callable[[str, str], bool] | None = None,
) -> bool:
    """Whether the weekdays of claims `i` and `j` (`days`, from `weekday_of`), which
    differ, are of two events (see the module docstring)."""
    a, b = feats[i], feats[j]
    da, db = days[i], days[j]
    if da is None or db is None:
        return True
    if two_events(a, b) or placed_apart(a.claim.statement, b.claim.statement):
        return True
    shut = _shut_words(a) | _shut_words(b)
    shared = (
        _clause_words(a.claim.statement, da[1]) & _clause_words(b.claim.statement, db[1])
    ) - shut
    if len(shared) < _SHARED:
        return True  # the clauses of the two days share too little to be of one act
    # two acts ("priced its shares on Monday" / "its shares fell on Tuesday")
    return acts_apart(_acts(a.claim.statement, da[1]), _acts(b.claim.statement, db[1]), meet)


class WhenApart:
    """The claim pairs of when-conflicts; whether two groups hold one across them."""

    def __init__(self, conflicts: Iterable[tuple[int, int, str]]) -> None:
        self.partners: dict[int, set[int]] = defaultdict(set)
        for i, j, said in conflicts:
            if said.startswith(WHEN_CONFLICTS):
                self.partners[i].add(j)
                self.partners[j].add(i)

    def __bool__(self) -> bool:
        return bool(self.partners)

    def apart(self, a: Iterable[int], b: Iterable[int]) -> bool:
        """Whether a claim of `a` holds a when-conflict with a claim of `b`."""
        partners = self.partners
        hit = [partners[m] for m in a if m in partners]  # (few claims hold one)
        return bool(hit) and any(m in p for m in b for p in hit)


def weekday_clashes(
    feats: Sequence[_Feat],
    pairs: Sequence[tuple[int, int]],
    ks: Iterable[int],
    meet: Callable[[str, str], bool] | None = None,
) -> list[tuple[int, str]]:
    """The pairs (indexes `ks` into `pairs`) whose claims date their act by two weekdays,
    each with its conflict reason ("date: Monday vs Sunday"); none when the days may be
    of two events (the pair is left to the other rules)."""
    days: list[tuple[str, int] | None] | None = None
    out: list[tuple[int, str]] = []
    for k in ks:
        i, j = pairs[k]
        if "day" not in feats[i].claim.statement or "day" not in feats[j].claim.statement:
            continue
        if days is None:
            days = [weekday_of(f.claim.statement) for f in feats]
        da, db = days[i], days[j]
        if da is None or db is None or da[0] == db[0]:
            continue
        if not weekdays_of_two_events(feats, days, i, j, meet):
            out.append((k, f"date: {da[0]} vs {db[0]}"))
    return out


def weekdays_named(members: Iterable[_Feat]) -> set[str]:
    """The weekdays the claims date their acts by (`weekday_of`): a dated point's side
    when its claims give no calendar date or period."""
    return {d[0] for f in members if (d := weekday_of(f.claim.statement)) is not None}
