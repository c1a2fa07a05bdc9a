"""A parent described by the number of their children ("a father of two", "mother-of-three")
names no figure: read as a count, "the victim, a father of two, died" set a toll of two
against the toll of three the same sentence gives (consensus.merge.figures; session 20)."""

from __future__ import annotations

import pytest

from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The victim, a father of two, died overnight, raising the death toll to three.", [3.0]),
        ("A mother-of-three was among the 12 dead.", [12.0]),
        ("A grandmother of five and two other people were hurt.", [2.0]),
    ],
)
def test_the_children_of_a_parent_are_no_figure(text: str, values: list[float]) -> None:
    assert [f.value for f in figures(text)] == values


def test_a_count_of_parents_is_still_a_figure() -> None:
    assert [f.value for f in figures("Two fathers of victims spoke to reporters.")] == [2.0]
