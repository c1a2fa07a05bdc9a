"""bench/blocking_ceiling.py (session 55): with `--all` every pair of claims of two articles
is a candidate, and the pairs the shipped blocking proposes are counted beside them."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import blocking_ceiling  # noqa: E402

from consensus.merge import compared_pairs  # noqa: E402


def _feats(*articles: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(article=a) for a in articles]


def test_all_codes_pairs_every_two_articles_and_never_one() -> None:
    feats = _feats("harbour_post", "harbour_post", "valley_times", "quay_radio")
    n = len(feats)
    got = {(int(c) // n, int(c) % n) for c in blocking_ceiling._all_codes(feats)}
    assert got == {(0, 2), (0, 3), (1, 2), (1, 3), (2, 3)}


def test_all_mode_hands_every_cross_article_pair_to_the_link_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[Any] = []

    def shipped(feats: Any, ctx: Any, blocked: Any = None) -> list[tuple[int, int]]:
        seen.append(blocked)
        if blocked is None:  # the shipped blocking: one pair only
            return [(0, 2)]
        n = len(feats)
        return [(int(c) // n, int(c) % n) for c in blocked]

    monkeypatch.setattr(compared_pairs, "candidate_pairs", shipped)
    monkeypatch.setattr(blocking_ceiling, "_PAIRS", [0, 0])
    blocking_ceiling._install("all")
    feats = _feats("harbour_post", "valley_times", "quay_radio")
    pairs = compared_pairs.candidate_pairs(feats, SimpleNamespace(), None)
    assert pairs == [(0, 1), (0, 2), (1, 2)]
    assert seen[0] is None and isinstance(seen[1], np.ndarray)
    assert blocking_ceiling._PAIRS == [3, 1]  # compared, and what shipped blocking proposed


def test_conflicts_mode_adds_the_unblocked_pairs_for_a_conflict_edge_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def answers(feats: Any, codes: np.ndarray) -> tuple[np.ndarray, frozenset[tuple[int, int]]]:
        return codes, frozenset()

    monkeypatch.setattr(compared_pairs, "candidate_pairs", lambda feats, ctx, blocked=None: [])
    monkeypatch.setattr(compared_pairs, "answer_only_codes", answers)
    blocking_ceiling._install("conflicts")
    feats = _feats("harbour_post", "harbour_post", "valley_times")
    n = len(feats)
    codes, only = compared_pairs.answer_only_codes(feats, np.array([0 * n + 2], dtype=np.int64))
    assert sorted(codes.tolist()) == [0 * n + 2, 1 * n + 2]
    assert only == frozenset({(1, 2)})  # the shipped pair (0, 2) may still join


def test_figure_codes_keep_two_claims_with_figures_of_one_unit_that_differ() -> None:
    feats = [
        SimpleNamespace(article="harbour_post", quantities={"": frozenset({312.0})}),
        SimpleNamespace(article="valley_times", quantities={"": frozenset({400.0})}),
        SimpleNamespace(article="quay_radio", quantities={"percent": frozenset({30.0})}),
        SimpleNamespace(article="quay_radio", quantities={"": frozenset({312.0})}),
        SimpleNamespace(article="quay_radio", quantities={}),
    ]
    n = len(feats)
    codes = blocking_ceiling._all_codes(feats)
    got = {(int(c) // n, int(c) % n) for c in blocking_ceiling._figure_codes(feats, codes)}
    assert got == {(0, 1), (1, 3)}  # (0, 3) give one value; percent and no figure meet nothing
