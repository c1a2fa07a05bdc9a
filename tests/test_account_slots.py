"""Two sides' accounts of what one act was done with (link rule 10's instrument slot,
consensus/merge/account_slots.py): invented minimal cases, no event's words."""

from __future__ import annotations

from test_defects10 import _pair_report

from consensus.merge.account_slots import impact_target, instrument, instruments_clash
from consensus.merge.accounts import account_conflicts


def test_the_instrument_and_target_of_a_thing_driven_into_another() -> None:
    assert instrument("A van packed with fireworks was driven into the gate.") == "van"
    assert impact_target("A van packed with fireworks was driven into the gate.") == "gate"
    assert instrument("The attacker rammed his fuel-laden lorry into the wall.") == "lorry"
    assert instrument("A man smashed a tractor into the front of the shop.") == "tractor"
    assert impact_target("A man smashed a tractor into the front of the shop.") == "front"
    # no "into": what it hit is the target; a load after it makes it the instrument
    assert impact_target("The driver rammed the main building of the embassy.") == "main building"
    assert instrument("The driver rammed the main building of the embassy.") == ""
    assert instrument("A rider crashed a scooter loaded with bricks.") == "scooter"
    assert impact_target("A rider crashed a scooter loaded with bricks.") == ""
    # a plural is several things; a participle ends the phrase
    assert impact_target("The bus plowed into the barriers on the road.") == ""
    assert impact_target("The bus plowed into a crowd watching the parade.") == "crowd"


def test_instruments_clash_only_as_two_kinds_of_thing() -> None:
    assert instruments_clash("van", "tractor") == "tractor vs van"
    assert instruments_clash("tractor", "van") == "tractor vs van"
    assert not instruments_clash("van", "vehicle")  # a general noun
    assert not instruments_clash("lorry", "truck")  # two names of one kind
    assert not instruments_clash("white van", "van")  # one head
    assert not instruments_clash("", "van")


def test_instrument_conflicts_need_two_origins_and_no_statement_naming_both() -> None:
    a = "A van packed with fireworks was driven into the gate."
    b = "Police said a tractor loaded with fireworks was driven into the gate."
    ok = [True, True]
    never = lambda x, y: False  # noqa: E731
    assert account_conflicts([a, b], [None, "police"], ok, never, 64, ["x", "y"]) == [
        (0, 1, "instrument: tractor vs van")
    ]
    assert not account_conflicts([a, b], [None, "police"], ok, never, 64, ["x", "x"])
    assert not account_conflicts([a, b], [None, "police"], ok, never, 64)  # (no origins)
    both = "Witnesses saw a tractor and a van at the gate."
    assert not account_conflicts([a, b, both], [None, None, None], [True] * 3, never, 64, "xyz")
    assert not account_conflicts([a, b], [None, None], [True, False], never, 64, ["x", "y"])


def test_two_outlets_giving_two_kinds_of_vehicle_is_a_point() -> None:
    first = "A van packed with fireworks was driven into the depot gate on Sunday night."
    second = "Police said the attacker rammed a tractor into the gate of the depot on Sunday."
    rules = [c.rule for c in _pair_report(first, second).contested]
    assert rules == [
        "contested: two sides' accounts of what one act was done with (tractor vs van)"
    ]
    # one kind of thing in other words, or a general noun: no point
    for a, b in (("A truck", "a lorry"), ("A van", "a vehicle")):
        other = second.replace("a tractor", b)
        assert not _pair_report(first.replace("A van", a), other).contested


def test_an_instrument_of_another_act_is_no_account_of_this_one() -> None:
    # a look-alike: another attack, years before, told with its own vehicle
    first = "A van packed with fireworks was driven into the depot gate on Sunday night."
    other = (
        "In 2019, a man in another country rammed his tractor into pedestrians outside a "
        "market, injuring four, a court heard last year."
    )
    assert not [c for c in _pair_report(first, other).contested if "done with" in c.rule]
