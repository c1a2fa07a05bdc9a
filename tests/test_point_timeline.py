"""A contested point without figures (a rebuttal, a denial) lists its sides by first
publication, as figure points list their figures; a rebuttal whose stating side was first
published after the negating one ("no group has claimed it", then "the group claimed it")
may be an update, while a denial answers what it denies and is never called one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

RESCUE = Path(__file__).resolve().parent / "data" / "madeup" / "rescue"


def _report(articles: tuple[Article, ...]) -> Report:
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _dated(first: str, second: str, days_apart: int) -> Report:
    day = dt.date(2018, 7, 14)
    return _report(
        (
            Article(id="n1", text=first + " The city is in mourning.", outlet="One", published=day),
            Article(
                id="n2",
                text=second + " Flags flew at half mast.",
                outlet="Two",
                published=day + dt.timedelta(days=days_apart),
            ),
        )
    )


def test_a_rebuttal_stated_later_may_be_an_update() -> None:
    report = _dated(
        "So far, no group has claimed responsibility for the bombing of the market.",
        "The militant group claimed responsibility for the bombing of the market.",
        days_apart=4,
    )
    (point,) = report.contested
    assert "negates" in point.rule
    assert "sides by first publication" in point.rule
    assert "(2018-07-14)" in point.rule and "(2018-07-18)" in point.rule
    later = "A" if point.positions[0].sources == ("n2",) else "B"
    assert f"Side {later} was first published after every other side: possibly an update" in (
        point.rule
    )


def test_sides_of_one_day_have_no_timeline() -> None:
    report = _dated(
        "So far, no group has claimed responsibility for the bombing of the market.",
        "The militant group claimed responsibility for the bombing of the market.",
        days_apart=0,
    )
    (point,) = report.contested
    assert "by first publication" not in point.rule


def test_a_denial_published_later_is_not_called_an_update() -> None:
    articles = load_articles(sorted(str(p) for p in RESCUE.glob("*.txt")))
    report = _report(tuple(articles))
    (point,) = [c for c in report.contested if any("denied" in p.statement for p in c.positions)]
    assert "sides by first publication" in point.rule
    assert "possibly an update" not in point.rule


def test_the_summary_marks_the_side_that_came_later() -> None:
    report = _dated(
        "So far, no group has claimed responsibility for the bombing of the market.",
        "The militant group claimed responsibility for the bombing of the market.",
        days_apart=4,
    )
    assert report.summary is not None
    (line,) = report.summary.contested
    assert "Two; later)" in line.text
    assert "One; later" not in line.text


def test_the_summary_marks_no_side_of_a_denial() -> None:
    articles = load_articles(sorted(str(p) for p in RESCUE.glob("*.txt")))
    report = _report(tuple(articles))
    assert report.summary is not None
    assert not any("later)" in line.text for line in report.summary.contested)


def test_a_side_that_gives_its_figure_as_an_earlier_one_is_marked() -> None:
    report = _dated(
        "Five people were killed in the shooting at the shopping centre, police said.",
        "Police had earlier said seven people were killed in the shooting at the shopping centre.",
        days_apart=0,
    )
    (point,) = report.contested
    later = "A" if point.positions[0].sources == ("n2",) else "B"
    assert f'Side {later} gives its figure as an earlier one ("had earlier said")' in point.rule
    assert report.summary is not None
    (line,) = report.summary.contested
    assert "Two; earlier)" in line.text


def test_no_side_is_earlier_without_its_own_words() -> None:
    report = _dated(
        "Five people were killed in the shooting at the shopping centre, police said.",
        "Seven people were killed in the shooting at the shopping centre, police said.",
        days_apart=0,
    )
    (point,) = report.contested
    assert "earlier one" not in point.rule


def test_sides_printed_over_the_same_days_have_no_timeline() -> None:
    day = dt.date(2018, 7, 14)
    texts = [
        ("s1", "So far, no group has claimed responsibility for the bombing of the market.", 0),
        ("s2", "No group has yet claimed responsibility for the bombing at the market.", 1),
        ("s3", "The militant group claimed responsibility for the bombing of the market.", 0),
        ("s4", "A militant group has claimed responsibility for the market bombing.", 1),
    ]
    fillers = {"s1": "Shops stayed shut.", "s2": "The square was quiet.", "s3": "Roads were "
               "closed.", "s4": "Schools reopened."}  # fmt: skip
    report = _report(
        tuple(
            Article(
                id=i,
                text=f"{t} {fillers[i]}",
                outlet=f"Outlet {i}",
                published=day + dt.timedelta(days=d),
            )
            for i, t, d in texts
        )
    )
    (point,) = report.contested
    assert "negates" in point.rule
    assert "by first publication" not in point.rule
