"""A speaker named by a common noun that a name modifies takes its article back when a
statement moves it before its verb: "..., but authorities were checking ..." after "The
Harbor spokesman said ..." -> "The Harbor spokesman said that authorities ...", never
"Harbor spokesman said that ..." (`offline/role_speakers.common_head`, `claims._named`).
Invented sentences; names stand alone."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.role_speakers import common_head


def _statements(text: str) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [c.statement for c in extract_offline(article).claims]


@pytest.mark.parametrize("speaker", ["Nato spokesman", "Harbor prosecutor", "Kremlin spokesperson"])
def test_a_name_before_a_common_noun_takes_the(speaker: str) -> None:
    assert common_head(speaker)


@pytest.mark.parametrize(
    "speaker",
    ["Anna Lund", "Abu Karim al-Hasani", "Dr Lund spokesman", "spokesman", "Nato", "Red Cross"],
)
def test_a_name_stands_alone(speaker: str) -> None:
    assert not common_head(speaker)


def test_the_fronted_speaker_keeps_its_article() -> None:
    statements = _statements(
        "The Harbor spokesman said at least one crane had toppled into the dock, but engineers "
        "were checking if a second crane had been damaged."
    )
    assert any(s.startswith("The Harbor spokesman said that engineers") for s in statements), (
        statements
    )
    assert not any(s.startswith("Harbor spokesman") for s in statements), statements


def test_a_person_s_name_stays_bare() -> None:
    statements = _statements(
        "Anna Lund said at least one crane had toppled into the dock, but engineers were "
        "checking if a second crane had been damaged."
    )
    assert not any(s.startswith("The Anna Lund") for s in statements), statements
