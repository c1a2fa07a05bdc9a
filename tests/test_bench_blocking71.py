"""bench/blocking71.py: how a blocking miss's pair is read for its figures."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from blocking71 import _figures

from consensus.merge.figures import figures


def _ctx(*statements: str) -> SimpleNamespace:
    return SimpleNamespace(figs=[figures(s) for s in statements])


def test_two_counts_of_one_unit_that_differ() -> None:
    ctx = _ctx("Four people were taken to hospital.", "Six members went to the infirmary.")
    assert _figures(ctx, 0, 1) == "one unit, values differ"


def test_one_count_and_none() -> None:
    ctx = _ctx("Four people were taken to hospital.", "The club said nobody was hurt.")
    assert _figures(ctx, 0, 1) == "one claim gives no figure"


def test_no_figures_and_two_units() -> None:
    ctx = _ctx("The club denied it.", "The mayor resigned.", "It cost $4 million.")
    assert _figures(ctx, 0, 1) == "no figures"
    assert _figures(ctx, 0, 2) == "one claim gives no figure"
    assert _figures(_ctx("It cost $4 million.", "The road is 12 km long."), 0, 1) == (
        "figures of two units"
    )
