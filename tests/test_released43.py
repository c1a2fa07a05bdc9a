"""Session 43 (released43): what six newly released blind clusters showed, in invented text.

- "Prof" (British style, no stop) is a title before a surname as "Professor" and "Prof."
  are: "Prof Holm said" after "Professor Nina Holm" is Nina Holm (consensus/offline/names.py
  `_TITLES`), not a person called "Prof Holm".
- A columnist's bio at the article's tail with a second role after "and former" ("Jane Roe
  is a writer and former nurse.") is furniture, as "... and a former pilot" was
  (consensus/furniture.py `_TAIL_START`).
- A trade paper describing itself at its tail ("Rail Weekly is an independent news service
  for the rail industry.") is furniture even though it shares the event's words
  (consensus/page_cues.py: the outlet as the subject of "is a/an" at the tail).
- A period that is the base of a comparison ("up 22 percent on last year", "than last
  year") dates no act (consensus/merge/periods.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_speakers_unseen import speakers_of as _speakers

from consensus.merge.periods import period_named
from consensus.nonclaims import non_claim_spans


@pytest.mark.parametrize("title", ["Prof", "Professor"])
def test_prof_and_a_surname_is_the_full_name_the_text_gave(title: str) -> None:
    body = (
        "The dean of the veterinary school, Professor Nina Holm, said the clinic would "
        "stay open through the summer.\n\n"
        f'"We will not turn animals away," {title} Holm said.'
    )
    assert _speakers(body, "We will not turn animals away") == ["Nina Holm"]


def test_prof_and_another_surname_is_not_the_named_professor() -> None:
    # near miss: no full name with that surname, so not Nina Holm
    body = (
        "The dean of the veterinary school, Professor Nina Holm, said the clinic would "
        "stay open through the summer.\n\n"
        '"We will not turn animals away," Prof Ekdal said.'
    )
    (speaker,) = _speakers(body, "We will not turn animals away")
    assert speaker is not None and speaker.endswith("Ekdal")


LEDE = "The Dunmore rail line will close for six weeks from June, the operator said on Monday."
TITLE = "Dunmore rail line to close for six weeks"


def _covered(body: str, line: str, *, outlet: str = "Rail Weekly") -> bool:
    text = f"{LEDE}\n\n{body}"
    at = text.index(line)
    spans = non_claim_spans(text, title=TITLE, outlet=outlet)
    return any(s <= at < e for s, e in spans)


MIDDLE = (
    "Engineers will replace the track through the Dunmore cutting.\n\n"
    "Passengers will travel by bus between the two stations."
)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Jane Roe is a writer and former nurse. She lives in Dunmore.", True),
        ("Jane Roe is a columnist and former railway signaller.", True),
        # a second role that is no former trade: the bio shape is not there
        ("Jane Roe is a writer and lives beside the line.", False),
    ],
)
def test_a_columnists_bio_with_a_former_trade_at_the_tail(line: str, furniture: bool) -> None:
    assert _covered(f"{MIDDLE}\n\n{line}", line) is furniture


def test_a_former_trade_in_the_body_stays_news() -> None:
    # near miss: the same sentence mid-article describes someone in the story
    line = "Jane Roe is a writer and former nurse who lives beside the cutting."
    assert not _covered(f"{line}\n\n{MIDDLE}\n\nThe line reopens in July.", line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Rail Weekly is an independent news service for the rail industry.", True),
        ("Rail Weekly is a member of the rail press standards body.", True),
        # not a description of the page: the outlet in the news, or a definite role
        ("Rail Weekly is being sued by the rail operator over its reporting.", False),
        ("Rail Weekly is the rail line's official partner for the works.", False),
    ],
)
def test_a_trade_paper_describing_itself_at_the_tail(line: str, furniture: bool) -> None:
    assert _covered(f"{MIDDLE}\n\n{line}", line) is furniture


def test_a_trade_papers_description_in_the_body_stays_news() -> None:
    # near miss: away from the tail, the outlet's own sentence may be the story's
    line = "Rail Weekly is an independent news service for the rail industry."
    body = f"{line}\n\n{MIDDLE}\n\nThe line reopens in July.\n\nThe works cost 40 million."
    assert not _covered(body, line)


def test_another_outlets_description_at_the_tail_stays_news() -> None:
    # near miss: a paper the page does not own is not the page
    line = "Track Times is an independent news service for the rail industry."
    assert not _covered(f"{MIDDLE}\n\n{line}", line)


# A period that is the base of a comparison ("up 22 percent on last year") is no time of
# the act (consensus/merge/periods.py `_BASE`): read as one, "applications moved to the
# new system on June 1" and "applications were up 22 percent on last year" made a date
# point (June 2026 vs 2025).
PUBLISHED = dt.date(2026, 8, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Applications for permits were up 22 percent on last year.",
        "Fewer tourists came to the coast than last year.",
        "Sales fell 4 percent compared with last year.",
        "Bookings were down on last month, the company said.",
    ],
)
def test_a_comparisons_base_period_dates_no_act(text: str) -> None:
    assert period_named(text, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # near misses: the period dates the act itself
        ("The plant closed last year after a fire.", "y:2025"),
        ("The mayor moved on last year to a post in the capital.", "y:2025"),
        ("Permits were cut last year, the ministry said.", "y:2025"),
    ],
)
def test_a_period_of_the_act_is_still_read(text: str, key: str) -> None:
    assert period_named(text, PUBLISHED) == key
