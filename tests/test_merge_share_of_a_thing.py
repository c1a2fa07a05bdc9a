"""A percentage that qualifies a noun other than a change ("a 32% premium", "a 10 percent
stake": `figure_pairs._share_of_a_thing`) is no rival of a verb's change ("shares jumped 27
percent"); a change noun ("a 5 percent rise") still is one thing with the verb's."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import figures
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline


def test_a_percentage_of_a_thing_is_another_kind_than_a_change() -> None:
    (jump,) = figures("Kestrel shares jumped 27 percent in afternoon trading.")
    (premium,) = figures("The offer is a 32% premium to Friday's close.")
    (rise,) = figures("Sales showed a 5 percent rise in the quarter.")
    (rose,) = figures("Sales rose 7 percent in the quarter.")
    assert other_kind(jump, premium) and other_kind(premium, jump)
    assert not other_kind(rise, rose)


def test_a_premium_disputes_no_share_move() -> None:
    arts = (
        Article(
            id="n1",
            text="Kestrel shares jumped 27 percent to $37.10 in afternoon trading, below the "
            "offer price. Flags flew at half mast.",
            outlet="One",
        ),
        Article(
            id="n2",
            text="The filing puts the offer at a higher figure than the 32% premium to "
            "Kestrel's closing share price on Friday. The city is in mourning.",
            outlet="Two",
        ),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    assert not report.contested, [p.rule for p in report.contested]
