"""A bound met by a plain figure is the same figure told less exactly (`slots._bound_met`),
and a rough figure admits another rough one told more finely (`slots._rough_rounds`)."""

from __future__ import annotations

from consensus.merge.figures import Figure, figures
from consensus.merge.slots import _overlap


def one(text: str) -> Figure:
    (fig,) = figures(text)
    return fig


def agree(a: str, b: str) -> bool:
    x, y = one(a), one(b)
    assert _overlap(x, y) == _overlap(y, x)
    return _overlap(x, y)


def test_a_lower_bound_is_met_by_a_count_above_it() -> None:
    assert agree("More than 3,000 people signed the letter.", "3,260 people signed the letter.")
    assert agree("More than 1,000 tickets were refunded.", "1,420 tickets were refunded.")
    assert agree("At least 60 homes were flooded.", "About 75 homes were flooded.")
    assert agree("More than half of the crop failed.", "62 percent of the crop failed.")


def test_an_upper_bound_is_met_by_a_count_under_it() -> None:
    assert agree(
        "Up to 90 workers could lose their jobs.", "About 75 workers could lose their jobs."
    )
    assert agree("Fewer than 400 members voted.", "310 members voted.")


def test_a_broken_bound_or_a_far_count_is_still_a_dispute() -> None:
    # a count on the wrong side of the bound breaks it
    assert not agree("More than 3,000 people signed the letter.", "2,400 people signed the letter.")
    assert not agree("Fewer than 400 members voted.", "460 members voted.")
    # a count far past a lower bound is another count, not the bound told less exactly
    assert not agree("More than 100 people were hurt.", "240 people were hurt.")
    # under ten every one counts
    assert not agree("At least four people died.", "Seven people died.")
    # a bound against another bound keeps its own reading
    assert not agree("At least 60 homes were flooded.", "More than 80 homes were flooded.")


def test_a_rough_figure_admits_a_rough_one_told_more_finely() -> None:
    assert agree(
        "Roughly 260,000 pensioners are affected.", "Some 258,000 pensioners are affected."
    )
    # two rough figures told alike are two figures
    assert not agree("About 3,600 pensioners are affected.", "About 3,700 pensioners are affected.")
    # the finer one must lie inside the rounder one's rounding
    assert not agree(
        "Roughly 260,000 pensioners are affected.", "Some 272,000 pensioners are affected."
    )
