"""bench/edge_fates.py: what became of a conflict edge across a missed dispute's sides, the
step of the merge's contested-point pass it stopped at, replayed on a trace."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import edge_fates  # noqa: E402
import missed_links  # noqa: E402


def _edge(i: int, j: int, score: float, conflict: str = "quantity home: 40 vs 12") -> object:
    return SimpleNamespace(i=i, j=j, score=score, conflict=conflict)


def _trace(edges: list[object], n: int) -> missed_links.Trace:
    feats = [SimpleNamespace(claim=SimpleNamespace(statement=f"claim {k}")) for k in range(n)]
    return missed_links.Trace(feats=feats, members=[[k] for k in range(n)], edges=edges)


def _passing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edge_fates, "_dropped", lambda *_args: "")


def test_mutual_best_partners_reach_the_point_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    _passing(monkeypatch)
    trace = _trace([_edge(0, 1, 0.9)], 2)
    assert edge_fates.edge_fate(trace, [{0}, {1}]) == "linked, point dropped later (quantity)"


def test_a_group_with_better_partners_drops_the_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    # group 0 clashes with groups 2, 3 and 4 more strongly than with group 1: at three
    # partners kept (`CONFLICT_PARTNERS`), the edge 0-1 never links the two groups
    _passing(monkeypatch)
    edges = [_edge(0, 1, 0.5), _edge(0, 2, 0.9), _edge(0, 3, 0.8), _edge(0, 4, 0.7)]
    got = edge_fates.edge_fate(_trace(edges, 5), [{0}, {1}])
    assert got == "not among the best partners (quantity)"


def test_a_filtered_edge_is_tallied_by_its_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edge_fates, "_dropped", lambda *_args: edge_fates.STEPS[1])
    trace = _trace([_edge(0, 1, 0.9, "time: 1.15am vs 2.30am")], 2)
    assert edge_fates.edge_fate(trace, [{0}, {1}]) == "no dispute (time)"


def test_join_edges_and_edges_off_the_sides_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _passing(monkeypatch)
    trace = _trace([_edge(0, 1, 0.9, "join"), _edge(1, 2, 0.9)], 3)
    assert edge_fates.edge_fate(trace, [{0}, {1}]) == ""
