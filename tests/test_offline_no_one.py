"""A quantifier standing alone names no one: "Several said ...", "Others said ..." never make
"Several" or "Others" a speaker (consensus/offline/no_one.py, read in
`speakers._resolve_np`; the merger's `clean_speaker` drops the same words)."""

from __future__ import annotations

import pytest

from consensus.merge.speakers import clean_speaker
from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.no_one import no_one


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several said that the bridge had shaken for weeks.",
        "Others said the warnings had been ignored for months.",
        "Few said they were surprised by the closure of the plant.",
        "Neither said whether the bridge was safe to cross.",
    ],
)
def test_a_quantifier_is_no_speaker(sentence: str) -> None:
    text = "Dozens of residents gathered outside the town hall on Sunday. " + sentence
    got = _speakers(text)
    assert got, text
    word = sentence.split()[0]
    assert all(speaker != word for speaker, _ in got), got


def test_a_quantified_group_and_a_name_still_speak() -> None:
    got = _speakers("Several residents said the bridge had shaken for weeks.")
    assert got and got[0][0] == "residents", got
    got = _speakers("Kelly said the bridge had shaken for weeks before it fell.")
    assert got and got[0][0] == "Kelly", got


def test_no_one_is_one_word_only() -> None:
    assert no_one("Several") and no_one("Others") and no_one("Neither")
    assert not no_one("Several residents") and not no_one("All Nippon Airways")
    assert not no_one("Kelly") and not no_one("Italy")


def test_the_merger_drops_the_same_words() -> None:
    assert clean_speaker("several") is None and clean_speaker("others") is None
    assert clean_speaker("neither") is None
    assert clean_speaker("several residents") == "several residents"
