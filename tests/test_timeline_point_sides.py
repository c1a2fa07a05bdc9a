"""A contested point's timeline entry is dated by one side's quotes and shows that side's
statement (`summary_timeline`): the day a party denied an accusation is not the day of the
accusation, and an agreed side is not listed twice. Invented minimal cases."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

WEDNESDAY = dt.date(2026, 5, 20)
ACCUSED = "The union said{} that the company had ignored a written warning about the roof."


def _report(denial: str) -> Report:
    articles = (
        Article(
            id="a",
            outlet="One",
            published=WEDNESDAY - dt.timedelta(days=1),
            text=ACCUSED.format(" on Monday") + " The city is in mourning.",
        ),
        Article(
            id="b",
            outlet="Two",
            published=WEDNESDAY,
            text=ACCUSED.format("") + f" {denial} Flags flew at half mast.",
        ),
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_a_point_dated_by_its_denial_shows_the_denial() -> None:
    report = _report("On Wednesday the company denied receiving any such warning.")
    (point,) = report.contested
    dated = {e.item: (e.date, e.statement) for e in report.timeline}
    assert dated[point.id] == (
        WEDNESDAY,
        "On Wednesday the company denied receiving any such warning.",
    )
    # the accusation, agreed, keeps its own day, listed once
    statements = [e.statement for e in report.timeline]
    assert statements.count(ACCUSED.format("")) == 1


def test_an_undated_denial_leaves_the_point_out() -> None:
    report = _report("The company denied receiving any such warning.")
    assert report.contested
    assert {e.item for e in report.timeline}.isdisjoint(c.id for c in report.contested)


def test_a_side_an_item_states_on_its_day_is_listed_once() -> None:
    # an agreed item and a point's side with one statement, dated one day by their own
    # quotes: one entry, the item's; on another day the side keeps its entry
    from test_summary import _disputed, _item, _side
    from test_summary import _report as _summary_report

    from consensus.models import Claim, ClaimKind, ClaimSet, Evidence, TimeRef
    from consensus.summary_timeline import timeline

    said = "The guides said the run should never have opened."
    item = _item("a-1", said, ("a",), 1)
    side = _side(said, ("Guides",), "b")
    other = _side("The resort said the run was checked early on Saturday.", ("Resort",), "c")
    point = _disputed(side, other)

    def claims(day: dt.date) -> tuple[ClaimSet, ...]:
        return tuple(
            ClaimSet(
                article=art,
                extractor="offline",
                extractor_version="t",
                claims=(
                    Claim(
                        statement=text,
                        kind=ClaimKind.event,
                        subject="x",
                        time=TimeRef(text="Saturday", date=day),
                        evidence=(Evidence(quote=text, start=0, end=len(text)),),
                    ),
                ),
            )
            for art, text in (("a", said), ("b", said))
        )

    report = _summary_report(agreed=(item,), contested=(point,))
    saturday = dt.date(2026, 5, 16)
    published = {"a": WEDNESDAY, "b": WEDNESDAY, "c": WEDNESDAY}
    entries = timeline(report, claims(saturday), published)
    assert [(e.item, e.statement) for e in entries] == [("a-1", said)]
    # the side dated another day than the item: both stay
    sets = claims(saturday)
    moved = sets[1].model_copy(
        update={
            "claims": (
                sets[1]
                .claims[0]
                .model_copy(
                    update={"time": TimeRef(text="Friday", date=saturday - dt.timedelta(days=1))}
                ),
            )
        }
    )
    entries = timeline(report, (sets[0], moved), published)
    assert sorted(e.item for e in entries) == ["a-1", "c-x"]
