"""A fronted place or time ("In Paris, police said ...", "Across the border, ...") is never
the speaker of the clause it opens (consensus/offline/speakers.py, `_FRONTED`)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    "text",
    [
        "In Paris, police said 12 people were arrested and 30 were injured.",
        "On Sunday, residents said the river had burst its banks near the bridge.",
        "Across the valley, farmers said their barns had collapsed overnight.",
    ],
)
def test_a_fronted_place_or_time_speaks_not(text: str) -> None:
    opener = text.split(",")[0]
    for speaker, statement in _speakers(text):
        assert speaker != opener, (speaker, statement)
        assert f"{opener} said" not in statement, statement


def test_the_speaker_after_a_fronted_place_still_speaks() -> None:
    got = _speakers("In Kostrava, the emergency ministry said nine people had died.")
    assert got and all(speaker == "emergency ministry" for speaker, _ in got), got
    got = _speakers("Ana Lind, a nurse at the hospital, said 40 people were treated.")
    assert got and got[0][0] == "Ana Lind", got
