"""The offline extractor on crawl shapes the made-up transfer, sinking, verdict, expulsion
and tariff clusters (tests/data/madeup/) brought up: a broadcast transcript's turns
("NAME, HOST:", "NAME:", "UNIDENTIFIED PERSON: (Through interpreter)"), a printed interview
("Q: ..." / "A: ..."), the voices' greetings and first names said to each other, and an
all-caps lead word ("AT least 20 ..."). Short made-up texts, one rule each."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims, _one

_TRANSCRIPT = (
    "Rescuers are searching the sea after a boat turned over.\n"
    "NORA BELL, HOST:\n"
    "At least 24 people are known to have died. Reporter Tom Hale is there.\n"
    "TOM HALE, BYLINE: Forty-seven people were rescued, Nora, and most are in hospital.\n"
    "BELL: Tom, what do the authorities say?\n"
    "HALE: The coast guard insists its boats arrived within the hour.\n"
    "UNIDENTIFIED PERSON: (Through interpreter) The boat turned over in a few seconds.\n"
    "BELL: We are joined now by Ida Moss, the mayor of the port town.\n"
    "IDA MOSS: Good to be with you, Nora.\n"
    "BELL: How many survivors does the town shelter?\n"
    "MOSS: The town has opened two schools to shelter the survivors tonight.\n"
    "We will need more tents by the end of the week.\n"
    "BELL: Thank you for joining us.\n"
)


def test_a_transcript_label_is_never_a_claims_words() -> None:
    statements = [c.statement for c in _claims(_TRANSCRIPT)]
    assert not [s for s in statements if "HOST" in s or "BYLINE" in s or "HALE:" in s]
    assert not [s for s in statements if "(Through interpreter)" in s]


def test_a_guests_turn_is_the_guests_words_the_hosts_and_reporters_the_outlets() -> None:
    assert _one(_TRANSCRIPT, "two schools").speaker == "Ida Moss"
    assert _one(_TRANSCRIPT, "two schools").statement == (
        "Ida Moss said “The town has opened two schools to shelter the survivors tonight.”"
    )
    # a turn runs on over the paragraphs after it until the next label
    assert _one(_TRANSCRIPT, "more tents").speaker == "Ida Moss"
    assert _one(_TRANSCRIPT, "known to have died").speaker is None  # the host
    assert _one(_TRANSCRIPT, "Forty-seven people").speaker is None  # the outlet's reporter
    assert _one(_TRANSCRIPT, "turned over in a few seconds").speaker is None  # unnamed


def test_a_first_name_said_to_the_other_voice_is_not_in_the_statement() -> None:
    assert _one(_TRANSCRIPT, "Forty-seven people").statement == (
        "Forty-seven people were rescued, and most are in hospital."
    )


def test_the_voices_greetings_and_thanks_are_no_claims() -> None:
    quotes = " ".join(e.quote for c in _claims(_TRANSCRIPT) for e in c.evidence)
    assert "Good to be with you" not in quotes
    assert "Thank you for joining us" not in quotes


def test_a_guest_who_is_a_journalist_relays_reports_as_the_outlets_reporters_do() -> None:
    text = (
        "NORA BELL, HOST:\n"
        "We are joined by Vera Lund, a reporter for the Evening Star.\n"
        "VERA LUND: We hear that more than 70 people are dead.\n"
        "BELL: And the police?\n"
        "LUND: The police have closed the whole seafront tonight.\n"
    )
    assert _one(text, "more than 70").speaker is None


def test_an_interviews_answers_are_the_interviewees_and_its_labels_no_words() -> None:
    text = (
        "The club unveiled its new striker on Wednesday.\n"
        "Kofi Mensah, who has signed until 2022, spoke to the Daily Post after his medical.\n"
        "Q: Why did you choose the club?\n"
        "A: The manager called me herself and explained her plans.\n"
        "Q: Is it true that you refused to train?\n"
        "A: I trained every day until the two clubs agreed.\n"
        "The club's manager described the forward as the player they needed.\n"
    )
    answer = _one(text, "I trained every day")
    assert answer.speaker == "Kofi Mensah"
    assert answer.statement == "Kofi Mensah said “I trained every day until the two clubs agreed.”"
    assert not [c.statement for c in _claims(text) if c.statement.startswith(("A:", "Q:"))]
    # the outlet's prose after the interview is the outlet's
    assert _one(text, "described the forward").speaker is None


def test_a_question_that_states_something_is_the_interviewers_report() -> None:
    text = (
        "Foreign Minister Erik Sand spoke to us this morning.\n"
        "Q: The other side says the claims are baseless. How do you answer that?\n"
        "A: We have shared our evidence with our allies, and they agree with us.\n"
    )
    question = _one(text, "claims are baseless")
    assert question.statement.startswith("The other side says the claims are baseless")
    assert question.speaker != "Erik Sand"
    assert _one(text, "shared our evidence").speaker == "Erik Sand"


def test_a_dateline_with_a_colon_is_no_transcript() -> None:
    text = "MOSCOW: The ministry said 23 diplomats must leave the country within a week.\n"
    assert _one(text, "23 diplomats").speaker == "ministry"


def test_an_all_caps_lead_word_is_written_as_a_word_in_the_statement() -> None:
    text = (
        "AT least 20 people died when a boat capsized off the coast on Friday.\n"
        "Rescuers found the boat at dawn, officials said.\n"
    )
    assert _one(text, "20 people died").statement.startswith("At least 20 people died")


@pytest.mark.parametrize(
    ("lead", "written"),
    [
        ("FORMER Calder City mayor Victor Hale was convicted on three counts.", "Former Calder"),
        ("THE Queen has opened the new bridge over the river on Monday.", "The Queen"),
        ("UN Secretary-General Ana Roe said the talks would resume.", "UN Secretary"),
    ],
)
def test_an_all_caps_lead_word_before_a_name(lead: str, written: str) -> None:
    text = f"{lead}\nThe jury had deliberated for four days, officials said.\n"
    assert _one(text, lead[8:30]).statement.startswith(written)


def test_an_acronym_opening_a_lead_keeps_its_capitals() -> None:
    text = (
        "US forces said on Monday that their strikes had hit a weapons depot.\n"
        "A US spokesman said the strikes would go on.\n"
    )
    assert _one(text, "weapons depot").statement.startswith("US forces")
    text = "ID documents were found in the truck, police said on Friday.\n"
    assert _one(text, "ID documents").statement.startswith("ID documents")


def test_an_interview_in_q_dot_and_question_answer_labels() -> None:
    text = (
        "The minister, Ana Lind, spoke to the Daily Post on Monday.\n"
        "Q. Will the tariffs stay?\n"
        "A. We will keep them until the other side changes its behaviour.\n"
        "QUESTION: Are you worried about prices?\n"
        "ANSWER: Prices have risen by only 0.3 percent since the duties started.\n"
    )
    assert _one(text, "We will keep them").speaker == "Ana Lind"
    assert _one(text, "Prices have risen").statement == (
        "Ana Lind said “Prices have risen by only 0.3 percent since the duties started.”"
    )


def test_a_guests_label_with_a_title_names_the_person() -> None:
    text = (
        "NORA BELL, HOST:\n"
        "The storm has left thousands without power tonight.\n"
        "MAYOR IDA MOSS: We have opened three shelters for families.\n"
        "BELL: And the old town?\n"
        "MOSS: The water is still rising in the old town.\n"
    )
    assert _one(text, "three shelters").speaker == "Ida Moss"
    assert _one(text, "still rising").speaker == "Ida Moss"


def test_a_numbered_unidentified_voice_ends_the_guests_turn() -> None:
    text = (
        "NORA BELL, HOST:\n"
        "The storm has left thousands without power tonight.\n"
        "MAYOR IDA MOSS: We have opened three shelters for families.\n"
        "UNIDENTIFIED MAN #1: (Through interpreter) My whole street is under water now.\n"
    )
    assert _one(text, "under water").speaker is None
    assert _one(text, "under water").statement == "My whole street is under water now."


def test_an_initial_opening_a_paragraph_is_no_interview_answer() -> None:
    text = (
        "The minister resigned on Monday.\n"
        "A. Smith, her deputy, told reporters that the ministry would carry on.\n"
    )
    assert not _one(text, "carry on").statement.startswith("Smith")


def test_the_interviewer_named_after_the_interviewee_does_not_answer() -> None:
    text = (
        "The row over the expulsions deepened on Monday.\n"
        "Foreign Minister Erik Sand spoke to our reporter Lena Holt about it.\n"
        "Q: Will you expel more diplomats?\n"
        "A: We will do what our security demands, and no more than that.\n"
    )
    assert _one(text, "security demands").speaker == "Erik Sand"


def test_a_live_blog_time_stamp_with_a_colon_is_no_claims_words() -> None:
    text = (
        "Follow our live coverage of the sinking.\n"
        "4:05pm: The coast guard now says 24 people are confirmed dead.\n"
        "10:42 a.m.: Rescuers have found two more survivors near the cape.\n"
    )
    assert (
        _one(text, "24 people").statement
        == "The coast guard now says 24 people are confirmed dead."
    )
    assert _one(text, "24 people").speaker == "coast guard"
    assert _one(text, "two more survivors").statement.startswith("Rescuers have found")


def test_an_interview_with_the_outlet_and_the_guest_named_in_capitals() -> None:
    text = (
        "The row deepened on Monday.\n"
        "Foreign Minister Erik Sand spoke to the Weekly Mirror in his office.\n"
        "MIRROR: Minister, why expel so many diplomats at once?\n"
        "SAND: Because we have clear evidence that they were spying on our citizens.\n"
        "MIRROR: The other side says your claims are false and that you will regret it.\n"
        "SAND: We have shared our evidence with our allies, and they agree with us.\n"
    )
    assert _one(text, "clear evidence").speaker == "Erik Sand"
    assert _one(text, "shared our evidence").speaker == "Erik Sand"
    assert _one(text, "regret it").speaker != "Erik Sand"
