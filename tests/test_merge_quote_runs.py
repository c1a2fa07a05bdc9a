"""A pointing-back denial after a reported statement and its speaker's quotations answers
the reported statement, not the last quotation (consensus.merge.quote_runs; issue 8,
session 17). Before, "The mayor rejected the claim." opposed "That is no way to run a
council," the last line of the accuser's quotation."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

ACCUSER = (
    "Councillor Ada Brisk said on Monday that the tender for the new depot had been rigged. "
    '"The papers arrived a week late and two bidders were never called back," Brisk said. '
    '"That is no way to run a council." '
)


def test_a_denial_answers_the_reported_statement_that_opens_the_quotations() -> None:
    report = _report(
        ACCUSER + "Mayor Tom Verrell rejected the claim.",
        "The council opened the depot tender in March.",
    )
    assert _answered(report, "had been rigged", "rejected the claim"), _disputes(report)
    assert not any("no way to run" in a for a, _ in _disputes(report)), _disputes(report)


def test_a_quotation_of_another_speaker_keeps_the_nearest_claim() -> None:
    # the quotation is not the reported speaker's: the run has no reported lead of its own
    report = _report(
        "Councillor Ada Brisk said on Monday that the tender for the new depot had been rigged. "
        '"Two bidders were never called back," said Olaf Brant, a bidder. '
        "Mayor Tom Verrell rejected the claim.",
        "The council opened the depot tender in March.",
    )
    assert _answered(report, "never called back", "rejected the claim"), _disputes(report)


def test_a_run_no_reported_statement_opens_is_answered_by_its_first_quotation() -> None:
    # no reported statement of the speaker opens the quotations: the denial answers the
    # first (the accusation in the speaker's words), not the closing support (session 21,
    # nogold21)
    report = _report(
        "Wind had piled snow onto the north-facing slopes overnight. "
        '"That slope should have been closed on Saturday morning," said Marco Velt, the'
        ' association\'s president. "The warning was there in black and white," Velt said. '
        "The resort rejected the criticism.",
        "The resort opened the north run on Saturday morning.",
    )
    assert _answered(report, "should have been closed", "rejected the criticism"), _disputes(report)
    assert not any("black and white" in a for a, _ in _disputes(report)), _disputes(report)


# session 69: a closing remark of the accuser after the quotations ("He said ... would not
# give up.") is no claim a verdict of falsity answers; the reported opening is
CLOSING = (
    "Councillor Ada Brisk said on Monday that the tender for the new depot had been rigged. "
    '"The papers arrived a week late. Nobody checked them," Brisk said. '
    "She said her group would not give up.\n\n"
)


def test_a_closing_remark_after_the_quotations_leaves_the_reported_opening() -> None:
    report = _report(
        CLOSING + "Mayor Tom Verrell says that is simply not true.",
        "The council opened the depot tender in March.",
    )
    assert _answered(report, "had been rigged", "simply not true"), _disputes(report)
    assert not any("give up" in a for a, _ in _disputes(report)), _disputes(report)


def test_the_reasons_never_move_the_reported_opening_to_an_earlier_passage() -> None:
    # the mayor's reasons share "gritting fleet" with Brisk's earlier remark: an earlier
    # passage, not what the verdict after her quotations answers
    report = _report(
        "Councillor Ada Brisk said the Ostvik Road yard was too small for the gritting fleet.\n\n"
        + CLOSING
        + "Mayor Tom Verrell says that is simply not true. "
        "Verrell said the papers had been checked by the managers of the gritting fleet.",
        "The council opened the depot tender in March.",
    )
    assert _answered(report, "had been rigged", "simply not true"), _disputes(report)
    assert not any("too small" in a for a, _ in _disputes(report)), _disputes(report)
