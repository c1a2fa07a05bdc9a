"""bench/conflict_pairs.py (the conflict model measured in session 39): the comparison
levels of a pair read what they name, and the fit separates labelled rows it can."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import conflict_pairs  # noqa: E402

from consensus.models import Polarity  # noqa: E402


def _feat(
    text: str,
    content: set[str],
    speaker: str | None = None,
    polarity: Polarity = Polarity.asserts,
    quantities: dict[str, frozenset[float]] | None = None,
) -> SimpleNamespace:
    return SimpleNamespace(
        claim=SimpleNamespace(statement=text, polarity=polarity),
        content=frozenset(content),
        entities=frozenset(),
        lead=None,
        speaker=speaker,
        quantities=quantities or {},
        origin="",
        article=text,
    )


def _row(a: SimpleNamespace, b: SimpleNamespace) -> dict[str, float]:
    return dict(zip(conflict_pairs.COLUMNS, conflict_pairs.conflict_row(a, b, 0.5), strict=True))


def test_one_side_negating_what_the_other_states() -> None:
    a = _feat("The gate was locked at night.", {"gate", "lock", "night"})
    b = _feat("The gate was not locked at night.", {"gate", "lock", "night"})
    row = _row(a, b)
    assert row["negation_apart"] == 1.0
    assert row["content_dice"] == 1.0
    assert row["negation_meets"] == 1.0
    assert row["negated_shared"] == 1.0  # ("night", scoped by "not", the other states)
    assert row["figure_clash"] == 0.0


def test_a_negation_scoping_words_the_other_never_states() -> None:
    a = _feat("The gate was locked at night.", {"gate", "lock", "night"})
    b = _feat("No visitors came to the gate.", {"visitor", "come", "gate"})
    row = _row(a, b)
    assert row["negation_apart"] == 1.0
    assert row["negated_shared"] == 0.0


def test_a_denial_negates_and_figures_clash_in_one_unit() -> None:
    a = _feat("The firm denied it.", {"firm"}, polarity=Polarity.denies)
    b = _feat("The firm cut 40 jobs.", {"firm", "job"}, quantities={"job": frozenset({40.0})})
    c = _feat("The firm cut 25 jobs.", {"firm", "job"}, quantities={"job": frozenset({25.0})})
    assert _row(a, b)["negation_apart"] == 1.0
    assert _row(b, c)["negation_apart"] == 0.0
    assert _row(b, c)["figure_clash"] == 1.0


def test_fit_separates_rows_a_column_tells_apart() -> None:
    x = np.array([[1.0, 0.2], [1.0, 0.9], [0.0, 0.1], [0.0, 0.8]] * 5)
    y = np.array([1.0, 1.0, 0.0, 0.0] * 5)
    w, b = conflict_pairs.fit(x, y, 0.1)
    p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    assert w[0] > 0
    assert (p[y == 1] > 0.5).all()
    assert (p[y == 0] < 0.5).all()
