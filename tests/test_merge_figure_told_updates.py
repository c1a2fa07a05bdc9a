"""A claim telling its own figure and an earlier one no other outlet gives is a point of its
two clauses, its own value's side joined by the outlets agreeing on it
(consensus/merge/figure_told_updates.py); invented text."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.figure_rivals_told import told_pair
from consensus.merge.figure_told_updates import on_both_sides, told_updates
from consensus.merge.figures import figures
from tests.test_merge_figure_rivals_told import _cited
from tests.test_merge_figures import _members

_UPDATE = (
    "The guild now says 3,400 members were wrongly struck off by its records system, up "
    "from the 1,200 it reported on Monday."
)


def _updates(*said: tuple[str, str]) -> list[object]:
    statements = [t for _o, t in said]
    return told_updates(statements, [o for o, _t in said], [figures(t) for t in statements])


def test_an_update_told_in_one_claim_is_a_point_of_its_two_clauses() -> None:
    assert _cited(
        ("o1", "The guild said 3,400 members were wrongly struck off by its records system."),
        ("o2", _UPDATE),
    ) == [
        [["up from the 1,200 it reported on Monday."]],
        [
            ["The guild now says 3,400 members were wrongly struck off by its records system"],
            ["The guild said 3,400 members were wrongly struck off by its records system."],
        ],
    ]


def test_no_other_outlet_giving_the_own_value_makes_no_point() -> None:
    assert _updates(("o1", _UPDATE), ("o2", "The guild apologised to its members.")) == []
    assert _updates(("o1", _UPDATE), ("o1", "The guild said 3,400 members were struck off.")) == []


def test_an_outlet_giving_the_told_value_leaves_it_to_told_rivals() -> None:
    assert (
        _updates(
            ("o1", _UPDATE),
            ("o2", "The guild said 3,400 members were struck off."),
            ("o3", "On Monday the guild said 1,200 members were struck off."),
        )
        == []
    )


def test_a_move_without_teller_or_time_is_no_update() -> None:
    assert (
        _updates(
            ("o1", "The zoo cut its night duty from four keepers to two keepers in May."),
            ("o2", "The zoo has two keepers on night duty."),
        )
        == []
    )


def test_a_year_earlier_value_is_another_period() -> None:
    own = "The board said 2.1 million crowns were paid this season."
    for told in (
        "The board paid 2.1 million crowns this season, up from 1.7 million crowns last year.",
        "The board paid 2.1 million crowns this season, down from 2.6 million a year earlier.",
    ):
        assert _updates(("o1", own), ("o2", told)) == []
    told = (
        "The board paid 2.1 million crowns this season, up from the 1.7 million it reported "
        "on Monday."
    )
    assert _updates(("o1", own), ("o2", told)) != []


def test_a_told_figure_of_another_thing_is_no_update() -> None:
    assert (
        _updates(
            ("o1", "The station recorded winds of up to 58 km/h near the quarry."),
            ("o2", "The station measured winds of 58km/h near the quarry, below the 72km/h "
                   "limit that the operator says applied to the hoist."),
        )
        == []
    )  # fmt: skip


def test_the_writer_on_both_sides_is_told_apart() -> None:
    group = _members(
        ("o1", "The guild said 3,400 members were wrongly struck off."), ("o2", _UPDATE)
    )
    ((sides, _texts),) = inner_disputes(group)
    assert on_both_sides(sides)
    assert not on_both_sides([[group[0]], [group[1]]])


@pytest.mark.parametrize(
    ("text", "own", "told"),
    [
        # a time clause after the told figure
        ("The board now says 23 pupils fell ill after the trip, up from 11 when the school "
         "was shut.", "23", "11"),
        ("The board now counts 23 pupils, up from 11 at the time the school was shut.",
         "23", "11"),
        # a party's figure named by a noun of counting after the opener
        ("More than 550 people were led out of the hall, far more than the figure of about "
         "400 given by the venue.", "550", "400"),
        # the writer's own earlier figure, told by a verb of giving it after a time
        ("The mill has raised its count of the posts at risk to 1,450, a day after putting "
         "the figure at 1,100.", "1,450", "1,100"),
        ("The mill said the plan puts 1,450 posts at risk, having given a figure of 1,100 "
         "posts on Monday.", "1,450", "1,100"),
        # a revised figure, a report first made, a figure later replaced
        ("The agency raised its count of damaged sheds to 450 from 300.", "450", "300"),
        ("The agency, which initially reported 300 damaged sheds, now says 450 were hit.",
         "450", "300"),
        ("The agency said 300 sheds were damaged, later corrected to 450.", "450", "300"),
    ],
)  # fmt: skip
def test_an_update_told_by_a_time_clause_or_a_revision(text: str, own: str, told: str) -> None:
    pair = told_pair(text, figures(text))
    assert pair is not None
    assert (pair[0].text, pair[1].text) == (own, told)


def test_an_update_told_by_a_time_clause_is_a_point_citing_its_time() -> None:
    # (the told side's clause keeps its time clause: "up from 11" alone is too short)
    told = (
        "The board now says 23 pupils fell ill after the trip, up from 11 when the school was shut."
    )
    assert _cited(("o1", "The board said 23 pupils fell ill after the trip."), ("o2", told)) == [
        [["up from 11 when the school was shut."]],
        [
            ["The board now says 23 pupils fell ill"],
            ["The board said 23 pupils fell ill"],
        ],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The zoo cut its night duty from four keepers to two keepers in May.",  # a move
        "The party slumped to 94 seats from 162 when the votes were counted.",  # no opener
        "The mill cut 40 posts, a day after putting 12 guards on leave.",  # no noun of count
        "The clinic increased the number of its beds to 60 from 40.",  # a move, no report
    ],
)
def test_no_revision_cue_makes_no_told_figure(text: str) -> None:
    assert told_pair(text, figures(text)) is None


def test_two_outlets_telling_one_update_make_one_point() -> None:
    # (an outlet telling the old value as told is no outlet giving it: the update is a point,
    # shown once, by the first writer)
    first = (
        "The mill has raised its count of the posts at risk to 1,450, a day after putting "
        "the figure at 1,100."
    )
    second = "The mill said the plan puts 1,450 posts at risk, having given a figure of 1,100."
    said = [
        ("o1", first),
        ("o2", "The union said the plan threatens 1,450 posts at the mill."),
        ("o3", second),
    ]
    ((sides, clash, _reads),) = _updates(*said)
    assert sides == [[-1], [0, 1, 2]]
    assert clash[1:] == ("1,450", "1,100")
