"""The brief: the batch manifest (index.json) as Markdown and as one HTML page. PURE.

Input is the dict `batch.index_data` builds (and index.json holds): stories already in
brief order, each with its status ("brief", "single_origin", "failed"), counts, top items
and relative report paths. Output is text; the same manifest always gives the same bytes.

Layout: a headline with the date span and counts; stories with >= min_origins independent
origins (numbered, each with its top agreed and contested items and links to its full
reports); single-origin stories; failed stories with their error; unreadable inputs; the
run's warnings (a cache not opened, a loose file, an article's date), counted in the headline.
A story's own warnings (a result not cached, a summary left out) follow its entry.

A contested item shows the line its report's summary gives the point (`line`: "How many
killed: at least seven (...) vs at least five (...); how many trapped: ..."), so figures of
different things never read as alternatives; an entry without one (a manifest written before
lines were stored) shows its topic and its sides' statements joined by "vs".
A statement ends on the full stop its report gives it (`render.sentences.full_stop`: "At
least seven people were killed." where the claim holds no stop).

Statements and titles are article text, so untrusted: Markdown escapes every markup
character, HTML goes through `html.escape`, and the page loads nothing from outside itself
(a Content-Security-Policy forbids it). Never does I/O, reads the clock, or imports litellm.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from consensus.render import defuse_bidi
from consensus.render.sentences import full_stop

__all__ = ["render_index_html", "render_index_md"]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if first == last or not last else f"{first} – {last}"


def _md(text: str) -> str:
    """Plain text as Markdown inline text: one line, every markup character escaped."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~&])", r"\\\1", " ".join(str(text).split()))


def _headline(index: Mapping[str, Any]) -> tuple[str, list[str]]:
    c = index["counts"]
    days = sorted(d for s in index["stories"] for d in (s["first"], s["last"]) if d)
    title = "Daily brief" + (f" — {_span(days[0], days[-1])}" if days else "")
    facts = [
        f"{_plural(c['stories'], 'story', 'stories')} from {_plural(c['articles'], 'article')}: "
        f"{c['brief']} with ≥ {index['min_origins']} independent origins, "
        f"{c['single_origin']} single-origin, {c['failed']} failed",
        f"extractor: {index['extractor']}",
    ]
    if c["undated"]:
        facts.append(f"{_plural(c['undated'], 'undated article')} kept")
    if c["filtered_out"]:
        facts.append(f"{_plural(c['filtered_out'], 'article')} outside the date range left out")
    if c.get("input_errors"):
        facts.append(f"{_plural(c['input_errors'], 'unreadable input')} (see below)")
    if index.get("warnings"):
        facts.append(f"{_plural(len(index['warnings']), 'warning')} (see below)")
    return title, facts


def _own_warnings(s: Mapping[str, Any]) -> list[str]:
    """A story's own warnings (its index entry's "warnings"; absent when none)."""
    return [str(w) for w in s.get("warnings", ())]


def _md_warned(s: Mapping[str, Any]) -> str:
    """A one-line entry's tail naming the story's own warnings (Markdown)."""
    return "".join(f" · _warning: {_md(w)}_" for w in _own_warnings(s))


def _html_warned(s: Mapping[str, Any]) -> str:
    """A one-line entry's tail naming the story's own warnings (HTML)."""
    return "".join(
        f' · <span class="warn">warning: {html.escape(w)}</span>' for w in _own_warnings(s)
    )


def _counts_line(s: Mapping[str, Any]) -> list[str]:
    parts = [f"`{s['id']}`", _plural(s["articles"], "article")]
    if s["status"] != "failed":
        parts.append(_plural(s["origins"], "independent origin"))
    if s["first"]:
        parts.append(_span(s["first"], s["last"]))
    return parts


def _topic(contested: Mapping[str, Any]) -> str | None:
    """A contested point's topic, unless it only repeats one of its positions."""
    topic = str(contested["topic"])
    return None if any(p["statement"] == topic for p in contested["positions"]) else topic


def _said(item: Mapping[str, Any]) -> str:
    """An agreed item's or a side's statement as its report shows it: with its full stop."""
    return full_stop(str(item["statement"]))


def _origins_note(n: int) -> str:
    return _plural(n, "origin")


def render_index_md(index: Mapping[str, Any]) -> str:
    """The brief as Markdown (links relative to the index file). Pure."""
    title, facts = _headline(index)
    out = [f"# {_md(title)}", "", _md(" · ".join(facts)), ""]
    by_status: dict[str, list[Mapping[str, Any]]] = {"brief": [], "single_origin": [], "failed": []}
    for s in index["stories"]:
        by_status[s["status"]].append(s)

    def links(s: Mapping[str, Any]) -> str:
        r = s["reports"]
        return f"[HTML]({r['html']}) · [Markdown]({r['md']}) · [JSON]({r['json']})"

    out += [f"## Stories with ≥ {index['min_origins']} independent origins", ""]
    if not by_status["brief"]:
        out += ["None.", ""]
    for n, s in enumerate(by_status["brief"], 1):
        out += [f"### {n}. {_md(s['title'] or '(untitled)')}", ""]
        meta = [part if part.startswith("`") else _md(part) for part in _counts_line(s)]
        out += [" · ".join(meta) + " · full report: " + links(s), ""]
        if s["top_agreed"]:
            out.append(f"**Agreed** ({s['agreed']}):")
            out.append("")
            out += [f"- {_md(_said(i))} — {_origins_note(i['origins'])}" for i in s["top_agreed"]]
            out.append("")
        if s["top_contested"]:
            out.append(f"**Contested** ({s['contested']}):")
            out.append("")
            for c in s["top_contested"]:
                if c.get("line"):
                    out.append(f"- {_md(c['line'])}")
                    continue
                sides = " vs ".join(
                    f"“{_md(_said(p))}” ({_origins_note(p['origins'])})" for p in c["positions"]
                )
                topic = _topic(c)
                out.append(f"- {_md(topic)}: {sides}" if topic else f"- {sides}")
            out.append("")
        if not s["top_agreed"] and not s["top_contested"]:
            out += ["No agreed or contested items.", ""]
        if s["failures"]:
            out += [
                f"_{_md(_plural(len(s['failures']), 'input'))} failed: "
                + "; ".join(_md(f) for f in s["failures"])
                + "_",
                "",
            ]
        for w in _own_warnings(s):
            out += [f"_Warning: {_md(w)}_", ""]
    out += ["## Single-origin stories", ""]
    if not by_status["single_origin"]:
        out += ["None.", ""]
    for s in by_status["single_origin"]:
        meta = [part if part.startswith("`") else _md(part) for part in _counts_line(s)]
        out.append(
            f"- **{_md(s['title'] or '(untitled)')}** — "
            + " · ".join(meta)
            + " · "
            + links(s)
            + _md_warned(s)
        )
    if by_status["single_origin"]:
        out.append("")
    if by_status["failed"]:
        out += ["## Failed stories", ""]
        for s in by_status["failed"]:
            out.append(
                f"- `{s['id']}` ({_md(_plural(s['articles'], 'article'))}) — "
                f"{_md(s['error'] or 'failed')}" + _md_warned(s)
            )
        out.append("")
    if index["input_errors"]:
        out += ["## Unreadable inputs", ""]
        out += [f"- {_md(e)}" for e in index["input_errors"]]
        out.append("")
    if index.get("warnings"):
        out += ["## Warnings", ""]
        out += [f"- {_md(w)}" for w in index["warnings"]]
        out.append("")
    return defuse_bidi("\n".join(out).rstrip("\n") + "\n")


_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
h3{margin-bottom:.2rem}.meta{color:#555;font-size:.9rem}.facts{color:#444}
code{font-size:.85em;background:#f3f3f3;padding:0 .2em;border-radius:3px}
.n{color:#555;font-size:.9em;white-space:nowrap}.err{color:#a00}.warn{color:#8a5a00}
section.story{border-left:3px solid #4a7;padding-left:.8rem;margin:1.2rem 0}
ul{padding-left:1.2rem}li{margin:.2rem 0}
"""


def render_index_html(index: Mapping[str, Any]) -> str:
    """The brief as one self-contained HTML page: escaped, no scripts, nothing fetched. Pure."""

    def h(value: object) -> str:
        return html.escape(str(value), quote=True)

    def links(s: Mapping[str, Any]) -> str:
        r = s["reports"]
        return " · ".join(
            f'<a href="{h(quote(r[fmt]))}">{label}</a>'
            for fmt, label in (("html", "HTML"), ("md", "Markdown"), ("json", "JSON"))
        )

    def meta(s: Mapping[str, Any]) -> str:
        return " · ".join(
            f"<code>{h(s['id'])}</code>" if part.startswith("`") else h(part)
            for part in _counts_line(s)
        )

    title, facts = _headline(index)
    body = [f"<h1>{h(title)}</h1>", f'<p class="facts">{h(" · ".join(facts))}</p>']
    by_status: dict[str, list[Mapping[str, Any]]] = {"brief": [], "single_origin": [], "failed": []}
    for s in index["stories"]:
        by_status[s["status"]].append(s)
    body.append(f"<h2>Stories with ≥ {h(index['min_origins'])} independent origins</h2>")
    if not by_status["brief"]:
        body.append("<p>None.</p>")
    for n, s in enumerate(by_status["brief"], 1):
        part = [
            f'<section class="story" id="{h(s["dir"])}">',
            f"<h3>{n}. {h(s['title'] or '(untitled)')}</h3>",
            f'<p class="meta">{meta(s)} · full report: {links(s)}</p>',
        ]
        if s["top_agreed"]:
            part.append(f"<p><strong>Agreed</strong> ({h(s['agreed'])}):</p><ul>")
            part += [
                f'<li>{h(_said(i))} <span class="n">— {h(_origins_note(i["origins"]))}</span></li>'
                for i in s["top_agreed"]
            ]
            part.append("</ul>")
        if s["top_contested"]:
            part.append(f"<p><strong>Contested</strong> ({h(s['contested'])}):</p><ul>")
            for c in s["top_contested"]:
                if c.get("line"):
                    part.append(f"<li>{h(c['line'])}</li>")
                    continue
                sides = " vs ".join(
                    f'“{h(_said(p))}” <span class="n">({h(_origins_note(p["origins"]))})</span>'
                    for p in c["positions"]
                )
                topic = _topic(c)
                part.append(f"<li>{h(topic)}: {sides}</li>" if topic else f"<li>{sides}</li>")
            part.append("</ul>")
        if not s["top_agreed"] and not s["top_contested"]:
            part.append("<p>No agreed or contested items.</p>")
        if s["failures"]:
            part.append(
                f'<p class="err">{h(_plural(len(s["failures"]), "input"))} failed: '
                + "; ".join(h(f) for f in s["failures"])
                + "</p>"
            )
        part += [f'<p class="warn">Warning: {h(w)}</p>' for w in _own_warnings(s)]
        part.append("</section>")
        body += part
    body.append("<h2>Single-origin stories</h2>")
    if by_status["single_origin"]:
        body.append("<ul>")
        body += [
            f"<li><strong>{h(s['title'] or '(untitled)')}</strong> — {meta(s)} · {links(s)}"
            + _html_warned(s)
            + "</li>"
            for s in by_status["single_origin"]
        ]
        body.append("</ul>")
    else:
        body.append("<p>None.</p>")
    if by_status["failed"]:
        body.append("<h2>Failed stories</h2><ul>")
        body += [
            f"<li><code>{h(s['id'])}</code> ({h(_plural(s['articles'], 'article'))}) — "
            f'<span class="err">{h(s["error"] or "failed")}</span>' + _html_warned(s) + "</li>"
            for s in by_status["failed"]
        ]
        body.append("</ul>")
    if index["input_errors"]:
        body.append("<h2>Unreadable inputs</h2><ul>")
        body += [f'<li class="err">{h(e)}</li>' for e in index["input_errors"]]
        body.append("</ul>")
    if index.get("warnings"):
        body.append("<h2>Warnings</h2><ul>")
        body += [f'<li class="warn">{h(w)}</li>' for w in index["warnings"]]
        body.append("</ul>")
    return defuse_bidi(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{h(title)}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
