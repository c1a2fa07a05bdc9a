"""A negation meets its positive only when the words around the shared word say alike
things (`consensus.merge.negation_meets`), on made-up text and hand-made word vectors."""

from __future__ import annotations

import numpy as np

from consensus.merge.negation_meets import (
    MEET_AT,
    Occurrence,
    meet_score,
    meets,
    neighbourhoods,
)

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
    b = "The driver said he applied the brakes as soon as he felt the engine lurch."
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


def test_a_thing_denied_with_nothing_after_it_is_left_alone() -> None:
    # (what follows the negated word is what is compared: "There was no alarm." denies the
    # thing itself, "The road was not closed." its whole act)
    assert neighbourhoods("The road was not closed.", "clos") == [
        Occurrence(negated=True, before=["road"], after=[], told=False)
    ]
    assert meet_score("The road was not closed.", "The car park was closed.", "clos", _vec) is None
    assert meets("negation: not alarm", "There was no alarm.", "The alarm sounded at six.", _vec)


def test_the_clause_bounds_the_neighbours() -> None:
    # ("at all" ends the negated clause; the stated one's next clause is not its object)
    occ = neighbourhoods(
        "The restaurant, she said, had no customers, and the brakes held.", "customer"
    )
    assert occ == [Occurrence(negated=True, before=[], after=[], told=False)]


def test_a_telling_or_a_figure_negated_is_left_alone() -> None:
    a = "The council was never told about the cracks in the car park."
    b = "Engineers told the council in May that the road was unsafe."
    assert meet_score(a, b, "told", _vec) is None
    c = "The firm now reviews seven works, not three as it said yesterday."
    d = "The firm said it was reviewing three other works."
    assert meet_score(c, d, "thre", _vec) is None


def test_unreadable_pairs_and_other_conflicts_are_left_alone() -> None:
    a = "The dorvel was not sealed by the grint yesterday."
    b = "A warden sealed the vault."  # (no word with a vector, no stem in common)
    assert meet_score(a, b, "seal", _vec) is None
    assert meets("negation: not seal", a, b, _vec)
    # the concept missing from one side (a paraphrase): no read
    assert meets("negation: not seal", a, "The wardens shut the door.", _vec)
    # not a negation edge at all
    assert meets("polarity: asserts vs denies", a, b, _vec)
    assert meets("quantity count: 3 vs 4", a, b, _vec)


def test_a_negation_of_every_instance_answers_each() -> None:
    a = "The works caused no delay on the road at any stage."
    b = "Wardens said the delay on the car park lasted an hour."
    assert meet_score(a, b, "delay", _vec) is None
    assert meet_score(a.replace(" at any stage", ""), b, "delay", _vec) == 0.0


def test_contrast_adjunct_and_pointing_back() -> None:
    # ("not X but Y": Y is the rival value, no object of X)
    a = "It was not a road but a street."
    assert neighbourhoods(a, "road")[0].after == []
    # a thing denied to exist, and the unit of a figure: no read
    b = "There were no bookings at the restaurant."
    c = "The restaurant took bookings for dinner and lunch."
    assert meet_score(b, c, "book", _vec) is None
    assert neighbourhoods("The fee adds no more than 15 cents to a drink.", "cent") == []
    assert neighbourhoods("The fee adds no cents to a drink.", "cent") != []
    # "no such" points back at whatever was stated
    assert meets("negation: not brake", "No such brakes were fitted.", "Brakes held the car.", _vec)
