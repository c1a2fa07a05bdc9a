"""People a story quotes by what they are (consensus/offline/people_kinds.py), and a person
named after a possessive role in a trailing attribution."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims

from consensus.offline.people_kinds import people_kind


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The whole hill shook," said one miner.\n', "miner"),
        ('"I have two kids and a mortgage," one worker told the radio.\n', "worker"),
        ("Some parents said their children had been sick for days.\n", "parents"),
        ('"We ran the wards by torchlight," said a young nurse.\n', "young nurse"),
    ],
)
def test_a_kind_of_person_speaks(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


def test_the_definite_singular_points_back() -> None:
    # "the student" is the person named before, never a new speaker called "student"
    text = (
        "Lina Hart, a student from Oslo, was watching from a hotel balcony.\n"
        "The student described a strange silence before the shots.\n"
    )
    assert "student" not in _speakers(text)


def test_a_possessive_role_then_the_name() -> None:
    text = (
        '"Every report is being taken seriously," Brenvik\'s head of quality, Ines Sorel, '
        "told reporters.\n"
    )
    assert "Ines Sorel" in _speakers(text)


def test_people_kind() -> None:
    assert people_kind("one sales assistant") == "sales assistant"
    assert people_kind("Parents") == "parents"
    assert people_kind("the workers") == "workers"
    assert people_kind("the worker") is None
    assert people_kind("Workers", name_words={"Workers"}) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause between the speaker and the verb after the quotation
        (
            '"If their version were right, we would have a record of it," Ines Sorel, who '
            "chairs the authority, said at a news conference.\n",
            "Ines Sorel",
        ),
        ('"I have two kids," one worker, who asked not to be named, told the radio.\n', "worker"),
        # the verb first, and a quotation inside the closing relative clause
        (
            '"The market has decided," said Ola Brenn, who called the price "rich by any '
            'standard."\n',
            "Ola Brenn",
        ),
    ],
)
def test_a_relative_clause_after_the_speaker(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)
