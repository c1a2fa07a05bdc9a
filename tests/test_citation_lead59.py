"""A citation cut inside its sentence carries its sentence's lead for display
(consensus/clause_citations.py `led_citation`, `Citation.lead`, session 59): verbatim and
contiguous, shown before the quote by every renderer, while the cited span stays as merged.
Invented texts."""

from __future__ import annotations

import datetime as dt
import json

from consensus.clause_citations import led_citation, readable_citations
from consensus.models import Article, Citation, ContestedItem, Position, Report, ReportArticle
from consensus.render import render_html, render_json, render_markdown, report_json_schema

# a lead with a comma and a relative pronoun: `sentence_citation` leaves the span alone
TEXT_A = (
    "The pier reopened on Monday. Dorran Ferries, which runs the crossing, said the ship "
    "passed every test."
)
TEXT_B = "Talks ended. The harbour board met and insisted that the hull had cracked in May."


def _cite(text: str, sub: str, article: str = "a") -> Citation:
    start = text.index(sub)
    return Citation(article=article, quote=sub, start=start, end=start + len(sub))


def test_the_lead_is_the_sentence_before_the_quote_verbatim_and_contiguous() -> None:
    cut = _cite(TEXT_A, "said the ship passed every test.")
    led = led_citation(cut, TEXT_A)
    assert led.lead == "Dorran Ferries, which runs the crossing, "
    assert TEXT_A[led.start - len(led.lead) : led.start] == led.lead
    assert TEXT_A[led.start - len(led.lead) : led.end] == led.lead + led.quote
    # the span the item cites is untouched
    assert (led.article, led.quote, led.start, led.end) == (
        cut.article,
        cut.quote,
        cut.start,
        cut.end,
    )


def test_a_quote_opening_its_sentence_gets_no_lead() -> None:
    # the sentence end just before the quote is found (its capital is the quote's own)
    whole = _cite(TEXT_A, "Dorran Ferries, which runs the crossing, said")
    assert led_citation(whole, TEXT_A).lead == ""
    assert led_citation(_cite(TEXT_A, "The pier reopened"), TEXT_A).lead == ""
    # an opening quote mark alone is no lead
    text = "Talks ended. “We will reopen the pier,” the board said."
    assert led_citation(_cite(text, "We will reopen the pier,"), text).lead == ""
    # a "sentence" starting more than 1,500 characters before the quote: no lead rather than
    # a cut one (session 60: a shorter long lead is kept whole and shown shortened)
    long = "The board, " + "after a long review of logs, " * 60 + "said it passed."
    assert led_citation(_cite(long, "said it passed."), long).lead == ""
    # a quote not at its offsets of this text gets none
    moved = Citation(article="a", quote="said it passed.", start=0, end=15, lead="x ")
    assert led_citation(moved, long).lead == ""


def _report() -> tuple[Report, list[Article]]:
    articles = [
        Article(id="a", outlet="Outlet A", text=TEXT_A, published=dt.date(2026, 3, 3)),
        Article(id="b", outlet="Outlet B", text=TEXT_B, published=dt.date(2026, 3, 3)),
    ]
    point = ContestedItem(
        id="c-1",
        topic="Whether the ship passed every test",
        rule="contested: asserts vs denies",
        positions=(
            Position(
                statement="The ship passed every test.",
                sources=("a",),
                origins=1,
                citations=(_cite(TEXT_A, "said the ship passed every test."),),
            ),
            Position(
                statement="The hull had cracked in May.",
                sources=("b",),
                origins=1,
                citations=(_cite(TEXT_B, "the hull had cracked in May.", "b"),),
            ),
        ),
    )
    report = Report(
        articles=(
            ReportArticle(id="a", outlet="Outlet A", origin="o1"),
            ReportArticle(id="b", outlet="Outlet B", origin="o2"),
        ),
        contested=(point,),
    )
    return readable_citations(report, articles), articles


def test_the_report_carries_the_lead_and_every_renderer_shows_it() -> None:
    report, _ = _report()
    first, second = (p.citations[0] for p in report.contested[0].positions)
    assert first.lead == "Dorran Ferries, which runs the crossing, "
    assert second.lead == "The harbour board met and insisted that "
    md = render_markdown(report)
    # the side's excerpt line and the Sources entry: the lead plain, then the quote
    assert "Dorran Ferries, which runs the crossing, *said the ship passed every test.*" in md
    assert "> The harbour board met and insisted that **the hull had cracked in May.**" in md
    page = render_html(report)
    assert '<span class="lead">The harbour board met and insisted that </span>the hull had' in page
    data = json.loads(render_json(report))
    side = data["contested"][0]["positions"][1]["citations"][0]
    assert side["lead"] == "The harbour board met and insisted that "
    assert side["quote"] == "the hull had cracked in May."
    assert Report.model_validate_json(render_json(report)) == report
    assert '"lead"' in report_json_schema()


def test_the_context_shown_with_article_texts_holds_the_whole_lead() -> None:
    report, articles = _report()
    md = render_markdown(report, articles_text={a.id: a.text for a in articles})
    assert "Dorran Ferries, which runs the crossing, **said the ship passed every test.**" in md


def test_every_lead_of_the_seeds_report_is_verbatim_and_contiguous() -> None:
    from pathlib import Path

    from consensus.api import read_inputs, summarize

    articles, _ = read_inputs([Path(__file__).resolve().parent.parent / "seeds"])
    report = summarize(articles, use_cache=False)
    texts = {a.id: a.text for a in articles}
    cites = [c for it in (*report.agreed, *report.single_source) for c in it.citations]
    cites += [c for point in report.contested for p in point.positions for c in p.citations]
    cites += [c for e in report.timeline for c in e.citations]
    led = [c for c in cites if c.lead]
    assert led
    for c in led:
        assert texts[c.article][c.start - len(c.lead) : c.end] == c.lead + c.quote
