"""Report -> text: Markdown for the editor, canonical JSON for machines, one HTML page to read.

Every output is a pure function of the Report (plus, for Markdown, the article texts when
given): same Report, same bytes. Nothing here reads the clock, the environment or
randomness, and nothing imports litellm/instructor; the only files read are the page's own
stylesheet and script (consensus/templates/report.css, report.js, once at import) and the
limits table (consensus/data/salience.toml). The module must never print, write files or
reach the network, and the HTML must never load anything from outside itself (no fonts,
external scripts, styles or images): an editor opens it offline. Its one inline script only
filters what is on the page; without it the page reads the same.

Layout: the Summary (Report.summary) and the Timeline come first, then Agreed, Contested,
Single-source, Coverage, Origins, Sources. Markdown keeps the `fold_per_outlet` most salient
single-source items of each group of articles unless `show_all`; HTML keeps them all, folded
per group in <details>. The summary and timeline cite with the numbers of the items' quotes.

Article text is untrusted input. Quotes, statements, outlet names and errors are escaped
for the format they land in: `html.escape` for HTML, backslash escapes for Markdown (a
quote saying "[we]" must not read as a citation or a link, a quote saying "<script>"
must not become markup).

Numbering and order, so that two runs agree:
  * Items keep the order the merger gave them; agreed items are labelled A1.., contested
    C1.., single-source S1.. . Single-source items are grouped by the articles that state
    them (groups in article order; within a group by salience, when the report has it) and
    numbered in that display order; folded items get no label.
  * Citations are numbered [1].. in order of first appearance: agreed, contested (each
    position in turn), single-source (display order), then any quote only the summary or
    the timeline shows (of a folded item). The same quote of the same article at the same
    offsets gets one number wherever it appears.
  * Articles are labelled by the part of their id before the first "_" ("001" for
    "001_cdb68502ee157b74") when those parts are unique, else by their full id.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from consensus.errors import UsageError
from consensus.models import (
    Citation,
    ContestedItem,
    Item,
    Polarity,
    Position,
    Report,
    SummaryLine,
    TimelineEntry,
)
from consensus.summary import Weights, article_labels

__all__ = [
    "FORMATS",
    "Format",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "report_json_schema",
]

Format = Literal["md", "json", "html"]
FORMATS: tuple[Format, ...] = ("md", "json", "html")

# A quote shown with context shows this many characters of the article on each side.
_CONTEXT_CHARS = 80

# Bidirectional embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069): one in a
# quote or title would reverse how the rest of its line displays, so no output
# carries them raw. JSON escapes them (\u202e: same string once parsed, offsets stay exact);
# Markdown, HTML and text show them as a visible ⟨U+202E⟩.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def defuse_bidi(text: str, *, json_text: bool = False) -> str:
    """`text` with every bidi control escaped (in JSON text) or made visible (elsewhere)."""
    if json_text:
        return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def _limits() -> Weights:
    from consensus.summary import load_weights

    return load_weights()


# --- JSON ----------------------------------------------------------------------------------


def _canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def render_json(report: Report) -> str:
    """The Report as canonical JSON: sorted keys, indent 2, UTF-8 text, trailing newline.

    `Report.model_validate_json(render_json(r)) == r` holds whenever `r.coverage` holds
    only JSON values (lists, not tuples).
    """
    return defuse_bidi(_canonical_json(report.model_dump(mode="json")), json_text=True)


def report_json_schema() -> str:
    """The JSON Schema (draft 2020-12) of Report, canonical JSON like `render_json`."""
    schema = Report.model_json_schema(mode="serialization")
    return _canonical_json({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema})


# --- The view both Markdown and HTML draw from ----------------------------------------------

_CiteKey = tuple[str, int, int, str]


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

        # Item labels and the statements the coverage section shows for them.
        self.item_label: dict[str, str] = {}
        self.item_text: dict[str, str] = {}
        self.item_verdict: dict[str, str] = {}
        for n, it in enumerate(report.agreed, 1):
            self._label(it.id, f"A{n}", it.statement, "agreed")
        for n, c in enumerate(report.contested, 1):
            self._label(c.id, f"C{n}", c.topic, "contested")
        for n, it in enumerate(self.singles, 1):
            self._label(it.id, f"S{n}", it.statement, "single_source")

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

    def outlet(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        if art is not None and art.outlet_info is not None:
            return art.outlet_info.name
        if art is not None and art.outlet:
            return art.outlet
        return self.coverage.outlets.get(article_id)

    def who(self, article_id: str) -> str:
        """'RT (001)', or just '004' when the outlet is unknown."""
        outlet = self.outlet(article_id)
        label = self.label(article_id)
        return f"{outlet} ({label})" if outlet else label

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
    """'BBC News, Daily Mail, The Guardian +2': who reports a summary line."""
    names = _unique(view.outlet(a) or view.label(a) for a in view.ordered(line.sources))
    return ", ".join(names[:cap]) + (f" +{len(names) - cap}" if len(names) > cap else "")


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


# --- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&#])")
_MD_LINE_START = re.compile(r"^([-+=>]|\d+[.)])")


def _md(text: str) -> str:
    """Inline Markdown-safe text: whitespace folded to one space, specials backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_line(text: str) -> str:
    """Like `_md`, and safe at the start of a line (no accidental list, heading, quote)."""
    escaped = _md(text)
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1), escaped)


def _md_code(text: str) -> str:
    tick = "``" if "`" in text else "`"
    return f"{tick}{text}{tick}" if tick == "`" else f"{tick} {text} {tick}"


def _md_refs(numbers: Iterable[int]) -> str:
    return " ".join(f"[{n}]" for n in numbers)


def _md_hedges(view: _View, hedges: Sequence[str], citations: Sequence[Citation]) -> str:
    if not hedges:
        return ""
    parts = [
        f"*{_md(h)}* {_md_refs(view.nums(_hedge_cites(h, citations)))}".rstrip() for h in hedges
    ]
    return " — hedged: " + "; ".join(parts)


def _md_reported_by(view: _View, sources: Sequence[str], citations: Sequence[Citation]) -> str:
    parts = [
        f"{_md(view.who(a))} {_md_refs(nums)}".rstrip()
        for a, nums in view.cites_by_source(sources, citations)
    ]
    return ", ".join(parts)


def _md_item(view: _View, it: Item) -> list[str]:
    refs = _md_refs(view.nums(it.citations)) or "(no citation)"
    head = (
        f"- **{view.item_ref(it.id)}** {_md(it.statement)} {refs}"
        f"{_md_hedges(view, it.hedges, it.citations)}"
    )
    meta = []
    if it.speakers:
        meta.append("said by " + _md(", ".join(it.speakers)))
    meta.append(
        f"reported by {_md_reported_by(view, it.sources, it.citations)} "
        f"({_plural(it.origins, 'independent origin')})"
    )
    meta.append(f"rule: *{_md(it.rule)}*")
    meta.append(_md_code(it.id))
    return [head, "  - " + " · ".join(meta)]


def _md_position(view: _View, i: int, p: Position) -> list[str]:
    refs = _md_refs(view.nums(p.citations)) or "(no citation)"
    speakers = f" — said by {_md(', '.join(p.speakers))}" if p.speakers else ""
    lines = [
        f"- **{_side(i)}** ({p.polarity.value}){speakers}: {_md(p.statement)} {refs}"
        f"{_md_hedges(view, p.hedges, p.citations)}",
        f"  - reported by {_md_reported_by(view, p.sources, p.citations)} "
        f"({_plural(p.origins, 'independent origin')})",
    ]
    for c in sorted(p.citations, key=view.num):
        lines.append(f"  - [{view.num(c)}] {_md(view.who(c.article))}: *{_md(c.quote)}*")
    return lines


def _md_contested(view: _View, c: ContestedItem) -> list[str]:
    lines = [
        f"### {view.item_ref(c.id)}. {_md(c.topic)}",
        "",
        f"Rule: *{_md(c.rule)}* · {_md_code(c.id)}",
        "",
    ]
    for i, p in enumerate(c.positions):
        lines += _md_position(view, i, p)
    return [*lines, ""]


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _md_coverage(view: _View) -> list[str]:
    cov = view.coverage
    lines = ["## Coverage", ""]
    matrix = cov.matrix or []
    if matrix:
        cols = view.article_ids
        lines.append(
            "Which article states which point: ● states it · A, B: the side it reports on a "
            "contested point · ○ leaves out an agreed point · blank: does not state it."
            + (" (Derived from the items; the report has no matrix.)" if cov.matrix_derived else "")
        )
        lines.append("")
        rows = []
        for r in matrix:
            verdict = r.verdict or view.item_verdict.get(r.item, "")
            cells = []
            for a in cols:
                if a in r.present:
                    cells.append(view.sides(r.item, a) or "●")
                else:
                    cells.append("○" if verdict == "agreed" else " ")
            text = view.item_text.get(r.item, "")
            short = text if len(text) <= 60 else text[:59].rstrip() + "…"
            rows.append([f"**{_md(view.item_ref(r.item))}**", _md(short), *cells])
        lines += _md_table(["Item", "Point", *(_md(view.label(a)) for a in cols)], rows)
        lines.append("")
    if cov.omissions is not None:
        lines += ["### Agreed points each outlet leaves out", ""]
        omitted = [(a, items) for a, items in cov.omissions if items]
        by_article = dict(omitted)
        for a in view.ordered(by_article):
            items = by_article[a]
            refs = ", ".join(_md(view.item_ref(i)) for i in items)
            lines.append(f"- {_md(view.who(a))}: {refs}")
        if not omitted and view.report.agreed:
            lines.append("- Every outlet states every agreed point.")
        lines.append("")
    if cov.wording:
        lines += ["### Distinctive wording", ""]
        for item_id, variants in view.wording():
            terms: dict[str, list[str]] = {}
            for a, term in variants:
                terms.setdefault(term, []).append(a)
            shown = "; ".join(
                f"“{_md(term)}” — " + ", ".join(_md(view.who(a)) for a in view.ordered(arts))
                for term, arts in terms.items()
            )
            lines.append(f"- **{_md(view.item_ref(item_id))}**: {shown}")
        lines.append("")
    for key, value in cov.extra.items():
        lines += [f"### {_md(key)}", "", "```json", _canonical_json(value).rstrip("\n"), "```", ""]
    if len(lines) == 2:
        lines += ["No coverage data.", ""]
    return lines


def _md_origins(view: _View) -> list[str]:
    lines = ["## Origins", ""]
    rows = []
    for a in view.article_ids:
        art = view.articles.get(a)
        rows.append(
            [
                _md(view.label(a)),
                _md(
                    (view.outlet(a) or "—")
                    + (f" ({_outlet_note(view, a)})" if _outlet_note(view, a) else "")
                ),
                _md((art.title if art else None) or "—"),
                art.published.isoformat() if art and art.published else "—",
                _md_code(a),
                _md_code(art.origin) if art else "—",
            ]
        )
    lines += _md_table(["Article", "Outlet", "Title", "Published", "Id", "Origin"], rows)
    lines.append("")
    for gid, ids, reasons in _origin_groups(view):
        if len(ids) > 1:
            why = "; ".join(_md(r) for r in reasons) or "no reason given"
            lines.append(f"- {_md_code(gid)}: {_md(_shared_origin_phrase(view, ids))} — {why}")
        else:
            lines.append(
                f"- {_md_code(gid)}: {_md(_and([view.who(a) for a in ids]))} — independent"
            )
    return [*lines, ""]


def _md_source(view: _View, n: int, c: Citation, texts: Mapping[str, str] | None) -> list[str]:
    art = view.articles.get(c.article)
    head = [f"**{_md(view.outlet(c.article) or 'Outlet unknown')}** ({_md(view.label(c.article))})"]
    note = _outlet_note(view, c.article)
    if note:
        head.append(_md(note))
    if art and art.title:
        head.append(f"*{_md(art.title)}*")
    if art and art.published:
        head.append(art.published.isoformat())
    head.append(f"article {_md_code(c.article)}")
    head.append(f"chars {c.start}–{c.end}")
    lines = [f"[{n}] " + " — ".join(head)]
    text = texts.get(c.article) if texts is not None else None
    if text is not None and text[c.start : c.end] != c.quote:
        lines.append(">")
        lines.append("> ⚠ This quote is not at these offsets of the article text.")
    if text is not None and text[c.start : c.end] == c.quote:
        before = text[max(0, c.start - _CONTEXT_CHARS) : c.start]
        after = text[c.end : c.end + _CONTEXT_CHARS]
        lead = "…" if c.start > _CONTEXT_CHARS else ""
        tail = "…" if c.end + _CONTEXT_CHARS < len(text) else ""
        lines.append(f"> {lead}{_md(before)} **{_md(c.quote)}** {_md(after)}{tail}")
    else:
        lines.append(f"> {_md_line(c.quote)}")
    return [*lines, ""]


def _md_summary(view: _View) -> list[str]:
    report = view.report
    s = report.summary
    if s is None:
        return []
    out = ["## Summary", ""]

    def line(sl: SummaryLine, outlets: bool = True) -> str:
        refs = _md_refs(view.nums(sl.citations))
        who = ""
        if outlets:
            who = " — " + _md(_summary_outlets(view, sl))
        ref = view.item_label.get(sl.item)
        return f"- {_md(sl.text)}{who} {refs}" + (f" ({ref})" if ref else "")

    if s.key_points:
        out += ["**What the sources agree on**", ""]
        out += [line(sl) for sl in s.key_points] + [""]
    if s.contested:
        out += ["**What they dispute**", ""]
        out += [line(sl, outlets=False) for sl in s.contested] + [""]
    if s.notable:
        out += ["**Notable claims only one source makes**", ""]
        out += [line(sl) for sl in s.notable] + [""]
    if not (s.key_points or s.contested or s.notable):
        out += ["No point is stated by two independent origins, and none stands out.", ""]
    more = _more_text(report)
    if more:
        out += [_md(more), ""]
    return out


def _md_timeline(view: _View, show_all: bool) -> list[str]:
    report = view.report
    if not report.timeline:
        return []
    shown = _timeline_shown(report, show_all)
    out = ["## Timeline", ""]
    for e in shown:
        ref = view.item_label.get(e.item)
        label = f" ({ref})" if ref else ""
        out.append(
            f"- **{e.date.isoformat()}** {_md(_shorten(e.statement))}{label} "
            f"{_md_refs(view.nums(e.citations))} — “{_md(' '.join(e.text.split()))}”"
            + (", resolved from the publication date" if e.resolved else "")
        )
    if len(shown) < len(report.timeline):
        out.append(
            f"- … {len(report.timeline) - len(shown)} more dated points (`--all`, or the JSON)."
        )
    return [*out, ""]


def render_markdown(
    report: Report, *, articles_text: Mapping[str, str] | None = None, show_all: bool = False
) -> str:
    """The report for an editor, as Markdown: the summary first, then everything else.

    Single-source items are folded to the most salient few per group of articles unless
    `show_all`; the JSON keeps them all. With `articles_text` (article id -> cleaned text)
    each source shows its quote in context and is checked against the text at its offsets.
    """
    view = _View(report, fold=None if show_all else _limits().limit("fold_per_outlet"))
    out: list[str] = ["# Consensus report", "", _md(_lede(view)), ""]
    failures_first = _nothing_extracted(report)
    if failures_first:
        out += _md_failures(report)
    out += _md_summary(view)
    out += _md_timeline(view, show_all)

    out += ["## Agreed", ""]
    for it in report.agreed:
        out += _md_item(view, it)
    if not report.agreed:
        out.append("Nothing is stated by two independent origins without being disputed.")
    out.append("")

    out += ["## Contested", ""]
    for contested in report.contested:
        out += _md_contested(view, contested)
    if not report.contested:
        out += ["No point is disputed between the sources.", ""]

    out += ["## Single-source", ""]
    for sources, items in view.single_groups:
        head = "Only in " + _and([view.who(a) for a in sources])
        if len(sources) > 1:
            head += " (one origin)"
        out += [f"### {_md(head)}", ""]
        for it in items:
            out += _md_item(view, it)
        hidden = view.folded.get(sources, 0)
        if hidden:
            out.append(
                f"- … {_plural(hidden, 'more single-source point')} from "
                f"{_md(_and([view.who(a) for a in sources]))}, less salient "
                "(`--all`, or the JSON)."
            )
        out.append("")
    if not view.single_groups and (report.agreed or report.contested):
        out += ["Every point is stated by more than one origin.", ""]

    out += _md_coverage(view)
    out += _md_origins(view)

    out += ["## Sources", ""]
    for n, citation in enumerate(view.sources, 1):
        out += _md_source(view, n, citation, articles_text)
    if not view.sources:
        out += ["No citations.", ""]

    if not failures_first:
        out += _md_failures(report)
    return defuse_bidi("\n".join(out).rstrip("\n") + "\n")


def _md_failures(report: Report) -> list[str]:
    if not report.failures:
        return []
    out = ["## Failures", ""]
    for f in report.failures:
        out.append(f"- {_md_code(f.article)} ({_md(f.kind)}): {_md(f.error)}")
    return [*out, ""]


# --- HTML ------------------------------------------------------------------------------------


def _asset(name: str) -> str:
    """A stylesheet or script of the page, from consensus/templates/ (read once, at import)."""
    from importlib import resources

    return resources.files("consensus").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


_CSS = _asset("report.css")
_JS = _asset("report.js")


class _Html:
    """HTML fragments for one report; every piece of text goes through `_h`."""

    def __init__(self, view: _View) -> None:
        self.v = view
        # Quotes open in place (a <details> card) unless the agreed and contested points cite
        # more than `inline_quotes` of them; then [n] links to the Sources list, which shows
        # each quote once (a 46-article report would otherwise carry ~800 quotes twice).
        r = view.report
        n = len({_cite_key(c) for it in r.agreed for c in it.citations}) + len(
            {_cite_key(c) for x in r.contested for p in x.positions for c in p.citations}
        )
        self.inline = n <= _limits().limit("inline_quotes")

    def cite(self, c: Citation) -> str:
        n = self.v.num(c)
        who = self.v.who(c.article)
        return (
            f'<details class="cite"><summary title="source {n}">{n}</summary>'
            f'<span class="pop"><q>{_h(c.quote)}</q>'
            f'<span class="src">{_h(who)} · <a href="#cite-{n}">source {n}</a></span>'
            "</span></details>"
        )

    def links(self, citations: Sequence[Citation]) -> str:
        """Plain [n] links to the Sources list (where the quotes are shown anyway)."""
        return "".join(f' <a href="#cite-{n}">[{n}]</a>' for n in self.v.nums(citations))

    def cites(self, citations: Sequence[Citation]) -> str:
        if not self.inline:
            return self.links(citations)
        first: dict[int, Citation] = {}
        for c in citations:
            first.setdefault(self.v.num(c), c)
        return "".join(self.cite(first[n]) for n in sorted(first))

    def hedges(self, hedges: Sequence[str], citations: Sequence[Citation]) -> str:
        return "".join(
            f'<span class="hedge">hedged: <em>{_h(h)}</em>'
            f"{self.cites(_hedge_cites(h, citations))}</span>"
            for h in hedges
        )

    def reported_by(self, sources: Sequence[str], citations: Sequence[Citation]) -> str:
        parts = []
        for a, nums in self.v.cites_by_source(sources, citations):
            links = "".join(f' <a href="#cite-{n}">[{n}]</a>' for n in nums)
            parts.append(f'<span class="chip">{_h(self.v.who(a))}{links}</span>')
        return "".join(parts)

    def single(self, it: Item, shared_rule: str | None) -> str:
        """A single-source item, compact: its group names the outlet (and the rule when
        every item of the group has the same); quotes open from the Sources list."""
        v = self.v
        refs = self.links(it.citations)
        meta = []
        if it.speakers:
            meta.append("said by " + _h(", ".join(it.speakers)))
        if it.rule != shared_rule:
            meta.append(f'<span class="rule">rule: {_h(it.rule)}</span>')
        hedges = "".join(f'<span class="hedge">hedged: <em>{_h(h)}</em></span>' for h in it.hedges)
        return (
            f'<li class="item single_source" id="{_h(it.id)}">'
            f'<span class="label">{_h(v.item_ref(it.id))}</span>{_h(it.statement)}{refs}'
            + (f'<div class="hedges">{hedges}</div>' if hedges else "")
            + (f'<div class="meta">{" · ".join(meta)}</div>' if meta else "")
            + "</li>"
        )

    def single_group(self, srcs: tuple[str, ...], items: Sequence[Item]) -> str:
        rules = {it.rule for it in items}
        shared = next(iter(rules)) if len(rules) == 1 else None
        rule = f'<p class="meta rule">rule: {_h(shared)}</p>' if shared else ""
        return (
            f'<details class="group" data-src="{_h(" ".join(srcs))}"><summary>'
            f"Only in {_h(_and([self.v.who(a) for a in srcs]))}"
            f"{' (one origin)' if len(srcs) > 1 else ''}"
            + "".join(
                f' <span class="labels">{_h(note)}</span>'
                for note in _unique(_outlet_note(self.v, a) for a in srcs)
                if note
            )
            + f' <span class="count">{len(items)}</span></summary>{rule}'
            '<ol class="items">' + "".join(self.single(it, shared) for it in items) + "</ol>"
            "</details>"
        )

    def item(self, it: Item, verdict: str) -> str:
        v = self.v
        sep = '<span class="sep">·</span>'
        meta = []
        if it.speakers:
            meta.append("said by " + _h(", ".join(it.speakers)))
        meta.append(
            f"{_h(_plural(it.origins, 'independent origin'))}: "
            + self.reported_by(it.sources, it.citations)
        )
        why = f'<span class="rule">rule: {_h(it.rule)}</span>{sep}<code>{_h(it.id)}</code>'
        hedges = self.hedges(it.hedges, it.citations)
        return (
            f'<li class="item {verdict}" id="{_h(it.id)}" data-src="{_h(" ".join(it.sources))}">'
            f'<div class="statement"><span class="label">{_h(v.item_ref(it.id))}</span>'
            f'<span class="text">{_h(it.statement)}</span> {self.cites(it.citations)}</div>'
            + (f'<div class="hedges">{hedges}</div>' if hedges else "")
            + f'<div class="meta">{sep.join(meta)}</div>'
            + f'<div class="meta why">{why}</div></li>'
        )

    def position(self, c: ContestedItem, i: int, p: Position) -> str:
        v = self.v
        rows = []
        if p.speakers:
            rows.append(("Said by", _h(", ".join(p.speakers))))
        rows.append(("Reported by", self.reported_by(p.sources, p.citations)))
        rows.append(("Origins", _h(_plural(p.origins, "independent origin"))))
        dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in rows)
        quotes = "".join(
            f'<li><a href="#cite-{v.num(q)}">[{v.num(q)}]</a> {_h(q.quote)}'
            f'<span class="who">{_h(v.who(q.article))}</span></li>'
            for q in sorted(p.citations, key=v.num)
        )
        hedges = self.hedges(p.hedges, p.citations)
        pol = p.polarity.value
        return (
            f'<div class="position {pol}" id="{_h(c.id)}-p{i + 1}">'
            f'<div class="side">{_side(i)} <span class="polarity {pol}">'
            f"{'denies' if p.polarity is Polarity.denies else 'asserts'}</span></div>"
            f'<div class="statement">{_h(p.statement)}{self.links(p.citations)}</div>'
            + (f'<div class="hedges">{hedges}</div>' if hedges else "")
            + f"<dl>{dl}</dl>"
            + (f'<ul class="quotes">{quotes}</ul>' if quotes else "")
            + "</div>"
        )

    def filter_bar(self) -> str:
        v = self.v
        options = "".join(f'<option value="{_h(a)}">{_h(v.who(a))}</option>' for a in v.article_ids)
        return (
            '<div class="filter" role="search"><label>Find <input type="search" id="q" '
            'placeholder="words in a point or quote"></label><label>Outlet <select id="outlet">'
            f'<option value="">all outlets</option>{options}</select></label>'
            '<span id="shown" aria-live="polite"></span></div>'
        )

    def summary(self) -> str:
        v = self.v
        s = v.report.summary
        if s is None:
            return ""

        def line(sl: SummaryLine, outlets: bool = True) -> str:
            ref = v.item_label.get(sl.item)
            jump = f' <a class="jump" href="#{_h(sl.item)}">{_h(ref)}</a>' if ref else ""
            who = ""
            if outlets:
                who = f' <span class="who">— {_h(_summary_outlets(v, sl))}</span>'
            return f"<li>{_h(sl.text)}{who} {self.cites(sl.citations)}{jump}</li>"

        parts = []
        for title, lines, outlets in (
            ("What the sources agree on", s.key_points, True),
            ("What they dispute", s.contested, False),
            ("Notable claims only one source makes", s.notable, True),
        ):
            if lines:
                parts.append(
                    f'<h3>{title}</h3><ul class="summary">'
                    + "".join(line(sl, outlets) for sl in lines)
                    + "</ul>"
                )
        if not parts:
            parts.append(
                '<p class="empty">No point is stated by two independent origins, '
                "and none stands out.</p>"
            )
        more = _more_text(v.report)
        if more:
            parts.append(f'<p class="hint">{_h(more)}</p>')
        return "".join(parts)

    def timeline(self) -> str:
        v = self.v
        r = v.report
        shown = _timeline_shown(r, show_all=False)
        rows = []
        for e in shown:
            ref = v.item_label.get(e.item)
            jump = f' <a class="jump" href="#{_h(e.item)}">{_h(ref)}</a>' if ref else ""
            mark = ' <span class="resolved">resolved</span>' if e.resolved else ""
            rows.append(
                f'<li><time datetime="{e.date.isoformat()}">{e.date.isoformat()}</time>'
                f'<span class="when">“{_h(" ".join(e.text.split()))}”{mark}</span> '
                f"{_h(_shorten(e.statement))} {self.cites(e.citations)}{jump}</li>"
            )
        more = len(r.timeline) - len(shown)
        tail = (
            f'<p class="hint">{_h(_plural(more, "more dated point"))} in the JSON.</p>'
            if more
            else ""
        )
        return f'<ol class="timeline">{"".join(rows)}</ol>{tail}'

    def contested(self, c: ContestedItem) -> str:
        v = self.v
        positions = "".join(self.position(c, i, p) for i, p in enumerate(c.positions))
        return (
            f'<article class="contested-item contested" id="{_h(c.id)}" '
            f'data-src="{_h(" ".join(sorted(_position_sources(c))))}"><header>'
            f'<h3><span class="label">{_h(v.item_ref(c.id))}</span>{_h(c.topic)}</h3>'
            f'<div class="meta"><span class="rule">rule: {_h(c.rule)}</span>'
            f'<span class="sep">·</span><code>{_h(c.id)}</code></div></header>'
            f'<div class="positions">{positions}</div></article>'
        )

    def coverage(self) -> str:
        v = self.v
        cov = v.coverage
        parts: list[str] = []
        every = cov.matrix or []
        # One row per single-source point makes the page grow with the long tail (a 46-article
        # input has ~1,000); the JSON keeps them, the HTML shows the shared points only.
        shared = [r for r in every if (r.verdict or v.item_verdict.get(r.item)) != "single_source"]
        # Past `heat_rows` shared points, the rows kept are the summary's, then the most
        # salient; they stay in report order.
        cap = _limits().limit("heat_rows")
        keep = {r.item for r in shared}
        if len(shared) > cap:
            first = {line.item for line in _summary_lines(v.report)}
            ranked = sorted(shared, key=lambda r: (r.item not in first, -v.score(r.item), r.item))
            keep = {r.item for r in ranked[:cap]}
        matrix = [r for r in shared if r.item in keep]
        if matrix:
            cols = v.article_ids
            head = "".join(
                f'<th scope="col">{_h(v.label(a))}<small>{_h(v.outlet(a) or "outlet unknown")}'
                "</small></th>"
                for a in cols
            )
            body = []
            previous = ""
            for r in matrix:
                verdict = r.verdict or v.item_verdict.get(r.item, "")
                kind = verdict if verdict in ("agreed", "contested", "single_source") else "other"
                cells = []
                for a in cols:
                    # No per-cell title: the column head names the outlet, and titles on
                    # every cell were a third of the page for a 46-article input.
                    if a in r.present:
                        cells.append(
                            f'<td class="cell {kind}">{_h(v.sides(r.item, a) or "●")}</td>'
                        )
                    elif kind == "agreed":
                        cells.append('<td class="om">○</td>')
                    else:
                        cells.append('<td class="ab">·</td>')
                text = v.item_text.get(r.item, r.item)
                cls = ' class="group-start"' if previous and kind != previous else ""
                previous = kind
                body.append(
                    f'<tr{cls}><th scope="row"><a href="#{_h(r.item)}">'
                    f'<span class="label {kind}">{_h(v.item_ref(r.item))}</span></a>'
                    f"{_h(text)}</th>{''.join(cells)}</tr>"
                )
            derived = (
                '<p class="hint">Derived from the items: the report carries no matrix.</p>'
                if cov.matrix_derived
                else ""
            )
            if len(matrix) < len(every):
                derived += (
                    f'<p class="hint">{len(every) - len(matrix)} rows (single-source points'
                    + (", and the less salient shared points" if len(matrix) < len(shared) else "")
                    + ") are left to the JSON (coverage.matrix); every point is listed above.</p>"
                )
            parts.append(
                '<ul class="legend">'
                '<li><i class="sw-agreed"></i>states an agreed point</li>'
                '<li><i class="sw-contested"></i>reports side A, B… of a contested point</li>'
                '<li><i class="sw-single"></i>states a single-source point</li>'
                '<li><i class="sw-omitted"></i>leaves out an agreed point</li>'
                '<li><i class="sw-absent"></i>does not state it</li></ul>'
                + derived
                + '<div class="scroll"><table class="heat"><thead><tr>'
                f'<th class="point" scope="col">Point</th>{head}'
                f"</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
            )
        if cov.omissions is not None:
            rows = []
            for a, items in cov.omissions:
                if not items:
                    continue
                # The label links to the point; its text is not repeated here (one outlet can
                # leave out dozens of points, each chip would carry a whole statement).
                # An outlet that leaves out dozens of points: the key points it leaves out,
                # and how many others.
                listed = items
                if len(items) > cap // 3:
                    key_points = {line.item for line in _summary_lines(v.report)}
                    listed = [i for i in items if i in key_points]
                chips = "".join(
                    f'<span class="chip"><a href="#{_h(i)}">{_h(v.item_ref(i))}</a></span>'
                    for i in listed
                ) + (
                    f'<span class="chip">+{len(items) - len(listed)} more</span>'
                    if len(listed) < len(items)
                    else ""
                )
                rows.append(f"<tr><td>{_h(v.who(a))}</td><td>{chips}</td></tr>")
            parts.append(
                "<h3>Agreed points each outlet leaves out</h3>"
                + (
                    '<table class="plain"><thead><tr><th>Outlet</th><th>Leaves out</th></tr>'
                    f"</thead><tbody>{''.join(rows)}</tbody></table>"
                    if rows
                    else '<p class="empty">Every outlet states every agreed point.</p>'
                    if v.report.agreed
                    else '<p class="empty">No agreed point.</p>'
                )
            )
        if cov.wording:
            rows = []
            for item_id, variants in v.wording():
                terms: dict[str, list[str]] = {}
                for a, term in variants:
                    terms.setdefault(term, []).append(a)
                shown = "".join(
                    f'<div><span class="term">{_h(term)}</span> '
                    + ", ".join(_h(v.who(a)) for a in v.ordered(arts))
                    + "</div>"
                    for term, arts in terms.items()
                )
                rows.append(
                    f'<tr><td><a href="#{_h(item_id)}"><span class="label">'
                    f"{_h(v.item_ref(item_id))}</span></a>"
                    f"{_h(v.item_text.get(item_id, ''))}</td><td>{shown}</td></tr>"
                )
            parts.append(
                "<h3>Distinctive wording for the same point</h3>"
                '<table class="plain"><thead><tr><th>Point</th><th>Words used</th></tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        for key, value in cov.extra.items():
            parts.append(f"<h3>{_h(key)}</h3><pre>{_h(_canonical_json(value))}</pre>")
        return "".join(parts) or '<p class="empty">No coverage data.</p>'

    def origins(self) -> str:
        v = self.v
        rows = []
        for a in v.article_ids:
            art = v.articles.get(a)
            rows.append(
                f"<tr><td>{_h(v.label(a))}</td><td>{_h(v.outlet(a) or '—')}"
                + (
                    f' <span class="labels">{_h(_outlet_note(v, a))}</span>'
                    if _outlet_note(v, a)
                    else ""
                )
                + "</td>"
                f"<td>{_h((art.title if art else None) or '—')}</td>"
                '<td class="date">'
                f"{_h(art.published.isoformat() if art and art.published else '—')}</td>"
                f"<td><code>{_h(a)}</code></td></tr>"
            )
        cards = []
        for gid, ids, reasons in _origin_groups(v):
            shared = len(ids) > 1
            title = _shared_origin_phrase(v, ids) if shared else v.who(ids[0]) if ids else gid
            why = (
                "<ul>" + "".join(f"<li>{_h(r)}</li>" for r in reasons) + "</ul>"
                if reasons
                else f'<div class="meta">{"no reason given" if shared else "independent"}</div>'
            )
            cards.append(
                f'<div class="origin{" shared" if shared else ""}" id="origin-{_h(gid)}">'
                f'<h3>{_h(title)}</h3><div class="meta"><code>{_h(gid)}</code></div>{why}</div>'
            )
        return (
            '<table class="plain"><thead><tr><th>Article</th><th>Outlet</th><th>Title</th>'
            f"<th>Published</th><th>Id</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f'<div class="origins">{"".join(cards)}</div>'
        )

    def sources(self) -> str:
        v = self.v
        items = []
        for n, c in enumerate(v.sources, 1):
            head = [f"{_h(v.outlet(c.article) or 'Outlet unknown')} ({_h(v.label(c.article))})"]
            # Title, date, article id and outlet labels are in the Origins table, once per
            # article: repeated for each of ~1,400 quotes they cost a tenth of the page.
            head.append(f"chars {c.start}–{c.end}")
            items.append(
                f'<li id="cite-{n}"><b>[{n}]</b><small>{" · ".join(head)}</small>'
                f"<blockquote>{_h(c.quote)}</blockquote></li>"
            )
        return (
            f'<ol class="sources">{"".join(items)}</ol>'
            if items
            else ('<p class="empty">No citations.</p>')
        )


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page: inline CSS and script, nothing external.

    The script only filters what is on the page (search words, one outlet); without it
    the page reads the same, with every outlet's single-source points folded."""
    v = _View(report)
    h = _Html(v)
    r = report

    def block(sid: str, title: str, count: int | None, hint: str, body: str) -> str:
        badge = f' <span class="count">{count}</span>' if count is not None else ""
        hint_html = f'<p class="hint">{hint}</p>' if hint else ""
        return (
            f'<section class="block" id="{sid}"><h2>{title}{badge}</h2>{hint_html}{body}</section>'
        )

    agreed = (
        '<ol class="items">' + "".join(h.item(it, "agreed") for it in r.agreed) + "</ol>"
        if r.agreed
        else '<p class="empty">Nothing is stated by two independent origins without dispute.</p>'
    )
    contested = "".join(h.contested(c) for c in r.contested) or (
        '<p class="empty">No point is disputed between the sources.</p>'
    )
    singles = "".join(h.single_group(srcs, items) for srcs, items in v.single_groups) or (
        '<p class="empty">Every point is stated by more than one origin.</p>'
        if r.agreed or r.contested
        else '<p class="empty">No point.</p>'
    )
    failures = ""
    if r.failures:
        failures = block(
            "failures",
            "Failures",
            len(r.failures),
            "Articles that could not be processed; the report goes on without them.",
            '<ul class="failures">'
            + "".join(
                f"<li><code>{_h(f.article)}</code> ({_h(f.kind)}): {_h(f.error)}</li>"
                for f in r.failures
            )
            + "</ul>",
        )

    n_origins = len({a.origin for a in r.articles})
    tiles = [
        ("agreed", len(r.agreed), "agreed"),
        ("contested", len(r.contested), "contested"),
        ("single", len(r.single_source), "single-source"),
        ("", len(r.articles), "articles"),
        ("", n_origins, "independent origins"),
    ]
    if r.failures:
        tiles.append(("failed", len(r.failures), "failed"))
    tiles_html = "".join(
        f'<li class="{cls}"><b>{n}</b><span>{_h(what)}</span></li>' for cls, n, what in tiles
    )
    toc = "".join(
        f'<a href="#{sid}">{name}</a>'
        for sid, name in [
            *([("summary", "Summary")] if r.summary is not None else []),
            *([("timeline", "Timeline")] if r.timeline else []),
            ("agreed", "Agreed"),
            ("contested", "Contested"),
            ("single-source", "Single-source"),
            ("coverage", "Coverage"),
            ("origins", "Origins"),
            ("sources", "Sources"),
            *([("failures", "Failures")] if r.failures else []),
        ]
    )
    body = (
        '<header class="top"><div class="wrap">'
        '<p class="kicker">Consensus report</p>'
        "<h1>What the sources agree on, contest, and say alone</h1>"
        f'<p class="lede" id="lede">{_h(_lede(v))}</p>'
        f'<ul class="tiles">{tiles_html}</ul><nav class="toc">{toc}</nav></div></header>'
        '<main class="wrap">'
        + (failures if _nothing_extracted(r) else "")
        + (
            block(
                "summary",
                "Summary",
                None,
                "",
                h.summary(),
            )
            if r.summary is not None
            else ""
        )
        + (
            block(
                "timeline",
                "Timeline",
                len(r.timeline),
                "Dated points in order; “resolved” marks a day worked out from the "
                "article's publication date.",
                h.timeline(),
            )
            if r.timeline
            else ""
        )
        + h.filter_bar()
        + block(
            "agreed",
            "Agreed",
            len(r.agreed),
            "Stated by two or more independent origins, with no opposing claim.",
            agreed,
        )
        + block(
            "contested",
            "Contested",
            len(r.contested),
            "Sources take opposing positions; each side is shown with who says it.",
            contested,
        )
        + block(
            "single-source",
            "Single-source",
            len(r.single_source),
            "Stated by one origin only (copies of one text count once); open an outlet to "
            "see its points, most salient first.",
            singles,
        )
        + block(
            "coverage",
            "Coverage",
            None,
            "Which article states which point. Click a point to jump to it.",
            h.coverage(),
        )
        + block(
            "origins",
            "Origins",
            len(_origin_groups(v)),
            "Articles that share one origin (copies, syndication) count once.",
            h.origins(),
        )
        + block(
            "sources",
            "Sources",
            len(v.sources),
            "Every citation, verbatim, with its article and character offsets.",
            h.sources(),
        )
        + ("" if _nothing_extracted(r) else failures)
        + "</main>"
        f"<footer>consensus report · schema version {_h(r.schema_version)}</footer>"
    )
    return defuse_bidi(
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Consensus report</title>"
        f"<style>{_CSS}</style></head><body>{body}<script>{_JS}</script></body></html>\n"
    )


# --- Dispatch --------------------------------------------------------------------------------


def render(report: Report, fmt: Format, *, show_all: bool = False) -> str:
    """Render `report` as "md", "json" or "html" (`show_all`: no folding in Markdown)."""
    if fmt == "md":
        return render_markdown(report, show_all=show_all)
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report)
    raise UsageError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
