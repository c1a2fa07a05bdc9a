"""A quote cut from the subject that says it is shown from its sentence's start
(consensus/clause_citations.py `sentence_citation`, session 59). Invented texts."""

from __future__ import annotations

import datetime as dt

from consensus.clause_citations import readable_citations, sentence_citation
from consensus.models import Article, Citation, Item, Report


def _cite(text: str, sub: str, article: str = "a") -> Citation:
    start = text.index(sub)
    return Citation(article=article, quote=sub, start=start, end=start + len(sub))


def test_a_predicate_is_shown_from_its_sentence_start() -> None:
    text = "A pump had failed in May. Dorran Ferries denied that any fault was reported."
    cut = _cite(text, "denied that any fault was reported.")
    shown = sentence_citation(cut, text)
    assert shown.quote == "Dorran Ferries denied that any fault was reported."
    assert text[shown.start : shown.end] == shown.quote  # verbatim
    assert shown.end == cut.end


def test_a_title_or_an_initial_does_not_end_the_sentence() -> None:
    text = "Talks ended. Mr. J. Orvell Brask told the board the vote would go ahead."
    shown = sentence_citation(_cite(text, "the vote would go ahead."), text)
    assert shown.quote == "Mr. J. Orvell Brask told the board the vote would go ahead."
    # a month's name is no title: the sentence before it stays out
    text = "The pier was inspected in May. The board said the ship passed every test."
    shown = sentence_citation(_cite(text, "said the ship passed every test."), text)
    assert shown.quote == "The board said the ship passed every test."


def test_what_is_left_as_it_is() -> None:
    text = "The board met. Its chair, Ana Velt, said the ship passed. Then it rained."
    whole = _cite(text, "Its chair, Ana Velt, said the ship passed.")
    assert sentence_citation(whole, text) == whole  # opens on a capital
    first = _cite("said the ship passed.", "said the ship passed.")
    assert sentence_citation(first, "said the ship passed.") == first  # nothing before it
    # a lead of more words than a subject and its verb holds a fact of its own: left out
    text = "The board sent four inspectors to the harbour on Monday and said the ship passed."
    own = _cite(text, "said the ship passed.")
    assert sentence_citation(own, text) == own
    # a short lead that joins a clause or an aside of its own is left out too
    for text in (
        "The pump failed and the board said the ship passed.",
        "Dorran Ferries, which runs the crossing, said the ship passed.",
    ):
        joined = _cite(text, "said the ship passed." if "Dorran" in text else "the board said")
        assert sentence_citation(joined, text) == joined
    # a sentence that starts further back than the reach: no start to show it from
    long = "The board, " + "after a long review of every log, " * 12 + "said it passed."
    far = _cite(long, "said it passed.")
    assert sentence_citation(far, long) == far
    # a quote not at its offsets of this text is not touched
    moved = Citation(article="a", quote="said it passed.", start=0, end=15)
    assert sentence_citation(moved, long) == moved


def test_the_report_shows_no_predicate_cut_from_its_subject() -> None:
    text = "Talks ended. The harbour board said the ship had passed every test."
    article = Article(id="a", outlet="Outlet A", text=text, published=dt.date(2026, 3, 3))
    cut = _cite(text, "said the ship had passed every test.")
    item = Item.model_construct(
        id="a-1", statement="The ship had passed every test.", citations=(cut,)
    )
    report = Report.model_construct(
        agreed=(item,), single_source=(), contested=(), timeline=(), summary=None
    )
    (shown,) = readable_citations(report, [article]).agreed[0].citations
    assert shown.quote == "The harbour board said the ship had passed every test."
    assert text[shown.start : shown.end] == shown.quote
