"""A percentage that qualifies a noun other than a change ("a 32% premium", "a 10 percent
stake": `figure_pairs._share_of_a_thing`) is no rival of a verb's change ("shares jumped 27
percent"); a change noun ("a 5 percent rise") still is one thing with the verb's."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import figures


def test_a_percentage_of_a_thing_is_another_kind_than_a_change() -> None:
    (jump,) = figures("Kestrel shares jumped 27 percent in afternoon trading.")
    (premium,) = figures("The offer is a 32% premium to Friday's close.")
    (rise,) = figures("Sales showed a 5 percent rise in the quarter.")
    (rose,) = figures("Sales rose 7 percent in the quarter.")
    assert other_kind(jump, premium) and other_kind(premium, jump)
    assert not other_kind(rise, rose)


def test_a_premium_disputes_no_share_move() -> None:
    report = offline_report(
        "Kestrel shares jumped 27 percent to $37.10 in afternoon trading, below the "
        "offer price. Flags flew at half mast.",
        "The filing puts the offer at a higher figure than the 32% premium to "
        "Kestrel's closing share price on Friday. The city is in mourning.",
    )
    assert not report.contested, [p.rule for p in report.contested]
