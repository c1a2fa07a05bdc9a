"""A denial that points back may say when or how it was made ("rejected the charge on
Thursday", "denied the claims in a statement"): it still names nothing of its own and
answers the accusation told just before it (consensus.merge.answers; issue 8, session 17).
A report noun followed by what it is about ("denied the report on the economy") is no
such denial."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.answers import points_back


def test_a_time_or_channel_after_the_report_noun_still_points_back() -> None:
    assert points_back("The court's spokeswoman rejected the charge on Thursday, saying ...")
    assert points_back("The ministry denied the claims in a statement.")
    assert points_back("Acme dismissed the allegations on Monday.")
    # a possessive before the report noun, and a complaint, point back too
    assert points_back("The commission swiftly dismissed his complaint.")
    assert points_back("The firm rejected their claims.")
    assert not points_back("The board rejected its offer.")
    # what the report is about follows the noun: a denial with an object of its own
    assert not points_back("The minister denied the report on the economy.")
    assert not points_back("The firm denied the claims in the lawsuit.")
    assert not points_back("The firm denied the claim that a statement was forged.")


def test_a_denial_dated_after_its_report_noun_answers_the_accusation_before_it() -> None:
    report = _report(
        "Tomas Belker, the opposition leader, has accused the judges of acting like a "
        "political party. The court's spokeswoman, Mira Hald, rejected the charge on "
        "Thursday, saying the ruling rested on the constitution alone.",
        "The court struck down the law on Thursday.",
    )
    assert _answered(report, "acting like a political party", "rejected the charge"), _disputes(
        report
    )


def test_a_dismissed_complaint_answers_the_complaint_before_it() -> None:
    report = _report(
        "Opposition leader Tomas Belker said the count in the northern province had been "
        "rigged. The electoral commission swiftly dismissed his complaint. The governing "
        "party won 94 seats.",
        "The governing party won 94 seats.",
    )
    assert _answered(report, "had been rigged", "dismissed his complaint"), _disputes(report)
