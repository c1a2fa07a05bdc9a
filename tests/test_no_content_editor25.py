"""Two more empty sentences of news language (session 25): an account announced by its kind
and not given ("The regulator gave a different timeline."), and a broadcast's thanks to a
guest named before it ("Vera Moll with the Harbor Times, thank you."). Close claims stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="t", text=text)).claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator gave a different timeline.",
        "Police gave a very different figure.",
        "The two ministries have given conflicting estimates.",
        "Vera Moll with the Harbor Times, thank you.",
        "Tom Reyes of Channel Nine, thanks very much.",
    ],
)
def test_an_empty_sentence_is_no_claim(sentence: str) -> None:
    assert _claims(f"The pipeline leaked 40 tonnes of gas on Monday. {sentence}") == [
        "The pipeline leaked 40 tonnes of gas on Monday."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator gave a different timeline of the leak, saying it began at 9 p.m.",
        "Police gave a different figure, 43, on Tuesday.",
        "The mayor said thank you to the crews who worked through the night.",
        "Residents of the town thanked the crews, the mayor wrote.",
    ],
)
def test_a_close_claim_stays(sentence: str) -> None:
    claims = _claims(f"The pipeline leaked 40 tonnes of gas on Monday. {sentence}")
    assert any(c.startswith(sentence[:30]) for c in claims), claims
