"""A clause cut off at ", but" that opens with its finite verb takes the subject of the clause
before it; when none is found the sentence stays whole, never a statement without a subject
("Had no direct links to terrorism.": consensus/offline/compound.py, `carry_lead`)."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [c.statement for c in extract_offline(article).claims]


def test_no_subject_found_keeps_the_sentence_whole() -> None:
    text = (
        "Roe is believed to have moved from Dresk, where 38 people were killed on a beach "
        "last year, to Halden and was known to police for theft, but had no direct links "
        "to terrorism."
    )
    got = _statements(text)
    assert got, text
    assert not any(s.startswith("Had ") for s in got), got
    assert any("had no direct links to terrorism" in s for s in got), got


def test_a_subject_found_is_carried() -> None:
    got = _statements("The driver was known to police for theft, but had no links to terrorism.")
    assert "The driver had no links to terrorism." in got, got
    assert "The driver was known to police for theft" in got, got


def test_a_contraction_holds_its_own_subject() -> None:
    got = _statements(
        "The mayor said the line was one of the best things about the town; it's had a "
        "great safety record since it opened."
    )
    assert any(s.startswith("It's had a great safety record") for s in got), got


def test_a_that_clause_after_but_takes_the_report_it_goes_on() -> None:
    # the reporting subject is no speaker the extractor knows ("The inspectorate"), so no
    # speaker is inherited: the report's own words lead the clause ("That it was ..." alone
    # is no statement)
    got = _statements(
        "The inspectorate said there was no sign that water had been contaminated, but that "
        "it was testing samples sent in by a residents' group."
    )
    assert not any(s.lower().startswith("that ") for s in got), got
    assert any(s.startswith("The inspectorate said that it was testing samples") for s in got), got


def test_that_as_the_subject_after_but_is_no_that_clause() -> None:
    got = _statements(
        "The regional inspectorate found the weir was safe, but that did not stop the "
        "villagers from marching to the town hall."
    )
    assert not any("found that did not stop" in s for s in got), got
