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

Files
-----
One module per step, each importing only modules above it in this list (no cycles):

* `canonical.py`  canonical JSON (`render_json`, `report_json_schema`) and `defuse_bidi`,
  the bidi-control guard every format shares
* `view.py`       the view both Markdown and HTML draw from: labels, citation numbers,
  coverage, origins, folding, the lede and the other shared phrasings
* `markdown.py`   `render_markdown`
* `page.py`       `render_html`: the one self-contained HTML page (CSS and script from
  consensus/templates/)
* `__init__.py`   `render`: dispatch on the format
"""

from __future__ import annotations

from typing import Literal

from consensus.errors import UsageError
from consensus.models import Report
from consensus.render.canonical import defuse_bidi as defuse_bidi
from consensus.render.canonical import render_json, report_json_schema
from consensus.render.markdown import render_markdown
from consensus.render.page import _JS as _JS
from consensus.render.page import render_html

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


def render(report: Report, fmt: Format, *, show_all: bool = False) -> str:
    """Render `report` as "md", "json" or "html" (`show_all`: no folding in Markdown)."""
    if fmt == "md":
        return render_markdown(report, show_all=show_all)
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report)
    raise UsageError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
