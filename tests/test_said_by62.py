"""A "said by" line shows a role speaker with the article its texts write (session 62,
editor62, `consensus/render/said_by.py`): "said by a Norbrook spokesman", never "said by
Norbrook spokesman"; the JSON keeps the label as merged. Invented texts.
"""

from __future__ import annotations

import json

from consensus.models import Citation, ClaimKind, Item, Report, ReportArticle
from consensus.render import render_html, render_json, render_markdown
from consensus.render.said_by import with_article


def test_a_role_takes_the_one_article_its_texts_write() -> None:
    assert with_article("Norbrook spokesman", ["A Norbrook spokesman denied it."]) == (
        "a Norbrook spokesman"
    )
    assert with_article("witness", ["A witness spoke.", "a witness said so"]) == "a witness"
    # written once without the article just before it ("an older witness"): left
    assert with_article("witness", ["An older witness spoke.", "a witness said so"]) == "witness"
    # a capital only a sentence's start gave is lowered after the article
    assert with_article("Harbour board", ["The harbour board said no."]) == "the harbour board"
    # the label as the texts write it, when they write it one way
    assert with_article("Five-Judge panel", ["The five-judge panel ruled."]) == (
        "the five-judge panel"
    )


def test_a_name_a_bare_or_an_unwritten_label_stays_as_held() -> None:
    assert with_article("Ilse Varga", ["Ilse Varga said it."]) == "Ilse Varga"
    assert with_article("the board", ["The board said no."]) == "the board"
    # written bare as a title too: the text allows it
    texts = ["A Norbrook spokesman denied it.", "Norbrook spokesman Ivo Lamm said"]
    assert with_article("Norbrook spokesman", texts) == "Norbrook spokesman"
    assert with_article("Norbrook spokesman", ["Norbrook denied it."]) == "Norbrook spokesman"
    # two articles: nothing to choose by
    texts = ["A Norbrook spokesman denied it.", "the Norbrook spokesman added"]
    assert with_article("Norbrook spokesman", texts) == "Norbrook spokesman"


def _report() -> Report:
    quote = "A Norbrook spokesman rejected the claim."
    item = Item(
        id="s-1",
        statement="A Norbrook spokesman rejected the claim.",
        speakers=("Norbrook spokesman",),
        kind=ClaimKind.reported_statement,
        origins=1,
        rule="single source: one origin",
        sources=("a",),
        citations=(Citation(article="a", quote=quote, start=0, end=len(quote)),),
    )
    return Report(
        articles=(ReportArticle(id="a", outlet="Outlet A", origin="o1"),),
        single_source=(item,),
    )


def test_the_report_shows_the_article_and_the_json_keeps_the_label() -> None:
    md = render_markdown(_report())
    assert "said by a Norbrook spokesman" in md and "said by Norbrook" not in md
    page = render_html(_report())
    assert "said by a Norbrook spokesman" in page and "said by Norbrook" not in page
    data = json.loads(render_json(_report()))
    assert data["single_source"][0]["speakers"] == ["Norbrook spokesman"]
