"""The view both Markdown and HTML draw from: labels, citation numbers, coverage, folding,
and the phrasings (lede, origins, outlets) the two formats share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from consensus.models import (
    Citation,
    ContestedItem,
    Item,
    Report,
    SummaryLine,
    TimelineEntry,
)
from consensus.render.heading import contested_heading
from consensus.render.sentences import full_stop, shown
from consensus.slot_case import lower_first, report_names
from consensus.summary import (
    Weights,
    article_labels,
    figure_when,
    side_when,
    slot_label,
    source_name,
    update_note,
)


def _limits() -> Weights:
    from consensus.summary import load_weights

    return load_weights()


_CiteKey = tuple[str, int, int, str]
_POINT_ID = re.compile(r"\bc-[0-9a-f]{10}\b")  # a contested point's id (`items` ids)


def _cite_key(c: Citation) -> _CiteKey:
    return (c.article, c.start, c.end, c.quote)


@dataclass(frozen=True)
class _Row:
    """One row of the coverage matrix."""

    item: str
    verdict: str
    present: frozenset[str]


@dataclass
class _Coverage:
    """`Report.coverage` read defensively: every key optional, malformed entries skipped."""

    outlets: dict[str, str | None] = field(default_factory=dict)
    matrix: list[_Row] | None = None
    matrix_derived: bool = False
    omissions: list[tuple[str, list[str]]] | None = None
    wording: list[tuple[str, list[tuple[str, str]]]] | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _str_list(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [v for v in value if isinstance(v, str)]


def _dicts(value: object) -> list[dict[str, object]]:
    if not isinstance(value, list | tuple):
        return []
    return [v for v in value if isinstance(v, dict)]


def _read_coverage(report: Report) -> _Coverage:
    raw = report.coverage
    cov = _Coverage()
    for entry in _dicts(raw.get("outlets")):
        article, outlet = entry.get("article"), entry.get("outlet")
        if isinstance(article, str):
            cov.outlets[article] = outlet if isinstance(outlet, str) else None
    if "matrix" in raw:
        cov.matrix = []
        for entry in _dicts(raw["matrix"]):
            item, verdict = entry.get("item"), entry.get("verdict")
            if isinstance(item, str):
                cov.matrix.append(
                    _Row(
                        item,
                        verdict if isinstance(verdict, str) else "",
                        frozenset(_str_list(entry.get("present"))),
                    )
                )
    if "omissions" in raw:
        cov.omissions = []
        for entry in _dicts(raw["omissions"]):
            article = entry.get("article")
            if isinstance(article, str):
                cov.omissions.append((article, _str_list(entry.get("items"))))
    if "wording" in raw:
        cov.wording = []
        for entry in _dicts(raw["wording"]):
            item = entry.get("item")
            if not isinstance(item, str):
                continue
            variants: list[tuple[str, str]] = []
            for v in _dicts(entry.get("variants")):
                article, term = v.get("article"), v.get("term")
                if isinstance(article, str) and isinstance(term, str):
                    variants.append((article, term))
            cov.wording.append((item, variants))
    known = {"outlets", "matrix", "omissions", "wording"}
    cov.extra = {k: raw[k] for k in sorted(raw) if k not in known}
    return cov


def _position_sources(item: ContestedItem) -> frozenset[str]:
    return frozenset(s for p in item.positions for s in p.sources)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


class _View:
    """Labels, citation numbers and the coverage data, computed once per Report."""

    def __init__(self, report: Report, fold: int | None = None) -> None:
        self.report = report
        # the report's names as its statements write them (slot labels, rule keys)
        self.case = report_names(report)
        self._scores: dict[str, float] | None = None
        self.articles = {a.id: a for a in report.articles}
        self.coverage = _read_coverage(report)

        # With `fold`, each group of single-source items keeps only its `fold` most salient
        # items; the rest are counted in `folded` and left to --all and the JSON.
        self.single_groups = self._group_single(report.single_source)
        self.folded: dict[tuple[str, ...], int] = {}
        if fold is not None:
            kept = []
            for srcs, items in self.single_groups:
                kept.append((srcs, items[:fold]))
                if len(items) > fold:
                    self.folded[srcs] = len(items) - fold
            self.single_groups = kept
        self.singles: list[Item] = [it for _, items in self.single_groups for it in items]

        # independent origins of each agreed and single-source item (summary lines)
        self.item_origins = {it.id: it.origins for it in (*report.agreed, *report.single_source)}
        # Item labels and the statements the coverage section shows for them, as the item's
        # own entry shows them (`shown`: framed, with its full stop; a point's topic with its
        # stop), so that a cut row and an uncut one read alike.
        self.item_label: dict[str, str] = {}
        self.item_text: dict[str, str] = {}
        self.item_verdict: dict[str, str] = {}
        for n, it in enumerate(report.agreed, 1):
            self._label(it.id, f"A{n}", shown(it), "agreed")
        for n, c in enumerate(report.contested, 1):
            self._label(c.id, f"C{n}", full_stop(c.topic), "contested")
        # a contested point's heading says what it disputes (`contested_heading`)
        self.heading = {c.id: contested_heading(c, report) for c in report.contested}
        for n, it in enumerate(self.singles, 1):
            self._label(it.id, f"S{n}", shown(it), "single_source")

        # Citation numbers in order of first appearance.
        self.sources: list[Citation] = []
        self._numbers: dict[_CiteKey, int] = {}
        for it in report.agreed:
            self._number(it.citations)
        for c in report.contested:
            for p in c.positions:
                self._number(p.citations)
        for it in self.singles:
            self._number(it.citations)
        # The summary and the timeline cite what the items cite; an item folded away still
        # gets numbers for the quotes they show, after all the others.
        if report.summary is not None:
            for line in _summary_lines(report):
                self._number(line.citations)
        for entry in report.timeline:
            self._number(entry.citations)

        ids = _unique(
            [a.id for a in report.articles]
            + [e for e in self.coverage.outlets]
            + [c.article for c in self.sources]
        )
        self.article_ids = ids
        self.labels = article_labels(ids)

        if self.coverage.matrix is None:
            self.coverage.matrix = self._derived_matrix()
            self.coverage.matrix_derived = True
        if self.folded:
            self.coverage.matrix = [r for r in self.coverage.matrix if r.item in self.item_label]
            if self.coverage.wording is not None:
                self.coverage.wording = [
                    w for w in self.coverage.wording if w[0] in self.item_label
                ]
        order = {item_id: i for i, item_id in enumerate(self.item_label)}
        self.coverage.matrix.sort(key=lambda r: order.get(r.item, len(order)))

    def _label(self, item_id: str, label: str, text: str, verdict: str) -> None:
        self.item_label.setdefault(item_id, label)
        self.item_text.setdefault(item_id, text)
        self.item_verdict.setdefault(item_id, verdict)

    def _number(self, citations: Iterable[Citation]) -> None:
        for c in citations:
            key = _cite_key(c)
            if key not in self._numbers:
                self.sources.append(c)
                self._numbers[key] = len(self.sources)

    def _group_single(self, items: Sequence[Item]) -> list[tuple[tuple[str, ...], list[Item]]]:
        position = {a.id: i for i, a in enumerate(self.report.articles)}
        groups: dict[tuple[str, ...], list[Item]] = {}
        for it in items:
            key = tuple(sorted(it.sources, key=lambda s: (position.get(s, len(position)), s)))
            groups.setdefault(key, []).append(it)
        for members in groups.values():  # most salient first when scored (stable otherwise)
            members.sort(key=lambda it: -it.salience.score if it.salience else 0.0)
        return sorted(
            groups.items(),
            key=lambda kv: [(position.get(s, len(position)), s) for s in kv[0]],
        )

    def _derived_matrix(self) -> list[_Row]:
        rows = [_Row(it.id, "agreed", frozenset(it.sources)) for it in self.report.agreed]
        rows += [_Row(c.id, "contested", _position_sources(c)) for c in self.report.contested]
        rows += [_Row(it.id, "single_source", frozenset(it.sources)) for it in self.singles]
        return rows

    # -- lookups ----------------------------------------------------------------------------

    def num(self, c: Citation) -> int:
        return self._numbers[_cite_key(c)]

    def nums(self, citations: Iterable[Citation]) -> list[int]:
        return sorted({self.num(c) for c in citations})

    def label(self, article_id: str) -> str:
        return self.labels.get(article_id, article_id)

    def source_name(self, article_id: str) -> str:
        """The outlet, else the article's title, else its short label (summary lines)."""
        art = self.articles.get(article_id)
        if art is None:
            return self.outlet(article_id) or self.label(article_id)
        return source_name(art, self.outlet(article_id) or self.label(article_id))

    def outlet(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        if art is not None and art.outlet_info is not None:
            return art.outlet_info.name
        if art is not None and art.outlet:
            return art.outlet
        return self.coverage.outlets.get(article_id)

    def who(self, article_id: str) -> str:
        """'RT (001)'; the title the summary lines name it by when the outlet is unknown
        ('“Trump calls for safety of…” (000)'); just '004' when neither is known."""
        label = self.label(article_id)
        name = self.source_name(article_id)
        return f"{name} ({label})" if name != label else label

    def ordered(self, article_ids: Iterable[str]) -> list[str]:
        position = {a: i for i, a in enumerate(self.article_ids)}
        return sorted(set(article_ids), key=lambda a: (position.get(a, len(position)), a))

    def wording(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The coverage wording entries in item order (unknown items last, as given)."""
        order = {item_id: i for i, item_id in enumerate(self.item_label)}
        return sorted(self.coverage.wording or [], key=lambda w: order.get(w[0], len(order)))

    def sides(self, item_id: str, article_id: str) -> str:
        """For a contested item, the sides an article reports ('A', 'A+B'); else ''."""
        for c in self.report.contested:
            if c.id == item_id:
                return "+".join(
                    _side(i).removeprefix("Side ")
                    for i, p in enumerate(c.positions)
                    if article_id in p.sources or any(q.article == article_id for q in p.citations)
                )
        return ""

    def score(self, item_id: str) -> float:
        """The item's salience score (0 when the report has none)."""
        if self._scores is None:
            r = self.report
            items: list[Item | ContestedItem] = [*r.agreed, *r.single_source, *r.contested]
            self._scores = {x.id: x.salience.score for x in items if x.salience is not None}
        return self._scores.get(item_id, 0.0)

    def item_ref(self, item_id: str) -> str:
        return self.item_label.get(item_id, item_id)

    def rule_text(self, rule: str) -> str:
        """An item's rule with each contested point it names shown by its label too
        ("the point c-407955d445" -> "the point C1 (c-407955d445)")."""
        return _POINT_ID.sub(
            lambda m: (
                f"{self.item_label[m.group()]} ({m.group()})"
                if m.group() in self.item_label
                else m.group()
            ),
            rule,
        )

    def cites_by_source(
        self, sources: Iterable[str], citations: Sequence[Citation]
    ) -> list[tuple[str, list[int]]]:
        """Each reporting article with the numbers of its citations, in article order."""
        arts = self.ordered([*sources, *(c.article for c in citations)])
        return [(a, self.nums(c for c in citations if c.article == a)) for a in arts]


def _hedge_cites(hedge: str, citations: Sequence[Citation]) -> list[Citation]:
    """The citations whose quote carries the hedge; all of them when none does verbatim."""
    needle = hedge.casefold()
    hits = [c for c in citations if needle in c.quote.casefold()]
    return hits or list(citations)


def _and(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _origin_groups(view: _View) -> list[tuple[str, list[str], tuple[str, ...]]]:
    """(group id, article ids, reasons): the Report's groups, else derived from articles."""
    report = view.report
    if report.origins:
        found = [(g.id, view.ordered(g.articles), g.reasons) for g in report.origins]
    else:
        groups: dict[str, list[str]] = {}
        for a in report.articles:
            groups.setdefault(a.origin, []).append(a.id)
        found = [(gid, view.ordered(ids), ()) for gid, ids in sorted(groups.items())]
    # Shared origins are the news here; they go first (the sort is stable).
    return sorted(found, key=lambda g: len(g[1]) < 2)


def _shared_origin_phrase(view: _View, ids: Sequence[str]) -> str:
    """'001 and 003 are one RT text' (or 'one text' when the outlets differ or are unknown)."""
    outlets = {view.outlet(a) for a in ids}
    (only,) = outlets if len(outlets) == 1 else (None,)
    what = f"one {only} text" if only else "one text"
    return f"{_and([view.label(a) for a in ids])} are {what}"


def _nothing_extracted(report: Report) -> bool:
    """True when articles failed and no point at all came out: the report says so first."""
    return bool(report.failures) and not (report.agreed or report.contested or report.single_source)


def _lede(view: _View) -> str:
    report = view.report
    if _nothing_extracted(report):
        return (
            f"Nothing could be extracted: {_plural(len(report.failures), 'article')} could "
            "not be processed (see Failures), and no other article gave a claim."
        )
    n_articles = len(report.articles)
    n_origins = len({a.origin for a in report.articles})
    shared = [ids for _, ids, _ in _origin_groups(view) if len(ids) > 1]
    first = f"{_plural(n_articles, 'article')} from {_plural(n_origins, 'independent origin')}"
    if shared:
        first += " (" + "; ".join(_shared_origin_phrase(view, ids) for ids in shared) + ")"
    second = (
        f"{_plural(len(report.agreed), 'point')} agreed, {len(report.contested)} contested, "
        f"{len(report.single_source)} single-source"
    )
    text = f"{first}. {second}."
    if report.failures:
        text += (
            f" {_plural(len(report.failures), 'article')} could not be processed (see Failures)."
        )
    if report.warnings:  # (a problem that lost no article: a date, the cache, a step left out)
        text += f" {_plural(len(report.warnings), 'warning')} (see Warnings)."
    return text


def _summary_lines(report: Report) -> list[SummaryLine]:
    s = report.summary
    return [] if s is None else [*s.key_points, *s.contested, *s.notable]


def _more_text(report: Report) -> str:
    """'5 more agreed points, 40 more single-source claims in the full report below.'"""
    s = report.summary
    if s is None:
        return ""
    names = {"agreed": "agreed", "contested": "contested", "single_source": "single-source"}
    parts = [
        _plural(n, f"more {names[k]} point")
        for k, n in sorted(
            s.more.items(),
            key=lambda kv: list(names).index(kv[0]) if kv[0] in names else len(names),
        )
        if n > 0 and k in names
    ]
    return (_and(parts) + " below.") if parts else ""


def _summary_outlets(view: _View, line: SummaryLine, cap: int = 3) -> str:
    """'BBC News, Daily Mail, The Guardian +2': who reports a summary line; '(one origin)'
    after several outlets that print one text (a notable claim copied by other outlets)."""
    names = _unique(view.source_name(a) for a in view.ordered(line.sources))
    shown = ", ".join(names[:cap]) + (f" +{len(names) - cap}" if len(names) > cap else "")
    if len(names) > 1 and view.item_origins.get(line.item) == 1:
        shown += " (one origin)"
    return shown


def _timeline_shown(report: Report, show_all: bool) -> list[TimelineEntry]:
    """Every entry with --all; else the most salient few, still in date order."""
    entries = list(report.timeline)
    cap = _limits().limit("timeline_shown")
    if show_all or len(entries) <= cap:
        return entries
    score = {
        it.id: it.salience.score for it in (*report.agreed, *report.single_source) if it.salience
    }
    score.update({c.id: c.salience.score for c in report.contested if c.salience})
    ranked = sorted(range(len(entries)), key=lambda i: (-score.get(entries[i].item, 0.0), i))
    return [entries[i] for i in sorted(ranked[:cap])]


def _when(entry: TimelineEntry) -> str:
    resolved = ", resolved from the publication date" if entry.resolved else ""
    return f"{entry.date.isoformat()} (“{' '.join(entry.text.split())}”{resolved})"


def _shorten(text: str) -> str:
    from consensus.summary import shorten

    return shorten(text, _limits().limit("line_chars"))


def _outlet_note(view: _View, article_id: str) -> str:
    """'state-funded · Russia' from the outlet table, or ''."""
    art = view.articles.get(article_id)
    info = art.outlet_info if art is not None else None
    if info is None:
        return ""
    return " · ".join([*info.labels, *([info.country] if info.country else [])])


def _side(i: int) -> str:
    return "Side " + (chr(ord("A") + i) if i < 26 else str(i + 1))


def _slot_figures(c: ContestedItem, case: Mapping[str, str]) -> str:
    """A figure point's disputed slots, each with the figures the sides give for it: 'how
    many killed: at least seven (A) vs at least five (B); how many injured: ...' ('' when
    the point has no slot), so figures of different things never read as alternatives."""
    return "; ".join(
        lower_first(slot_label(slot, case, c), case)
        + ": "
        + " vs ".join(
            f"{f.text} ({_sides_of(f.positions, figure_when(slot, f))})" for f in slot.figures
        )
        + update_note(slot.update)
        for slot in c.slots
    )


def _sides_of(positions: Sequence[int], when: str) -> str:
    """'A, B' (the sides giving a figure), then when it was given ('A; 14 Jul; later')."""
    sides = ", ".join(_side(i).removeprefix("Side ") for i in positions)
    return f"{sides}; {when}" if when else sides


def _side_figures(c: ContestedItem, i: int, case: Mapping[str, str]) -> str:
    """The figures side `i` gives for the point's disputed slots, and when it was given
    (`summary.side_when`): 'how many injured: more than 50; 14 Jul; later' ('' when it gives
    neither)."""
    return "; ".join(
        [
            *(
                f"{lower_first(slot_label(slot, case, c), case)}: {f.text}"
                for slot in c.slots
                for f in slot.figures
                if i in f.positions
            ),
            *([when] if (when := side_when(c, i)) else []),
        ]
    )
