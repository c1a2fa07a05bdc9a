"""A verb of level ("has risen to 21", "climbed to 40") moves a count and names none of it:
it is no state a figure point's slot is named by ("How many risen" read as a heading built
from a verb). `merge/disputes.count_state`, `disputes.counted`, `summary._what`. Invented
statements."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import count_state, counted
from consensus.merge.figures import figures


@pytest.mark.parametrize("word", ["risen", "fallen", "grown", "climbed", "increased", "dropped"])
def test_a_verb_of_level_is_no_count_state(word: str) -> None:
    assert not count_state(word)


@pytest.mark.parametrize("word", ["killed", "injured", "trapped", "dead", "missing", "hurt"])
def test_a_count_state_stays(word: str) -> None:
    assert count_state(word)


def _state(statement: str, value: float) -> str:
    fig = next(f for f in figures(statement) if f.value == value)
    return counted(statement, fig)[0]


def test_a_figure_after_has_risen_to_is_not_named_risen() -> None:
    statement = "A ferry capsized off the cape has risen to 21, after two of the injured died."
    assert _state(statement, 21) != "risen"


def test_a_figure_before_its_state_keeps_it() -> None:
    assert _state("Nine people were killed in the blast near the depot.", 9) == "killed"
