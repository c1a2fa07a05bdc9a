"""bench/dev_causes.py --tsv: the step that loses a missed dev fact, from an editor's label
and the band and status of its best pair of covering claims."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import dev_causes  # noqa: E402


def test_a_part_of_a_longer_claim_is_a_long_claim_whatever_its_band() -> None:
    for where in ("under the bar, near", "never compared, would not", "under the bar, far"):
        assert dev_causes.step("P", "below threshold", where) == "long claim"


def test_the_bands_name_the_step_that_keeps_a_pair_apart() -> None:
    assert dev_causes.step("N", "no claim pair", "no claim pair") == "no claim extracted"
    assert dev_causes.step("W", "no candidate", "never compared, would link") == ("never compared")
    assert dev_causes.step("W", "below threshold", "under the bar, far") == "under the link bar"
    assert dev_causes.step("W", "same group", "one group") == "one group, one origin"


def test_a_veto_names_its_rule_without_the_pair_particulars() -> None:
    status = "join refused: sample scored 3/8 (groups 2+4)"
    where = dev_causes.band(status, 0.61, 0.28)
    assert where == "linked, kept apart (join refused)"
    assert dev_causes.step("V", status, where) == "vetoed (join refused: sample scored k/n)"
    status = "conflict: quantity toll: 12 vs 14"
    got = dev_causes.step("F", status, dev_causes.band(status, 0.9, 0.28))
    assert got == "vetoed (conflict: quantity)"
