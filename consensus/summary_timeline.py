"""The report's timeline: one entry per dated item, at the day most of its origins give,
with the other days its quotes give kept beside it. A date after an article's publication is
no event (nor an item that says something is to come, reports nobody's words and is dated
after publication by more of its origins than on its day: "is due to vote on Tuesday" /
"before Tuesday's vote"), and a date the item's own words rule out is not its date. A
date a quote gives only in the possessive ("arrested two men over Sunday's theft") is the
day of the thing it modifies, not of what the item reports, unless the statement opens with
it ("Sunday's theft was the third") or a preposition puts the report inside it ("at Monday's
briefing"). A contested point is dated by one side's quotes and
shows that side's statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from consensus.furniture import REPORTED
from consensus.merge.periods import years_fit
from consensus.models import Citation, ClaimSet, Report, Salience, TimelineEntry

_YEAR = re.compile(r"\b\d{4}\b")


@dataclass
class _Dated:
    statement: str
    sources: tuple[str, ...]
    score: float
    cites: dict[tuple[str, int, int], Citation]
    texts: set[str]


# A date after its article's publication is not something that happened: a schedule ("the
# March 6 meeting", "due to end on July 26") or page furniture such as another story's
# gallery caption. One day of slack covers a dateline a time zone ahead.
_FUTURE_DAYS = 1

# What an item says is still to come ("is due to vote", "will vote"); one that reports
# someone's words ("X said the emergency will be extended") is dated by the saying.
_SCHEDULE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|going)?\s*to)\s+\w",
    re.IGNORECASE,
)

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAY_IN_TEXT = re.compile(
    rf"\b(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_WORD})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|\b(?P<m3>{_MONTH_WORD})(?:,?\s+(?P<y3>\d{{4}}))?"
    r"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for i, name in enumerate(_MONTHS):
        if name.startswith(word) and (len(word) >= 3 or word == name):
            return i + 1
    return None


def _fits_statement(date: dt.date, statement: str) -> bool:
    """Whether a date fits the days, months and weekdays the statement itself names.

    A statement that names none fits any date; one that says "in August 2024" or "on Oct. 19,
    said Friday" is not dated to a day its own words rule out (a supporting quote's date of a
    later development, another resolution, an earlier port call)."""
    named = False
    for m in _DAY_IN_TEXT.finditer(statement):
        if m.group("wd"):
            named = True
            if date.weekday() == _WEEKDAYS.index(m.group("wd").lower()):
                return True
            continue
        word = m.group("m1") or m.group("m2") or m.group("m3")
        month = _month_number(word)
        if month is None or (m.group("m3") and word.lower() in ("may", "mar")):
            continue  # "may" the verb, "mar" the verb: not a month on their own
        named = True
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2") or m.group("y3")
        if (
            month == date.month
            and (day is None or int(day) == date.day)
            and (year is None or int(year) == date.year)
        ):
            return True
    return not named and years_fit(date, statement)


_POSSESSIVE = re.compile(r"['’]s\b")
# a preposition that puts what is reported inside the possessed thing's time ("fell 5% in
# Tuesday's session", "said at Monday's briefing"): that day is its day
_HOSTED = re.compile(r"\b(?:in|at|during|throughout|amid)\s+$", re.IGNORECASE)


def _possessive_only(when: str, quote: str, statement: str) -> bool:
    """Whether the quote gives the time expression `when` only in the possessive ("an
    inquiry into Monday night's strike") and the statement does not open with it: such a
    date is the day of the strike, not of the inquiry. A possessive after "in", "at",
    "during" ("rose in Tuesday's trading") holds what is reported, so it dates it. A quote
    that does not hold `when` as written is not judged (False)."""
    when = " ".join(when.split()).rstrip(".,;:")
    if not when:
        return False
    pattern = re.compile(re.escape(when), re.IGNORECASE)
    found = list(pattern.finditer(quote))
    if not found or not all(
        _POSSESSIVE.match(quote, m.end()) and not _HOSTED.search(quote, 0, m.start()) for m in found
    ):
        return False
    opening = re.match(r"[\W_]*", statement)
    rest = statement[opening.end() if opening else 0 :]
    head = pattern.match(rest)
    return head is None or _POSSESSIVE.match(rest, head.end()) is None


_SIDE = "#side"  # (a contested point's side, inside `timeline` only)


def _one_per_point(
    found: dict[str, dict[dt.date, _Dated]], origin: Mapping[str, str]
) -> dict[str, dict[dt.date, _Dated]]:
    """`found` with a contested point's sides folded to the one whose dated quotes have
    most origins (ties: the earlier side), under the point's id."""
    out: dict[str, dict[dt.date, _Dated]] = {}
    best: dict[str, tuple[int, int]] = {}
    for key, days in found.items():
        item_id, _, side = key.partition(_SIDE)
        if not side:
            out[key] = days
            continue
        origins = len({origin.get(a, a) for e in days.values() for a, _s, _e in e.cites})
        rank = (-origins, int(side))
        if item_id not in best or rank < best[item_id]:
            best[item_id] = rank
            out[item_id] = days
    return out


def timeline(
    report: Report, claim_sets: Sequence[ClaimSet], published: Mapping[str, dt.date | None]
) -> tuple[TimelineEntry, ...]:
    """One entry per dated item, at the day most of its origins give (ties: the day its own
    statement names first, then a day written with its year, then the earliest); the other
    days its quotes give are kept in `other_dates`."""
    owner: dict[tuple[str, int, int], tuple[str, str, tuple[str, ...], float]] = {}

    def own(
        item_id: str,
        text: str,
        srcs: Iterable[str],
        x: Salience | None,
        citations: Iterable[Citation],
    ) -> None:
        score = x.score if x else 0.0
        for c in citations:
            owner.setdefault((c.article, c.start, c.end), (item_id, text, tuple(srcs), score))

    for it in (*report.agreed, *report.single_source):
        own(it.id, it.statement, it.sources, it.salience, it.citations)
    for ci in report.contested:
        # each side dated by its own words: the point's title is one side's statement, and a
        # day another side's quote gives is not that statement's day ("X blamed Y" is not
        # dated by the day Y denied it); one entry per point (`_one_per_point`)
        for i, p in enumerate(ci.positions):
            own(f"{ci.id}{_SIDE}{i}", p.statement, p.sources, ci.salience, p.citations)
    origin = {a: g.id for g in report.origins for a in g.articles}

    found: dict[str, dict[dt.date, _Dated]] = {}
    ahead: dict[str, set[str]] = {}  # item -> origins that give it a day still to come
    for cs in claim_sets:
        for claim in cs.claims:
            if claim.time is None or claim.time.date is None:
                continue
            day = published.get(cs.article)
            if day is not None and (claim.time.date - day).days > _FUTURE_DAYS:
                for ev in claim.evidence:
                    if (hit := owner.get((cs.article, ev.start, ev.end))) is not None:
                        item = hit[0].partition(_SIDE)[0]
                        ahead.setdefault(item, set()).add(origin.get(cs.article, cs.article))
                continue
            for ev in claim.evidence:
                hit = owner.get((cs.article, ev.start, ev.end))
                if hit is None:
                    continue
                item_id, text, srcs, score = hit
                if not _fits_statement(claim.time.date, text) or _possessive_only(
                    claim.time.text, ev.quote, text
                ):
                    continue
                entry = found.setdefault(item_id, {}).setdefault(
                    claim.time.date, _Dated(text, srcs, score, {}, set())
                )
                entry.cites[(cs.article, ev.start, ev.end)] = Citation(
                    article=cs.article, quote=ev.quote, start=ev.start, end=ev.end
                )
                entry.texts.add(" ".join(claim.time.text.split()).rstrip(".,;:"))
    entries = []
    for item_id, days in _one_per_point(found, origin).items():

        def rank(
            date: dt.date, days: dict[dt.date, _Dated] = days
        ) -> tuple[int, int, bool, dt.date]:
            e = days[date]
            origins = len({origin.get(a, a) for a, _s, _e in e.cites})
            said = [e.statement.find(t) for t in e.texts if t and t in e.statement]
            written = any(_YEAR.search(t) for t in e.texts)
            return (-origins, min(said, default=len(e.statement)), not written, date)

        date = min(days, key=rank)
        e = days[date]
        if (
            len(ahead.get(item_id, ())) > len({origin.get(a, a) for a, _s, _e in e.cites})
            and _SCHEDULE.search(e.statement) is not None
            and REPORTED.search(e.statement) is None
        ):
            continue  # most of its origins schedule what it says is to come: no event yet
        # A time written with its year is preferred to one resolved against publication.
        text = min(e.texts, key=lambda t: (not _YEAR.search(t), t))
        entries.append(
            (
                (date, -e.score, item_id),
                TimelineEntry(
                    date=date,
                    text=text,
                    resolved=not _YEAR.search(text),
                    item=item_id,
                    statement=e.statement,
                    sources=e.sources,
                    citations=tuple(e.cites[k] for k in sorted(e.cites)),
                    other_dates=tuple(sorted(d for d in days if d != date)),
                ),
            )
        )
    # a point's side that an item states on the same day is listed once, as the item
    points = {c.id for c in report.contested}
    listed = {(e.date, e.statement) for _, e in entries if e.item not in points}
    return tuple(
        entry
        for _, entry in sorted(entries, key=lambda x: x[0])
        if entry.item not in points or (entry.date, entry.statement) not in listed
    )
