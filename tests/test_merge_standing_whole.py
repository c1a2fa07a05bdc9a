"""A standing whole told in a relative clause ("the plant, which has about 900 employees")
is no value of a disputed count (consensus.merge.disputes): invented text only."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from consensus.merge.disputes import _position_key, _prints_disputed
from consensus.models import Claim, ClaimKind, Evidence


def _feat(statement: str) -> Any:
    claim = Claim(
        statement=statement,
        kind=ClaimKind.event,
        subject="Zentrik",
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    return SimpleNamespace(claim=claim, quantities={})


_CUT = "Zentrik will lay off some 2,400 employees, the company said."
_PLANT = "Zentrik will shut its plant in Orwell, which has about 900 employees."
_EARLIER = "Zentrik laid off 1,100 employees in 2023."


def test_a_standing_whole_prints_no_value_of_the_disputed_count() -> None:
    clashed = ("2,400 employees", "1,100 employees")
    assert _prints_disputed(_feat(_CUT), {"employe"}, clashed)
    assert _prints_disputed(_feat(_EARLIER), {"employe"}, clashed)
    # before: "about 900 employees" of the plant made a side of its own against 2,400
    assert not _prints_disputed(_feat(_PLANT), {"employe"}, clashed)


def test_a_standing_whole_gives_no_side_its_value() -> None:
    key = _position_key([_feat(_PLANT), _feat(_CUT)], ["employe"], False)
    assert key == ("asserts", "2400 employe")
