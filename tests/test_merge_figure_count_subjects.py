"""A count noun far before its figure as the clause's subject ("The death toll from a mudslide
that hit the town early on Monday rose to at least 14") gives the figure what it counts
(merge/figure_count_subjects.py); a claim that writes two values for two places is no side
of an inner dispute; a small figure point folds into a larger one by its slots
(merge/figure_point_folds.py). Invented sentences and links."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import _fold_figure_points, inner_disputes
from consensus.merge.figures import figures
from tests.test_merge_figures import _members


def _first(text: str) -> tuple[tuple[str, ...], str, str, str]:
    f = figures(text)[0]
    return f.slot, f.counted, f.head, f.where


def test_a_toll_told_with_a_relative_clause_counts_the_dead() -> None:
    slot, *_ = _first(
        "The death toll from a mudslide that hit the hill town of Brenna early on Monday "
        "rose to at least 14, the fire service said."
    )
    assert slot[0] == "death"  # (before: "rose", what the words next to it say)


def test_the_number_of_people_dead_counts_people_dead() -> None:
    text = (
        "The number of people confirmed dead in the mudslide that buried half of the old "
        "quarter rose to 23 on Tuesday."
    )
    # (the count, 23; "half of the old quarter" is a share: merge/figure_shares.py)
    (toll,) = [f for f in figures(text) if f.text == "23"]
    assert (toll.slot[0], toll.counted, toll.head) == ("dead", "people", "")


def test_the_number_of_people_who_died() -> None:
    slot, counted, *_ = _first(
        "The number of people who died after the stands collapsed at the stadium on Friday "
        "has risen to nine."
    )
    assert (slot[0], counted) == ("died", "people")


def test_a_word_before_the_noun_leaves_the_noun_the_head() -> None:
    slot, _counted, head, _ = _first(
        "The number of suspected cases reported in the region since early March has risen to 1,400."
    )
    assert (head, slot[:2]) == ("cases", ("suspected", "cases"))


def test_the_subjects_place_is_the_figures() -> None:
    *_, where = _first(
        "The number of people killed by the cyclone along the coast in Velora has risen to "
        "31, the agency said."
    )
    assert where == "Velora"


def test_a_count_noun_near_its_verb_stops_before_it() -> None:
    # "the number of survivors rose to 248": survivors, not "rose", is what is counted
    slot, _counted, head, _ = _first("The number of survivors rose to 248 by Sunday.")
    assert (head, slot[0]) == ("survivors", "survivors")


def test_a_plural_subject_is_what_a_level_counts() -> None:
    # "Reports of ... reached 57" counts reports, as "38 reports" does
    slot, _counted, head, _ = _first(
        "Reports of suspected reactions linked to the batch reached 57, the regulator said."
    )
    assert (head, slot[0]) == ("reports", "reports")


def test_a_named_subject_is_no_plural_count() -> None:
    # "Acme Systems shares rose to 37": a name opens the sentence, no counted noun read
    assert figures("Acme Systems shares rose to 37.")[0].head == ""


def test_a_plural_that_speaks_is_no_count() -> None:
    # the officials say the figure; they are not what it counts
    assert figures("Officials said casualties rose to 40.")[0].head != "officials"


@pytest.mark.parametrize(
    "text",
    [
        # no verb of level right before the figure
        "The death toll from a mudslide that hit the hill town early on Monday was "
        "unclear, and 14 houses were destroyed.",
        # another figure between the count noun and this one: the noun may be that one's
        "The number of people rescued from the two buildings that fell on Monday reached "
        "40 and later rose to 45.",
    ],
)
def test_no_subject_read_without_its_conditions(text: str) -> None:
    fig = figures(text)[-1]
    assert "death" not in fig.slot[:1] and fig.counted != "people"


def test_a_claim_writing_both_places_values_is_no_side() -> None:
    # one outlet gives 31 for one place and two for another; the other outlet's two (no
    # place) agrees with the second, it does not dispute the first
    group = _members(
        (
            "o1",
            "The number of people killed by the cyclone in Velora has risen to 31, the agency "
            "said on Friday, as the weakened storm crossed into neighbouring Norrin, where two "
            "people died.",
        ),
        ("o2", "The national emergency service said that the cyclone killed two people"),
    )
    assert inner_disputes(group) == []


def test_one_place_two_values_stays_a_dispute() -> None:
    group = _members(
        ("o1", "A senior officer said about 40 guards had been detained, more than the 27 "
         "the minister gave."),
        ("o2", "The minister said 27 guards had been detained."),
    )  # fmt: skip
    assert inner_disputes(group) != []


# groups: 1 "at least two killed", 2 "at least six killed", 3 "120 wounded" (one point);
# 4 "at least 90 wounded" and 5 "six dead and more than 100 others wounded" (a point of
# their own, each linked to the wounded group 3)
POINT_OF = {1: 1, 2: 1, 3: 1, 4: 4, 5: 4}
LINKS = [
    (1, 2, "conflict", "quantity kill: two vs six"),
    (2, 3, "conflict", "quantity wound: 100 vs 120"),
    (4, 5, "conflict", "quantity wound: 90 vs 100"),
    (3, 4, "conflict", "quantity wound: 120 vs 90"),
    (3, 5, "conflict", "quantity other: 120 vs 100"),
]


def test_a_point_of_one_slot_of_a_larger_point_folds_into_it() -> None:
    # (90 is no figure of the larger point's own conflicts: the figure test alone keeps two)
    assert _fold_figure_points(POINT_OF, LINKS) == dict.fromkeys(range(1, 6), 1)


def test_a_point_of_another_slot_stays_apart() -> None:
    links = [*LINKS[:2], (4, 5, "conflict", "quantity evacuat: 900 vs 1,000"), *LINKS[3:]]
    assert _fold_figure_points(POINT_OF, links) == POINT_OF


def test_a_group_with_no_conflict_into_the_larger_point_stays_apart() -> None:
    assert _fold_figure_points(POINT_OF, LINKS[:4]) == POINT_OF
