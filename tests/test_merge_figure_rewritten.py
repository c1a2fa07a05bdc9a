"""One figure rewritten in another unit or in words for digits is one figure when what it
counts meets (consensus.merge.figure_rewritten, read by compare's "same figure")."""

from __future__ import annotations

from consensus.merge.figure_rewritten import rewritten_twins
from consensus.merge.figures import Figure, figures
from tests.test_negated_complement import _two_outlets


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


def _stems_meet(x: str, y: str) -> bool:
    return x.casefold()[:5] == y.casefold()[:5]


def test_a_measure_in_other_units_is_one_figure() -> None:
    feet = _one("Crews were clearing a stretch of collapsed rock about 300 feet long.")
    metres = _one("A stretch of roughly 90 metres of the tunnel caved in.")
    assert rewritten_twins(feet, metres, _stems_meet)
    # converted, the values do not agree: no rewrite
    other = _one("A stretch of roughly 40 metres of the tunnel caved in.")
    assert not rewritten_twins(feet, other, _stems_meet)


def test_words_for_digits_is_one_figure() -> None:
    digits = _one("About 500,000 people were moved out of the valley before the flood.")
    words = _one("Half a million people were evacuated from the valley.")
    assert rewritten_twins(digits, words, _stems_meet)
    # one form on both sides is the slot words' business (`compare.same_slot`)
    other = _one("About 500,000 people were evacuated from the valley.")
    assert not rewritten_twins(digits, other, _stems_meet)


def test_a_share_in_words_is_a_rewrite_whatever_its_size() -> None:
    points = _one("The central bank lifted its key rate by 50 basis points on Thursday.")
    words = _one("The central bank raised its key rate by half a percentage point.")
    assert rewritten_twins(points, words, _stems_meet)


def test_small_numbers_in_words_are_a_style_not_a_rewrite() -> None:
    nine = _one("Officials said nine people were taken to hospital.")
    digits = _one("Officials said 9 people died in the blaze.")
    assert not rewritten_twins(nine, digits, _stems_meet)
    opening = _one("Twelve people were killed in the blaze.")
    twelve = _one("Police said 12 people were injured in the blaze.")
    assert not rewritten_twins(opening, twelve, _stems_meet)


def test_nothing_in_common_counted_or_said_is_no_twin() -> None:
    metres = _one("The dam wall is roughly 90 metres high.")
    feet = _one("Crews were clearing a stretch of collapsed rock about 300 feet long.")
    assert not rewritten_twins(feet, metres, _stems_meet)


def _agreed_across(first: str, second: str) -> bool:
    report = _two_outlets(first, second)
    return any({c.article for c in it.citations} == {"n1", "n2"} for it in report.agreed)


def test_the_quarter_of_a_million_evacuees_are_one_agreed_item() -> None:
    # fails without figure_rewritten: "moved out of" / "evacuated" leave the slots apart
    assert _agreed_across(
        "Around 250,000 people had been moved out of riverside areas before the flood peaked,"
        " the mayor said.",
        "A quarter of a million people were evacuated from the river banks in the three days"
        " before the flood.",
    )


def test_a_length_in_feet_and_in_metres_is_one_agreed_item() -> None:
    assert _agreed_across(
        "Engineers were shoring up a section of the collapsed embankment about 300 feet long,"
        " officials said.",
        "A section of roughly 90 metres of the railway embankment gave way, sealing the line.",
    )
