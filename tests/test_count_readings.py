"""What a count counts by its own sentence's words (bench/count_readings.py): the
verb it is the subject or object of and a prepositional phrase after its noun, on invented
sentences; and the readings' likeness, read with a stub vector table."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from count_readings import prep_noun, reading, reading_best, verb_after

from consensus.merge.figures import figures


def _first(text: str):  # type: ignore[no-untyped-def]
    return figures(text)[0]


def test_subject_verb_with_and_without_auxiliary() -> None:
    a = "Forty staff were evacuated from the Brindle plant on Monday."
    b = "Twelve staff treated for smoke were sent home."
    assert verb_after(_first(a), a) == "evacuated"
    assert verb_after(_first(b), b) == "treated"
    c = "Twelve staff of the Brindle plant were hurt."
    assert verb_after(_first(c), c) == ""  # (a function word first: no verb read)


def test_prepositional_noun_after_the_count() -> None:
    a = "About 40 staff on shift left the building."
    assert prep_noun(_first(a), a) == "shift"
    b = "Officials said 12 people in hospital were stable."
    assert prep_noun(_first(b), b) == "hospital"
    c = "Officials said 12 people were in hospital."
    assert prep_noun(_first(c), c) == ""  # (the verb comes first)


def test_reading_gathers_the_object_verb_too() -> None:
    a = "Crews evacuated 40 staff on shift at the mill."
    words = reading(_first(a), a)
    assert "evacuated" in words
    assert "shift" in words


def test_reading_best_by_stem_vectors_and_unknown() -> None:
    table = {
        "evacuated": np.array([1.0, 0.0]),
        "treated": np.array([0.0, 1.0]),
        "hurt": np.array([0.6, 0.8]),
    }
    vec = table.get
    assert reading_best(("treated",), ("treated", "hospital"), vec) == 1.0
    assert reading_best(("evacuated",), ("treated",), vec) == 0.0
    assert abs(reading_best(("evacuated",), ("hurt", "treated"), vec) - 0.6) < 1e-9
    assert reading_best((), ("treated",), vec) == 1.0  # (unknown: never told apart)
