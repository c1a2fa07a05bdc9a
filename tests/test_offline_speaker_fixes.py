"""Speakers the gold speaker annotations found wrong (session 17), fixed by general rules and
checked here on invented text."""

from __future__ import annotations

import pytest
from test_offline_kinds import _one

from consensus.offline.speaker_state import _State
from consensus.offline.speakers import pronoun_person


def test_a_description_opening_the_sentence_is_no_part_of_the_name() -> None:
    # "Lawyer Harjit, from London, said" after "Harjit Sarang was on holiday": the speaker is
    # Harjit Sarang, never a person called "Lawyer Harjit"
    text = (
        "Mara Quist was on holiday in Lisbon with her husband and sons.\n"
        'Lawyer Mara, from Leeds, said: "We were told about the parade by the hotel."\n'
        '"I was going to stay behind because I was tired," she added.\n'
    )
    assert _one(text, "told about the parade").speaker == "Mara Quist"
    assert _one(text, "going to stay behind").speaker == "Mara Quist"


def test_a_description_before_a_name_the_article_gives_no_more_of() -> None:
    text = 'Teacher Osric, from Leeds, said: "The water rose within minutes of the alarm."\n'
    assert _one(text, "water rose").speaker == "Osric"


def test_a_capitalised_body_after_a_description_word_stays_a_body() -> None:
    text = (
        'The Student Union said: "The vote will go ahead on Friday as planned."\n'
        "Student Union said the count would start at noon.\n"
    )
    assert _one(text, "vote will go ahead").speaker == "Student Union"
    assert _one(text, "count would start").speaker == "Student Union"


def test_a_body_named_with_a_rank_word_is_no_person_for_a_pronoun() -> None:
    # "General" before "Hospital" names the hospital, not a general called "Hospital"; the
    # "she" of "she added" is the commissioner who spoke before
    text = (
        "The dead were a woman of 70 and a man of 41, police chief Ada Brenn said. Two of the "
        "wounded were in Eastport General Hospital, including a boy of 12, she added.\n"
    )
    assert _one(text, "Two of the wounded").speaker == "Ada Brenn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare name stands for a club or a company
        (
            "On Monday, Eastport Rovers said their own inquiry had found nothing. "
            '"Our captain is not a racist," the club said.\n',
            "Eastport Rovers",
        ),
        # a league names its kind: "the club" after it is some other club
        (
            'The Northern Football League said it had opened an inquiry. "Our captain is not '
            'a racist," the club said.\n',
            "club",
        ),
        # a person's name is no body
        (
            'Opposition leader Ana Brel said the deal was corrupt. "Our captain is not a '
            'racist," the company said.\n',
            "company",
        ),
    ],
)
def test_the_club_or_the_company_is_the_named_body_that_spoke_last(text: str, speaker: str) -> None:
    assert _one(text, "not a racist").speaker == speaker


def test_a_quotation_running_on_after_an_aside_keeps_its_speaker() -> None:
    # "X, who …, told …: “…" leaves the quotation open; the next paragraphs go on with it
    text = (
        'Piet Olsen, who was on a bus to Harwick, told the Gazette: "The road had not been '
        "closed yet but the crews were already there.\n"
        "“By then more crews were arriving and a police car shut the road.\n"
        "“I think that is how everyone knew it was very serious.”\n"
    )
    assert _one(text, "By then more crews").speaker == "Piet Olsen"
    assert _one(text, "how everyone knew").speaker == "Piet Olsen"


def test_a_he_after_she_named_the_last_speaker_is_someone_else() -> None:
    # "She said ..." about Vera Holm makes her a woman: a later "he" is someone the text
    # followed without naming as a person ("Andy Roe works at ..."), never her
    state = _State(last_person="Vera Holm")
    assert pronoun_person("She", state) == "Vera Holm"
    assert pronoun_person("he", state) is None
    assert pronoun_person("she", state) == "Vera Holm"
    # and the other way round
    state = _State(last_person="Ivo Marek")
    assert pronoun_person("He", state) == "Ivo Marek"
    assert pronoun_person("she", state) is None


def test_an_unnamed_spokesman_is_someone_new() -> None:
    # "a spokesman" is never the person the story follows, even one who is a spokesman
    # himself; it is the spokesman of the body that spoke in the clause before, when one did
    text = (
        "Harbor Police confirmed there had been some loss of life.\n"
        'A spokesman added: "It is too early for us to confirm numbers tonight."\n'
        "Opposition spokesman Ned Varga accused the network of ignoring a warning. "
        '"They were told, and they did nothing," Varga said.\n'
        'The network rejected that. "We acted on every piece of advice we received from the '
        'office," a spokesman said in a statement.\n'
    )
    assert _one(text, "too early for us").speaker == "Harbor Police spokesman"
    assert _one(text, "acted on every piece").speaker == "spokesman"


def test_a_coach_or_director_named_once_is_the_role_after() -> None:
    # "Harlow coach Ivo Brandt" teaches the role; '"…," the Harlow coach said' is his
    text = (
        "Harlow coach Ivo Brandt said the ball had struck the defender's chest.\n"
        "Tessa Lind, the club's captain, was more measured.\n"
        '"It hit his chest. It was never a penalty," the Harlow coach said, his voice rising.\n'
    )
    assert _one(text, "never a penalty").speaker == "Ivo Brandt"


def test_a_person_described_by_their_age_is_the_one_the_story_follows() -> None:
    text = (
        'Adam Salt, whose house overlooks the track, told the Gazette he heard a "sudden" '
        "noise.\n"
        'The 76-year-old said: "It was about six in the morning and I could not move."\n'
    )
    assert _one(text, "about six in the morning").speaker == "Adam Salt"


def test_a_person_described_by_age_and_home_town_is_never_the_town() -> None:
    # "the 34-year-old carpenter from Kell Harbour told Radio Kell": the man the story
    # follows; "he said" after it is his too, not the town's
    text = (
        "Pavel Rinn was halfway down the slope when he heard a crack above him.\n\n"
        '"Then everything went white," the 34-year-old carpenter from Kell Harbour told '
        "Radio Kell from his hospital bed.\n\n"
        '"I could hear them walking over me," he said.\n'
    )
    assert _one(text, "everything went white").speaker == "Pavel Rinn"
    assert _one(text, "walking over me").speaker == "Pavel Rinn"


def test_a_statement_issued_saying_is_its_issuer_s() -> None:
    text = (
        "The talks ended on Monday.\n"
        'President Tomas Lund issued a statement saying, "We stand with the families of '
        'the victims tonight."\n'
        "The club issued a statement on Friday.\n"
    )
    assert _one(text, "We stand with").speaker == "Tomas Lund"
    assert _one(text, "club issued").speaker is None


def test_a_quotation_goes_on_across_a_blank_line() -> None:
    # paragraphs separated by blank lines: the open quotation still goes on in the next one
    text = (
        "Outside, his mother, Vera Holm, held a photograph of her son.\n\n"
        '"I have waited every day for somebody to say it out loud," she said. "He did not '
        "carry anything that night but his keys.\n\n"
        '"Now I can go to his grave and tell him," she said.\n'
    )
    assert _one(text, "did not carry anything").speaker == "Vera Holm"


def test_the_capital_named_in_an_aside_is_no_speaker() -> None:
    text = (
        "The talks ended on Monday.\n"
        "Transport Minister Edda Holm, speaking to parliament in the capital, Varna, said the "
        "inquiry would report within six months.\n"
    )
    assert _one(text, "inquiry would report").speaker == "Edda Holm"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"They usually open high and come down later," said Ada Brenn, chief research '
            "officer at Kell Threat Labs, which tracks the group's leak site.",
            "Ada Brenn",
        ),
        (
            '"Patients deserve to know about those deaths before they start," said the '
            "group's director, Otto Lunde.",
            "Otto Lunde",
        ),
        (
            '"We ran out of dressings by ten o\'clock," said the nurse, Rosa Quill, who asked '
            "that her ward not be named.",
            "Rosa Quill",
        ),
        (
            '"The Greens know they hold the keys to the coalition," says Piet Hanse of the '
            "Institute for Northern Studies in Varna.",
            "Piet Hanse",
        ),
    ],
)
def test_a_name_after_the_verb_closing_a_quotation_speaks(sentence: str, speaker: str) -> None:
    assert _one(f"The talks ended on Monday.\n{sentence}\n", sentence[1:20]).speaker == speaker


def test_a_description_alone_after_the_verb_names_nobody() -> None:
    text = 'The talks ended on Monday.\n"He kept shouting at us," the young man said.\n'
    assert _one(text, "kept shouting").speaker is None
