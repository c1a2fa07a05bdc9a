"""The list of blind clusters held out of tuning (tests/data/madeup/HELD_OUT.txt) and how the
bench tools keep them apart: a bare `bench/quality.py -v` prints no list of a held-out
cluster, its subtotal stands apart, and the censuses skip it unless it is named."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import main, print_rows  # noqa: E402
from quality_lib import BLIND, ClusterScore, held_out, madeup, tunable  # noqa: E402


def test_every_held_out_name_is_a_blind_cluster_with_gold() -> None:
    names = held_out()
    assert names, "tests/data/madeup/HELD_OUT.txt lists no cluster"
    assert len(names) == len(set(names)), "a name is listed twice"
    known = set(madeup())
    assert [n for n in names if n not in known or not n.startswith(BLIND)] == []


def test_tunable_leaves_out_the_held_out_clusters_only() -> None:
    every = madeup()
    kept = tunable(every)
    assert not set(kept) & set(held_out())
    assert len(kept) == len(every) - len(set(held_out()))
    assert kept == [n for n in every if n not in set(held_out())]  # order kept


def test_quiet_clusters_print_their_row_but_no_list(capsys: pytest.CaptureFixture[str]) -> None:
    shown = ClusterScore(event="blind_shown", agreed_total=2, agreed_missed=["fact-a"])
    quiet = ClusterScore(event="blind_quiet", agreed_total=2, agreed_missed=["fact-b"])
    print_rows([shown, quiet], "SUBTOTAL (x)", verbose=True, quiet={"blind_quiet"})
    out = capsys.readouterr().out
    assert "blind_shown" in out and "blind_quiet" in out  # both rows
    assert "agreed missed: fact-a" in out
    assert "fact-b" not in out


def test_named_clusters_get_training_and_held_out_subtotals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    training = tunable(n for n in madeup() if n.startswith(BLIND))[0]
    kept = held_out()[0]
    assert main([training, kept]) == 0
    lines = capsys.readouterr().out.splitlines()
    train_row = next(x for x in lines if x.startswith("SUBTOTAL (training)"))
    held_row = next(x for x in lines if x.startswith("SUBTOTAL (held out)"))
    own = {x.split()[0]: x.split()[1] for x in lines if x.split()[:1] in ([training], [kept])}
    # each subtotal of one cluster repeats that cluster's agreed figure
    assert train_row.split()[2] == own[training]
    assert held_row.split()[3] == own[kept]


def test_the_made_up_floors_score_no_held_out_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_quality_madeup

    def fake(name: str) -> ClusterScore:
        return ClusterScore(event=name, agreed_missed=[f"{name}-fact"])

    monkeypatch.setattr(test_quality_madeup, "_score", fake)
    test_quality_madeup.scores.cache_clear()
    try:
        scored = [s.event for s in test_quality_madeup.scores()]
        assert scored == tunable(madeup())
        assert not set(test_quality_madeup.shown("agreed_missed")) & set(held_out())
    finally:
        test_quality_madeup.scores.cache_clear()
