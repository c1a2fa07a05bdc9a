"""A negation meets its positive only when the words around the shared word say alike
things (`consensus.merge.negation_meets`), on made-up text and hand-made word vectors."""

from __future__ import annotations

import numpy as np

from consensus.merge.negation_meets import MEET_AT, meet_score, meets, neighbourhoods

# a toy vector space: words of one row are alike, of two rows unalike
_ROWS = [
    ("brakes", "brake"),
    ("engine", "lurch"),
    ("road", "street"),
    ("car", "park"),
    ("restaurant", "dining"),
    ("bookings", "refund", "full", "get"),
    ("quickly", "fast", "far"),
]


def _vec(word: str) -> np.ndarray | None:
    for k, row in enumerate(_ROWS):
        if word in row:
            v = np.zeros(len(_ROWS))
            v[k] = 1.0
            return v
    return None


def test_the_same_act_on_the_same_thing_meets() -> None:
    a = "The van was not going fast as it entered the tunnel, Jo Tamsin said."
    b = "Pell Ardow said the van had been going far too fast."
    assert meet_score(a, b, "going", _vec) == 1.0
    assert meets("negation: not going", a, b, _vec)


def test_one_verb_of_two_things_felt_does_not_meet() -> None:
    a = "Orla Venn said: 'I did not feel the brakes go on at all.'"
    b = "The driver said he felt the engine lurch and applied the brakes."
    score = meet_score(a, b, "feel", _vec)
    assert score is not None and score < MEET_AT
    assert not meets("negation: not feel", a, b, _vec)


def test_one_noun_of_two_acts_does_not_meet() -> None:
    a = "No customers were in the restaurant, the inspector said."
    b = "Customers with bookings would get a full refund, the owner said."
    assert not meets("negation: not customer", a, b, _vec)


def test_a_road_not_closed_against_a_car_park_closed() -> None:
    a = "Wardens did not close the road."
    b = "Wardens closed the car park on Friday."
    assert not meets("negation: not clos", a, b, _vec)
    assert meets("negation: not clos", a, "Wardens closed the street.", _vec)


def test_the_holder_is_read_when_nothing_follows() -> None:
    # (a passive negation: what is not done to is the word before it)
    a = "The road was not closed."
    b = "The street was closed."
    assert neighbourhoods(a, "clos") == [(["road"], [])]
    assert meets("negation: not clos", a, b, _vec)


def test_unreadable_pairs_and_other_conflicts_are_left_alone() -> None:
    a = "The dorvel was not sealed."
    b = "A grint sealed it."  # (no word with a vector, no stem in common)
    assert meet_score(a, b, "seal", _vec) is None
    assert meets("negation: not seal", a, b, _vec)
    # the concept missing from one side (a paraphrase): no read
    assert meets("negation: not seal", a, "The wardens shut the door.", _vec)
    # not a negation edge at all
    assert meets("polarity: asserts vs denies", a, b, _vec)
    assert meets("quantity count: 3 vs 4", a, b, _vec)
