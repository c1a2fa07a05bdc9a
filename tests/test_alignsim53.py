"""bench/align_columns.py (session 53, alignsim53): candidate link columns that should score a
paraphrase high and a look-alike (the same words of another place, person or amount) low.
Invented statements only."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import align_columns as ac  # noqa: E402

CLUSTER = [
    "Police arrested three men after the robbery in Dunmore on Tuesday.",
    "Officers detained three men following the robbery in Dunmore on Tuesday.",
    "Police arrested three men after the robbery in Kelvale on Tuesday.",
    "The mayor opened a new library on the high street.",
]
PARAPHRASE = (CLUSTER[0], CLUSTER[1])
LOOKALIKE = (CLUSTER[0], CLUSTER[2])
UNRELATED = (CLUSTER[1], CLUSTER[3])


def test_the_gated_alignment_puts_a_paraphrase_over_a_look_alike() -> None:
    idf = ac.Idf(CLUSTER)
    para = ac.align_gated(*PARAPHRASE, idf)
    look = ac.align_gated(*LOOKALIKE, idf)
    assert para > look
    # the plain bag of stems orders them the other way: the look-alike shares more words
    assert ac.idf_bow(*LOOKALIKE, idf) > ac.idf_bow(*PARAPHRASE, idf)


def test_the_soft_alignment_puts_a_paraphrase_over_an_unrelated_statement() -> None:
    idf = ac.Idf(CLUSTER)
    assert ac.align(*PARAPHRASE, idf) > ac.align(*UNRELATED, idf)
    assert ac.align_gated(*PARAPHRASE, idf) > ac.align_gated(*UNRELATED, idf)


def test_names_and_figures_are_marked_and_left_out_of_the_verb_noun_words() -> None:
    marked = dict(ac.marked_words("Police arrested 12 men in Dunmore's square, three said."))
    assert marked["dunmore"] is True and marked["12"] is True and marked["three"] is True
    assert marked["police"] is False and marked["arrested"] is False
    assert ac.words("Police arrested 12 men in Dunmore", names_figures=False) == [
        "police",
        "arrested",
        "men",
    ]


def test_a_statement_without_names_matches_in_full_and_an_empty_one_aligns_nothing() -> None:
    idf = ac.Idf(CLUSTER)
    assert ac.name_match("the police arrested men", "officers detained suspects", idf) == 1.0
    assert ac.align("", CLUSTER[0], idf) == 0.0


def test_auc_counts_ties_half() -> None:
    assert ac.auc(np.array([2.0, 3.0]), np.array([1.0])) == 1.0
    assert ac.auc(np.array([1.0]), np.array([1.0])) == 0.5
    assert ac.auc(np.array([0.0]), np.array([1.0, 2.0])) == 0.0
