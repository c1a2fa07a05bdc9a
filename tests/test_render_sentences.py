"""A statement that is a whole clause is shown with its final full stop (render only).

A clause kept from a longer sentence ("At least 17 people were killed", from "... killed when
a coach left the road") reads as cut off without its stop. The report shows it with one in
Markdown and HTML (items, sides, summary and timeline lines); the JSON keeps the statement as
merged, and citations stay verbatim. Texts that are no whole clause (a label, a line cut
with "…", a text ending on a comma or an article, an open quotation) are shown as written.
A subject-pronoun clause cut from a reported sentence ("It would withdraw ..." from "... said
it would withdraw ...") is shown with its one speaker's frame.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.models import (
    Citation,
    ClaimKind,
    Item,
    OriginGroup,
    Report,
    ReportArticle,
    SummaryLine,
    TimelineEntry,
)
from consensus.models import Summary as ReportSummary
from consensus.render import render_html, render_json, render_markdown
from consensus.render.sentences import framed, full_stop


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("At least 17 people were killed", "At least 17 people were killed."),
        ("The chip maker also is based in Kestria", "The chip maker also is based in Kestria."),
        ("Officials said the bridge would reopen", "Officials said the bridge would reopen."),
        # a closed quotation keeps its words; the stop follows it
        ("Mira Holt said “We will rebuild”", "Mira Holt said “We will rebuild”."),
        # already ended
        ("The dam failed on Monday.", "The dam failed on Monday."),
        ("Was the dam inspected?", "Was the dam inspected?"),
        ("Mira Holt said: “We will rebuild.”", "Mira Holt said: “We will rebuild.”"),
        # no whole clause: shown as written
        (
            "The regulator said the inquiry would look at the",
            "The regulator said the inquiry would look at the",
        ),
        ("Mira Holt said “We will", "Mira Holt said “We will"),
        ("A line cut at a word because it ran long…", "A line cut at a word because it ran long…"),
        ("Death toll", "Death toll"),
        ("Rescuers were still searching,", "Rescuers were still searching,"),
        ("which left seven dead", "which left seven dead"),
        ("", ""),
    ],
)
def test_full_stop_only_for_a_whole_clause(text: str, shown: str):
    assert full_stop(text) == shown


def _report() -> Report:
    cut = "At least 17 people were killed"
    cite_a = Citation(article="a1", quote=cut, start=0, end=len(cut))
    cite_b = Citation(article="b1", quote=cut, start=4, end=4 + len(cut))
    item = Item(
        id="i-1",
        statement=cut,
        kind=ClaimKind.event,
        sources=("a1", "b1"),
        origins=2,
        rule="agreed: 2 independent origins, no opposing claim",
        citations=(cite_a, cite_b),
    )
    return Report(
        articles=(
            ReportArticle(id="a1", outlet="Daily Example", origin="oa"),
            ReportArticle(id="b1", outlet="Other", origin="ob"),
        ),
        origins=(OriginGroup(id="oa", articles=("a1",)), OriginGroup(id="ob", articles=("b1",))),
        agreed=(item,),
        summary=ReportSummary(
            key_points=(
                SummaryLine(item="i-1", text=cut, sources=("a1", "b1"), citations=(cite_a,)),
            )
        ),
        timeline=(
            TimelineEntry(
                date=dt.date(2026, 3, 2),
                text="Monday",
                item="i-1",
                statement=cut,
                resolved=True,
                citations=(cite_a,),
            ),
        ),
    )


def test_markdown_and_html_show_the_stop_and_json_keeps_the_statement():
    report = _report()
    md = render_markdown(report)
    assert "**A1** At least 17 people were killed. [1]" in md
    summary = md.split("## Summary", 1)[1].split("## ", 1)[0]
    assert "- At least 17 people were killed. —" in summary
    timeline = md.split("## Timeline", 1)[1].split("## ", 1)[0]
    assert "**2026-03-02** At least 17 people were killed. (A1)" in timeline
    page = render_html(report)
    assert '<span class="text">At least 17 people were killed.</span>' in page
    # the data keep the statement as merged; the citations stay the article's words
    assert '"statement": "At least 17 people were killed",' in render_json(report)
    assert "\n> At least 17 people were killed\n" in md


def _cite(quote: str) -> Citation:
    return Citation(article="a1", quote=quote, start=10, end=10 + len(quote))


@pytest.mark.parametrize(
    ("statement", "speakers", "quotes", "shown"),
    [
        # the clause was cut after "Norvik Telecom said": the frame comes back
        (
            "It would withdraw its offer if the vote were delayed.",
            ("Norvik Telecom",),
            ("it would withdraw its offer if the vote were delayed",),
            "Norvik Telecom said it would withdraw its offer if the vote were delayed.",
        ),
        (
            "She had warned the council twice.",
            ("the mayor's spokeswoman",),
            ("she had warned the council twice",),
            "The mayor's spokeswoman said she had warned the council twice.",
        ),
        # the article's own sentence opens on the pronoun: shown as written
        (
            "It was a closed truck.",
            ("Police",),
            ("It was a closed truck.",),
            "It was a closed truck.",
        ),
        # no speaker, or two: nobody to frame it with
        (
            "It would appeal the ruling.",
            (),
            ("it would appeal the ruling",),
            "It would appeal the ruling.",
        ),
        (
            "It would appeal the ruling.",
            ("Kora Mining", "Lena Voss"),
            ("it would appeal the ruling",),
            "It would appeal the ruling.",
        ),
        # the statement says who says it already
        (
            "They were not soldiers, Mira Holt said on Monday.",
            ("Mira Holt",),
            ("they were not soldiers, a ministry spokeswoman said",),
            "They were not soldiers, Mira Holt said on Monday.",
        ),
        # a possessive is no subject
        (
            "Its shares fell 4 percent.",
            ("Kora Mining",),
            ("its shares fell 4 percent",),
            "Its shares fell 4 percent.",
        ),
    ],
)
def test_framed_gives_a_cut_pronoun_clause_its_speaker(
    statement: str, speakers: tuple[str, ...], quotes: tuple[str, ...], shown: str
):
    assert framed(statement, speakers, [_cite(q) for q in quotes]) == shown
