"""bench/stance_fit.py (the conflict model measured in session 60): the rank figures read
what they name and the fit separates labelled rows it can."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import stance_fit  # noqa: E402


def test_auc_of_a_perfect_a_reversed_and_a_tied_ranking() -> None:
    y = np.array([1, 1, 0, 0, 0])
    assert stance_fit.auc(np.array([0.9, 0.8, 0.3, 0.2, 0.1]), y) == 1.0
    assert stance_fit.auc(np.array([0.1, 0.2, 0.3, 0.8, 0.9]), y) == 0.0
    assert stance_fit.auc(np.full(5, 0.5), y) == 0.5


def test_precision_at_recall_and_the_bar_for_a_precision() -> None:
    s = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    y = np.array([1, 0, 1, 1, 0, 0])
    assert stance_fit.precision_at(s, y, 1 / 3) == 1.0  # the top pair
    assert stance_fit.precision_at(s, y, 1.0) == 0.75  # three of the top four
    assert stance_fit.bar_for(s, y, 0.75, least=1) == 0.6
    assert stance_fit.bar_for(s, y, 0.99, least=2) == float("inf")


def test_fit_separates_rows_one_column_tells_apart() -> None:
    rng = np.random.default_rng(60)
    x = rng.normal(size=(400, 3))
    y = (x[:, 1] > 0.3).astype(int)
    model = stance_fit.fit(x, y, 1.0)
    assert stance_fit.auc(stance_fit.predict(model, x), y) > 0.99
    weights = model[2]
    assert abs(weights[1]) > 3 * max(abs(weights[0]), abs(weights[2]))


def test_load_reads_labels_edges_and_points(tmp_path: Path) -> None:
    head = "cluster\tlabel\tkind\tpoint\tedge\t" + "\t".join((*stance_fit.BASE, *stance_fit.STANCE))
    cols = len(stance_fit.BASE) + len(stance_fit.STANCE)
    rows = [
        "c1\tpos\tdenial\tp1\t1\t" + "\t".join(["1"] * cols),
        "c1\tagreed\t-\t-\t0\t" + "\t".join(["0.5"] * cols),
    ]
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    clusters, x, y, e, points = stance_fit.load(str(path))
    assert clusters == ["c1", "c1"]
    assert list(y) == [1, 0] and list(e) == [1, 0]
    assert points == ["c1/p1", ""]
    assert x.shape == (2, len(stance_fit.COLUMNS))
    assert x[1, -1] == 0.25  # a product column: 0.5 * 0.5
