"""A leading "He's" / "She's" whose person is known is that person with "is" or "has"
(issue 8, session 11): the statement read "Francois Hollande's meeting with his advisers",
a possessive that is no sentence."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    return [
        c.statement
        for c in extract_offline(Article(id="a", title="t", outlet="o", text=text)).claims
    ]


def test_a_contracted_pronoun_becomes_its_person_and_verb() -> None:
    got = _statements(
        "President Jan Lind returned to the capital from a summit. He's meeting with his "
        "advisers. He's been briefed by the police chief."
    )
    assert "Jan Lind is meeting with his advisers." in got, got
    assert "Jan Lind has been briefed by the police chief." in got, got
    assert not any("Lind's" in s for s in got), got
