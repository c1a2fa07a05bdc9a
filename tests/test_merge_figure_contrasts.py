"""A figure a claim sets its own against ("11 crates were lost, fewer than the 14 crates
the port listed") is another's, quoted to be disputed: the claim gives one value of the
slot, not two, so it stays a side of the figure dispute inside its group
(merge/figure_contrasts.py, `disputes.inner_disputes`). Invented sentences."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.figure_contrasts import contrasted, own_values
from consensus.merge.figures import figures
from tests.test_merge_figures import _members

CONTRAST = (
    "The shipping firm said on Monday that 11 crates of vaccine were lost overboard, "
    "fewer than the 14 crates listed by the port authority."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (CONTRAST, {11.0}),
        ("Rescuers found 23 survivors, a higher figure than the 19 reported at noon.", {23.0}),
        # a bound, no figure of another's: both values stay (an update, no dispute)
        ("The toll rose from 12 to more than 20 people.", {12.0, 20.0}),
    ],
)
def test_own_values_leave_out_a_contrasted_figure(text: str, want: set[float]) -> None:
    assert own_values(text, figures(text)) == want


def test_a_bare_bound_is_no_contrast() -> None:
    text = "Officials said more than 14 crates were lost."
    assert not any(contrasted(text, f) for f in figures(text))


def test_a_claim_setting_its_figure_against_anothers_is_a_side() -> None:
    group = _members(
        ("o1", "The port authority said 14 crates of vaccine were lost overboard on Monday."),
        ("o2", CONTRAST),
        ("o3", "Fourteen crates of vaccine went overboard on Monday, the port authority said."),
    )
    got = inner_disputes(group)
    assert len(got) == 1
    sides, _texts = got[0]
    assert [sorted(f.origin for f in side) for side in sides] == [["o2"], ["o1", "o3"]]


def test_a_source_giving_two_values_of_its_own_is_no_side() -> None:
    group = _members(
        ("o1", "The port authority said 14 crates of vaccine were lost overboard on Monday."),
        ("o2", "The number of crates lost overboard rose from 11 to 14 on Monday."),
    )
    assert inner_disputes(group) == []
