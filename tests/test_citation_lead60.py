"""A cited quote's lead read past abbreviations and shown shortened when long (session 60,
editor60): `consensus/sentence_starts.py` does not end a sentence at a title, an initial or
an abbreviation before a name (the article's own text decides which words are abbreviations
and names), and a lead of more than 30 words is kept whole in the report and shown as its
first words, " … " and the words just before the quote. Invented texts."""

from __future__ import annotations

import json

from consensus.clause_citations import led_citation, readable_citations
from consensus.models import Article, Citation, ClaimKind, Item, Report, ReportArticle
from consensus.render import render_html, render_json, render_markdown
from consensus.render.sentences import lead_pieces, shown_lead
from consensus.sentence_starts import sentence_start


def _lead(text: str, sub: str) -> str:
    pos = text.index(sub)
    start = sentence_start(text, pos, 1500)
    return text[start:pos]


def test_a_title_or_an_initial_before_a_name_ends_no_sentence() -> None:
    text = "The pier shut. Gov. Lina Marr said it was safe. Talks went on. J. Osei denied it."
    assert _lead(text, "said it was safe") == "Gov. Lina Marr "
    assert _lead(text, "denied it") == "J. Osei "


def test_an_abbreviation_ends_a_sentence_unless_a_name_follows() -> None:
    # an inner full stop makes an abbreviation; "Navy" is never written lower-case: a name
    text = "The port shut. The U.S. Navy said the ship had left the harbour."
    assert _lead(text, "said the ship") == "The U.S. Navy "
    # "The" is a determiner: a new sentence starts after "Inc."
    text = "The pier was sold to Brennock Inc. The firm said it would reopen the pier."
    assert _lead(text, "said it would") == "The firm "


def test_the_article_decides_which_words_are_abbreviations() -> None:
    # "Dept." before a lower-case word elsewhere in the article: an abbreviation here, and
    # "Harbour" (never lower-case) a name after it
    used = (
        "The Ports Dept. and the coast guard met. "
        "Inspectors from the Ports Dept. Harbour Office said the crane was unsafe."
    )
    assert _lead(used, "said the crane") == "Inspectors from the Ports Dept. Harbour Office "
    # without that use, "Dept." before a capital is read as a sentence end
    unused = "Inspectors from the Ports Dept. Harbour Office said the crane was unsafe."
    assert _lead(unused, "said the crane") == "Harbour Office "
    # a name-like word the article also writes lower-case is no name: the sentence ends
    lower = "The ferry sailed from the U.S. Harbour staff said the harbour was calm."
    assert _lead(lower, "said the harbour") == "Harbour staff "


LONG = (
    "Sea trials ended. The harbour board, which met on Monday after a week of storms along the "
    "northern coast had closed three piers and left two ferries stranded at their moorings "
    "near the old customs house, said in a statement that the hull of the ferry had cracked."
)


def _cite(text: str, sub: str, article: str = "a") -> Citation:
    start = text.index(sub)
    return Citation(article=article, quote=sub, start=start, end=start + len(sub))


def test_a_long_lead_is_kept_whole_and_shown_as_two_verbatim_pieces() -> None:
    led = led_citation(_cite(LONG, "the hull of the ferry had cracked."), LONG)
    assert led.lead.startswith("The harbour board, which met")
    assert LONG[led.start - len(led.lead) : led.end] == led.lead + led.quote
    head, tail = lead_pieces(led.lead)
    assert head == "The harbour board, which met on"
    assert tail == "their moorings near the old customs house, said in a statement that "
    assert led.lead.startswith(head) and led.lead.endswith(tail)
    assert shown_lead(led.lead) == f"{head} … {tail}"
    # a short lead is shown whole
    assert shown_lead("The board said ") == "The board said "


def _report() -> tuple[Report, list[Article]]:
    articles = [Article(id="a", outlet="Outlet A", text=LONG)]
    item = Item(
        id="s-1",
        statement="The hull of the ferry had cracked.",
        kind=ClaimKind.event,
        sources=("a",),
        origins=1,
        citations=(_cite(LONG, "the hull of the ferry had cracked."),),
        rule="single source: one origin",
    )
    report = Report(
        articles=(ReportArticle(id="a", outlet="Outlet A", origin="o1"),), single_source=(item,)
    )
    return readable_citations(report, articles), articles


def test_every_renderer_shows_a_long_lead_shortened_and_the_json_keeps_it_whole() -> None:
    report, articles = _report()
    cite = report.single_source[0].citations[0]
    shortened = (
        "The harbour board, which met on … their moorings near the old customs house, said in "
        "a statement that "
    )
    md = render_markdown(report)
    assert f"> {shortened}**the hull of the ferry had cracked.**" in md
    with_texts = render_markdown(report, articles_text={a.id: a.text for a in articles})
    assert f"{shortened}**the hull of the ferry had cracked.**" in with_texts
    assert "northern coast" not in md + with_texts
    page = render_html(report)
    assert f'<span class="lead">{shortened}</span>the hull' in page
    data = json.loads(render_json(report))
    assert data["single_source"][0]["citations"][0]["lead"] == cite.lead
    assert "northern coast" in cite.lead


def test_an_ellipsis_before_a_capital_still_ends_a_sentence() -> None:
    text = "HOST: Now, I believe... GUEST: The pier has been... HOST: I believe it shut."
    assert _lead(text, "it shut") == "HOST: I believe "


def test_a_dateline_opening_the_paragraph_is_no_part_of_the_lead() -> None:
    text = "Intro line.\nPORTLAKE, Vardenia — Ferry crews struck on Monday, halting all crossings."
    led = led_citation(_cite(text, "halting all crossings."), text)
    assert led.lead == "Ferry crews struck on Monday, "
    # a quote opening its sentence just after the dateline gets none
    text = "PORTLAKE (Wire) - Ferry crews struck on Monday."
    assert led_citation(_cite(text, "Ferry crews struck"), text).lead == ""
    # a transcript's speaker tag is no dateline: it says who speaks
    text = "HOST: We hear the pier has shut."
    assert led_citation(_cite(text, "We hear"), text).lead == "HOST: "
