"""bench/dev_causes.py and its label file (session 50, devagreed50): every labelled missed
agreed fact of the dev clusters is a fact of their gold, each label one known cause, and a
malformed line is an error naming the line. Invented words only in the made-up lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import dev_causes  # noqa: E402


def test_every_label_names_a_dev_fact_and_a_known_cause() -> None:
    labels = dev_causes.read_labels()
    assert labels, "the label file is empty"
    dev = ROOT / "tests" / "data" / "dev"
    for (event, fid), cause in labels.items():
        exp = json.loads((dev / event / "expectations.json").read_text(encoding="utf-8"))
        assert fid in {f["id"] for f in exp["agreed"]}, (event, fid)
        assert cause in dev_causes.CAUSES


def test_a_malformed_or_unknown_label_is_an_error(tmp_path: Path) -> None:
    good = tmp_path / "good.tsv"
    good.write_text("# header\nbrindle_fair\tgoats-sold\tW\tsold / traded\n", encoding="utf-8")
    assert dev_causes.read_labels(good) == {("brindle_fair", "goats-sold"): "W"}
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text("brindle_fair\tgoats-sold\tZ\tno such cause\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown\.tsv:1"):
        dev_causes.read_labels(unknown)
    short = tmp_path / "short.tsv"
    short.write_text("# header\nbrindle_fair\tgoats-sold\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"short\.tsv:2"):
        dev_causes.read_labels(short)


def test_the_reviewed_gold_drops_anchors_that_state_no_such_fact() -> None:
    path = ROOT / "tests" / "data" / "dev" / "broadcom_qualcomm_bid" / "expectations.json"
    facts = {f["id"]: f for f in json.loads(path.read_text(encoding="utf-8"))["agreed"]}
    # an argument that the approach is opportunistic states no rejection; a combined
    # company's 5G role is not what the other three say of one party
    assert "02_nytimes" not in facts["qualcomm-rejected-earlier"]["anchors"]
    assert "04_usatoday" not in facts["5g-stake"]["anchors"]
    assert len(facts["qualcomm-rejected-earlier"]["anchors"]) >= 2
    assert len(facts["5g-stake"]["anchors"]) >= 2
