"""A count's unit written in another word for one kind of thing ("800 troops" / "around 800
soldiers") is one unit, so the two claims share their figure's blocking key (session 18,
blindI18; `figure_unit_forms` in data/words.toml). Invented text."""

from __future__ import annotations

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


def test_troops_and_soldiers_are_one_unit() -> None:
    assert _units("troops") == _units("soldiers") == _units("soldier") == _units("troop")


def test_other_units_stay_apart() -> None:
    assert _units("troops") != _units("volunteers")
    assert _units("volunteers") == {"volunteer"}
    assert _units("tonnes") == {"tonne"}
