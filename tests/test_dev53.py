"""bench/dev_causes.py --links (session 53, dev53): each missed fact's best pair of covering
claims is put in the band of the step that keeps it apart (never compared, under the link
threshold near it or far from it, linked and kept apart, one group), and the tally counts
facts by label and band. Invented event and fact names only."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import dev_causes  # noqa: E402
import missed_links  # noqa: E402

BAR = 0.282


def test_a_pair_under_the_bar_is_near_from_0_2_and_far_under_it() -> None:
    assert dev_causes.band("below threshold", 0.25, BAR) == "under the bar, near"
    assert dev_causes.band("below threshold", 0.2, BAR) == "under the bar, near"
    assert dev_causes.band("below threshold", 0.19, BAR) == "under the bar, far"


def test_a_pair_never_compared_is_told_by_what_it_would_score() -> None:
    assert dev_causes.band("no candidate", 0.30, BAR) == "never compared, would link"
    assert dev_causes.band("no candidate", 0.281, BAR) == "never compared, would not"


def test_a_linked_pair_is_told_by_the_step_that_kept_it_apart() -> None:
    refused = "join refused: sample mean 0.18 (groups 1+7)"
    assert dev_causes.band(refused, 0.42, BAR) == "linked, kept apart (join refused)"
    clash = "conflict: quantity sold: four vs six"
    assert dev_causes.band(clash, 0.9, BAR) == "linked, kept apart (conflict)"
    assert dev_causes.band("veto: speakers", 0.5, BAR) == "linked, kept apart (veto)"
    assert dev_causes.band("same group", 0.99, BAR) == "one group"
    assert dev_causes.band("no claim pair", -1.0, BAR) == "no claim pair"


def test_links_tallies_the_recorded_facts_by_label_and_band(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fake(event: str, held_out: bool, n: int, tally: Counter[str], **kw: Any) -> None:
        print("the traced merge's own lines are not shown")
        kw["record"].update(
            {
                "goats-sold": ("below threshold", 0.24, BAR),
                "fair-opened": ("below threshold", 0.05, BAR),
                "gate-shut": ("no candidate", 0.31, BAR),
            }
        )

    monkeypatch.setattr(missed_links, "diagnose", fake)
    labels = {("brindle_fair", "goats-sold"): "W", ("brindle_fair", "gate-shut"): "P"}
    dev_causes.links(["brindle_fair"], labels)
    out = capsys.readouterr().out
    assert "traced merge" not in out
    assert "missed agreed facts by label and band: 3" in out
    lines = {" ".join(line.split()) for line in out.splitlines()}
    assert "W under the bar, near 1" in lines
    assert "? under the bar, far 1" in lines  # (a fact the label file does not name)
    assert "P never compared, would link 1" in lines
