"""bench/goldgaps58.py: the gold tells a joined agreed fact and dispute side (`side`), two
facts an outlet states apart (`apart`) and a possible double id (`read`) apart."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from goldgaps58 import Item, items, kind  # noqa: E402

ANCHORS = {
    "rate-cut": {"01_a": "cut the rate to 3 percent", "02_b": "lowered its rate to 3 percent"},
    "vote-7-2": {"01_a": "by seven votes to two", "02_b": "lowered its rate to 3 percent"},
    "bank-says-cut": {
        "02_b": "lowered its rate to 3 percent",
        "03_c": "the bank said it would trim borrowing costs",
    },
}

CENSUS = """[blind_madeup] The bank cut the rate to 3 percent.
    01_a (origin 01_a) -> ['rate-cut']
        cut the rate to 3 percent
    03_c (origin 01_a) -> -
        cut the rate to 3 percent
    02_b (origin 02_b) -> ['vote-7-2', 'rates/1']
        by seven votes to two
    gold rate-cut: The bank cut its rate
[blind_madeup] SIDE two-citations rates sides [0, 1]: The rate is 3 percent.
    01_a (origin 01_a) -> ['rates/0']
        cut the rate to 3 percent
"""


def test_census_items_skip_side_positions_and_uncited_lines() -> None:
    got = items(CENSUS)
    assert [(i.cluster, i.origins) for i in got] == [
        ("blind_madeup", {"01_a": {"rate-cut"}, "02_b": {"vote-7-2", "rates/1"}})
    ]


def test_a_fact_joined_with_a_dispute_side_is_by_design() -> None:
    item = Item("x", "t", {"01_a": {"rates/0"}, "02_b": {"rate-cut"}})
    assert kind(item, ANCHORS) == ("side", [])


def test_two_facts_one_outlet_states_apart_are_two_entries() -> None:
    # 01_a anchors the cut and the vote on different text: stated separately
    item = Item("x", "t", {"01_a": {"rate-cut"}, "02_b": {"vote-7-2"}})
    assert kind(item, ANCHORS) == ("apart", [])


def test_two_facts_never_anchored_apart_are_read() -> None:
    # 02_b anchors both on one text, 03_c only one: no article anchors them apart
    item = Item("x", "t", {"01_a": {"bank-says-cut"}, "02_b": {"rate-cut"}})
    assert kind(item, ANCHORS) == ("read", [("bank-says-cut", "rate-cut")])
