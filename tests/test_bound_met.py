"""A bound met by a plain figure is the same figure told less exactly (`slots.bound_met`),
unless the bound was told a day before the count or the count's own words place it later
(`FigureRelations._overlap_told`); a rough figure admits another rough one told more finely
(`slots._rough_rounds`). Invented statements."""

from __future__ import annotations

import datetime as dt

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import Figure, figures
from consensus.merge.slots import _overlap
from consensus.vectors import Vectors


def one(text: str) -> Figure:
    (fig,) = figures(text)
    return fig


def agree(a: str, b: str) -> bool:
    x, y = one(a), one(b)
    assert _overlap(x, y, met=True) == _overlap(y, x, met=True)
    return _overlap(x, y, met=True)


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
    # a toll of harm moves through the day: each figure is its own moment
    assert not agree("More than 100 people were wounded.", "120 people were wounded.")
    assert not agree("At least 40 passengers died.", "52 passengers died.")
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


def test_a_met_bound_is_read_only_where_asked() -> None:
    # the plain reading (`met=False`) keeps a bound to its last written digit
    assert not _overlap(one("More than 1,000 tickets were refunded."), one("1,420 tickets."))


def _told(bound: str, count: str, days: tuple[int, int]) -> tuple[PairContext, Figure, Figure]:
    views = [
        ClaimView(
            article=f"a{k}",
            statement=text,
            names=frozenset(),
            speaker=None,
            published=dt.date(2026, 3, day),
        )
        for k, (text, day) in enumerate(zip((bound, count), days, strict=True))
    ]
    ctx = PairContext(views, Vectors.empty())
    return ctx, ctx.figs[0][0], ctx.figs[1][0]


def test_a_bound_and_a_count_of_one_day_agree() -> None:
    ctx, a, b = _told(
        "More than 1,000 tickets were refunded.", "1,420 tickets were refunded.", (3, 3)
    )
    assert ctx._overlap_told(0, a, 1, b) and ctx._overlap_told(1, b, 0, a)
    # a count told the day before the bound is the same figure told less exactly
    ctx, a, b = _told(
        "More than 1,000 tickets were refunded.", "1,420 tickets were refunded.", (4, 3)
    )
    assert ctx._overlap_told(0, a, 1, b)


def test_a_bound_passed_by_a_later_count_is_an_update() -> None:
    # told a day before the count above it: what the bound became, no agreement
    ctx, a, b = _told(
        "More than 1,000 tickets were refunded.", "1,420 tickets were refunded.", (3, 4)
    )
    assert not ctx._overlap_told(0, a, 1, b) and not ctx._overlap_told(1, b, 0, a)
    # the count's own words place it later ("now"): an update on one day too
    ctx, a, b = _told(
        "More than 1,000 tickets were refunded.",
        "The airline has now refunded 1,420 tickets.",
        (3, 3),
    )
    assert not ctx._overlap_told(0, a, 1, b)
