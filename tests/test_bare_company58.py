"""A bare "the company" of one article and the named company its articles write
(consensus.merge.bare_company); invented text only."""

from __future__ import annotations

from consensus.merge.bare_company import bare_company
from consensus.merge.speakers import Speakers

_A = (
    "Vesta Foods said its Tarnby plant would close. The closure will cost 400 jobs, the"
    " company said."
)
_B = "Vesta Foods will cut 400 jobs at its Tarnby plant, Vesta Foods said."


def test_the_company_and_the_body_its_article_names_are_one_speaker() -> None:
    index = Speakers({"company": [_A], "vesta foods": [_A, _B]})
    assert index.compatible("company", "vesta foods")


def test_a_name_its_articles_never_write_is_another_speaker() -> None:
    other = "Orvane said its inspectors found faults."
    index = Speakers({"company": [_A], "orvane": [other]})
    assert not index.compatible("company", "orvane")


def test_a_regulator_is_never_the_bare_company() -> None:
    # "the regulator" is named by its kind: only "company" and "firm" stand for a bare name
    text = "Vesta Foods said its plant would close, the regulator said."
    texts = {"regulator": [text], "vesta foods": [text]}
    assert not bare_company("regulator", "vesta foods", texts, {})


def test_a_person_or_a_described_body_is_no_company() -> None:
    person = "Tom Varga said his plant would close. The company said 400 jobs would go."
    group = (
        "Clean Holm, a campaign group, said its members would protest. The company said 400"
        " jobs would go."
    )
    assert not bare_company(
        "company", "tom varga", {"company": [person], "tom varga": [person]}, {}
    )
    assert not bare_company(
        "company", "clean holm", {"company": [group], "clean holm": [group]}, {}
    )


def test_a_name_the_text_calls_a_company_needs_no_its() -> None:
    text = "Holt Motors, the carmaker, will hire staff. The company said 40 jobs would go."
    assert bare_company("company", "holt motors", {"company": [text], "holt motors": [text]}, {})


def test_two_companies_in_the_text_leave_the_company_alone() -> None:
    # a rival company and a campaign known by a bare name, both with "its": which one "the
    # company" is, the text does not say
    text = (
        "Vesta Foods said its plant would close. Orvane said its inspectors found faults."
        " The company said 400 jobs would go."
    )
    texts = {"company": [text], "vesta foods": [text], "orvane": [text]}
    assert not bare_company("company", "vesta foods", texts, {})
    assert not bare_company("company", "orvane", texts, {})
