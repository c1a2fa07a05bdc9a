"""A "when" clause inside a subject is no clause to cut off: "The number of people hurt when
a crane collapsed at the port has risen to 14" stays one claim, never "The number of people
hurt" and "A crane collapsed at the port has risen to 14." (`offline/embedded_subordinates`).
Invented sentences; a subordinate clause after a main clause is still cut."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [c.statement for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        (
            "The number of people hurt when a crane collapsed at the port has risen to 14.",
            "A crane collapsed at the port has risen",
        ),
        (
            "The number of people killed when a ferry capsized off the northern cape has risen "
            "to 31, officials said on Monday.",
            "A ferry capsized off the northern cape has risen",
        ),
    ],
)
def test_a_clause_inside_a_subject_stays_whole(text: str, broken: str) -> None:
    statements = _statements(text)
    assert not any(s.startswith(broken) for s in statements), statements
    assert any("has risen to" in s and s.startswith("The number") for s in statements), statements


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "Seven people were killed when a tram overturned on a sharp bend near the stop.",
            "A tram overturned on a sharp bend near the stop.",
        ),
        (
            "Four people died when a fire broke out in a block that had been condemned.",
            "A fire broke out in a block that had been condemned.",
        ),
    ],
)
def test_a_subordinate_clause_after_a_main_clause_is_still_cut(text: str, cut: str) -> None:
    assert cut in _statements(text)
