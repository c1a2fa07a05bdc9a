"""One self-contained HTML page: `render_html`; its CSS and script in consensus/templates/."""

from __future__ import annotations

import html
from collections.abc import Sequence

from consensus.models import (
    Citation,
    ContestedItem,
    Item,
    Polarity,
    Position,
    Report,
    SummaryLine,
)
from consensus.render.canonical import _canonical_json, defuse_bidi
from consensus.render.rules import shown_rule
from consensus.render.said_by import said_by
from consensus.render.sentences import full_stop, shown, shown_lead
from consensus.render.view import (
    _and,
    _cite_key,
    _hedge_cites,
    _lede,
    _limits,
    _more_text,
    _nothing_extracted,
    _origin_groups,
    _outlet_note,
    _plural,
    _position_sources,
    _shared_origin_phrase,
    _shorten,
    _side,
    _side_figures,
    _slot_figures,
    _summary_lines,
    _summary_outlets,
    _timeline_shown,
    _unique,
    _View,
)


def _asset(name: str) -> str:
    """A stylesheet or script of the page, from consensus/templates/ (read once, at import)."""
    from importlib import resources

    return resources.files("consensus").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lead(c: Citation) -> str:
    """The citation's lead (the start of its sentence), muted, before the quote it heads."""
    return f'<span class="lead">{_h(shown_lead(c.lead))}</span>' if c.lead.strip() else ""


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
            f'<span class="pop"><q>{_lead(c)}{_h(c.quote)}</q>'
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
            meta.append("said by " + _h(said_by(it)))
        if it.rule != shared_rule:
            meta.append(f'<span class="rule">rule: {_h(it.rule)}</span>')
        hedges = "".join(f'<span class="hedge">hedged: <em>{_h(h)}</em></span>' for h in it.hedges)
        return (
            f'<li class="item single_source" id="{_h(it.id)}">'
            f'<span class="label">{_h(v.item_ref(it.id))}</span>{_h(shown(it))}{refs}'
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
            meta.append("said by " + _h(said_by(it)))
        meta.append(
            f"{_h(_plural(it.origins, 'independent origin'))}: "
            + self.reported_by(it.sources, it.citations)
        )
        why = (
            f'<span class="rule">rule: {_h(v.rule_text(it.rule))}</span>{sep}'
            f"<code>{_h(it.id)}</code>"
        )
        hedges = self.hedges(it.hedges, it.citations)
        return (
            f'<li class="item {verdict}" id="{_h(it.id)}" data-src="{_h(" ".join(it.sources))}">'
            f'<div class="statement"><span class="label">{_h(v.item_ref(it.id))}</span>'
            f'<span class="text">{_h(shown(it))}</span> '
            f"{self.cites(it.citations)}</div>"
            + (f'<div class="hedges">{hedges}</div>' if hedges else "")
            + f'<div class="meta">{sep.join(meta)}</div>'
            + f'<div class="meta why">{why}</div></li>'
        )

    def position(self, c: ContestedItem, i: int, p: Position) -> str:
        v = self.v
        rows = []
        if p.speakers:
            rows.append(("Said by", _h(said_by(p))))
        rows.append(("Reported by", self.reported_by(p.sources, p.citations)))
        rows.append(("Origins", _h(_plural(p.origins, "independent origin"))))
        dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in rows)
        quotes = "".join(
            f'<li><a href="#cite-{v.num(q)}">[{v.num(q)}]</a> {_lead(q)}{_h(q.quote)}'
            f'<span class="who">{_h(v.who(q.article))}</span></li>'
            for q in sorted(p.citations, key=v.num)
        )
        hedges = self.hedges(p.hedges, p.citations)
        pol = p.polarity.value
        return (
            f'<div class="position {pol}" id="{_h(c.id)}-p{i + 1}">'
            f'<div class="side">{_side(i)} <span class="polarity {pol}">'
            f"{'denies' if p.polarity is Polarity.denies else 'asserts'}</span>"
            + (
                f' <span class="gives">{_h(gives)}</span>'
                if (gives := _side_figures(c, i, self.v.case))
                else ""
            )
            + "</div>"
            f'<div class="statement">{_h(shown(p))}{self.links(p.citations)}</div>'
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
            text = full_stop(sl.text) if outlets else sl.text  # a statement, not a dispute line
            return f"<li>{_h(text)}{who} {self.cites(sl.citations)}{jump}</li>"

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
            if e.other_dates:
                days = ", ".join(d.isoformat() for d in e.other_dates)
                mark += f' <span class="resolved">its quotes also give {days}</span>'
            rows.append(
                f'<li><time datetime="{e.date.isoformat()}">{e.date.isoformat()}</time>'
                f'<span class="when">“{_h(" ".join(e.text.split()))}”{mark}</span> '
                f"{_h(_shorten(full_stop(e.statement)))} {self.cites(e.citations)}{jump}</li>"
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
            f'<h3><span class="label">{_h(v.item_ref(c.id))}</span>{_h(v.heading[c.id])}</h3>'
            f'<div class="meta"><span class="rule">rule: {_h(shown_rule(c, v.case))}</span>'
            f'<span class="sep">·</span><code>{_h(c.id)}</code></div>'
            + (
                f'<p class="slots">Figures by what they count: {_h(_slot_figures(c, v.case))}</p>'
                if c.slots
                else ""
            )
            + f'</header><div class="positions">{positions}</div></article>'
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
                f"<blockquote>{_lead(c)}{_h(c.quote)}</blockquote></li>"
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

    warnings = ""
    if r.warnings:
        warnings = block(
            "warnings",
            "Warnings",
            len(r.warnings),
            "Problems met while building the report that lost no article.",
            '<ul class="warnings">' + "".join(f"<li>{_h(w)}</li>" for w in r.warnings) + "</ul>",
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
            *([("warnings", "Warnings")] if r.warnings else []),
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
        + warnings
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
