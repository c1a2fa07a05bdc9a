"""A clause cited in two pieces around an aside is shown as one verbatim citation
(consensus/clause_citations.py), in every citation list of the report. Invented texts."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.clause_citations import aside_between, joined_citations
from consensus.models import Article, Citation, ExtractionResult
from consensus.offline import extract_offline

TEXT = (
    "Norvell Foods, which also owns a chain of bakeries, on Monday raised its offer for "
    "Tamsin Dairy to $4 billion. Tamsin said it would review the offer."
)


def _cite(text: str, sub: str, article: str = "a") -> Citation:
    start = text.index(sub)
    return Citation(article=article, quote=sub, start=start, end=start + len(sub))


def test_subject_and_predicate_around_an_aside_are_one_citation() -> None:
    subject = _cite(TEXT, "Norvell Foods")
    predicate = _cite(TEXT, "on Monday raised its offer for Tamsin Dairy to $4 billion.")
    (joined,) = joined_citations((subject, predicate), {"a": TEXT})
    assert joined.start == subject.start and joined.end == predicate.end
    assert TEXT[joined.start : joined.end] == joined.quote  # verbatim, the aside included
    assert joined.quote.startswith("Norvell Foods, which also owns")
    # in either order given
    assert joined_citations((predicate, subject), {"a": TEXT}) == (joined,)


def test_two_sentences_or_two_articles_stay_apart() -> None:
    first = _cite(TEXT, "on Monday raised its offer for Tamsin Dairy to $4 billion.")
    second = _cite(TEXT, "said it would review the offer.")
    assert joined_citations((first, second), {"a": TEXT}) == (first, second)
    other = _cite(TEXT, "on Monday raised its offer for Tamsin Dairy to $4 billion.", "b")
    subject = _cite(TEXT, "Norvell Foods")
    assert joined_citations((subject, other), {"a": TEXT, "b": TEXT}) == (subject, other)


def test_what_an_aside_is() -> None:
    text = 'Halbrook, who chairs the “Open Rivers” panel, said so. "Go," he said, "now."'
    end = len("Halbrook")
    assert aside_between(text, end, text.index("said so"))  # a whole quotation inside
    # a gap that opens a quotation, or crosses a sentence end, is no aside
    assert not aside_between(text, text.index("Go") + 2, text.index("he said"))
    assert not aside_between(text, text.index("said so") + 4, text.index("he said"))
    assert not aside_between(text, 0, 0)


def test_the_report_cites_the_clause_whole() -> None:
    other = (
        "Norvell Foods raised its offer for Tamsin Dairy to $4 billion on Monday, the company "
        "said in a statement."
    )
    articles = [
        Article(id="a", outlet="Outlet A", text=TEXT, published=dt.date(2026, 3, 3)),
        Article(id="b", outlet="Outlet B", text=other, published=dt.date(2026, 3, 3)),
    ]
    sets = tuple(extract_offline(a) for a in articles)
    pieces = [
        e
        for c in sets[0].claims
        for e in c.evidence
        if e.quote == "Norvell Foods"  # the extractor cites the clause without its aside
    ]
    assert pieces, "the extractor no longer cuts the aside out: this test reads nothing"
    report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))
    cites = [
        c
        for it in (*report.agreed, *report.single_source)
        for c in it.citations
        if c.article == "a"
    ]
    assert cites
    assert all(c.quote != "Norvell Foods" for c in cites)
    assert any(c.quote.startswith("Norvell Foods, which also owns") for c in cites)
    for c in cites:
        assert TEXT[c.start : c.end] == c.quote


def test_a_predicate_is_cited_from_its_subject() -> None:
    from consensus.clause_citations import headed_citation

    text = "Dr Ilse Marrow, the plant's director, said it would reopen on Friday. Then it rained."
    predicate = _cite(text, "said it would reopen on Friday.")
    statement = "Dr Ilse Marrow said it would reopen on Friday."
    headed = headed_citation(predicate, statement, text)
    assert headed.quote == "Dr Ilse Marrow, the plant's director, said it would reopen on Friday."
    assert text[headed.start : headed.end] == headed.quote
    # a statement that is not the subject and this predicate: the citation as it was
    assert headed_citation(predicate, "The plant would reopen.", text) == predicate


def test_a_subject_with_a_clause_of_its_own_between_is_not_cited_with_it() -> None:
    from consensus.clause_citations import headed_citation

    # the item states the second predicate only: citing from "Velder" would cite the first
    # clause too, a fact the item does not state
    text = "Velder confirmed the sale of its port unit and said it would cut 40 jobs."
    predicate = _cite(text, "said it would cut 40 jobs.")
    assert headed_citation(predicate, "Velder said it would cut 40 jobs.", text) == predicate


def test_a_relative_clause_is_cited_from_its_antecedent() -> None:
    from consensus.clause_citations import headed_citation

    text = "Orlin Freight, which also runs a ferry line, posted a loss on Monday."
    predicate = _cite(text, "also runs a ferry line")
    headed = headed_citation(predicate, "Orlin Freight also runs a ferry line", text)
    assert headed.quote == "Orlin Freight, which also runs a ferry line"
