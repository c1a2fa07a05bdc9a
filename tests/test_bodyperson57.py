"""A body and its own officer are one voice when an article ties them (session 57,
bodyperson57): a description before the name whose owner is a plural name ("Orrin Ferries'
managing director, Jan Roe,": the owner's mark used to be dropped with the word's end) or a
name of a few words ("The Civic League's leader on the council, Jan Roe,"); a title run
before the name that an honorific's full stop interrupts ("Larkspur medical director Dr.
Jan Roe") or that two lower-case nouns qualify ("coastguard duty commander Jan Roe"). Each
case has its twin the change must leave alone. Every name is made up."""

from __future__ import annotations

from consensus.merge.speakers import Speakers


def _compatible(text: str, a: str, b: str) -> bool:
    return Speakers({a: [text], b: [text]}).compatible(a, b)


def test_a_plural_owner_before_a_title_names_the_body() -> None:
    text = (
        "Orrin Ferries said its vessel was in the outbound lane.\n\n"
        "11:05 Orrin Ferries' managing director, Jan Roe, says the ferry was slow.\n"
    )
    assert _compatible(text, "jan roe", "orrin ferries")


def test_a_plural_owner_of_another_body_names_that_body_only() -> None:
    text = (
        "Orrin Ferries said its vessel was in the outbound lane.\n\n"
        "11:05 Tallis Carriers' managing director, Jan Roe, says the ferry was fast.\n"
    )
    assert not _compatible(text, "jan roe", "orrin ferries")


def test_an_owner_of_two_words_before_a_title_names_the_body() -> None:
    text = (
        "The Civic League said the bid cost far more.\n\n"
        "The Civic League's leader on the council, Jan Roe, said the city spent 25 million.\n"
    )
    assert _compatible(text, "jan roe", "civic league")


def test_an_owner_of_two_words_before_no_title_names_nobody() -> None:
    text = (
        "The Civic League said the bid cost far more.\n\n"
        "The Civic League's neighbour on the council, Jan Roe, said the city spent less.\n"
    )
    assert not _compatible(text, "jan roe", "civic league")


def test_a_relative_after_an_owner_still_names_nobody() -> None:
    text = (
        "The Civic League said the bid cost far more.\n\n"
        "The Civic League's former lawyer's brother, Jan Roe, said the city spent less.\n"
    )
    # the title ("lawyer") is the owner of the last word: the brother holds no office
    assert not _compatible(text, "jan roe", "civic league")


def test_an_honorific_full_stop_keeps_the_title_run_before_the_name() -> None:
    text = (
        "Larkspur said its audit flagged the error.\n\n"
        "Larkspur medical director Dr. Jan Roe told the radio that staff called on May 2.\n"
    )
    assert _compatible(text, "jan roe", "larkspur")


def test_a_sentence_full_stop_before_the_name_still_ends_the_run() -> None:
    text = (
        "Larkspur said its audit flagged the error.\n\n"
        "They spoke to Larkspur. Jan Roe told the radio that staff called on May 2.\n"
    )
    assert not _compatible(text, "jan roe", "larkspur")


def test_two_lower_case_nouns_before_a_title_name_its_body() -> None:
    text = (
        "The coastguard said 46 containers were lost.\n\n"
        '"Keep clear," said coastguard duty commander Jan Roe on Friday.\n'
    )
    assert _compatible(text, "jan roe", "coastguard")


def test_three_lower_case_nouns_before_a_title_are_not_read() -> None:
    text = (
        "The coastguard said 46 containers were lost.\n\n"
        '"Keep clear," said coastguard fleet duty commander Jan Roe on Friday.\n'
    )
    assert not _compatible(text, "jan roe", "coastguard")
