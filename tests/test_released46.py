"""Session 46 (released46): what the six clusters released from session 39's held-out set
showed, in invented text.

A live page opens on notes about itself that the extractor read as claims (3 of the 4
non-claim items of the six; consensus/nonclaims.py `_PAGE_ITSELF`, `_TO_READER`,
`_PAGE_THINGS`):
- its heading sentence: "Live updates as the row over the ferry timetable continues."
  (the name of the page and what it follows, no more);
- its note on its posts' order: "Posts appear in time order, all times local.";
- its call to reload: "Refresh the page for the latest.", "Refresh for the latest."
A sentence that reports something after the same opening words stays a claim.

A body named by its kind that announces an account without giving it ("The revenue
service gives a different account.": no claim, `consensus.no_content`) is the body the
next "A spokesman said" speaks for, as a short sentence opening on it already was
(consensus/offline/claims.py calls `story_follow.short_body` on such a sentence too).
"""

from __future__ import annotations

import time

import pytest

from consensus.ingest import parse_text
from consensus.offline import extract_offline

LEAD = "Officials met on Friday to discuss the ferry timetable for the winter.\n\n"
LIVE = (
    "{note}\n\n"
    "10:05 - The harbour master said two crossings had been cancelled since Monday night.\n\n"
)


def _statements(body: str) -> list[str]:
    article = parse_text(LEAD + body, id="probe", title="Probe - live")
    return [c.statement for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    ("note", "furniture"),
    [
        (
            "Live updates as the row over the winter ferry timetable continues. "
            "Refresh the page for the latest.",
            ("Live updates as", "Refresh the page"),
        ),
        ("Live coverage. Posts appear in time order, all times local.", ("Posts appear",)),
        (
            "Live coverage from the harbour desk. Refresh for the latest.",
            ("Live coverage", "Refresh"),
        ),
    ],
)
def test_a_live_pages_notes_on_itself_are_no_claims(note: str, furniture: tuple[str]) -> None:
    said = _statements(LIVE.format(note=note))
    assert not [t for t in said if any(f in t for f in furniture)], said
    assert any("two crossings" in t for t in said)  # the page's news stays


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # "Live updates" that report something: a claim, not the page's heading
        (
            "Live updates from the port show the ferry left an hour late, the operator said.",
            "left an hour late",
        ),
        # a posts' order the outlet does not give: someone's words
        ("The ferry operator said that posts appear in time order on its notice board.", "notice"),
        # "refresh" as a noun or an operator's act, not the reader sent to reload the page
        ("Refresh work on the ferry's engines will take two weeks, the operator said.", "engines"),
    ],
)
def test_claims_that_open_alike_stay_claims(note: str, kept: str) -> None:
    said = _statements(LIVE.format(note=note))
    assert any(kept in t for t in said), said


def _speakers_of(body: str, words: str) -> list[str | None]:
    article = parse_text(LEAD + body, id="probe", title="Probe")
    return [c.speaker for c in extract_offline(article).claims if words in c.statement]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("The harbour authority gives a different account.", "harbour authority"),
        ("The ferry company tells a different story.", "ferry company"),
    ],
)
def test_a_body_announcing_its_account_speaks_through_the_next_spokesman(
    opening: str, body: str
) -> None:
    text = f"{opening} A spokesman said the timetable had been checked on Monday.\n\n"
    assert _speakers_of(text, "checked on Monday") == [f"{body} spokesman"]


def test_people_announcing_an_account_lend_no_body_to_the_spokesman() -> None:
    # near miss: residents are no body a spokesman speaks for
    text = (
        "Residents gave a very different account. A spokesman said the timetable had been "
        "checked on Monday.\n\n"
    )
    assert _speakers_of(text, "checked on Monday") == ["spokesman"]


def test_the_new_page_patterns_are_linear_on_one_long_token() -> None:
    from consensus.nonclaims import _PAGE_ITSELF, _PAGE_THINGS

    start = time.perf_counter()
    for text in (
        "Live updates as " + "a" * 200_000,
        "Posts appear in " + "t" * 200_000,
        "for the latest" * 15_000,
        "Live " * 40_000,
    ):
        _PAGE_ITSELF.search(text)
        _PAGE_THINGS.search(text)
    assert time.perf_counter() - start < 1.0
