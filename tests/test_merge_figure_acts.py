"""Counts of opposed acts and a maximum term are no rival figures of one slot (issue 8,
session 13): "guilty of three of five counts" / "acquitted on two" is one verdict, "won 40
seats" / "lost 12 seats" one result, and "faces up to 20 years" is no term a shorter one
disputes. Before, each pair was a figure dispute (the made-up verdict's two wrong points)."""

from __future__ import annotations

from test_merge_figures import _context

from consensus.merge.figure_acts import opposed_acts
from consensus.merge.figures import figures


def _clash(a: str, b: str) -> str:
    return _context(a, b).figure_relation(0, 1)[1]


def test_counts_of_a_conviction_and_an_acquittal_do_not_clash() -> None:
    assert not _clash(
        "A jury found Ben Ilko guilty on three counts.", "The jury cleared him of two counts."
    )
    assert not _clash(
        "Ben Ilko was convicted on three charges.",
        "The jury found him not guilty of the two fraud charges.",
    )
    # ... while two counts of one act still do
    assert _clash(
        "Ben Ilko was convicted on three counts.", "Ben Ilko was convicted on four counts."
    )


def test_seats_won_and_seats_lost_do_not_clash() -> None:
    assert not _clash("The Green Party won 40 seats.", "The Green Party lost 12 seats.")
    assert _clash("The Green Party won 40 seats.", "The Green Party won 38 seats.")


def test_a_negation_turns_an_act_into_its_opposite() -> None:
    (guilty,) = figures("The jury found him guilty of two charges.")
    (not_guilty,) = figures("The jury found him not guilty of two charges.")
    (cleared,) = figures("The jury cleared him of two charges.")
    assert opposed_acts(guilty, not_guilty)
    assert opposed_acts(guilty, cleared)
    assert not opposed_acts(not_guilty, cleared)


def test_a_maximum_term_is_no_rival_of_a_shorter_term() -> None:
    assert not _clash("He faces up to 20 years in prison.", "He was jailed for eight years.")
    assert not _clash(
        "Lena Sorr faces up to 20 years in prison.", "Lena Sorr led the city for eight years."
    )
    # two terms given, or a longer one than the maximum, still clash
    assert _clash("He was jailed for eight years.", "He was jailed for ten years.")
    assert _clash("He faces up to five years in prison.", "He was jailed for eight years.")
