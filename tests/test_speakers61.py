"""Speakers the offline extractor gave to the wrong body (session 61, speakers61): a
capitalised common noun opening a sentence ("Residents also say …", where the text also
writes "the residents") is no club "the club" names; a bare name the text has called "the
company" is no "the club" later. Each case has a twin the change must leave alone. Every
name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers

_RESIDENTS = (
    "More than 9,000 people have signed a petition against Eastmoor Rovers' planned "
    "stadium, according to the residents who delivered it.\n\n"
    "Residents also say the club has not been honest about who pays for the campaign. "
    '"They are paying for their own fans," said Tilde Varga of the Eastmoor Residents\' '
    "Association.\n\n"
    'The club denied it. "We have never paid a single euro to the group," a club '
    "spokesman said.\n"
)


def test_a_common_noun_opening_a_sentence_is_no_club() -> None:
    found = _speakers(_RESIDENTS, "single euro")
    assert found and all(s is not None and "Residents" not in s for s in found)


def test_a_bare_club_name_is_still_the_club() -> None:
    # the twin: a one-word name the text never writes in lower case
    text = (
        "The plan has the backing of Northwind, whose stadium it is.\n\n"
        "Northwind said the stadium plan was on schedule. "
        '"We have never paid a single euro to the group," the club said.\n'
    )
    assert _speakers(text, "single euro") == ["Northwind"]


def test_a_name_read_as_the_company_is_not_the_club() -> None:
    text = (
        "Ardley Town have ended their shirt deal with the payments company Quellpay.\n\n"
        "Quellpay has rejected that. In a statement, the Oslo-based company said it had "
        '"acted in good faith".\n\n'
        "The ground will not go back to its old name, the club confirmed.\n"
    )
    found = _speakers(text, "old name")
    assert found and "Quellpay" not in found


def test_a_name_read_as_the_company_is_still_the_firm() -> None:
    # the twin: "the firm" is the kind "the company" was
    text = (
        "Ardley Town have ended their shirt deal with the payments company Quellpay.\n\n"
        "Quellpay has rejected that. In a statement, the Oslo-based company said it had "
        '"acted in good faith".\n\n'
        "The money was never owed, the firm said.\n"
    )
    assert _speakers(text, "never owed") == ["Quellpay"]


def test_a_body_whose_first_word_follows_a_determiner_lends_its_spokeswoman() -> None:
    # "No Fernwick pilot": the first word of "Fernwick Cargo" is a brand's, not a first
    # name, so the spokeswoman after "Fernwick Cargo denied the claim" speaks for it
    text = (
        "Pilots say they were pressed to land in fog. No Fernwick pilot has been "
        "disciplined, the union said.\n\n"
        'Fernwick Cargo denied the claim. "Every diversion is supported," a spokeswoman '
        "said.\n"
    )
    assert _speakers(text, "Every diversion") == ["Fernwick Cargo spokeswoman"]


def test_a_person_who_just_spoke_lends_no_spokeswoman() -> None:
    # the twin: no determiner before the first name, so the name stays a person's
    text = (
        "Pilots say they were pressed to land in fog, the union said.\n\n"
        'Ada Fernwick denied the claim. "Every diversion is supported," a spokeswoman '
        "said.\n"
    )
    assert _speakers(text, "Every diversion") == ["spokeswoman"]
