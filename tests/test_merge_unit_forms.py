"""A count's unit written in another word for one kind of thing ("800 guards" / "around 800
wardens") is one unit when a user lists it, so the two claims share their figure's blocking
key (session 18, blindI18; `figure_unit_forms` in data/words.toml). The table ships empty:
session 62 (tables62) measured its one entry ("soldier" -> "troop") moving nothing on the
seven training clusters that write both words. Invented text."""

from __future__ import annotations

import pytest

from consensus.merge import features
from consensus.merge.features import _quantity_map
from consensus.models import Claim, ClaimKind, Evidence, Quantity


def _units(word: str, value: float = 800.0) -> set[str]:
    text = f"About {value:g} {word} are at the site."
    claim = Claim(
        statement=text,
        kind=ClaimKind.quantity,
        subject=word,
        quantities=(Quantity(text=f"{value:g} {word}", value=value, unit=word),),
        evidence=(Evidence(quote=text, start=0, end=len(text)),),
    )
    return set(_quantity_map(claim))


def test_listed_forms_are_one_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "FIGURE_UNIT_FORMS", {"warden": "guard"})
    assert _units("guards") == _units("wardens") == _units("warden") == _units("guard")


def test_shipped_table_joins_no_words() -> None:
    assert features.FIGURE_UNIT_FORMS == {}
    assert _units("troops") != _units("soldiers")


def test_other_units_stay_apart() -> None:
    assert _units("troops") != _units("volunteers")
    assert _units("volunteers") == {"volunteer"}
    assert _units("tonnes") == {"tonne"}
