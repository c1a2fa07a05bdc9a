"""A load and what befell some of it are two counts of one noun (`figure_capacity.load_apart`,
read by `figure_pairs.other_kind`): "the coach was carrying 48 pilgrims" / "seventeen pilgrims
lost their lives" are no rival values; two loads, a vote carried and an amount carried stay
comparable."""

from __future__ import annotations

from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import figures


def _apart(a: str, b: str) -> bool:
    fa, fb = figures(a)[0], figures(b)[0]
    return other_kind(fa, fb) or other_kind(fb, fa)


def test_a_load_and_the_dead_among_it_are_two_counts() -> None:
    load = "The coach was carrying 48 pilgrims from the parish to the shrine."
    assert _apart(load, "Seventeen pilgrims lost their lives.")
    assert _apart("The ferry was carrying 300 passengers.", "Forty passengers were injured.")


def test_two_loads_stay_rival_values() -> None:
    load = "The coach was carrying 48 pilgrims from the parish to the shrine."
    assert not _apart(load, "The coach had 52 pilgrims on board.")


def test_a_count_told_bare_stays_comparable() -> None:
    assert not _apart("The coach was carrying 48 pilgrims.", "There were 52 pilgrims.")


def test_a_vote_carried_and_an_amount_carried_are_no_loads() -> None:
    vote = "The ruling, carried by seven votes to two, struck down the law."
    assert not _apart(vote, "The judges voted by six votes to three.")
    assert not _apart(
        "The tankers were carrying 1.3 million tonnes of fuel.",
        "The transfers moved about 1.1 million tonnes of fuel.",
    )
