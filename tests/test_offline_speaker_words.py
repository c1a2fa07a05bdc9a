""" "Added" is speech only when words follow it, not a count of things: a player who "added
11 rebounds", a company that "added 2,000 jobs" says nothing. Made-up sentences."""

from __future__ import annotations

import pytest
from test_offline_kinds import _one


@pytest.mark.parametrize(
    "sentence",
    [
        "Dale Mercer added 11 rebounds and seven assists in a 98-91 win.",
        "Tia Rowe added two goals in the second half.",
        "Harlow Foods added more than 2,000 jobs last year.",
        "Ben Osei added another try before the break.",
    ],
)
def test_adding_a_count_is_no_speech(sentence: str) -> None:
    assert _one(f"The season ended on Sunday.\n{sentence}", sentence[:18]).speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dale Mercer added that the team had played its best game.", "Dale Mercer"),
        ("Tia Rowe added the club would appeal the ban.", "Tia Rowe"),
    ],
)
def test_adding_words_is_speech(sentence: str, speaker: str) -> None:
    assert _one(f"The season ended on Sunday.\n{sentence}", sentence[:18]).speaker == speaker


def test_a_describing_word_before_a_first_name_is_no_part_of_it() -> None:
    # "Devastated Hayley added" after "a devastated woman": the speaker is Hayley; a body
    # whose name opens with such a word keeps it ("United Airlines", "Limited Brands")
    text = (
        "A devastated woman sat by the road beside a grieving man. The units were united and "
        "the speed limited.\n"
        'Devastated Hayley added: "This is a very difficult time for my family."\n'
        "Grieving Sam said the bus was late.\n"
        "United Airlines said the flight was cancelled.\n"
        "Limited Brands said profits rose.\n"
    )
    assert _one(text, "very difficult time").speaker == "Hayley"
    assert _one(text, "the bus was late").speaker == "Sam"
    assert _one(text, "flight was cancelled").speaker == "United Airlines"
    assert _one(text, "profits rose").speaker == "Limited Brands"


def test_the_role_goes_to_the_titled_surname_named_last() -> None:
    # "President Lund" is never named in full; "the president" after him is Lund, not the
    # "President Jane Roe" of another country named before him
    text = (
        "Westland President Jane Roe returned to the capital.\n"
        "Here, President Lund has been briefed. Aides said the president will be updated "
        "through the night.\n"
    )
    claim = _one(text, "will be updated")
    assert "Lund" in claim.statement and "Jane Roe" not in claim.statement


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Shares of Halden Micro rose 4 percent after the company unveiled job cuts, a "
            "plan analysts said was overdue.",
            "Shares of Halden",
        ),
        ("Halden Micro unveiled job cuts on Monday, a plan analysts said was overdue.", "Halden"),
    ],
)
def test_a_verb_of_saying_before_an_auxiliary_opens_a_relative_clause(
    sentence: str, start: str
) -> None:
    # "a plan analysts said was overdue": the analysts describe the plan, they do not say
    # the sentence; an auxiliary right after the verb is the verb of a reduced relative clause
    assert _one(f"The season ended on Sunday.\n{sentence}", start).speaker is None


def test_a_club_is_no_person_and_a_known_surname_opening_a_sentence_is_one() -> None:
    # blind_match (session 16): "Athletic Vesta" is a club ("athletic" is an organisation
    # word, as "city"), so the "he" after "Vesta coach Enzo Farrant saw it very
    # differently." is the coach, not the club; and "Farrant did not hide his anger
    # afterwards." makes the story follow the coach, whose '"...," he said' comes next
    # (before: the defender sent off in the sentence before)
    from pathlib import Path

    from consensus.ingest import load_articles
    from consensus.offline import extract_offline

    folder = Path(__file__).parent / "data" / "madeup" / "blind_match"
    paths = [str(folder / "01_sportwire.txt"), str(folder / "03_vesta_gazette.txt")]
    said = {
        c.statement: c.speaker
        for a in load_articles(paths)
        for c in extract_offline(a).claims
        if "chest" in c.statement or "never a penalty" in c.statement
    }
    assert said and set(said.values()) == {"Enzo Farrant"}, said
