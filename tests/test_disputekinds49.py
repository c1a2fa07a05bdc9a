"""Session 49 (disputekinds49): bench/dispute_kinds.py names a report point's rule families
the way the census tallies them (invented rule lines)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from dispute_kinds import families


def test_one_reason_loses_its_slot_and_its_timeline_note() -> None:
    rule = (
        "contested: conflicting quantities for one slot (pelicans counted: 12 vs 15) — 15 was"
        " first published after every other figure: possibly an update rather than a"
        " disagreement; 12 was first published after every other figure: possibly an update"
    )
    assert families(rule) == ["conflicting quantities for one slot"]


def test_two_reasons_are_two_families_but_not_a_semicolon_in_parentheses() -> None:
    rule = (
        "contested: one side negates what the other states (the kiln: fired; not fired);"
        " opposite polarity on one proposition — the Glassworks Guild denies it (denial"
        " matched by topic: predicate fire; shared kiln, batch)"
    )
    assert families(rule) == [
        "one side negates what the other states",
        "opposite polarity on one proposition",
    ]


def test_a_side_timeline_leaves_the_default_reason() -> None:
    rule = "contested: conflicting positions — Side B was first published after every other side"
    assert families(rule) == ["conflicting positions"]
