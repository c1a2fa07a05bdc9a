"""A claim telling its own figure and an earlier one no other outlet gives is a point of its
two clauses, its own value's side joined by the outlets agreeing on it
(consensus/merge/figure_told_updates.py); invented text."""

from __future__ import annotations

from consensus.merge.disputes import inner_disputes
from consensus.merge.figure_told_updates import on_both_sides, told_updates
from consensus.merge.figures import figures
from tests.test_merge_figure_rivals_told import _cited
from tests.test_merge_figures import _members

_UPDATE = (
    "The guild now says 3,400 members were wrongly struck off by its records system, up "
    "from the 1,200 it reported on Monday."
)


def _updates(*said: tuple[str, str]) -> list[object]:
    statements = [t for _o, t in said]
    return told_updates(statements, [o for o, _t in said], [figures(t) for t in statements])


def test_an_update_told_in_one_claim_is_a_point_of_its_two_clauses() -> None:
    assert _cited(
        ("o1", "The guild said 3,400 members were wrongly struck off by its records system."),
        ("o2", _UPDATE),
    ) == [
        [["up from the 1,200 it reported on Monday."]],
        [
            ["The guild now says 3,400 members were wrongly struck off by its records system"],
            ["The guild said 3,400 members were wrongly struck off by its records system."],
        ],
    ]


def test_no_other_outlet_giving_the_own_value_makes_no_point() -> None:
    assert _updates(("o1", _UPDATE), ("o2", "The guild apologised to its members.")) == []
    assert _updates(("o1", _UPDATE), ("o1", "The guild said 3,400 members were struck off.")) == []


def test_an_outlet_giving_the_told_value_leaves_it_to_told_rivals() -> None:
    assert (
        _updates(
            ("o1", _UPDATE),
            ("o2", "The guild said 3,400 members were struck off."),
            ("o3", "On Monday the guild said 1,200 members were struck off."),
        )
        == []
    )


def test_a_move_without_teller_or_time_is_no_update() -> None:
    assert (
        _updates(
            ("o1", "The zoo cut its night duty from four keepers to two keepers in May."),
            ("o2", "The zoo has two keepers on night duty."),
        )
        == []
    )


def test_a_year_earlier_value_is_another_period() -> None:
    own = "The board said 2.1 million crowns were paid this season."
    for told in (
        "The board paid 2.1 million crowns this season, up from 1.7 million crowns last year.",
        "The board paid 2.1 million crowns this season, down from 2.6 million a year earlier.",
    ):
        assert _updates(("o1", own), ("o2", told)) == []
    told = (
        "The board paid 2.1 million crowns this season, up from the 1.7 million it reported "
        "on Monday."
    )
    assert _updates(("o1", own), ("o2", told)) != []


def test_a_told_figure_of_another_thing_is_no_update() -> None:
    assert (
        _updates(
            ("o1", "The station recorded winds of up to 58 km/h near the quarry."),
            ("o2", "The station measured winds of 58km/h near the quarry, below the 72km/h "
                   "limit that the operator says applied to the hoist."),
        )
        == []
    )  # fmt: skip


def test_the_writer_on_both_sides_is_told_apart() -> None:
    group = _members(
        ("o1", "The guild said 3,400 members were wrongly struck off."), ("o2", _UPDATE)
    )
    ((sides, _texts),) = inner_disputes(group)
    assert on_both_sides(sides)
    assert not on_both_sides([[group[0]], [group[1]]])
