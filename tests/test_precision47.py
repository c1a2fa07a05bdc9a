"""Session 47 (precision47): two statements that each give figures, none in common, two of
them of one kind (one unit and order of size, or bare counts of one noun, slot, or of ten
and more) are two facts: no join edge, never one group (`figures_apart`, read by
`link.link_edges`). A figure told two ways (equal, converted, rounded, a bound the other
keeps), a price against a total, or small counts of two things leave the pair alone.
Invented text."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.merge.figures import figures
from consensus.merge.figures_apart import figures_apart
from consensus.models import Article, ExtractionResult


def _joined(*texts: str) -> bool:
    """Whether some agreed item cites two of the articles."""
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    from consensus.offline import extract_offline

    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    return any(len({c.article for c in it.citations}) > 1 for it in report.agreed)


def test_two_speeds_worded_alike_are_two_facts() -> None:
    assert not _joined(
        "Winds over the Vessmoor ridge were forecast above 28 km/h on Sunday morning.",
        "Winds over the Vessmoor ridge were measured at 20 km/h on Sunday morning.",
    )


@pytest.mark.parametrize(
    "texts",
    [
        (  # one figure in two wordings
            "Shares of Tarvick Brome fell 6.8 percent in Quell trading on the news.",
            "Tarvick Brome shares lost 6.8 percent in Quell trading on the news.",
        ),
        (  # a number word and the same count
            "Eleven days of the Fennow notice were spent without clean water.",
            "The Fennow notice lasted eleven days without clean water.",
        ),
        (  # small counts of two things: incidental to one fact
            "Police searched five farms around Quarrow on Saturday after the prisoners escaped.",
            "Police searched the countryside around Quarrow on Saturday after eight prisoners"
            " escaped.",
        ),
    ],
)
def test_one_fact_told_with_figures_still_joins(texts: tuple[str, str]) -> None:
    assert _joined(*texts)


def _apart(a: str, b: str) -> bool:
    return figures_apart(figures(a), figures(b), lambda x, y: False)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shares lost 31 percent on Tuesday.", "Shares rose 9 percent on Wednesday."),
        ("The Orvane office has 18,000 cases waiting.", "It has 11,200 applications waiting."),
    ],
)
def test_figures_of_one_kind_none_in_common_are_apart(a: str, b: str) -> None:
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("More than 10 children were among the dead.", "The toll rose to 85."),  # (a bound)
        ("Pellark offered $82 a share.", "Pellark made a $121 billion offer."),  # (a total)
        ("Police searched five farms.", "Eight prisoners escaped."),  # (small counts)
        ("About 84,000 homes lost power.", "Some 84,200 homes lost power."),  # (rounded)
        ("The crowd was put at thousands.", "Tens of thousands gathered."),  # (vague)
        ("The storm killed 12 people.", "The storm hit the coast."),  # (one side only)
    ],
)
def test_figures_told_two_ways_or_of_two_things_are_not_apart(a: str, b: str) -> None:
    assert not _apart(a, b)
