"""Session 58 (wordalign58): the word-gap columns of the soft word alignment
(merge/align_gaps.py): what the alignment of two statements leaves unmatched."""

from __future__ import annotations

from test_align_words import _columns

from consensus.merge.align_gaps import GAP_COLUMNS, aligned_read
from consensus.merge.compare import COMPARISONS
from consensus.merge.link_models import all_columns_in_scope

GAP_MIN, GAP_MAX, WEAKEST, FIGURE = (COMPARISONS.index(c) for c in GAP_COLUMNS)


STATEMENTS = [
    "The harbour master of Velden resigned on Tuesday after the pier inquiry.",
    "The harbour master of Velden resigned on Tuesday.",
    "The harbour master of Velden opened a new ferry terminal on Tuesday.",
    "The harbour master of Velden resigned on Tuesday after the pier inquiry.",
    "Fire crews rescued 12 people from the flooded tunnel.",
    "Fire crews rescued 15 people from the flooded tunnel.",
    "Firefighters rescued 12 people from the tunnel.",
]


def test_gap_columns_are_symmetric_and_empty_for_one_statement() -> None:
    x = _columns(STATEMENTS, [(0, 2), (2, 0), (0, 3)], vectors=True)
    assert x[0, GAP_MIN:].tolist() == x[1, GAP_MIN:].tolist()
    # two claims printing one statement: every word matched by itself
    assert x[2, [GAP_MIN, GAP_MAX, FIGURE]].tolist() == [0.0, 0.0, 0.0]
    assert x[2, WEAKEST] > 0.999


def test_a_contained_statement_has_no_gap_on_its_side_a_look_alike_on_both() -> None:
    x = _columns(STATEMENTS, [(0, 1), (0, 2)], vectors=True)
    contained, look_alike = x
    assert contained[GAP_MIN] == 0.0 < contained[GAP_MAX]
    assert look_alike[GAP_MIN] > 0.0
    assert contained[WEAKEST] > look_alike[WEAKEST]


def test_figure_unmatched_when_each_prints_a_figure_the_other_does_not() -> None:
    x = _columns(STATEMENTS, [(4, 5), (4, 6)], vectors=True)
    assert x[:, FIGURE].tolist() == [1.0, 0.0]


def test_gap_columns_are_zero_without_vectors() -> None:
    x = _columns(STATEMENTS, [(0, 1), (4, 5)], vectors=False)
    assert not x[:, GAP_MIN:].any()


def test_a_merge_skips_the_alignment_while_no_model_reads_it() -> None:
    assert not aligned_read()
    with all_columns_in_scope():
        assert aligned_read()
