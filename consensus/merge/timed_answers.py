"""Two tellers' times of one moment told side by side in one article (link rule 5, one
article): "The families say they called the police emergency line at about 7:30 p.m. The
district police say the first call about the group was logged at 11:48 p.m."; "The farm's
owners say they reported dead birds on Saturday morning. The ministry says it was first
told on Sunday evening." A reporter who sets two sides' times next to each other gives
two accounts of when one thing happened, but the two claims are of one article, so no
candidate pair holds them and rules 4 and 5 never read them; and the acts are often
worded apart ("called" / "was logged", "reported" / "was told"), so no word of their
clauses need meet.

An answer here: a claim and the nearest claim before it in its article (within
`answers.ANSWER_REACH`) that gives a time of the same kind (one clock time each:
`clock.clock_times`; or the one weekday each dates an act by, `weekdays.weekday_of`, or
tells as the earliest moment of a telling, "it was first told on Sunday": `_day`),
told by another teller (each claim's speaker, else the teller its statement opens with:
"The airport says ...", "According to the council, ..."; both named, neither speaking for
the other), when the two times clash (`clock.matched_clash`; two weekdays) and they time
one moment: their clauses share a content word beyond the tellers and names
(`timed_rivals.times_meet`, clock times; "The brigade says the first call" shares no
"brigade" with "phoned the fire brigade"), or one claim tells its time as the earliest
moment of what it times (an earliest cue in its clause, `earliest_cues` in
data/words.toml, "the first call", "was first told"; or a negated "until": "was not
cleared to take off until 2.30am") and that time is the later one: the other side says
it had happened already. A CONFLICT edge (reason "time: ..." or "date: ...", so the
grouping keeps the two apart: `weekdays.WhenApart`), unless the two name places apart
(`article_places.placed_apart`). The nearest timed claim only: a teller that goes on
with a time of its own ends the search.

PURE: reads the claims' statements, speakers, articles and citations.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from consensus.merge.answers import ANSWER_REACH, _spans_by_article, claims_before
from consensus.merge.article_places import placed_apart
from consensus.merge.claim_words import content_stems
from consensus.merge.clock import ClockTime, clock_times, matched_clash
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _SPEECH, EARLIEST_CUES
from consensus.merge.score import _Edge
from consensus.merge.timed_rivals import _shut_words, times_meet
from consensus.merge.weekdays import weekday_of
from consensus.models import Polarity

__all__ = ["teller", "timed_answer_edges", "timed_answers"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b")
_DAY_MINUTES = 24 * 60
# the teller a statement opens with: "According to the council, ..." / "The airport says
# it ..." (a subject of at most eight words before a verb of telling)
_OPENS = re.compile(
    r"^\s*(?:according\s+to\s+(?P<acc>[^,.;:]{2,60}),"
    r"|(?P<subj>(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+(?:has\s+|have\s+)?"
    r"(?:says?|said|told|insists?|insisted|maintains?|maintained|claims?|claimed)\b)",
    re.IGNORECASE,
)
# where the clause of a time begins (as `timed_acts`: a comma, a dash, a bracket, a quote
# mark or a clause word)
_CLAUSE_BREAK = re.compile(
    r"[,;:()–—\"“”]|\s-\s|\b(?:and|but|while|then|which|who|when|where)\b", re.IGNORECASE
)
_REACH = 120  # characters before a time its clause may span
_APPOSITION = re.compile(r",\s*([^,.;:]{2,80}),")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NEGATED_UNTIL = re.compile(r"\b(?:not|n[o’']t|never|no)\b.*\buntil\s*$", re.IGNORECASE)
_SPEECH_STEMS = content_stems(" ".join(sorted(_SPEECH)))


def teller(f: _Feat) -> frozenset[str]:
    """Who tells claim `f`: its speaker's content stems (with what its apposition says it
    is: `_apposition`), else those of the teller its statement opens with ("The farm's
    owners say ...": farm, owner); empty for the outlet's own voice."""
    if f.speaker:
        return content_stems(f.speaker.casefold()) | _apposition(f)
    m = _OPENS.match(f.claim.statement)
    if m is None:
        return frozenset()
    return content_stems((m.group("acc") or m.group("subj") or "").casefold()) - _SPEECH_STEMS


def _apposition(f: _Feat) -> frozenset[str]:
    """The content stems of what the statement says its speaker is, between commas after
    the speaker's last name word ("Captain Jo Ferreby, a coast guard spokesman, told ...":
    coast, guard, spokesman): a speaker for a body the other claim may name."""
    last = (f.speaker or "").split()[-1:]
    if not last:
        return frozenset()
    text = f.claim.statement
    at = text.casefold().find(last[0])
    if at < 0:
        return frozenset()
    m = _APPOSITION.match(text, at + len(last[0]))
    return content_stems(m.group(1).casefold()) if m else frozenset()


def _two_tellers(a: _Feat, b: _Feat) -> bool:
    """Both claims name their teller, and neither speaks for the other (no word in common,
    speakers not compatible)."""
    ta, tb = teller(a), teller(b)
    if not ta or not tb or ta & tb:
        return False
    return not (a.speaker and b.speaker and _speakers_compatible(a.speaker, b.speaker))


def _clause(text: str, at: int) -> str:
    """The words of the clause that ends at `at` (a time's or a weekday's)."""
    return _CLAUSE_BREAK.split(text[max(0, at - _REACH) : at])[-1]


def _earliest(text: str, at: int) -> bool:
    """The clause before `at` tells its time as the earliest moment of what it times."""
    clause = _clause(text, at)
    words = {w.casefold() for w in _WORD.findall(clause)}
    return bool(words & EARLIEST_CUES) or _NEGATED_UNTIL.search(clause) is not None


def _later(x: int, y: int, period: int) -> bool:
    """`y` is after `x` on a clock of `period` (within half of it: "11:48 p.m." is after
    "7:30 p.m.", "1 a.m." after "11 p.m.")."""
    return 0 < (y - x) % period <= period // 2


def _clock_answer(a: _Feat, b: _Feat, ta: Sequence[ClockTime], tb: Sequence[ClockTime]) -> str:
    """The clash of the clock times of `a` and `b` when they time one moment, else ''."""
    clash = matched_clash(tuple(ta), tuple(tb))
    if not clash:
        return ""
    shut = _shut_words(a) | _shut_words(b) | teller(a) | teller(b)
    if times_meet(tuple(ta), tuple(tb), shut):
        return clash
    if len(ta) != 1 or len(tb) != 1:
        return ""
    x, y = ta[0], tb[0]
    sa, sb = a.claim.statement, b.claim.statement
    if _earliest(sb, y.start) and _later(x.minutes, y.minutes, _DAY_MINUTES):
        return clash
    if _earliest(sa, x.start) and _later(y.minutes, x.minutes, _DAY_MINUTES):
        return clash
    return ""


def _day(text: str) -> tuple[str, int] | None:
    """The one weekday `text` dates an act by (`weekdays.weekday_of`), else the one it
    tells as the earliest moment of something told ("it was first told on Sunday": the day
    of a telling that is what is timed); None when it names none or two."""
    got = weekday_of(text)
    if got is not None:
        return got
    days = {m.group(1): m.start() for m in _DAY.finditer(text)}
    if len(days) != 1:
        return None
    day, at = next(iter(days.items()))
    return (day, at) if _earliest(text, at) else None


def _day_answer(a: _Feat, b: _Feat) -> str:
    """The two weekdays `a` and `b` date one moment by, when they differ and one is told
    as the earliest and is the later day, else ''."""
    da, db = _day(a.claim.statement), _day(b.claim.statement)
    if da is None or db is None or da[0] == db[0]:
        return ""
    x, y = _DAYS.index(da[0]), _DAYS.index(db[0])
    sa, sb = a.claim.statement, b.claim.statement
    if (_earliest(sb, db[1]) and _later(x, y, 7)) or (_earliest(sa, da[1]) and _later(y, x, 7)):
        return f"date: {da[0]} vs {db[0]}"
    return ""


def _answer(a: _Feat, b: _Feat) -> tuple[bool, str]:
    """(whether `a` gives a time of a kind `b` gives, the reason of their conflict or '')."""
    ta, tb = clock_times(a.claim.statement), clock_times(b.claim.statement)
    if ta and tb:
        clash = _clock_answer(a, b, ta, tb)
        return True, f"time: {clash}" if clash else ""
    if _day(a.claim.statement) is None or _day(b.claim.statement) is None:
        return False, ""
    return True, _day_answer(a, b)


def timed_answers(feats: Sequence[_Feat]) -> list[tuple[int, int, str]]:
    """(claim before, answering claim, conflict reason) of each answer (module docstring)."""
    by_article = _spans_by_article(feats)
    out: list[tuple[int, int, str]] = []
    for b, f in enumerate(feats):
        if f.claim.polarity == Polarity.denies or not f.citations:
            continue
        text = f.claim.statement
        if not clock_times(text) and _day(text) is None:
            continue
        for k in claims_before(feats, by_article, b, ANSWER_REACH):
            other = feats[k]
            if other.claim.polarity == Polarity.denies:
                continue
            timed, why = _answer(other, f)
            if not timed:
                continue
            if why and _two_tellers(other, f) and not placed_apart(other.claim.statement, text):
                out.append((k, b, why))
            break  # (the nearest timed claim only)
    return out


def timed_answer_edges(
    feats: Sequence[_Feat], score: float, taken: Collection[tuple[int, int]]
) -> list[_Edge]:
    """The conflict edges of `timed_answers` (at `score`), but for pairs in `taken`."""
    out: list[_Edge] = []
    for k, b, why in timed_answers(feats):
        i, j = min(k, b), max(k, b)
        if (i, j) not in taken:
            out.append(_Edge(score, i, j, why))
    return out
