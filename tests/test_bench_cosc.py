"""bench/cosc_column.py (the content-concept cosine measured as a link column in session
61): the content words leave out names, figures and the speech frame, the halves alternate,
and the bar at equal negatives lets over as many negatives as the shipped one."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import cosc_column  # noqa: E402


def test_content_words_leave_out_names_figures_and_the_speech_frame() -> None:
    got = cosc_column.content_words(
        "The Varnholt ministry said 12 workers were injured when the Kessel crane collapsed."
    )
    words = [w for w, _ in got]
    assert words == ["ministry", "workers", "injured", "crane", "collapsed"]
    concepts = {c for _, c in got}
    assert "kill" not in concepts and "injur" in "".join(concepts)


def test_content_text_is_sorted_once_each_and_a_dash_when_empty() -> None:
    text = cosc_column.content_text("Workers left. The workers said they left the plant.")
    assert text.split() == sorted(set(text.split()))
    assert len(text.split()) == 3  # worker, left, plant: each once
    assert cosc_column.content_text("She said it to Odalys Brant.") == "-"


def test_the_same_content_in_another_frame_reads_one() -> None:
    a = "Police said the bridge was closed after the flood."
    b = "The bridge was closed after the flood, police told Ilse Roden on Tuesday."
    assert cosc_column.content_text(a) == cosc_column.content_text(b)
    assert cosc_column._cos(cosc_column.content_text(a), cosc_column.content_text(b)) > 0.999
    assert cosc_column._cos("-", cosc_column.content_text(a)) == 0.0


def test_halves_alternate_by_sorted_name() -> None:
    assert cosc_column.halves(["delta", "alpha", "charlie", "bravo"]) == {
        "alpha": 0,
        "bravo": 1,
        "charlie": 0,
        "delta": 1,
    }


def test_over_equal_negatives_lets_over_as_many_negatives_as_before() -> None:
    y = np.array([True, True, False, False, False, True])
    was = np.array([True, False, True, False, False, False])  # one negative over before
    z = np.array([0.2, 0.9, 0.5, 0.1, 0.8, 0.7])  # the new ranking puts another on top
    over = cosc_column.over_equal_negatives(z, was, y)
    assert int((over & ~y).sum()) == 1
    assert over.tolist() == [False, True, False, False, True, False]
    assert not cosc_column.over_equal_negatives(z, np.zeros(6, dtype=bool), y).any()


def test_stance_rows_leave_out_one_side_pairs(tmp_path: Path) -> None:
    head = "cluster\tlabel\tkind\tpoint\tedge\tp\tcos\tcosc\trare"
    rows = [
        "c1\tagreed\t-\t-\t0\t0.9\t0.8\t0.7\t0.6",
        "c1\tside\t-\tp1\t0\t0.5\t0.5\t0.5\t0.5",
        "c2\talike\t-\t-\t0\t0.4\t0.3\t0.2\t0.1",
    ]
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    got = cosc_column.stance_arrays(cosc_column.stance_rows(path))
    assert got["y"].tolist() == [True, False]
    assert got["look"].tolist() == [False, True]
    assert got["cosc"].tolist() == [0.7, 0.2]
