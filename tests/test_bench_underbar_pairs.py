"""bench/underbar_pairs.py: the slot mask takes a pair's figures and negation words out and
leaves its other words; the census keeps one best pair per missed dispute lost below the
threshold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import underbar_pairs  # noqa: E402


def test_mask_drops_figures_and_negation() -> None:
    got = underbar_pairs._masked("The toll did not rise to 14, not twelve, the mayor said")
    assert got == "The toll did rise to , , the mayor said"
    assert underbar_pairs._masked("Fares rose 5% to $3.40") == "Fares rose to"


def _row(point: str, p: float, cause: str, label: str = "dispute") -> dict[str, object]:
    x = [0.0] * 15
    return {
        "event": "quarry",
        "point": point,
        "label": label,
        "cause": cause,
        "missed": bool(cause),
        "signals": ["negation"],
        "p": p,
        "p_even": p,
        "kind": "rebuttal",
        "x": x,
    }


def test_census_keeps_best_pair_of_each_under_bar_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        _row("gate-shut", 0.12, "scored below threshold"),
        _row("gate-shut", 0.19, "scored below threshold"),
        _row("toll", 0.05, "blocking: no pair compared"),
        _row("", 0.6, "", label="agreed"),
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    underbar_pairs._summary(str(path))
    out = capsys.readouterr().out
    assert "under-bar missed disputes: 1 " in out
    assert "negation                       1  0.190" in out
