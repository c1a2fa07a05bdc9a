"""The head-predicate reader (bench/predicates.py) and the predicate gate
(bench/predicate_gate.py), on invented sentences (session 59, predgate59; measured
negative, so tooling in bench/, not the merger's)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import predicate_gate
from predicates import head_of, verbs_of


def test_head_is_the_first_verb_not_of_speech() -> None:
    got = head_of("The Varlen council approved the plan")
    assert got is not None and got.word == "approved"
    got = head_of("Officials said the Varlen council had delayed the plan")
    assert got is not None and got.word == "delayed"


def test_head_reads_negation_and_modality() -> None:
    got = head_of("Police did not release the two men")
    assert got is not None and (got.word, got.negated, got.modal) == ("release", True, False)
    got = head_of("The Dornby board would vote against the sale")
    assert got is not None and (got.word, got.negated, got.modal) == ("vote", False, True)


def test_an_ed_form_after_a_determiner_is_no_predicate() -> None:
    assert [h.word for h in verbs_of("The injured man was taken to hospital")] == ["taken"]


def test_a_noun_phrase_has_no_head() -> None:
    assert head_of("A 42-room hotel outside Quellford") is None


class _Words:
    """Invented unit vectors: approved / delayed apart, opened / launched near."""

    _V: ClassVar[dict[str, np.ndarray]] = {
        "approved": np.array([1.0, 0.0, 0.0]),
        "delayed": np.array([0.0, 1.0, 0.0]),
        "opened": np.array([0.0, 0.0, 1.0]),
        "launched": np.array([0.0, 0.6, 0.8]),
    }

    def __contains__(self, w: object) -> bool:
        return w in self._V

    def get(self, w: str) -> np.ndarray | None:
        return self._V.get(w)


def _feats(*texts: str) -> Any:
    return [SimpleNamespace(claim=SimpleNamespace(statement=t)) for t in texts]


@pytest.fixture
def bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(predicate_gate, "predicate_bar", lambda: 0.65)


@pytest.mark.usefixtures("bar")
def test_gate_drops_a_raise_on_two_predicates() -> None:
    feats = _feats(
        "The Varlen council approved the plan",
        "The Varlen council delayed the plan",
        "The Varlen council has approved the plan",
        "The agency opened an inquiry",
        "The agency launched an inquiry",
        "Under the cap of 31,000",
    )
    pairs = [(0, 1), (0, 2), (3, 4), (0, 5)]
    join_p = np.array([0.6, 0.6, 0.6, 0.6])
    link_p = np.array([0.2, 0.2, 0.2, 0.2])
    got = predicate_gate.predicates_apart(join_p, link_p, feats, pairs, _Words())
    # approved / delayed: apart (the link weights' probability); approved twice, opened /
    # launched (cosine 0.8 >= 0.65) and a statement without a head: the raise kept
    assert got.tolist() == [0.2, 0.6, 0.6, 0.6]


@pytest.mark.usefixtures("bar")
def test_gate_keeps_what_the_link_weights_score_higher() -> None:
    feats = _feats("The Varlen council approved the plan", "The Varlen council delayed the plan")
    got = predicate_gate.predicates_apart(
        np.array([0.3]), np.array([0.5]), feats, [(0, 1)], _Words()
    )
    assert got.tolist() == [0.3]
