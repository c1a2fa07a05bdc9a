"""A clause cut after a semicolon that opens with "and" / "but" states its proposition
without the conjunction ("...; and a woman ... were removed" is never "And a woman ..." nor
"The airline said that and a woman ...": consensus/offline/statements.py, `_DISCOURSE`)."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [c.statement for c in extract_offline(article).claims]


def test_the_conjunction_after_a_semicolon_is_dropped() -> None:
    got = _statements(
        "Rescuers searched the river for hours; and a woman and her infant child were pulled "
        "from the water near the bridge."
    )
    assert "A woman and her infant child were pulled from the water near the bridge." in got, got
    got = _statements(
        "The airline said the passenger was asked to leave after a dispute over her seat; and "
        "a woman and her infant child were removed from a flight to New York."
    )
    assert not any(" that and " in s or s.startswith("And ") for s in got), got


def test_a_conjunction_inside_the_clause_stays() -> None:
    got = _statements("Rescuers searched the river and the banks for hours on Sunday.")
    assert got == ["Rescuers searched the river and the banks for hours on Sunday."], got
