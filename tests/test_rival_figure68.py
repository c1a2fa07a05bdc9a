"""A teller announced as giving a rival figure ("The ferry company gave a lower figure,
saying ...", "The hospital trust gave a higher figure. It said ...") answers the nearest
other side's count before it in its article, whatever the two count by their words: a
quantity conflict (consensus.merge.figure_answers, session 68). Invented text."""

from __future__ import annotations

from test_merge_figure_answers import _points

from consensus.merge.figure_answers import _RIVAL, _rival_answered, _side
from consensus.merge.figures import figures

OTHER = (
    "A cable car stalled above the Vorn gorge on Sunday afternoon, leaving passengers "
    "hanging over the river until the evening."
)
LOWER = (
    "A cable car stalled above the Vorn gorge on Sunday. The mountain rescue service said "
    "42 people were stuck in the cabins. The lift company, Kestrow Lifts, gave a lower "
    "figure, saying 35 passengers had been on board."
)
HIGHER = (
    "A cable car stalled above the Vorn gorge on Sunday. The mountain rescue service said "
    "its teams had treated six people at the top station. The district council gave a "
    "higher figure. In a statement, the council said 13 people had been hurt."
)


def test_what_announces_a_rival_figure() -> None:
    assert _RIVAL.search("The lift company gave a lower figure")
    assert _RIVAL.search("The ministry has given a higher estimate")
    assert _RIVAL.search("The agency gave a different count for the farms affected")
    assert not _RIVAL.search("The lift company gave a statement")
    assert not _RIVAL.search("The council gave a higher priority to roads")
    assert _side("Lower") == "below" and _side("higher") == "above" and _side("different") == ""


def test_a_lower_figure_in_other_words_is_contested() -> None:
    points = _points(LOWER, OTHER)
    assert any({"42", "35"} <= words for words in points), points


def test_a_higher_figure_announced_alone_answers_the_count_before_it() -> None:
    points = _points(HIGHER, OTHER)
    assert any({"six", "13"} <= words for words in points), points


def test_without_the_announcement_the_two_counts_stay_apart() -> None:
    text = HIGHER.replace("The district council gave a higher figure. ", "")
    assert not any({"six", "13"} <= words for words in _points(text, OTHER))


def test_the_announced_side_and_another_noun_choose_the_answered_figure() -> None:
    mine = figures("Kestrow Lifts said 35 passengers had been on board.")[0]
    theirs = figures("The rescue service said 42 people were stuck in 12 of its 40 cabins.")
    got = _rival_answered(mine, theirs, "below")
    assert got is not None and got.value == 42  # (12 is below; 40 counts cabins)
    higher = figures("Kestrow Lifts said 50 passengers had been on board.")[0]
    assert _rival_answered(higher, theirs, "below") is None  # (a lower figure must be lower)
    assert _rival_answered(higher, theirs, "above") is None  # (42 and 12 below it: no guess)
