"""Denial cues the offline extractor missed (offline-84, consensus.offline.kinds; issue 8,
session 17): a rejecting verb that closes a quotation ('the board said it "firmly
rejects" any suggestion that ...': the quotation mark hid the report noun it rejects, so
the claim asserted and no denial opposed the accusation it answers), and a complaint
dismissed ("dismissed his complaint")."""

from __future__ import annotations

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
