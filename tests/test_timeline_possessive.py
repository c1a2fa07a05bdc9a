"""A date a quote gives only in the possessive ("over Sunday's theft") is the day of the
thing it modifies, not of what the item reports, so it does not date the item in the
timeline unless the statement opens with it (`consensus.summary_timeline`). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.api import build_report
from consensus.extract import extract_claims
from consensus.models import Article
from consensus.summary_timeline import _possessive_only

_TUESDAY = dt.date(2026, 5, 19)
_SUNDAY = dt.date(2026, 5, 17)


def _timeline_days(sentence: str) -> dict[str, set[dt.date]]:
    arts = [
        Article(id=k, title="Theft", outlet=f"Outlet {k}", text=sentence, published=_TUESDAY)
        for k in ("a1", "a2")
    ]
    r = build_report(extract_claims(arts))
    days: dict[str, set[dt.date]] = {}
    for e in r.timeline:
        days.setdefault(e.statement, set()).update((e.date, *e.other_dates))
    return days


def test_a_possessive_date_does_not_date_what_the_item_reports() -> None:
    days = _timeline_days(
        "Police have arrested two men over Sunday's theft of three paintings from the "
        "Brenna Gallery in Oskarvik."
    )
    assert not any(_SUNDAY in d for d in days.values())


def test_a_statement_opening_on_the_possessive_keeps_its_day() -> None:
    days = _timeline_days(
        "Sunday's theft of three paintings from the Brenna Gallery in Oskarvik was the "
        "third break-in at the gallery this year, police said."
    )
    assert any(_SUNDAY in d for d in days.values())


@pytest.mark.parametrize(
    ("when", "quote", "statement", "skipped"),
    [
        (
            "Monday night",
            "The council called for an inquiry into Monday night's blast.",
            "The council called for an inquiry.",
            True,
        ),
        (
            "Saturday",
            "Staff were preparing for Saturday’s match.",
            "Staff were preparing for Saturday’s match.",
            True,
        ),
        # the day also given plainly, the statement opening on it, or not in the quote
        (
            "Monday",
            "The blast on Monday was the first since Monday's vote.",
            "The blast was the first.",
            False,
        ),
        (
            "Sunday",
            "Sunday's fire destroyed the depot.",
            "Sunday's fire destroyed the depot.",
            False,
        ),
        ("Friday", "The strike ended on Friday.", "The strike ended.", False),
        # a preposition that puts the report inside the possessed thing's time
        ("Tuesday", "Shares fell 5% in Tuesday's session.", "Shares fell 5%.", False),
        (
            "Monday",
            "Doctors at Monday's briefing urged a common form.",
            "Doctors urged a form.",
            False,
        ),
    ],
)
def test_possessive_only(when: str, quote: str, statement: str, skipped: bool) -> None:
    assert _possessive_only(when, quote, statement) is skipped
