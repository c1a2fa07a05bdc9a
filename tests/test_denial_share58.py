"""The share of a long rejected object a claim must state (`denial_strength.DENY_SHARE`) counts
a hyphened compound as one word and a closed-class adverb of time or degree as none."""

from consensus.merge.answers import _rejected_words
from consensus.merge.denial_strength import share_size, states_too_little


def test_a_hyphened_compound_is_one_word_of_the_share() -> None:
    denied = "any of its cargo barges were part of rule-dodging grain trades"
    what = _rejected_words(denied)
    assert {"rule", "dodging"} <= set(what)
    assert share_size(denied, what) == len(what) - 1


def test_an_adverb_of_time_is_no_word_of_the_share() -> None:
    denied = "ever using a forbidden drug"
    what = _rejected_words(denied)
    assert "ever" in what
    assert share_size(denied, what) == len(what) - 1


def test_one_word_of_three_is_enough_where_an_adverb_made_four() -> None:
    what = frozenset({"ever", "using", "forbidden", "drug"})
    stems = frozenset({"forbidden", "stimulant", "tested"})
    assert not states_too_little(what, stems, "ever using a forbidden drug")
    # (without the adverb rule the one met word of four would be too little: 1 < 4/3)
