"""Who holds what, and when: the names a summary line gives articles' sources, the holders
of a side ('City prosecutor, Mayor +1; Outlet A, Outlet B +2') and the notes on when a side
or a figure was given.

Moved verbatim from `consensus.summary`, which re-exports the public names. PURE.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cached_property

from consensus.models import (
    Citation,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Report,
    ReportArticle,
    Timing,
    UpdateBy,
)
from consensus.slot_case import report_names
from consensus.summary_text import shorten

# --- Summary lines ---------------------------------------------------------------------------


def article_labels(ids: Sequence[str]) -> dict[str, str]:
    """Short labels for article ids: the part before the first "_" ("001" for
    "001_cdb68502ee157b74") when those parts are unique, else the full ids."""
    heads = [i.split("_", 1)[0] for i in ids]
    if all(heads) and len(set(heads)) == len(heads):
        return dict(zip(ids, heads, strict=True))
    return {i: i for i in ids}


def source_name(article: ReportArticle, label: str) -> str:
    """What a summary line calls an article's source: the outlet table's name, else the
    article's outlet, else its title (quoted, shortened), else its short label."""
    if article.outlet_info is not None:
        return article.outlet_info.name
    if article.outlet:
        return article.outlet
    if article.title and article.title.strip():
        return f"“{shorten(article.title, _TITLE_CHARS)}”"
    return label


_TITLE_CHARS = 36


class _Names:
    """Source names for article ids (`source_name`)."""

    def __init__(self, report: Report) -> None:
        self.outlet: dict[str, str] = {}
        labels = article_labels([a.id for a in report.articles])
        for a in report.articles:
            self.outlet[a.id] = source_name(a, labels[a.id])
        self.order = {a.id: i for i, a in enumerate(report.articles)}
        self.published = {a.id: a.published for a in report.articles}
        self._report = report

    @cached_property
    def case(self) -> dict[str, str]:
        """The report's names as its statements write them (`slot_case.report_names`)."""
        return report_names(self._report)

    def ordered(self, ids: Iterable[str]) -> list[str]:
        return sorted(set(ids), key=lambda a: (self.order.get(a, len(self.order)), a))

    def outlets(self, ids: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(self.outlet.get(a, a) for a in self.ordered(ids)))


def _one_per_article(citations: Sequence[Citation], names: _Names) -> tuple[Citation, ...]:
    first: dict[str, Citation] = {}
    for c in sorted(citations, key=lambda c: (c.article, c.start, c.end)):
        first.setdefault(c.article, c)
    return tuple(first[a] for a in names.ordered(first))


def _restates(words: set[str], others: Sequence[set[str]], share: float) -> bool:
    """Whether at least `share` of `words` are in one of `others`."""
    return bool(words) and any(len(words & o) >= share * len(words) for o in others)


def _first(values: Sequence[str], cap: int) -> str:
    return ", ".join(values[:cap]) + (f" +{len(values) - cap}" if len(values) > cap else "")


def _holders(speakers: Sequence[str], sources: Sequence[str], names: _Names, note: str = "") -> str:
    """'City prosecutor, Mayor +1; Outlet A, Outlet B +2': who says it; who reports it;
    and a note on when (`_when`: "later", "earlier")."""
    said = _first(list(dict.fromkeys(speakers)), 2)
    outlets = _first(names.outlets(sources), 2)
    return "; ".join(x for x in (said, outlets, note) if x)


def _timing_note(timing: Timing | None, cue: str) -> str:
    """'earlier, "initially"', 'later, "rose to"', 'later' (by publication): when a side or
    a figure stands against the others, as its point's fields say."""
    if timing is None:
        return ""
    return f'{timing.value}, "{cue}"' if cue and cue != timing.value else timing.value


def _when(c: ContestedItem, names: _Names) -> dict[int, str]:
    """Notes on a point's sides by when (`Position.timing`, `timing_cue`): 'earlier,
    "initially"', 'later' ..."""
    del names  # the point's sides carry their own timing
    return {
        i: note for i, p in enumerate(c.positions) if (note := _timing_note(p.timing, p.timing_cue))
    }


def side_when(c: ContestedItem, i: int) -> str:
    """When side `i` of a point was given: its publication days when the sides were first
    published on different days, and its timing ('14 Jul-5 Aug; later')."""
    p = c.positions[i]
    firsts = {q.first_published for q in c.positions}
    days = "" if len(firsts) < 2 else _day_span(p.first_published, p.last_published)
    return "; ".join(x for x in (days, _timing_note(p.timing, p.timing_cue)) if x)


def _note(notes: dict[int, str], sides: Iterable[int]) -> str:
    return next((notes[i] for i in sides if i in notes), "")


def _day_span(lo: dt.date | None, hi: dt.date | None) -> str:
    """'14 Jul', '14-15 Jul', '30 Jun-2 Jul', '30 Dec 2016-2 Jan 2017'; '' without dates."""
    if lo is None or hi is None:
        return ""
    if lo == hi:
        return f"{lo.day} {lo:%b}"
    if lo.year != hi.year:
        return f"{lo.day} {lo:%b %Y}-{hi.day} {hi:%b %Y}"
    if lo.month != hi.month:
        return f"{lo.day} {lo:%b}-{hi.day} {hi:%b}"
    return f"{lo.day}-{hi.day} {hi:%b}"


# What a point's (or a slot's) `update` says, after its figures or sides.
_UPDATE_NOTE = {
    UpdateBy.words: "likely an update",
    UpdateBy.rise: "figures rose over time: likely updates",
    UpdateBy.publication: "possibly an update",
}


def update_note(update: UpdateBy | None) -> str:
    """' — likely an update' (what a point's or a slot's `update` says); '' for none."""
    return f" — {_UPDATE_NOTE[update]}" if update is not None else ""


def figure_when(slot: DisputedSlot, fig: DisputedFigure, days: bool = True) -> str:
    """When a slot's figure was given: its publication days when the slot's figures were
    first published on different days, or read as an update and printed over different
    days (else the days tell nothing), and its timing ('14-15 Jul; later, "now"')."""
    spans = {(f.first_published, f.last_published) for f in slot.figures}
    firsts = {lo for lo, _ in spans}
    shown = days and (len(firsts) > 1 or (slot.update is not None and len(spans) > 1))
    told = _day_span(fig.first_published, fig.last_published) if shown else ""
    # a cue the figure's own text shows ("five initially trapped") is not said twice
    cue = "" if fig.timing_cue.casefold() in fig.text.casefold() else fig.timing_cue
    return "; ".join(x for x in (told, _timing_note(fig.timing, cue)) if x)
