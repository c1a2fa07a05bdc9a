"""Two offsets from another event (`merge.offsets`): "his arrest two days after the shooting"
and "found the pistol a week after the killing" tell two events, never one item; one
offset in other words ("a week after" / "seven days later") is one."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.offsets import offsets, offsets_differ


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("He was arrested two days after the shooting.", {48.0}),
        ("Police found the pistol a week after the killing.", {168.0}),
        ("The second blast came 30 minutes later.", {0.5}),
        ("He was arrested several days after the shooting.", set()),
        ("He was arrested on Monday.", set()),
    ],
)
def test_an_offset_from_another_event(text: str, hours: set[float]) -> None:
    assert offsets(text) == hours


def test_two_offsets_differ_and_one_in_other_words_does_not() -> None:
    assert offsets_differ("arrested two days after the shooting", "found a week after it")
    assert not offsets_differ("found a week after the killing", "found seven days later")
    assert not offsets_differ("found a week after the killing", "found on Monday")


def test_two_offsets_from_one_event_are_never_one_item() -> None:
    # (one act at two offsets is no agreement; the rule keeps the two apart, no dispute)
    report = offline_report(
        "Police found the gun two days after the shooting in a storm drain.",
        "Police found the gun a week after the shooting in a storm drain.",
    )
    assert not report.agreed, [it.statement for it in report.agreed]
