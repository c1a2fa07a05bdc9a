"""A surname after an abbreviated title ("Prof Quist", "PC Rell") is the person the article
named in full ("Professor Lara Quist", "PC Tomas Rell"), as "Mr Pell" is "Graham Pell";
with no full name of that surname, or two of them, it resolves to no one else."""

from __future__ import annotations

import pytest

from consensus.ingest import parse_text
from consensus.offline import extract_offline


def _speaker_of(body: str, words: str) -> str | None:
    article = parse_text(body, id="probe", title="Probe")
    claims = [c for c in extract_offline(article).claims if words in c.statement]
    assert claims, words
    return claims[0].speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "About 300 students are still waiting for visas, university rector Professor "
            "Lara Quist said on Monday.\n\n"
            '"We will teach them online until they arrive," Prof Quist said.',
            "teach them online",
            "Lara Quist",
        ),
        (
            "PC Tomas Rell, a collision investigator, told the inquest the van was "
            "travelling at 40 mph.\n\n"
            'PC Rell said: "The driver had time to brake."',
            "time to brake",
            "Tomas Rell",
        ),
    ],
)
def test_an_abbreviated_title_before_a_surname_is_the_named_person(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


def test_a_titled_surname_with_two_full_names_is_neither() -> None:
    body = (
        "Professor Lara Quist and her brother, the engineer Ben Quist, signed the letter.\n\n"
        '"We will teach them online until they arrive," Prof Quist said.'
    )
    assert _speaker_of(body, "teach them online") not in ("Ben Quist",)


def test_a_titled_surname_without_a_full_name_stays_that_surname() -> None:
    body = (
        "About 300 students are still waiting for their visas at the start of term.\n\n"
        '"We will teach them online until they arrive," Prof Quist said.'
    )
    speaker = _speaker_of(body, "teach them online")
    assert speaker is not None and "Quist" in speaker
