"""A denial that points back with a plural report noun ("rejected the claims") answers the
accuser's whole run, not only the nearest claim of it (consensus.merge.answer_runs; session
32, nogold32: blind_drugrecall's "rejected the claims" was set against the pharmacologist's
last remark while his accusation stayed an agreed fact); a statement naming both weekdays
of a date conflict dates two acts (`point_vetoes.shared_time`); what a thing was built for
"storms of about 50 millimetres" is a limit (`figure_scope.built_for`). Made-up text only."""

from __future__ import annotations

from test_negated_complement import _two_outlets

from consensus.merge.answer_runs import plural_back_reference
from consensus.merge.point_vetoes import no_dispute, shared_time
from consensus.models import Polarity, Report

RUN = (
    "Professor Ilse Varga, a chemist at the University of Dorn, said the firm should have "
    "halted deliveries as soon as the first complaint arrived. "
    '"The firm knew about the faulty valves for weeks and kept delivering them," Varga said. '
    "Varga said the risk to any single household was small, but that buyers had a right "
    "to be told. A Kelvar spokesman, Otto Brand, rejected the claims."
)


def _denied_quotes(report: Report) -> list[str]:
    """The quotes of the asserting sides of each point with a denying side."""
    out = []
    for point in report.contested:
        if any(p.polarity == Polarity.denies for p in point.positions):
            out += [
                c.quote
                for p in point.positions
                if p.polarity == Polarity.asserts
                for c in p.citations
            ]
    return out


def test_a_plural_report_noun_names_more_than_one_statement() -> None:
    assert plural_back_reference("A spokesman rejected the claims.")
    assert plural_back_reference("The bank said such accusations were false.")
    assert plural_back_reference("The ministry called the group's allegations baseless.")
    assert not plural_back_reference("A spokesman rejected the claim.")
    assert not plural_back_reference("The company denied the report.")
    assert not plural_back_reference("The company denied it.")


def test_rejecting_the_claims_answers_the_accusation_not_only_the_last_remark() -> None:
    report = _two_outlets(RUN, "Kelvar recalled 40,000 valves on Monday.")
    quotes = " ".join(_denied_quotes(report))
    # the accusation of the run is a side of the denial's point ...
    assert "knew about the faulty valves for weeks" in quotes, quotes
    # ... and so is the remark just before the denial, which a singular noun answers alone
    single = _two_outlets(
        RUN.replace("rejected the claims", "rejected the claim"),
        "Kelvar recalled 40,000 valves on Monday.",
    )
    assert "knew about the faulty valves for weeks" not in " ".join(_denied_quotes(single))


def test_a_statement_naming_both_weekdays_dates_two_acts() -> None:
    plan = "Clinics at Norby Hospital will reopen on Monday, managers said Friday."
    act = "The union and the government struck a deal early on Friday."
    assert shared_time("date: Friday vs Monday", act, plan)
    assert no_dispute("date: Friday vs Monday", act, plan)
    # two weekdays of one act, each statement naming its own, are still a conflict
    assert not shared_time(
        "date: Friday vs Monday", "The deal was struck on Friday.", "The deal was struck on Monday."
    )


def test_what_a_thing_was_built_for_names_the_kind_it_holds() -> None:
    # blind_tunnelflood (session 32, nogold32): a drain "designed for storms of about 50
    # millimetres an hour" against the 84 millimetres that fell: a limit and a count
    from consensus.merge.figures import figures

    (limit,) = figures("The drains were designed for storms of about 50 millimetres an hour.")
    assert limit.built_for
    (crowd,) = figures("The old stand was built for crowds of 5,000.")
    assert crowd.built_for
    (fell,) = figures("About 50 millimetres of rain fell in an hour.")
    assert not fell.built_for


def test_a_drain_built_for_less_rain_than_fell_is_no_dispute() -> None:
    report = _two_outlets(
        "Halden's drains were designed for storms of about 50 millimetres an hour, the"
        " hydrologist Pia Lunde said.",
        "Pia Lunde said 84 millimetres of rain fell on Halden in an hour.",
    )
    assert not report.contested, [c.rule for c in report.contested]
