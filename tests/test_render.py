"""render.py: Markdown, canonical JSON, HTML and the JSON Schema of Report.

The fixture tests/data/report_example.json is a hand-made Report over the five seeds (its
quotes are verbatim at their offsets; the first test checks that), shaped like the
merger's output: agreed items with several citations, one contested point with two sides,
single-source items, hedges, a coverage dict and two articles (001, 003) of one origin.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consensus.errors import UsageError
from consensus.models import (
    ArticleFailure,
    Citation,
    ClaimKind,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Item,
    OriginGroup,
    Polarity,
    Position,
    Report,
    ReportArticle,
)
from consensus.render import (
    defuse_bidi,
    render,
    render_html,
    render_json,
    render_markdown,
    report_json_schema,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "report_example.json"
SEEDS = ROOT / "seeds"

LEDE = (
    "5 articles from 4 independent origins (001 and 003 are one RT text). "
    "7 points agreed, 1 contested, 11 single-source. "
    "1 article could not be processed (see Failures)."
)
REF = re.compile(r"(?<!\\)\[(\d+)\]")


@pytest.fixture(scope="module")
def report() -> Report:
    return Report.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def md(report: Report) -> str:
    return render_markdown(report)


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return render_html(report)


def all_citations(report: Report) -> list[Citation]:
    cites = [c for it in report.agreed for c in it.citations]
    cites += [c for ci in report.contested for p in ci.positions for c in p.citations]
    cites += [c for it in report.single_source for c in it.citations]
    return cites


def sections(md: str) -> dict[str, str]:
    """'## Title' -> the text up to the next '## '."""
    parts = re.split(r"^## (.+)$", md, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def source_entries(md: str) -> dict[int, str]:
    """Sources section: number -> its entry (header line and quote lines)."""
    body = sections(md)["Sources"]
    entries = re.split(r"^(?=\[\d+\] )", body, flags=re.M)
    out: dict[int, str] = {}
    for e in entries:
        m = re.match(r"\[(\d+)\] ", e)
        if m:
            out[int(m.group(1))] = e
    return out


def md_escape(text: str) -> str:
    """What the renderer does to inline text: fold whitespace, backslash the specials."""
    return re.sub(r"([\\`*_{}\[\]<>|~&#])", r"\\\1", " ".join(text.split()))


def tiny_report(
    statement: str = "Officials said the bridge reopened.",
    quote: str = "the bridge reopened",
    outlet: str | None = "Daily Example",
    coverage: dict[str, object] | None = None,
) -> Report:
    cite_a = Citation(article="a1", quote=quote, start=0, end=len(quote))
    cite_b = Citation(article="b1", quote=quote + " today", start=5, end=5 + len(quote) + 6)
    return Report(
        articles=(
            ReportArticle(id="a1", title="Title <A>", outlet=outlet, origin="oa"),
            ReportArticle(id="b1", outlet="Other", origin="ob"),
        ),
        origins=(OriginGroup(id="oa", articles=("a1",)), OriginGroup(id="ob", articles=("b1",))),
        agreed=(
            Item(
                id="i-1",
                statement=statement,
                kind=ClaimKind.event,
                sources=("a1", "b1"),
                origins=2,
                rule="agreed: 2 independent origins, no opposing claim",
                hedges=("reportedly",),
                citations=(cite_a, cite_b),
            ),
        ),
        coverage=coverage or {},
    )


# --- The fixture -----------------------------------------------------------------------------


def test_fixture_quotes_are_verbatim_in_the_seeds(report: Report, seed_texts: dict[str, str]):
    for c in all_citations(report):
        assert seed_texts[c.article][c.start : c.end] == c.quote


# --- JSON ------------------------------------------------------------------------------------


def test_json_round_trips(report: Report):
    assert Report.model_validate_json(render_json(report)) == report


def test_json_is_canonical(report: Report):
    text = render_json(report)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "“" in text and "\\u201c" not in text  # UTF-8 text, not ASCII escapes
    again = Report.model_validate_json(text)
    assert render_json(again) == text


def test_json_bytes_do_not_depend_on_dict_order(report: Report):
    data = report.model_dump(mode="json")
    data["coverage"] = dict(reversed(list(data["coverage"].items())))
    shuffled = Report.model_validate(data)
    assert list(shuffled.coverage) != list(report.coverage)
    assert render_json(shuffled) == render_json(report)


def test_schema_is_json_schema_of_report(report: Report):
    schema = json.loads(report_json_schema())
    assert report_json_schema().endswith("}\n")
    assert schema["type"] == "object"
    assert {"agreed", "contested", "single_source", "articles", "coverage"} <= set(
        schema["properties"]
    )
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(render_json(report)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"articles": [], "agreed": "no"}, schema)


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_lede_counts(md: str):
    lines = md.splitlines()
    assert lines[0] == "# Consensus report"
    assert lines[2] == LEDE


def test_markdown_lede_without_shared_origins_or_failures():
    md = render_markdown(tiny_report())
    assert md.splitlines()[2] == (
        "2 articles from 2 independent origins. 1 point agreed, 0 contested, 0 single-source."
    )


def test_markdown_sections_in_order(md: str):
    heads = re.findall(r"^## (.+)$", md, flags=re.M)
    assert heads == [
        "Agreed",
        "Contested",
        "Single-source",
        "Coverage",
        "Origins",
        "Sources",
        "Failures",
    ]


def test_every_citation_resolves_to_a_source(report: Report, md: str):
    body = md.split("\n## Sources\n")[0]
    used = {int(n) for n in REF.findall(body)}
    entries = source_entries(md)
    n_distinct = len({(c.article, c.start, c.end, c.quote) for c in all_citations(report)})
    assert used == set(entries) == set(range(1, n_distinct + 1))


def test_each_source_entry_has_outlet_title_date_id_and_verbatim_quote(report: Report, md: str):
    entries = source_entries(md)
    arts = {a.id: a for a in report.articles}
    numbered: dict[int, Citation] = {}
    # The statement line of each finding lists its citations in number order; recover the
    # number of each citation from the Sources entry that carries its article and offsets.
    for c in all_citations(report):
        hits = [
            n
            for n, e in entries.items()
            if f"`{c.article}`" in e and f"chars {c.start}–{c.end}" in e
        ]
        assert len(hits) == 1, c
        numbered[hits[0]] = c
    for n, c in numbered.items():
        entry = entries[n]
        art = arts[c.article]
        assert f"**{art.outlet or 'Outlet unknown'}**" in entry
        if art.title:
            assert md_escape(art.title) in entry
        if art.published:
            assert art.published.isoformat() in entry
        assert md_escape(c.quote) in entry


def test_citations_numbered_in_order_of_first_appearance(md: str):
    body = md.split("\n## Coverage\n")[0]
    first_seen: list[int] = []
    for n in REF.findall(body):
        if int(n) not in first_seen:
            first_seen.append(int(n))
    assert first_seen == sorted(first_seen)


def test_every_finding_line_carries_a_citation(md: str):
    parts = sections(md)
    for name in ("Agreed", "Contested", "Single-source"):
        bullets = [ln for ln in parts[name].splitlines() if ln.lstrip().startswith("- ")]
        assert bullets, name
        for line in bullets:
            assert REF.search(line), line


def test_items_show_rule_speakers_and_ids(report: Report, md: str):
    for it in (*report.agreed, *report.single_source):
        assert md_escape(it.statement) in md
        assert f"rule: *{md_escape(it.rule)}*" in md
        assert f"`{it.id}`" in md
        for s in it.speakers:
            assert s in md
    assert "said by Valery Gerasimov · reported by Armenpress (000) [24], RT (001) [25]" in md


def test_hedges_are_carried_with_the_citation_that_holds_them(md: str):
    assert "— hedged: *according to the head of the Russian General Staff* [25] [26]" in md
    assert (
        "— hedged: *allegedly* [27]; *he did not provide specific evidence* [28]; "
        "*without providing any specific figures* [29]"
    ) in md


def test_contested_positions_side_by_side(report: Report, md: str):
    part = sections(md)["Contested"]
    c = report.contested[0]
    # a denial point keeps its topic as its heading (what is denied may be a part of the
    # asserting statement: "denies: Trump had urged Putin ..." would misread it)
    assert f"### C1. {c.topic}" in part
    assert f"Rule: *{md_escape(c.rule)}*" in part
    side_a = part.index("**Side A** (asserts) — said by Donald Trump, Valery Gerasimov:")
    side_b = part.index("**Side B** (denies) — said by Ukrainian General Staff, Oleksandr Syrskyi:")
    assert side_a < side_b
    for p in c.positions:
        assert md_escape(p.statement) in part
        for q in p.citations:
            assert md_escape(q.quote) in part
    assert "reported by Armenpress (000) [32], RT (001) [33], RT (003) [34], 004 [35]" in part


def _two_count_point() -> Report:
    """A point whose sides count two things: killed (A, C) and injured (B, D)."""
    texts = (
        "At least seven people were killed.",
        "More than 50 people were injured.",
        "At least five people are dead.",
        "At least 40 people were injured.",
    )
    sides = tuple(
        Position(
            statement=t,
            sources=(a,),
            origins=1,
            citations=(Citation(article=a, quote=t, start=0, end=len(t)),),
        )
        for t, a in zip(texts, ("a1", "b1", "a1", "b1"), strict=True)
    )

    def slot(name: str, *figs: tuple[str, int]) -> DisputedSlot:
        return DisputedSlot(
            slot=name, figures=tuple(DisputedFigure(text=t, positions=(i,)) for t, i in figs)
        )

    point = ContestedItem(
        id="c-1",
        topic=texts[0],
        rule="contested: conflicting quantities for one slot (dead: five vs seven)",
        positions=sides,
        slots=(
            slot("killed", ("at least seven", 0), ("at least five", 2)),
            slot("injured", ("more than 50", 1), ("at least 40", 3)),
        ),
    )
    return tiny_report().model_copy(update={"contested": (point,)})


def test_a_figure_point_groups_its_sides_under_what_each_figure_counts():
    report = _two_count_point()
    part = sections(render_markdown(report))["Contested"]
    assert (
        "Figures by what they count: how many killed: at least seven (A) vs at least five (C); "
        "how many injured: more than 50 (B) vs at least 40 (D)"
    ) in part
    assert "**Side B** (asserts; how many injured: more than 50): More than 50" in part
    assert "**Side C** (asserts; how many killed: at least five): At least five" in part
    page = render_html(report)
    assert '<span class="gives">how many injured: at least 40</span>' in page
    assert "how many killed: at least seven (A) vs at least five (C); how many" in page
    assert Report.model_validate_json(render_json(report)) == report
    # a slot naming a side the point does not have is refused, naming the figure
    bad = json.loads(render_json(report))
    bad["contested"][0]["slots"][0]["figures"][0]["positions"] = [7]
    with pytest.raises(ValueError, match="figure 'at least seven' names a side the point"):
        Report.model_validate(bad)


def test_single_source_grouped_by_origin(md: str):
    part = sections(md)["Single-source"]
    heads = re.findall(r"^### (.+)$", part, flags=re.M)
    assert heads == [
        "Only in Armenpress (000)",
        "Only in RT (001) and RT (003) (one origin)",
        "Only in ZeroHedge (002)",
        "Only in 004",
    ]
    labels = re.findall(r"^- \*\*(S\d+)\*\*", part, flags=re.M)
    assert labels == [f"S{i}" for i in range(1, 12)]


def test_coverage_matrix_omissions_and_wording(report: Report, md: str):
    part = sections(md)["Coverage"]
    assert "| Item | Point | 000 | 001 | 002 | 003 | 004 |" in part
    rows = [ln for ln in part.splitlines() if ln.startswith("| **")]
    assert len(rows) == len(report.agreed) + len(report.contested) + len(report.single_source)
    a2 = next(r for r in rows if r.startswith("| **A2** |"))
    assert a2.endswith("| ● | ● | ● | ○ | ● |")  # RT (003) leaves A2 out
    c1 = next(r for r in rows if r.startswith("| **C1** |"))
    assert c1.endswith("| A+B | A+B | A | A+B | B |")  # the side each article reports
    assert "- ZeroHedge (002): A4, A5, A7" in part
    assert "- **A4**: “Kiev” — RT (001), RT (003); “military-political leadership" in part
    # Wording follows item order (A4, A7, C1), whatever order the coverage dict has.
    wording = part.split("### Distinctive wording")[1]
    assert wording.index("**A4**") < wording.index("**A7**") < wording.index("**C1**")


def test_origins_say_which_articles_share_one_and_why(md: str):
    part = sections(md)["Origins"]
    assert (
        "- `o-rt`: 001 and 003 are one RT text — same outlet (RT); MinHash similarity 0.91"
    ) in part
    assert "- `o-zerohedge`: ZeroHedge (002) — independent" in part
    assert "| 004 | — | — | — | `004_ac2ca82ab765c95e` | `o-004` |" in part


def test_failures_listed_last(md: str):
    tail = md.split("\n## Failures\n")[1]
    assert "`005_0f3e9a1c2b4d6e8f` (extraction): LLM reply failed validation 3 times" in tail
    assert "\n## " not in tail


def test_markdown_escapes_quoted_text(md: str):
    # "[we]" in a quote must not read as a citation or a link.
    assert "\\[we\\] will guarantee" in md
    assert "[we]" not in md.replace("\\[we\\]", "")


def test_markdown_escapes_hostile_text():
    md = render_markdown(
        tiny_report(
            statement="He said <script>alert(1)</script> and *not bold* [9](http://x) | pipe",
            quote="# not a heading <img src=x onerror=alert(1)>",
            outlet="Evil_Outlet **[1]**",
        )
    )
    assert re.search(r"(?<!\\)<", md) is None  # every "<" is backslash-escaped
    markdown_it = pytest.importorskip("markdown_it")
    out = markdown_it.MarkdownIt("commonmark").render(md)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<em>not bold</em>" not in out
    assert 'href="http://x"' not in out
    assert "<h1>not a heading" not in out
    # The hostile outlet's "[1]" is escaped, so citations still resolve one to one.
    body = md.split("\n## Sources\n")[0]
    assert {int(n) for n in REF.findall(body)} == set(source_entries(md)) == {1, 2}


def test_markdown_with_article_texts_shows_context_and_checks_offsets(
    report: Report, seed_texts: dict[str, str]
):
    md = render_markdown(report, articles_text=seed_texts)
    entry = source_entries(md)[1]
    assert (
        "> …" in entry
        and "**I have strongly urged President Putin to spare their lives.**" in entry
    )
    assert "not at these offsets" not in md
    wrong = dict(seed_texts)
    wrong["000_73d2cbd8472e204d"] = "x" * 5000
    assert (
        "⚠ This quote is not at these offsets"
        in source_entries(render_markdown(report, articles_text=wrong))[1]
    )


@pytest.mark.parametrize(
    "coverage",
    [
        {},
        {"outlets": [{"article": "a1", "outlet": None}]},
        {"matrix": []},
        {"omissions": [{"article": "a1", "items": []}]},
        {"wording": []},
        {"matrix": "garbage", "omissions": [1, 2], "wording": [{"item": 5}, {"variants": 3}]},
        {"matrix": [{"item": "i-1"}], "outlets": [{"outlet": "x"}, "y"], "extra_key": {"n": 1}},
    ],
)
def test_missing_or_malformed_coverage_keys_are_tolerated(coverage: dict[str, object]):
    r = tiny_report(coverage=coverage)
    md = render_markdown(r)
    page = render_html(r)
    assert "## Coverage" in md and 'id="coverage"' in page
    if "matrix" not in coverage:
        assert "Derived from the items" in md and "Derived from the items" in page
        assert "| **A1** |" in md
    if "extra_key" in coverage:
        assert "### extra\\_key" in md and "extra_key" in page


def test_empty_report_renders():
    r = Report(articles=())
    md = render_markdown(r)
    assert md.splitlines()[2] == (
        "0 articles from 0 independent origins. 0 points agreed, 0 contested, 0 single-source."
    )
    assert "No coverage data." not in md or "## Coverage" in md
    assert "<!DOCTYPE html>" in render_html(r)
    assert Report.model_validate_json(render_json(r)) == r


def test_output_is_deterministic(report: Report):
    again = Report.model_validate_json(render_json(report))
    for fmt in ("md", "json", "html"):
        assert render(report, fmt) == render(again, fmt)


def test_render_dispatches_and_rejects_unknown_formats(report: Report):
    assert render(report, "md") == render_markdown(report)
    assert render(report, "json") == render_json(report)
    assert render(report, "html") == render_html(report)
    with pytest.raises(UsageError, match="unknown report format 'pdf'"):
        render(report, "pdf")  # type: ignore[arg-type]


def test_render_does_not_import_litellm():
    code = "import sys, consensus.render; assert 'litellm' not in sys.modules, 'litellm'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- HTML ------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Collects ids and checks that non-void elements nest and close properly."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        self.tags.append((tag, attr))
        if attr.get("id"):
            self.ids.append(str(attr["id"]))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


def test_html_is_well_formed_with_unique_ids(page: str):
    tags = parse(page)
    assert tags.errors == [] and tags.stack == []
    assert len(tags.ids) == len(set(tags.ids))


def test_html_has_stable_ids_for_items_positions_and_citations(report: Report, page: str):
    ids = set(parse(page).ids)
    for it in (*report.agreed, *report.single_source):
        assert it.id in ids
    for c in report.contested:
        assert c.id in ids
        assert {f"{c.id}-p{i + 1}" for i in range(len(c.positions))} <= ids
    n = len({(c.article, c.start, c.end, c.quote) for c in all_citations(report)})
    assert {f"cite-{i}" for i in range(1, n + 1)} <= ids
    assert f"cite-{n + 1}" not in ids
    # Every in-page link lands on an id.
    hrefs = {a["href"] for t, a in parse(page).tags if t == "a" and a.get("href")}
    assert all(h and h.startswith("#") and h[1:] in ids for h in hrefs), hrefs


def test_html_shows_lede_statements_quotes_and_rules(report: Report, page: str):
    assert html.escape(LEDE) in page
    for it in (*report.agreed, *report.single_source):
        assert html.escape(it.statement) in page
        assert html.escape(it.rule) in page
    for c in report.contested:
        assert html.escape(c.topic) in page
        for p in c.positions:
            assert html.escape(p.statement) in page
    for q in all_citations(report):
        assert html.escape(q.quote) in page
    for f in report.failures:
        assert html.escape(f.error) in page


def _no_script_but_ours(page: str) -> str:
    """The page without its one inline script (the outlet/search filter)."""
    from consensus.render import _JS

    assert page.count(f"<script>{_JS}</script>") == 1
    return page.replace(f"<script>{_JS}</script>", "")


def test_html_citations_expand_without_script(report: Report, page: str):
    # Agreed quotes open in place; contested sides list theirs under each side, and
    # single-source points link to the Sources list.
    shared = {(c.article, c.start, c.end) for it in report.agreed for c in it.citations}
    assert page.count('<details class="cite">') >= len(shared)
    assert "<summary" in _no_script_but_ours(page)
    assert "<script" not in _no_script_but_ours(page).lower()
    assert 'class="pop"' in page and 'href="#cite-1"' in page
    for it in report.single_source:
        for c in it.citations:
            assert html.escape(c.quote) in page


def test_html_coverage_heat_map_and_legend(report: Report, page: str):
    assert 'class="heat"' in page and 'class="legend"' in page
    assert page.count('<td class="om">') == sum(
        len(o["items"])
        for o in report.coverage["omissions"]  # type: ignore[attr-defined]
    )


def test_html_is_self_contained(page: str):
    lowered = _no_script_but_ours(page).lower()
    for needle in ("<script", "<link", "@import", "url(", "<img", "<iframe", "http://", "//fonts"):
        assert needle not in lowered, needle
    # No attribute points outside the page.
    for _, attrs in parse(page).tags:
        for name in ("src", "href", "action", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (name, value)


def test_html_escapes_untrusted_text():
    evil = '<script>alert("x")</script>'
    r = tiny_report(
        statement=f"Officials said {evil} & more",
        quote=f"quote {evil} \" ' end",
        outlet="<b>Outlet</b>",
    )
    page = render_html(r)
    assert "<script" not in _no_script_but_ours(page) and "<b>Outlet" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp; more" in page and "&lt;b&gt;Outlet&lt;/b&gt;" in page
    assert parse(page).errors == []


# --- Properties ------------------------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=3,
    max_size=40,
).filter(lambda s: len(s.strip()) >= 3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statement=_text, quote=_text, topic=_text, speaker=_text, hedge=_text)
def test_any_text_round_trips_and_stays_escaped(
    statement: str, quote: str, topic: str, speaker: str, hedge: str
):
    cite = Citation(article="a1", quote=quote, start=0, end=len(quote))
    other = Citation(article="b1", quote=statement, start=3, end=3 + len(statement))
    r = Report(
        articles=(
            ReportArticle(id="a1", outlet=speaker, origin="o1"),
            ReportArticle(id="b1", title=topic, origin="o2"),
        ),
        contested=(
            ContestedItem(
                id="c1",
                topic=topic,
                rule=hedge,
                positions=(
                    Position(
                        statement=statement,
                        speakers=(speaker,),
                        sources=("a1",),
                        hedges=(hedge,),
                        citations=(cite,),
                    ),
                    Position(
                        statement=quote,
                        polarity=Polarity.denies,
                        sources=("b1",),
                        citations=(other,),
                    ),
                ),
            ),
        ),
        failures=(ArticleFailure(article="z", error=hedge),),
    )
    assert Report.model_validate_json(render_json(r)) == r
    md = render_markdown(r)
    body = md.split("\n## Sources\n")[0]
    assert {int(n) for n in REF.findall(body)} == set(source_entries(md)) == {1, 2}
    page = render_html(r)
    assert "<script" not in _no_script_but_ours(page).lower()
    tags = parse(page)
    assert tags.errors == [] and tags.stack == []
    for s in (statement, quote, topic, speaker):
        # bidi controls are shown as visible ⟨U+202A⟩ marks, never raw (issue 10)
        assert html.escape(defuse_bidi(s)) in page


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_schema_names_every_field_the_json_uses(report: Report):
    schema_text = report_json_schema()
    for key in _keys(json.loads(render_json(report))) - _keys(report.coverage):
        assert f'"{key}"' in schema_text, key


def test_an_article_without_outlet_is_named_by_its_title_as_in_the_summary(report: Report):
    # the summary lines name an article with no outlet by its title; the items' "reported
    # by" and the footnotes must call it the same, with its short label
    arts = [
        a.model_copy(update={"outlet": None, "outlet_info": None}) if a.title else a
        for a in report.articles
    ]
    untitled = report.model_copy(update={"articles": tuple(arts)})
    md = render_markdown(untitled)
    titled = [a for a in arts if a.title and a.outlet is None]
    assert titled
    lines = [ln for ln in md.splitlines() if "reported by" in ln]
    for a in titled:
        cited = [ln for ln in lines if f"({a.id[:3]})" in ln or f"{a.id[:3]} [" in ln]
        assert cited, a.id
        assert all("“" + a.title[:10] in ln for ln in cited), (a.title, cited[:1])


def test_a_notable_claim_copied_by_several_outlets_says_it_is_one_origin() -> None:
    # the summary's "only one source makes" line lists every outlet printing the copied
    # text; "(one origin)" tells the editor they are one source, not several
    from consensus.api import build_report
    from consensus.models import Article, ExtractionResult
    from consensus.offline import extract_offline

    wire = (
        "The harbour authority fined the shipping company 4 million euros on Monday for "
        "dumping fuel. The company said it would appeal the fine in court. Inspectors found "
        "30 barrels of waste on the pier."
    )
    own = "The harbour authority fined a shipping company on Monday for dumping fuel."
    texts = [wire, wire + " Readers can write to the desk.", own]
    arts = tuple(
        Article(id=f"a{k}", title="Fine", outlet=f"Outlet {k}", text=t) for k, t in enumerate(texts)
    )
    rep = build_report(
        ExtractionResult(articles=arts, claim_sets=tuple(extract_offline(a) for a in arts))
    )
    assert rep.summary is not None
    (barrels,) = [line for line in rep.summary.notable if "barrels" in line.text]
    md, html = render_markdown(rep), render_html(rep)
    assert "Outlet 0, Outlet 1 (one origin)" in md
    assert "Outlet 0, Outlet 1 (one origin)" in html
    assert barrels.sources == ("a0", "a1")
    # an agreed key point of two origins carries no such note
    assert "Outlet 2 (one origin)" not in md
