"""Speakers the offline extractor left as a bare role (session 53, speakers53): "A spokesman
said" after a clause with no speaker that opens on a body's name ("The HTA gave a very
different account.") is that body's spokesman, as after a body named by its kind; an adverb
between such a kind and its verb ("The ministry flatly contradicted him.") keeps the kind
the subject; a relative the text names once after the kin ("Her son Tomas said") speaks by
that name, there and wherever the kin alone speaks later ("Her son said", "the son said").
Each case has its twin the change must leave alone. Every name is made up."""

from __future__ import annotations

import time

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


_KIN_TEXT = (
    "Ada Lindqvist, 71, a retired teacher, is in hospital. Her son Tomas said she had "
    "received her second injection in October.\n\n"
    '"She rang them on the Thursday," Tomas Lindqvist told the Post.\n\n'
    "The Hollin Research Centre gave a different account. Its director, Dr Paul Berg, said "
    "she had been seen the same day.\n\n"
    "Mrs Lindqvist is stable. Her son said she was breathing unaided but could not yet walk.\n"
)


def test_a_relative_named_after_the_kin_speaks_by_the_name() -> None:
    assert _speakers(_KIN_TEXT, "second injection") == ["Tomas Lindqvist"]


def test_the_kin_alone_later_is_the_relative_the_text_named() -> None:
    assert _speakers(_KIN_TEXT, "breathing unaided") == ["Tomas Lindqvist"]


def test_a_kin_the_text_binds_to_two_names_stays_the_kin() -> None:
    text = _KIN_TEXT.replace(
        "Mrs Lindqvist is stable.",
        "Her son Pavel Lindqvist flew home on Friday. Mrs Lindqvist is stable.",
    )
    assert _speakers(text, "breathing unaided") == ["son"]


def test_a_kin_the_text_never_names_stays_the_kin() -> None:
    text = _KIN_TEXT.replace("Her son Tomas said", "A neighbour said")
    assert _speakers(text, "breathing unaided") == ["son"]


def test_kin_patterns_are_linear_on_one_long_token() -> None:
    from consensus.offline.kin_names import _KIN_NAME_NP, _KIN_NAMED, _KIN_NP

    token = "Her son " + "A" * 200_000
    start = time.perf_counter()
    for pattern in (_KIN_NAMED, _KIN_NAME_NP, _KIN_NP):
        pattern.search(token)
        pattern.fullmatch(token)
    assert time.perf_counter() - start < 1.0
