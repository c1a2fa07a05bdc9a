"""Speakers the offline extractor lost or got wrong (session 47, speakers47): an unnamed
spokesperson described by the kind of body ("a company spokesman", "a spokesman for the
company") is the spokesperson of the body of that kind that just spoke; an acronym that
speaks is a body, so "A spokeswoman said" after it is its spokeswoman; "he" after "his
publisher, <Name>," is not the publisher; "<Body> chair <Name>: '…'" is the person's; "Chief
arbiter <Name> gave a different account." makes the story follow that person. Each case has
its twin the change must leave alone. Every name is made up."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.no_content import announced_account
from consensus.offline.claims import extract_offline
from consensus.offline.listeners import owned
from consensus.offline.long_attributions import long_trailing
from consensus.offline.story_follow import titled_opening


def _speakers(text: str, marker: str) -> list[str | None]:
    """The speakers of the claims whose statement holds `marker`."""
    cs = extract_offline(Article(id="a1", title="Test", outlet="The Test Post", text=text))
    found = [c.speaker for c in cs.claims if marker in c.statement]
    assert found, f"no claim holds {marker!r}"
    return found


def test_a_kind_spokesman_is_the_body_that_just_spoke() -> None:
    text = (
        "The listing went ahead on Tuesday, and shares in Quellmark rose 9 percent.\n\n"
        'Quellmark rejected the claims. "Every account we count has paid a bill this '
        'year," a company spokesman said.\n'
    )
    assert _speakers(text, "Every account") == ["Quellmark spokesman"]


def test_a_kind_spokesman_after_a_plural_opening_a_sentence_keeps_its_description() -> None:
    # "Campaigners" opens the sentence and is no body's name: no "Campaigners spokesman"
    text = (
        "Drovane Crossing Ltd will raise its toll in March.\n\n"
        "Campaigners also pointed out that Drovane paid dividends of 61 million florins "
        "last year. A company spokesman said the increase would pay for the works.\n"
    )
    assert _speakers(text, "would pay for the works") == ["company spokesman"]


def test_a_spokesman_for_the_kind_is_that_bodys() -> None:
    text = (
        "The board said on Saturday that it had grounded the fleet of Brevitas.\n\n"
        'Brevitas rejected the order. "We stood the aircraft down ourselves," a spokesman for '
        "the company said on Sunday.\n"
    )
    assert _speakers(text, "We stood the aircraft down") == ["Brevitas spokesman"]


def test_a_kind_spokesman_of_a_body_that_names_another_kind_is_left_alone() -> None:
    # "the company" is never the Football League: the description stays
    text = (
        'The Vardish Football League said it would appeal. "We will not pay," a company '
        "spokesman said.\n"
    )
    assert _speakers(text, "We will not pay") == ["company spokesman"]


def test_an_acronym_that_speaks_is_a_body_whose_spokeswoman_speaks_next() -> None:
    text = (
        "The Orlavi Metro Transit (OMTX) ran its trains late on Tuesday.\n\n"
        "OMTX denied both claims. A spokeswoman said staffing at the station "
        '"met every safety requirement".\n'
    )
    assert _speakers(text, "met every safety requirement") == ["OMTX spokeswoman"]


def test_a_single_name_that_speaks_and_is_not_all_capitals_stays_a_person() -> None:
    text = (
        'Dagmar Velt runs the depot.\n\nVelt denied both claims. "Nothing was missing," she said.\n'
    )
    assert _speakers(text, "Nothing was missing") == ["Dagmar Velt"]


def test_he_after_his_publisher_named_in_apposition_is_the_author() -> None:
    text = (
        "The prize went to novelist Irvo Castelan last year.\n\n"
        "Castelan rejected the accusation. In a statement issued through his publisher, "
        'Greywick Books, he said he had "never copied another writer".\n'
    )
    assert _speakers(text, "never copied another writer") == ["Irvo Castelan"]


def test_he_after_a_name_that_opens_the_sentence_is_still_that_name() -> None:
    # "For <Name>, …, he said": the antecedent in the sentence, no possessive before it
    text = (
        "The ministry named Torvald Emsig as its envoy.\n\n"
        "For Torvald Emsig, the talks were a test, he said on Monday.\n"
    )
    assert _speakers(text, "the talks were a test") == ["Torvald Emsig"]


@pytest.mark.parametrize(
    ("clause", "name", "expected"),
    [
        ("In a statement issued through his publisher, Greywick Books, he said", "Greywick", True),
        ("In a statement issued through her lawyer, Ama Roe, she said", "Ama", True),
        ("For Torvald Emsig, the talks were a test, he said", "Torvald", False),
        ("Speaking beside the publisher, Greywick Books, he said", "Greywick", False),
    ],
)
def test_a_name_in_apposition_to_a_possession_is_owned(
    clause: str, name: str, expected: bool
) -> None:
    assert owned(clause, clause.index(name)) is expected


def test_owned_is_linear_on_a_long_token() -> None:
    clause = "his " + "a" * 200_000 + ", Greywick said"
    assert owned(clause, clause.index("Greywick")) is False


def test_a_body_chair_named_before_a_colon_is_the_speaker() -> None:
    text = (
        "The minimum wage will rise in April.\n\n"
        "Unions are cautiously positive. Federation of Vardish Unions chair Nadja Pellow: "
        '"Today\'s decision is a real step forward, but not yet a living wage."\n'
    )
    assert _speakers(text, "a real step forward") == ["Nadja Pellow"]


def test_a_body_before_a_colon_with_no_name_after_its_role_word_stays_the_body() -> None:
    text = (
        "The minimum wage will rise in April.\n\n"
        "Unions are cautiously positive. The Federation of Vardish Unions, in a statement: "
        '"Today\'s decision is a real step forward, but not yet a living wage."\n'
    )
    assert "Nadja Pellow" not in _speakers(text, "a real step forward")


def test_a_titled_name_announcing_an_account_is_who_she_is() -> None:
    text = (
        "Andrej Kovar, the grandmaster, says he was searched for 20 minutes.\n\n"
        '"They made me take off my shoes," Kovar said.\n\n'
        "Chief arbiter Dagna Werrin gave a very different description. In a written reply, "
        'she said the check was "a standard scan lasting about two minutes".\n'
    )
    assert _speakers(text, "a standard scan") == ["Dagna Werrin"]


def test_a_sentence_announcing_an_account_with_no_title_before_the_name_is_left_alone() -> None:
    text = (
        "Andrej Kovar, the grandmaster, says he was searched for 20 minutes.\n\n"
        '"They made me take off my shoes," Kovar said.\n\n'
        "Outside the hall Dagna Werrin gave a very different description. In a written "
        'reply, he said the check was "a standard scan lasting about two minutes".\n'
    )
    assert _speakers(text, "a standard scan") == ["Andrej Kovar"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("Chief arbiter ", True), ("Police spokeswoman ", True), ("Mayor ", True),
     ("Outside the hall ", False), ("Yesterday ", False), ("Chief arbiter, ", False)],
)  # fmt: skip
def test_a_titled_opening(prefix: str, expected: bool) -> None:
    assert titled_opening(prefix) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chief arbiter Dagna Werrin gave a very different description.", True),
        ("Residents gave a very different account.", True),
        ("Residents gave a very different account of how the crowd built up.", False),
        ("Werrin said the check took two minutes.", False),
    ],
)
def test_an_announced_account(sentence: str, expected: bool) -> None:
    assert announced_account(sentence) is expected


def test_a_titled_name_of_a_body_before_a_trailing_verb_is_the_speaker() -> None:
    text = (
        "Two people were arrested on Saturday near the airport, police said.\n\n"
        '"We are keeping an open mind, but we believe this was a deliberate act," Chief '
        "Superintendent Tamas Revik of Ostermoor County Police told reporters.\n"
    )
    assert _speakers(text, "keeping an open mind") == ["Tamas Revik"]


def test_a_long_trailing_phrase_that_names_no_person_gives_no_speaker() -> None:
    # the phrase before "of" is a body, not a titled person: no speaker beats a wrong one
    text = (
        "Two people were arrested on Saturday near the airport.\n\n"
        '"We are keeping an open mind, but we believe this was a deliberate act," Ostermoor '
        "County Police Federation of Northern Vardia told reporters.\n"
    )
    assert _speakers(text, "keeping an open mind") == [None]


def test_long_trailing_is_linear_on_a_long_token() -> None:
    clause = '"We will see," ' + "A" + "a" * 200_000 + " of Brannock said"
    assert long_trailing(clause, lambda np, at: np) is None
