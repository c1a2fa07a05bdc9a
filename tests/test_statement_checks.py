"""consensus/offline/statement_checks.py: the checks that a statement reads as a sentence,
the fallback to the verbatim quote when a rebuilt one fails them, and the extractor fixes
made for what the census (bench/statements.py) found.

Sentences are written for these tests (no cluster text), one check or fix each.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from consensus.models import Article, Citation, Claim, ClaimKind, Evidence
from consensus.offline import extract_offline
from consensus.offline.statement_checks import (
    dangling_end,
    defects,
    disagreement,
    doubled_subject,
    doubled_word,
    has_finite_verb,
    readable,
    said_fragment,
    timestamp,
    unbalanced,
    wrong_verb_form,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _statements(text: str) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [c.statement for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        ("The ferry sank near the harbour.", True),
        ("They want a recount.", True),
        ("The company plans new cuts.", True),
        ("The mayor will resign.", True),
        ("The Stella its best-selled model.", False),
        ("A new bridge across the river.", False),
    ],
)
def test_finite_verb(text: str, finite: bool) -> None:
    assert has_finite_verb(text) is finite


def test_doubled_word() -> None:
    assert doubled_word("The the ferry sank.") == "The"
    assert doubled_word("She had had enough.") is None
    assert doubled_word("The water rose, rose and fell.") is None  # a comma between


def test_doubled_subject() -> None:
    assert doubled_subject("Mira Kallas she said the ferry sank.")
    assert not doubled_subject("Mira Kallas said she saw the ferry sink.")
    assert not doubled_subject("Then they cleared the square.")  # no name before
    assert doubled_subject("Ivo Marek said that the inquiry he would report by May.")
    assert not doubled_subject("The club looked set to retain the cup they won last year.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Which left seven people dead.", "Which"),
        ("And the ferry sank.", "And"),
        ("The ferry sank near the.", "the"),
        ("Police said the driver fled and.", "and"),
        ("41, were detained in raids, police said.", "41"),
        ("Arthur Vell insists he put money back in.", None),  # a particle ends it
        ("The minister again denied that.", None),  # a pronoun ends it
        ("The vote is set for May.", None),  # a month, not the modal
    ],
)
def test_dangling_end(text: str, word: str | None) -> None:
    assert dangling_end(text) == word


def test_unbalanced() -> None:
    assert unbalanced("She said: “We will rebuild.") == "“”"
    assert unbalanced('He said "we will rebuild.') == '"'
    assert unbalanced("The firm (founded in 1990 employs 40.") == "()"
    assert unbalanced("She said: “We will rebuild.”") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The officers was arrested.", "officers was"),
        ("A guard were injured.", "guard were"),
        ("They was told to leave.", "They was"),
        ("The officers in the town was arrested.", "officers was"),
        ("Patients with this disease have hope.", None),  # the head noun is plural
        ("The number of officers was small.", None),  # "number" is singular
        ("Police said there were no other injuries.", None),
        ("Officials said that both are residents.", None),
    ],
)
def test_disagreement(text: str, found: str | None) -> None:
    assert disagreement(text) == found


def test_timestamp_said_fragment_and_verb_form() -> None:
    assert timestamp("Updated 14:05 GMT The ferry sank.")
    assert timestamp("The ferry sank at noon.") is None
    assert said_fragment("Jon Rask said asked about reports of a deal")
    assert said_fragment("Jon Rask said the firm asked about a deal") is None
    assert wrong_verb_form("The bank selled its stake.") == "selled"
    assert wrong_verb_form("Its best-selled model.") == "best-selled"
    assert wrong_verb_form("Sayed Noor sold the house.") is None  # a name
    assert wrong_verb_form("The court hanged nobody.") is None


def test_quotations_are_not_checked() -> None:
    # the speaker's verbatim words may be anything; only the statement around them counts
    assert defects("Lena Vos said: “Then I saw it, saw it all and.”") == []
    assert defects("Lena Vos said: “It was a long, long night.") == ["unbalanced"]


def _claim(statement: str, quote: str) -> Claim:
    text = f"Intro. {quote}"
    ev = Evidence(quote=quote, start=7, end=7 + len(quote))
    assert text[ev.start : ev.end] == quote
    return Claim(statement=statement, kind=ClaimKind.event, subject="officers", evidence=(ev,))


def test_readable_falls_back_to_the_quote() -> None:
    broken = _claim("The officers was detained in the north.", "Two officers were detained.")
    assert readable([broken])[0].statement == "Two officers were detained."
    good = _claim("Police detained two officers.", "detaining two officers")
    assert readable([good])[0].statement == "Police detained two officers."
    # the quote is no sentence of its own ("detaining ..."): the statement stays as made
    worse = _claim("The officers was detained.", "detaining the officers")
    assert readable([worse])[0].statement == "The officers was detained."


def test_hyphenated_ing_is_no_participle() -> None:
    text = (
        "Halvik Motors sold 310,000 cars in the first half of the year, up 9 percent, "
        "with the Vela its best-selling model."
    )
    assert not any("selled" in s for s in _statements(text))


def test_where_clause_keeps_the_written_preposition() -> None:
    text = (
        "Volunteers in rubber boats searched flooded barns on the edge of town, "
        "where the water still stood at waist height."
    )
    statements = _statements(text)
    assert "On the edge of town, the water still stood at waist height." in statements
    text = "She spoke to reporters at the county hospital, where 12 survivors were treated."
    assert "At the county hospital, 12 survivors were treated." in _statements(text)


def test_fronted_participle_is_no_reported_content() -> None:
    text = (
        "Asked about reports that the talks had stalled over fishing quotas, Jon Rask "
        "said he would not comment on another side's politics."
    )
    assert not any(" said asked" in s.casefold() for s in _statements(text))


def test_census_verbatim() -> None:
    from statements import verbatim

    cites = (Citation(article="a", quote="“The ferry sank,” she said.", start=0, end=27),)
    assert verbatim("The ferry sank.", cites)
    assert not verbatim("Mira Kallas said the ferry sank.", cites)


def test_carried_subject_drops_a_relative_clause_subject() -> None:
    text = (
        "Interior Minister Ivo Marek said the inquiry he ordered on Sunday would be led by "
        "a retired judge and would report by the end of October."
    )
    statements = _statements(text)
    assert "Ivo Marek said that the inquiry would report by the end of October." in statements
    assert not any(doubled_subject(s) for s in statements)
    text = "The man they saw fled the scene and hid in a barn."
    assert "The man hid in a barn." in _statements(text)


def test_a_number_list_is_not_cut_at_and() -> None:
    text = "The men, aged 34 and 41, were detained in dawn raids on two flats, police said."
    statements = _statements(text)
    assert statements == [text]
    assert not any(dangling_end(s) for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        "Two still remain inside as of 11.30am.",  # a base form after an adverb
        "The police deny it.",  # ... after a plural noun
        "Vesta beat Dunmore Rovers 3-0 last year.",  # ... after a name
        "More than 50 were taken to hospital just after 06:00 GMT.",  # a time, no page line
        "A dozen were hurt, the police said.",  # a quantity noun
        "We don't know yet what their motivations were.",  # an embedded question
        "Lina Vos told Radio Kestel she had pulled people inside.",  # an object, a clause
        "On Monday he posted a photograph of his daughter.",  # a time phrase
    ],
)
def test_sentences_that_read_well_pass(text: str) -> None:
    assert defects(text) == []


def test_mixed_quotation_marks_are_closed_once() -> None:
    text = (
        'Deputy Chief Constable Adrian Vell added: "Our officers will continue to work '
        "through the evening to support their families.”"
    )
    statements = _statements(text)
    assert statements and all(unbalanced(s) is None for s in statements)
    assert any(s.endswith("families.”") for s in statements)


def test_relative_pronoun_before_the_verb_is_not_judged() -> None:
    text = "The eruption began at 5:12 a.m. with explosions that were heard far away."
    assert disagreement(text) is None
