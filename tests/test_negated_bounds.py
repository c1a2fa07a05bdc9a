"""A negated comparative before a figure is one bound, read whole: "no more than 15" is at
most 15 and "no fewer than 40" at least 40, in the figure's bound and in the figure as a
contested side shows it (never "more than 15" for a side that says "no more than 15").
Every text is invented."""

from __future__ import annotations

import pytest

from consensus.merge.figures import figures
from consensus.merge.written_figures import written_figure


@pytest.mark.parametrize(
    ("sentence", "bound", "shown"),
    [
        (
            "The board insists the fee adds no more than 15 cents a ticket.",
            "max",
            "no more than 15",
        ),
        ("Not more than 15 cents goes to the operator.", "max", "not more than 15"),
        ("No fewer than 40 staff left the depot.", "min", "no fewer than 40"),
        ("The union says not less than 40 staff left.", "min", "not less than 40"),
        # the plain comparatives keep their reading
        ("The fee adds more than 15 cents a ticket.", "min", "more than 15"),
        ("Fewer than 40 staff left the depot.", "max", "fewer than 40"),
    ],
)
def test_a_negated_comparative_is_read_whole(sentence: str, bound: str, shown: str) -> None:
    (fig,) = figures(sentence)
    assert fig.bound == bound
    assert written_figure(sentence, fig) == shown
