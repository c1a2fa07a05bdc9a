"""A dispute whose two sides one article tells, each by its own speaker, is a contested
point with one side per speaker (consensus.merge.article_pairs; issue 8, session 48).
Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

DAY = dt.date(2025, 9, 8)

LEFT = "Rosalind Vetch, the former chief executive of Tarnby Foods, left the company on Monday. "
UNION = (
    "The Grocery Workers' Union said Vetch would receive a severance payment of about "
    "4.2 million euros. "
)
COMPANY = "Tarnby Foods said Vetch would receive a severance payment of 1.8 million euros. "
OTHER = "Shares in Tarnby Foods rose 2 percent on Tuesday after it named a new chief executive."


def _report(*texts: str) -> Report:
    """The offline report of one invented article per text (ids t0, t1, ...)."""
    arts = [Article(id=f"t{k}", text=t, outlet=f"O{k}", published=DAY) for k, t in enumerate(texts)]
    sets = [extract_offline(a) for a in arts]
    return build_report(ExtractionResult(articles=tuple(arts), claim_sets=tuple(sets)))


def test_two_speakers_of_one_article_disagreeing_are_a_point() -> None:
    # (before session 48 no candidate pair held two claims of one article: no point)
    report = _report(LEFT + UNION + COMPANY + "The company plans to close two depots.", OTHER)
    (point,) = report.contested
    assert point.rule.startswith("contested: conflicting quantities")
    sides = {p.speakers: p.statement for p in point.positions}
    assert sides[("Grocery Workers Union",)].startswith("The Grocery Workers' Union said")
    assert sides[("Tarnby Foods",)].startswith("Tarnby Foods said Vetch would receive")
    assert {c.article for p in point.positions for c in p.citations} == {"t0"}


def test_a_second_outlet_repeating_a_side_joins_that_side() -> None:
    report = _report(
        LEFT + UNION + COMPANY, "Tarnby Foods named a new chief executive on Tuesday. " + COMPANY
    )
    (point,) = report.contested
    (company,) = [p for p in point.positions if p.speakers == ("Tarnby Foods",)]
    assert {c.article for c in company.citations} == {"t0", "t1"}


def test_one_speaker_updating_its_figure_is_no_point() -> None:
    # one speaker's earlier and later figure: an update, no dispute between speakers
    report = _report(
        LEFT
        + COMPANY
        + "Tarnby Foods later said Vetch would receive a severance payment of 2.1 million euros. ",
        OTHER,
    )
    assert not report.contested


def test_a_quoted_figure_against_another_speaker_is_no_point() -> None:
    # a figure in a speaker's own quoted words is a remark more often than a side's count
    quoted = 'Ana Roe said: "She walks away with 4.2 million euros while we lose our jobs." '
    report = _report(LEFT + quoted + COMPANY, OTHER)
    assert not report.contested
