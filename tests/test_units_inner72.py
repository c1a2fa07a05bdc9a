"""One measure in two units inside one agreed group is no inner dispute (released72): "the
2.3-hectare site" / "the 5.7-acre site" convert to one size; two units far apart still clash."""

from __future__ import annotations

from consensus.merge.disputes import inner_disputes
from tests.test_merge_figures import _members


def test_one_size_in_two_units_is_no_point() -> None:
    group = _members(
        ("o1", "The builder plans 90 homes on the 2.3-hectare field, 30 of them for rent."),
        ("o2", "The builder wants to put 90 homes on the 5.7-acre field, 30 of them for rent."),
    )
    assert inner_disputes(group) == []


def test_two_units_far_apart_still_clash() -> None:
    group = _members(
        ("o1", "The builder plans 90 homes on the 2.3-hectare field, 30 of them for rent."),
        ("o2", "The builder wants to put 90 homes on the 25-acre field, 30 of them for rent."),
    )
    assert inner_disputes(group) != []


def test_one_unit_two_values_still_clash() -> None:
    group = _members(
        ("o1", "The builder plans 90 homes on the 2.3-hectare field, 30 of them for rent."),
        ("o2", "The builder wants to put 90 homes on the 3.4-hectare field, 30 of them for rent."),
    )
    assert inner_disputes(group) != []
