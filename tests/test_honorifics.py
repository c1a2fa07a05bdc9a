"""One list of honorifics (consensus/data/name_words.toml) for every module that reads them,
and the nouns for a person that tell a gender."""

from __future__ import annotations

import pytest

from consensus.offline.honorifics import honorific, honorific_gender, noun_gender
from consensus.offline.role_speakers import common_head


@pytest.mark.parametrize("word", ["Mr", "Mr.", "mrs", "Miss", "Mx", "Dr.", "Sir", "Dame", "Lord"])
def test_every_honorific_is_read_with_or_without_its_stop(word: str) -> None:
    assert honorific(word)


@pytest.mark.parametrize("word", ["Minister", "Judge", "Mrsa", "Sire", "The"])
def test_other_words_are_no_honorific(word: str) -> None:
    assert not honorific(word)


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Mr Holt", "m"), ("Sir Keir Lund", "m"), ("Mrs. May", "f"), ("Dame Ann Roe", "f"),
     ("Dr Lund", ""), ("Mr", ""), ("Maria Holt", "")],
)  # fmt: skip
def test_an_honorific_tells_a_gender(name: str, gender: str) -> None:
    assert honorific_gender(name) == gender


@pytest.mark.parametrize("phrase", ["Miss Lund", "Mx Roe", "Lady Pell", "Dr Lund"])
def test_a_phrase_opening_on_any_honorific_takes_no_article(phrase: str) -> None:
    # role_speakers and names.py read the one list: "Miss" and "Mx" were names.py's only
    assert not common_head(f"{phrase} spokesperson")


def test_a_name_then_a_common_noun_takes_its_article() -> None:
    assert common_head("Nato spokesperson")


@pytest.mark.parametrize(
    ("role", "gender"),
    [("mother", "f"), ("the victim's brother", "m"), ("company spokeswoman", "f"),
     ("spokesperson", ""), ("family", ""), ("", "")],
)  # fmt: skip
def test_a_noun_for_a_person_tells_a_gender(role: str, gender: str) -> None:
    assert noun_gender(role) == gender
