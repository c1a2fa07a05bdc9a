"""The acts a year or a clock time dates: two claims whose times differ dispute WHEN only
when they time one act. "The ferry left the port at 8:40 p.m." and "the ferry overturned
shortly before 11 p.m." time a departure and a capsizing; "the ship, built in 2001" and
"its sister ship capsized in 2011" date a building and a sinking: two events, two times,
no dispute (link rule 4).

A time's acts are the past forms of verbs (a regular "-ed" form or an irregular past, the
offline grammar's table) in its clause before it: the words since the last comma, colon,
dash, bracket, quotation mark or clause word ("and", "but", "which", "that" ...), speech
verbs left out ("said", "announced": who told it, not what happened). Acts are apart when
both clauses name one and no act of one meets one of the other (the same word, or
`PairContext.words_meet`: a stem, a concept of data/concepts.toml, word vectors).

Acts apart are not enough: news names one act with many verbs ("the attack happened at
11:30pm" / "a blast was heard at 11pm"; "the levee gave way" / "collapsed"), which the
word data cannot all meet. Two times are of two events only when, besides, the two claims
have one teller (the same speaker, or both the outlets' own voice: a source does not
dispute itself) and one article gives both times (over all its claims: it tells them as
two moments of its story). Times told by two sources ("the ferry sank shortly before 11
p.m., the coast guard said" / "it went down around 11:40 p.m., survivors said") stay a
dispute, whatever their verbs, unless the acts have two doers besides (`doers_apart`,
session 35: the words before each act, by stem or `meet`): "Soldiers arrived at the
airport shortly before midnight, the police said" / "The airport says it reopened at
1.15am", given both by one article, time two things two parties did.
A clause naming no act in past form ("at 11 p.m. on Saturday", "the ferry leaves at
8:40") says nothing: the times are compared as before. Nor does one that tells what
footage showed ("CCTV showed the roof coming down at 21:52": the act timed is the
object's "-ing" form, not the showing; `clock_acts_before`, session 68).

Periods (session 39) are read as clock times are: the act of a period is that of the
clause before where the statement writes it, a year or the words it was read from ("it
received its first complaint in January", "slashed its forecast last month"), and two
tellers' periods are of two events when the doers of their acts are apart as well ("the
first complaint reached the school in January" / "builders repaired the roof in 2024").

PURE: reads the statements, their speakers, articles, times and periods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TypeVar

from consensus.merge.article_places import placed_apart
from consensus.merge.claim_words import content_stems
from consensus.merge.clock import ClockTime, one_time, perceived
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _SPEECH
from consensus.merge.period_events import periods_of_two_events as two_events
from consensus.merge.periods import period_named, period_span
from consensus.offline.grammar import _is_past

__all__ = [
    "acts_apart",
    "acts_before",
    "doers_apart",
    "doers_before",
    "one_article_gives_both",
    "past_acts",
    "period_acts",
    "period_doers",
    "periods_of_two_events",
    "times_of_two_events",
    "year_acts",
]

T = TypeVar("T")
TimeMarks = Mapping[str, Sequence[ClockTime]]

# where the clause of a time begins (as `clock._CLAUSE_BREAK`, and the words that open a
# relative or reported clause)
_CLAUSE_BREAK = re.compile(
    r"[,;:()–—\"“”]|\s-\s|\b(?:and|but|while|then|which|who|that|when|where)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_SPEECH_STEMS = content_stems(" ".join(sorted(_SPEECH)))
_REACH = 120  # characters before a time that its clause may span
# a year as written ("in 2011", "2011, when"); a period key "y:2011" / "m:2011-03" names it
_YEAR_OF_KEY = re.compile(r"^[ym]:((?:19|20)\d\d)")


def acts_before(text: str, start: int, lo: int = 0) -> frozenset[str]:
    """The acts (past verb forms, casefolded) of the clause that ends at `start` (and
    begins at `lo` or later: the end of the time before it)."""
    return past_acts(_CLAUSE_BREAK.split(text[max(lo, start - _REACH) : start])[-1])


# a word after which a past form qualifies a noun, no act ("sales of advanced memory
# chips", "the company's advanced chips", "an armed man"): a determiner, a possessive or a
# preposition
_MODIFIES = frozenset(
    """a an the its their his her our your this these those some any no every each of on in
    for with to from at about over into onto""".split()
)


def past_acts(clause: str, skip: frozenset[str] = _SPEECH) -> frozenset[str]:
    """The acts (past verb forms, casefolded) of one clause, the words of `skip` (speech
    verbs) left out, and a past form after a determiner, a possessive or a preposition
    (`_MODIFIES`: an adjective, "of advanced chips") too."""
    out: set[str] = set()
    prev = ""
    for m in _WORD.finditer(clause):
        w = m.group()
        low = w.casefold()
        if (
            w[:1].islower()
            and low not in skip
            and _is_past(w)
            and prev not in _MODIFIES
            and not prev.endswith(("'s", "’s"))
        ):
            out.add(low)
        prev = low
    return frozenset(out)


def acts_after(text: str, end: int) -> frozenset[str]:
    """The acts of the first clause with words after `end` (a year that opens its sentence
    or clause: "In 2014, 12 farm workers were killed"; "and in 2019 a lorry fell")."""
    pieces = _CLAUSE_BREAK.split(text[end : end + _REACH])
    return past_acts(next((p for p in pieces if _WORD.search(p)), ""))


def year_acts(text: str, period: str | None) -> frozenset[str]:
    """The acts of the clause before the first place `text` writes the year of `period`
    (a key of `periods`: "y:2011", "m:2011-03"), or, when that clause names none (a year
    that opens its clause: "In 2014, 12 workers were killed"), of the clause after it;
    none when it writes no year."""
    key = _YEAR_OF_KEY.match(period or "")
    if key is None:
        return frozenset()
    at = re.search(rf"\b{key.group(1)}\b", text)
    if at is None:
        return frozenset()
    return acts_before(text, at.start()) or acts_after(text, at.end())


def _written_at(text: str, period: str | None, published: dt.date | None) -> tuple[int, int]:
    """Where `text` writes `period`: its year ("y:2011", "m:2011-03"), else the words
    `periods.period_named` read it from ("in January", "last month"); (-1, -1) if nowhere."""
    key = _YEAR_OF_KEY.match(period or "")
    at = re.search(rf"\b{key.group(1)}\b", text) if key is not None else None
    if at is not None:
        return at.span()
    span = period_span(text, published) if period else None
    if span is None or period_named(text, published) != period:
        return -1, -1
    return span


def period_acts(text: str, period: str | None, published: dt.date | None) -> frozenset[str]:
    """As `year_acts`, for a period written in words as well ("received a complaint in
    January", "slashed its forecast last month"): the acts of the clause before it, or
    after it when that clause names none."""
    start, end = _written_at(text, period, published)
    if start < 0:
        return frozenset()
    return acts_before(text, start) or acts_after(text, end)


def period_doers(text: str, period: str | None, published: dt.date | None) -> frozenset[str]:
    """Who or what does the act the period dates (`doers_before` at the period)."""
    start, _ = _written_at(text, period, published)
    return doers_before(text, start) if start >= 0 else frozenset()


def one_article_gives_both(
    marks: Mapping[str, Collection[T]],
    a: Collection[T],
    b: Collection[T],
    same: Callable[[T, T], bool],
) -> bool:
    """Whether one article's claims (`marks`: article -> the times or periods its claims
    give) give both a mark of `a` and a mark of `b` (`same`: two marks are one time)."""
    return any(
        any(same(m, x) for m in ms for x in a) and any(same(m, y) for m in ms for y in b)
        for ms in marks.values()
    )


def acts_apart(
    a: Iterable[str], b: Iterable[str], meet: Callable[[str, str], bool] | None = None
) -> bool:
    """Whether both act sets name an act and no act of `a` meets one of `b` (the same
    word, or `meet`)."""
    xs, ys = frozenset(a), frozenset(b)
    if not xs or not ys or xs & ys:
        return False
    return meet is None or not any(meet(x, y) for x in xs for y in ys)


def clock_acts_before(text: str, start: int, lo: int = 0) -> frozenset[str]:
    """`acts_before` for a clock time, none when its clause tells what was seen or
    recorded (`clock.perceived`): "footage showed the roof coming down at 21:52" times the
    roof's fall, an "-ing" form, not the showing."""
    if perceived(text[max(lo, start - _REACH) : start]):
        return frozenset()
    return acts_before(text, start, lo)


def _clock_acts(
    text: str,
    times: Sequence[ClockTime],
    read: Callable[[str, int, int], frozenset[str]] = clock_acts_before,
) -> list[frozenset[str]]:
    """The acts of each time's clause (it begins after the time before it, if any), or
    what else `read` reads of it (`doers_before`)."""
    out: list[frozenset[str]] = []
    lo = 0
    for t in times:
        out.append(read(text, t.start, lo))
        lo = t.start + len(t.text)
    return out


def doers_before(text: str, start: int, lo: int = 0) -> frozenset[str]:
    """Who or what does the act of the clause that ends at `start` (as `acts_before`): the
    content stems of its words before its first act ("Soldiers from the unit arrived at":
    soldier, unit; "The airport says it reopened at": airport), speech words left out;
    none when the clause names no act."""
    clause = _CLAUSE_BREAK.split(text[max(lo, start - _REACH) : start])[-1]
    for m in _WORD.finditer(clause):
        if past_acts(m.group()):
            return content_stems(clause[: m.start()].casefold()) - _SPEECH_STEMS
    return frozenset()


def doers_apart(
    a: Iterable[str], b: Iterable[str], meet: Callable[[str, str], bool] | None = None
) -> bool:
    """Whether both clauses name a doer and no word of one meets a word of the other (the
    same stem, or `meet`): "soldiers arrived" / "the airport reopened", never "the barge
    went over" / "the barge capsized"."""
    return acts_apart(a, b, meet)


def _clock_marks(feats: Sequence[_Feat], clocks: Sequence[Sequence[ClockTime]]) -> TimeMarks:
    """Each article's clock times, over all its claims."""
    marks: dict[str, list[ClockTime]] = defaultdict(list)
    for f, times in zip(feats, clocks, strict=True):
        marks[f.article].extend(times)
    return marks


def _period_marks(feats: Sequence[_Feat]) -> dict[str, set[str]]:
    """Each article's periods (`periods`), over all its claims."""
    marks: dict[str, set[str]] = defaultdict(set)
    for f in feats:
        if f.period:
            marks[f.article].add(f.period)
    return marks


def times_of_two_events(
    feats: Sequence[_Feat],
    clocks: Sequence[Sequence[ClockTime]],
    i: int,
    j: int,
    meet: Callable[[str, str], bool] | None = None,
) -> bool:
    """Whether the clock times of claims `i` and `j` (`clocks`), which clash, are of two
    events: times of two places (`article_places.placed_apart`), or of two acts of one
    teller that one article gives both (see the module docstring)."""
    a, b = feats[i], feats[j]
    if placed_apart(a.claim.statement, b.claim.statement):
        return True
    acts_a = _clock_acts(a.claim.statement, clocks[i])
    acts_b = _clock_acts(b.claim.statement, clocks[j])
    if a.speaker != b.speaker:  # (two tellers: two doers too, `doers_apart`)
        doers_a = _clock_acts(a.claim.statement, clocks[i], doers_before)
        doers_b = _clock_acts(b.claim.statement, clocks[j], doers_before)
        if not all(doers_apart(x, y, meet) for x in doers_a for y in doers_b):
            return False
    return all(acts_apart(x, y, meet) for x in acts_a for y in acts_b) and (
        one_article_gives_both(_clock_marks(feats, clocks), clocks[i], clocks[j], one_time)
    )


def periods_of_two_events(
    feats: Sequence[_Feat], i: int, j: int, meet: Callable[[str, str], bool] | None = None
) -> bool:
    """Whether claims `i` and `j`, whose periods clash, tell two events: as
    `period_events.periods_of_two_events`, or the years of two acts of one teller that one
    article gives both (see the module docstring)."""
    a, b = feats[i], feats[j]
    if two_events(a, b):
        return True
    sa, sb = a.claim.statement, b.claim.statement
    if a.speaker != b.speaker and not doers_apart(
        period_doers(sa, a.period, a.published), period_doers(sb, b.period, b.published), meet
    ):
        return False  # (two tellers: two doers too, as for clock times)
    return acts_apart(
        period_acts(sa, a.period, a.published), period_acts(sb, b.period, b.published), meet
    ) and one_article_gives_both(_period_marks(feats), (a.period,), (b.period,), _one_period)


def _one_period(x: str | None, y: str | None) -> bool:
    """Whether two period keys name one period, or a month and the year it is in
    ("m:2014-08" / "y:2014": "in August 2014" and "in 2014" date one earlier event)."""
    if x == y or x is None or y is None:
        return x == y
    month, year = (x, y) if x.startswith("m:") else (y, x)
    return month.startswith("m:") and year.startswith("y:") and month[2:6] == year[2:]
