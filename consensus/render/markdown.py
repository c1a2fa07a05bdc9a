"""Markdown for the editor: `render_markdown`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from consensus.models import (
    Citation,
    ContestedItem,
    Item,
    Position,
    Report,
    SummaryLine,
    TimelineEntry,
)
from consensus.render.canonical import _canonical_json, defuse_bidi
from consensus.render.rules import shown_rule
from consensus.render.said_by import said_by
from consensus.render.sentences import full_stop, shown, shown_lead
from consensus.render.view import (
    _and,
    _hedge_cites,
    _lede,
    _limits,
    _more_text,
    _nothing_extracted,
    _origin_groups,
    _outlet_note,
    _plural,
    _shared_origin_phrase,
    _shorten,
    _side,
    _side_figures,
    _slot_figures,
    _summary_outlets,
    _timeline_shown,
    _View,
)

# A quote shown with context shows this many characters of the article on each side.
_CONTEXT_CHARS = 80


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&#])")
_MD_LINE_START = re.compile(r"^([-+=>]|\d+[.)])")


def _md(text: str) -> str:
    """Inline Markdown-safe text: whitespace folded to one space, specials backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_line(text: str) -> str:
    """Like `_md`, and safe at the start of a line (no accidental list, heading, quote)."""
    escaped = _md(text)
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1), escaped)


def _md_lead(c: Citation, *, line_start: bool = False) -> str:
    """The citation's lead (the start of its sentence), plain, then a space when the article
    has one before the quote: the emphasised quote after it stays what is cited."""
    if not c.lead.strip():
        return ""
    lead = shown_lead(c.lead)
    text = _md_line(lead) if line_start else _md(lead)
    return text + (" " if c.lead[-1:].isspace() else "")


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
        f"- **{view.item_ref(it.id)}** {_md(shown(it))} {refs}"
        f"{_md_hedges(view, it.hedges, it.citations)}"
    )
    meta = []
    if it.speakers:
        meta.append("said by " + _md(said_by(it)))
    meta.append(
        f"reported by {_md_reported_by(view, it.sources, it.citations)} "
        f"({_plural(it.origins, 'independent origin')})"
    )
    meta.append(f"rule: *{_md(view.rule_text(it.rule))}*")
    meta.append(_md_code(it.id))
    return [head, "  - " + " · ".join(meta)]


def _md_position(view: _View, i: int, p: Position, gives: str = "") -> list[str]:
    refs = _md_refs(view.nums(p.citations)) or "(no citation)"
    speakers = f" — said by {_md(said_by(p))}" if p.speakers else ""
    said = p.polarity.value + (f"; {_md(gives)}" if gives else "")
    lines = [
        f"- **{_side(i)}** ({said}){speakers}: {_md(shown(p))} {refs}"
        f"{_md_hedges(view, p.hedges, p.citations)}",
        f"  - reported by {_md_reported_by(view, p.sources, p.citations)} "
        f"({_plural(p.origins, 'independent origin')})",
    ]
    for c in sorted(p.citations, key=view.num):
        lines.append(
            f"  - [{view.num(c)}] {_md(view.who(c.article))}: {_md_lead(c)}*{_md(c.quote)}*"
        )
    return lines


def _md_contested(view: _View, c: ContestedItem) -> list[str]:
    lines = [
        f"### {view.item_ref(c.id)}. {_md(view.heading[c.id])}",
        "",
        f"Rule: *{_md(shown_rule(c, view.case))}* · {_md_code(c.id)}",
        "",
    ]
    if c.slots:
        lines += [f"Figures by what they count: {_md(_slot_figures(c, view.case))}", ""]
    for i, p in enumerate(c.positions):
        lines += _md_position(view, i, p, _side_figures(c, i, view.case))
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
        reach = max(_CONTEXT_CHARS, len(c.lead))  # the lead shown (a long one shortened)
        before = text[max(0, c.start - reach) : c.start]
        if len(before) == len(c.lead):
            before = shown_lead(c.lead)
        after = text[c.end : c.end + _CONTEXT_CHARS]
        lead = "…" if c.start > reach else ""
        tail = "…" if c.end + _CONTEXT_CHARS < len(text) else ""
        lines.append(f"> {lead}{_md(before)} **{_md(c.quote)}** {_md(after)}{tail}")
    elif c.lead.strip():
        lines.append(f"> {_md_lead(c, line_start=True)}**{_md(c.quote)}**")
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
        text = full_stop(sl.text) if outlets else sl.text  # a statement, not a dispute line
        who = ""
        if outlets:
            who = " — " + _md(_summary_outlets(view, sl))
        ref = view.item_label.get(sl.item)
        return f"- {_md(text)}{who} {refs}" + (f" ({ref})" if ref else "")

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


def _also(e: TimelineEntry) -> str:
    """'; its quotes also give 2017-10-19, 2017-11-24' for an item dated by several days."""
    if not e.other_dates:
        return ""
    return "; its quotes also give " + ", ".join(d.isoformat() for d in e.other_dates)


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
            f"- **{e.date.isoformat()}** {_md(_shorten(full_stop(e.statement)))}{label} "
            f"{_md_refs(view.nums(e.citations))} — “{_md(' '.join(e.text.split()))}”"
            + (", resolved from the publication date" if e.resolved else "")
            + _also(e)
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
    if report.warnings:
        out += ["## Warnings", "", *(f"- {_md(w)}" for w in report.warnings), ""]
    return defuse_bidi("\n".join(out).rstrip("\n") + "\n")


def _md_failures(report: Report) -> list[str]:
    if not report.failures:
        return []
    out = ["## Failures", ""]
    for f in report.failures:
        out.append(f"- {_md_code(f.article)} ({_md(f.kind)}): {_md(f.error)}")
    return [*out, ""]
