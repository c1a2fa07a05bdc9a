"""A thing the batch counts place by place in other words ("killing 38 people in A and nine
in B", "nine people were reported dead in B", "61 people had died"): a placed count and an
unplaced one that differ are no rivals; equal, they may still agree (consensus/merge/compare.py,
`_counted_anywhere`)."""

from __future__ import annotations

from pathlib import Path

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

MADEUP = Path(__file__).resolve().parent / "data" / "madeup"


def _report(articles: list[Article]) -> Report:
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))


def _article(i: int, text: str) -> Article:
    return Article(id=f"0{i}_outlet", title=f"Quake report {i}", outlet=f"Outlet {i}", text=text)


def _sides(report: Report) -> list[list[str]]:
    return [[p.statement for p in c.positions] for c in report.contested]


def test_two_countries_tolls_are_not_sides_of_one_point() -> None:
    articles = load_articles(sorted(str(p) for p in (MADEUP / "blind_quake").glob("*.txt")))
    assert len(articles) == 6
    for sides in _sides(_report(articles)):
        kostrava = any("nine" in s and "Kostrava" in s for s in sides)
        vardenia = any("61" in s and "Kostrava" not in s for s in sides)
        assert not (kostrava and vardenia), sides


def test_a_placed_count_and_an_unplaced_one_that_differ_are_no_rivals() -> None:
    articles = [
        _article(1, "The earthquake on Sunday killed 38 people in Vardenia and nine in Kostrava, "
                    "officials said.\n\nRescuers searched the rubble of collapsed homes."),
        _article(2, "In Kostrava, nine people were reported dead after the earthquake on "
                    "Sunday.\n\nThe army sent tents and blankets to the border towns."),
        _article(3, "Officials in the capital said on Monday that 61 people had died in the "
                    "earthquake.\n\nThe government declared three days of mourning."),
    ]  # fmt: skip
    for sides in _sides(_report(articles)):
        assert not (any("nine" in s for s in sides) and any("61" in s for s in sides)), sides
