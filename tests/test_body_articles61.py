"""A shown statement opening on a body's name before a speech verb takes the article the cited
articles always write before that name (session 61, editor61, `consensus/body_articles.py`):
"Harbour Authority said that ..." -> "The Harbour Authority said that ...". Invented texts."""

from __future__ import annotations

from consensus.body_articles import _shown, article_bodies
from consensus.models import Article, Citation, Item, Report, ReportArticle

ALWAYS = (
    "The Harbour Authority said the east channel was closed. Divers from the Harbour Authority "
    "searched the wreck, and the national Harbour Authority later said two men were missing."
)


def test_a_body_the_text_always_writes_after_the_takes_it() -> None:
    said = "Harbour Authority said that two men were missing."
    assert _shown(said, [ALWAYS]) == "The Harbour Authority said that two men were missing."
    assert _shown("Harbour Authority told reporters it was safe.", [ALWAYS]).startswith("The ")


def test_a_name_written_bare_once_or_a_person_or_no_speech_verb_is_left() -> None:
    bare = ALWAYS + " Officers from Harbour Authority stood by."
    said = "Harbour Authority said that two men were missing."
    assert _shown(said, [bare]) == said
    person = "Lena Varo said that two men were missing."
    assert _shown(person, ["The pilot, Lena Varo, said so. Lena Varo is 40."]) == person
    # a role between "the" and a person's name gives it no article
    assert _shown(person, ["It was flown by the pilot Lena Varo.", "Varo said so."]) == person
    # no speech verb after the name; a determiner opening the statement; one word
    assert _shown("Harbour Authority divers found the wreck.", [ALWAYS]).startswith("Harbour")
    assert _shown("The Harbour Authority said so.", [ALWAYS]) == "The Harbour Authority said so."
    assert _shown("Authority said so.", ["the Authority said"]) == "Authority said so."
    # a name the cited texts never write
    assert _shown(said, ["The port reopened."]) == said


def test_the_report_shows_the_article_and_keeps_ids_and_citations() -> None:
    cite = Citation(
        article="a",
        quote="the national Harbour Authority later said two men were missing",
        start=0,
        end=10,
    )
    item = Item(
        id="s-1",
        kind="reported_statement",
        origins=1,
        statement="Harbour Authority said that two men were missing.",
        sources=("a",),
        citations=(cite,),
        rule="single source: one origin",
    )
    report = Report(
        articles=(ReportArticle(id="a", outlet="Outlet A", origin="o1"),), single_source=(item,)
    )
    article = Article(id="a", outlet="Outlet A", text=ALWAYS)
    out = article_bodies(report, [article])
    shown = out.single_source[0]
    assert shown.statement == "The Harbour Authority said that two men were missing."
    assert shown.id == "s-1" and shown.citations == (cite,)
    # nothing to change: the same object
    assert article_bodies(out, [article]) is out
