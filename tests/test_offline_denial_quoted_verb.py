"""Denial cues the offline extractor missed (offline-84, consensus.offline.kinds; issue 8,
session 17): a rejecting verb that closes a quotation ('the board said it "firmly
rejects" any suggestion that ...': the quotation mark hid the report noun it rejects, so
the claim asserted and no denial opposed the accusation it answers), a complaint
dismissed ("dismissed his complaint") and a report called false ("Police have called that
allegation false", which answers the claim told before it: `merge/answers.py`)."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.models import Article, Polarity
from consensus.offline import extract_offline


def _polarities(text: str) -> list[Polarity]:
    article = Article(id="a0", title="Story", outlet="Outlet 0", text=text)
    return [c.polarity for c in extract_offline(article).claims]


def test_a_quoted_rejecting_verb_is_a_denial() -> None:
    text = (
        'The board said it "firmly rejects" any suggestion that the referee had been '
        "pressured by anyone."
    )
    assert _polarities(text) == [Polarity.denies]


def test_a_quoted_rejection_of_an_offer_is_no_denial() -> None:
    text = 'The union said it "firmly rejects" the latest pay offer from the company.'
    assert _polarities(text) == [Polarity.asserts]


def test_dismissing_a_complaint_is_a_denial() -> None:
    text = "The electoral commission swiftly dismissed his complaint."
    assert _polarities(text) == [Polarity.denies]


def test_calling_a_report_false_is_a_denial() -> None:
    assert _polarities("Police have called that allegation false.") == [Polarity.denies]
    assert _polarities("The ministry called the reports untrue.") == [Polarity.denies]
    # a call that was wrong is no denial of a claim
    assert _polarities("The fans called the decision a disgrace.") == [Polarity.asserts]


def test_a_report_called_false_answers_the_claim_before_it() -> None:
    report = _report(
        "Lena Ortiz, the family's lawyer, repeated the family's claim that the pistol found at "
        "the scene did not belong to Wren. Police have called that allegation false. The "
        "officers remain on leave.",
        "The officers remain on leave.",
    )
    assert _answered(report, "did not belong to Wren", "called that allegation false"), _disputes(
        report
    )
