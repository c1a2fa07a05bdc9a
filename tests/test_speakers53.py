"""Speakers the offline extractor left as a bare role (session 53, speakers53): "A spokesman
said" after a clause with no speaker that opens on a body's name ("The HTA gave a very
different account.") is that body's spokesman, as after a body named by its kind; an adverb
between such a kind and its verb ("The ministry flatly contradicted him.") keeps the kind
the subject. Each case has its twin the change must leave alone. Every name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers


def test_a_spokesman_after_a_body_named_by_an_acronym_is_its_spokesman() -> None:
    text = (
        "The Harbour Trade Authority (HTA) had said on Tuesday that it had visited nine "
        "sites.\n\n"
        "Mr Lund said his staff were frightened by the raid.\n\n"
        "The HTA gave a very different account. A spokesman said the inspection lasted "
        "five hours.\n"
    )
    assert _speakers(text, "five hours") == ["HTA spokesman"]


def test_a_spokesman_after_a_named_body_opening_the_sentence_is_its_spokesman() -> None:
    text = (
        "The Ostra Exams Board apologised on Monday.\n\n"
        "Parents were angry about the lost grades.\n\n"
        "Ostra Exams Board disputes that. A spokesman said a second check had found more "
        "pupils.\n"
    )
    assert _speakers(text, "second check") == ["Ostra Exams Board spokesman"]


def test_a_spokesman_after_a_person_opening_the_sentence_stays_a_spokesman() -> None:
    # a person is no body: the spokesman is nobody's the text has told
    text = (
        "Anna Lund, the owner, said the raid frightened her staff.\n\n"
        "Anna Lund gave a very different account. A spokesman said the inspection lasted "
        "five hours.\n"
    )
    assert _speakers(text, "five hours") == ["spokesman"]


def test_a_spokesman_after_a_plural_opening_the_sentence_stays_a_spokesman() -> None:
    # "Parents" opens a sentence and is written nowhere else: no name
    text = (
        "The Ostra Exams Board apologised on Monday.\n\n"
        "Mr Lund said his staff were frightened by the raid.\n\n"
        "Parents gave a very different account. A spokesman said the inspection lasted "
        "five hours.\n"
    )
    assert _speakers(text, "five hours") == ["spokesman"]


def test_a_kind_with_an_adverb_before_its_verb_is_the_subject() -> None:
    text = (
        "Transport Minister Ada Berg said flights would leave on Thursday.\n\n"
        "Lund said the firm had asked for a loan and been refused. The ministry flatly "
        'contradicted him. "No request for a loan was ever made to this ministry," a '
        "spokesman said.\n"
    )
    assert _speakers(text, "No request") == ["ministry spokesman"]


def test_a_kind_followed_by_an_adverb_and_no_verb_is_no_subject() -> None:
    text = (
        "Transport Minister Ada Berg said flights would leave on Thursday.\n\n"
        "Lund said the firm had asked for a loan and been refused. The ministry only "
        'on Monday. "No request for a loan was ever made to this ministry," a '
        "spokesman said.\n"
    )
    assert _speakers(text, "No request") == ["spokesman"]
