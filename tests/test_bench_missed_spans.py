"""bench/missed_facts.py --spans: whether a class (b) fact's claims miss each other because
the long claim dilutes the short one (the short claim's words together in one window of the
long one) or because they are worded apart."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_facts  # noqa: E402


def test_window_share_is_high_inside_a_long_claim_and_low_for_other_words() -> None:
    short = "Seven people were killed in the crash."
    inside = (
        "The coach left the road near Dunmore late on Friday and seven people were killed "
        "in the crash, police said, and the road stayed closed overnight."
    )
    apart = (
        "Seven were killed on the coast road when the coach left it near Dunmore late on "
        "Friday after a lorry turned across it, police said: the region's worst crash."
    )
    worded_apart = "The accident on the coast road left several passengers dead, police said."
    idf = {"seven": 2.0, "people": 1.0, "kill": 1.5, "crash": 3.0}
    assert missed_facts.window_share(short, inside, idf) == 1.0
    assert missed_facts.window_share(inside, short, idf) == 1.0  # (either order)
    # the same words far apart: no window holds them all
    assert missed_facts.window_share(short, apart, idf) < 0.7
    assert missed_facts.window_share(short, worded_apart, idf) == 0.0


def test_spans_sorts_the_class_b_facts_by_best_link(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(missed_facts, "madeup", lambda: ["sinking"])
    assert missed_facts.main(["--madeup", "--spans"]) == 0
    out = capsys.readouterr().out
    classes = re.search(r"classes: (.*)", out)
    bands = re.search(r"\(b\) by best link: (.*)", out)
    assert classes and bands
    got = dict(re.findall(r"\((\w)\) (\d+)", classes.group(1)))
    counts = [int(n) for n in re.findall(r" (\d+)(?:,|$)", bands.group(1))]
    assert sum(counts) == int(got.get("b", 0))  # every (b) fact in one band
    shown = out.count("window share of that pair")
    assert shown == sum(counts) - counts[0]  # each with a candidate pair, not the "none"
