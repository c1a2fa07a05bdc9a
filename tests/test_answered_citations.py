"""consensus/merge/answered_citations.py: a denial's citation of the sentence it answers
stays with the side of a contested point that asserts it. Invented texts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from consensus.api import build_report
from consensus.merge.answered_citations import answered_apart
from consensus.models import Article, Citation, ExtractionResult, Polarity, Position, Report
from consensus.offline import extract_offline

ACCUSED = "Greyhound Research accused Brightpay of inflating its count of customers."
TEXTS = {
    "a": f"{ACCUSED} Brightpay rejected the accusation.",
    "b": f"Shares rose on Monday. {ACCUSED}",
    "c": "Brightpay denied the accusation. Shares rose on Monday.",
}


def _report() -> Report:
    arts = tuple(Article(id=k, title="IPO", outlet=k, text=t) for k, t in TEXTS.items())
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_the_extractor_reads_a_bare_denial_with_the_sentence_it_answers() -> None:
    # (what this module answers: the denial's claim cites the accusation's sentence too)
    claims = extract_offline(Article(id="a", text=TEXTS["a"])).claims
    denial = next(c for c in claims if c.polarity == Polarity.denies)
    assert {e.quote for e in denial.evidence} == {ACCUSED, "Brightpay rejected the accusation."}


def test_a_denials_side_does_not_cite_the_accusation_it_answers() -> None:
    (point,) = _report().contested
    denial = next(p for p in point.positions if p.polarity == Polarity.denies)
    assert sorted(c.quote for c in denial.citations) == [
        "Brightpay denied the accusation.",
        "Brightpay rejected the accusation.",
    ]
    accusation = next(p for p in point.positions if p.polarity == Polarity.asserts)
    assert {c.quote for c in accusation.citations} == {ACCUSED}
    assert denial.sources == ("a", "c")


def _cite(art: str, quote: str) -> Citation:
    start = TEXTS[art].index(quote)
    return Citation(article=art, quote=quote, start=start, end=start + len(quote))


def _member(polarity: Polarity, *cites: Citation) -> Any:
    """What `answered_apart` reads of a claim: its polarity and citations."""
    return SimpleNamespace(claim=SimpleNamespace(polarity=polarity), citations=cites)


def test_a_side_keeps_a_citation_in_each_article() -> None:
    accused, rejected = _cite("a", ACCUSED), _cite("a", "Brightpay rejected the accusation.")
    denial = _member(Polarity.denies, rejected, accused)
    side = Position(
        statement="x", polarity=Polarity.denies, sources=("a",), citations=(rejected, accused)
    )
    other = Position(statement="y", sources=("a",), citations=(accused,))
    # the accused sentence cited by an assertion on the other side: left to it
    out = answered_apart([[denial], [_member(Polarity.asserts, accused)]], [side, other])
    assert out[0].citations == (rejected,) and out[1] == other
    # cited by nobody else, or by another denial: nothing to leave
    for rival in (
        _member(Polarity.asserts, _cite("b", ACCUSED)),
        _member(Polarity.denies, accused),
    ):
        assert answered_apart([[denial], [rival]], [side, other])[0] == side
    # the side's only citation in that article is kept
    alone = side.model_copy(update={"citations": (accused,)})
    lone = _member(Polarity.denies, accused)
    assert (
        answered_apart([[lone], [_member(Polarity.asserts, accused)]], [alone, other])[0] == alone
    )
