"""bench/merged_lookalikes.py: the gold's look-alike pairs the merge put in one group, by
shape (one claim, one article, linked, scored with no edge, via group)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import merged_lookalikes  # noqa: E402
from missed_links import traced_report  # noqa: E402
from quality_lib import gold_cluster, score_report  # noqa: E402


def test_the_census_finds_the_look_alikes_the_scorer_counts_merged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a training cluster with look-alikes merged: each is listed once, with a known shape,
    # and as many as the scorer's `distinct_merged` counts
    name = "blind_ticketscam"
    articles, exp = gold_cluster(name)
    report, _trace = traced_report(articles, None)
    counted = score_report(name, exp, articles, report).distinct_merged
    tally: Counter[str] = Counter()
    merged_lookalikes.merged(name, tally)
    out = capsys.readouterr().out
    assert counted > 0
    assert sum(tally.values()) == counted == out.count(f"== {name}: ")
    assert set(tally) <= {"one claim", "one article", "linked", "scored, no edge", "via group"}


def test_a_pair_scored_over_the_threshold_without_an_edge_is_no_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # session 49 (lookalike49): "About 84,000 households ..." / "Some 210,000 people ..."
    # score over the link threshold, a figure rule gives them no edge, and each joins the
    # group through other members: the census says so instead of "linked"
    tally: Counter[str] = Counter()
    merged_lookalikes.merged("blind_boilwater", tally)
    out = capsys.readouterr().out
    assert tally["scored, no edge"] >= 1
    assert "scored, no edge (group of" in out


def test_the_census_prints_its_tally(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merged_lookalikes, "merged", lambda e, t, b=None: t.update(["linked"]))
    assert merged_lookalikes.main(["--madeup"]) == 0
    out = capsys.readouterr().out
    assert "== merged look-alike pairs by shape" in out and " linked" in out
