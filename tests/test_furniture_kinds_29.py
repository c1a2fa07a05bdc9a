"""Page furniture of kinds the session-21/22 blind clusters showed the extractor keeping, and
reporting look-alikes that must stay claims. Lines invented for this test (no outlet's text);
the harness is `tests/test_page_furniture.py`'s."""

from __future__ import annotations

import pytest
from test_page_furniture import check_at_end, check_inside, check_reporting  # tests/ on sys.path

from consensus.nonclaims import non_claim_spans, overlaps_non_claim

_HEAD = (
    "ORLEY — A freight train left the tracks outside the station on Monday, blocking the main "
    "line, the rail operator said.\n\nCrews cleared the wreck by the evening, the operator "
    "said.\n\n"
)
_TAIL = (
    "\n\nThe operator said services would resume on Wednesday.\n\n"
    "An inquiry into the cause was opened, the transport ministry said."
)

FURNITURE = [
    # the outlet keeping its audience
    "Stay with Radio 8 for live traffic and travel updates across the county.",
    "Stay tuned to Westport Tonight for the latest news from the courts.",
    "Stay with us for live coverage throughout the day",
    # a contributor line after an outlet's possessive
    "Channel 9's Mira Tosk contributed reporting from Orley.",
    "The Ledger's Ana Vos and Ed Marr contributed to this report.",
    # a caption closed by a labelled photograph credit in brackets
    "Crews lift a wagon off the line near Orley on Monday. (Photograph: Orley Post/Ida Renn)",
]
# closing the article: two authors' bio
TAIL_FURNITURE = [
    "Mira Tosk and Ed Marr report on transport and energy for the Orley Post.",
    "Ana Vos, Ida Renn and Ed Marr cover courts for Example Weekly.",
]
REPORTING = [
    "Passengers were told to stay with the train until police arrived, the operator said.",
    "Stay-at-home orders were lifted for the town on Tuesday.",
    "Engineers from the operator contributed to the inquiry, the ministry said.",
    "Regulators said the firm's managers had been photographed at the site.",
    "Inspectors report on safety at the depot twice a year, the ministry said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_unseen_furniture_inside_an_article_is_no_claim(line: str) -> None:
    check_inside(line, _HEAD, _TAIL)


@pytest.mark.parametrize("line", TAIL_FURNITURE)
def test_a_joint_author_bio_closing_the_article_is_no_claim(line: str) -> None:
    check_at_end(line, _HEAD, _TAIL)


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_like_it_stays_a_claim(line: str) -> None:
    check_reporting(line, _HEAD, _TAIL)


def test_a_list_of_other_stories_with_a_labelled_headline_is_no_claim() -> None:
    items = ["Six things the inquiry has to answer", "Map: every closure on the line this week"]
    text = _HEAD + _TAIL.strip() + "\n\nMore from the Post:\n" + "".join(f"- {i}\n" for i in items)
    spans = non_claim_spans(text)
    for item in items:
        at = text.index(item)
        assert overlaps_non_claim(spans, at, at + len(item)), item
    assert not overlaps_non_claim(spans, 0, len(_HEAD) - 2)


def test_a_key_point_list_with_labels_stays_claims() -> None:
    """Labels inside a list of findings (no "More from", not the article's end) are claims."""
    text = (
        _HEAD + "What the inquiry found:\n- Cause: a cracked rail under the third wagon\n"
        "- Delay: the signal fault was reported two days before" + _TAIL
    )
    spans = non_claim_spans(text)
    at = text.index("a cracked rail")
    assert not overlaps_non_claim(spans, at, at + 20)
