"""An adjective negated by its prefix rebuts the adjective as "not" does ("the stand was
unsafe" / "the stand was safe"; consensus.merge.prefix_negation; issue 8, session 25,
helper probe25). Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.prefix_negation import prefix_clash, prefixed_negations
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

DAY = dt.date(2026, 6, 15)


def _articles(*texts: str) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def _feat(text: str) -> _Feat:
    (art,) = _articles(text)
    claims = [(art.id, k, c) for k, c in enumerate(extract_offline(art).claims)]
    (feat,) = _build_features(claims, {art.id: art.text})
    return feat


@pytest.mark.parametrize(
    ("negating", "stating"),
    [
        ("Inspectors said the stand was unsafe.", "The club said the stand was safe."),
        ("The owners said the strike was illegal.", "The union said the strike was legal."),
        (
            "Residents said the defences were inadequate.",
            "The agency said the defences were adequate.",
        ),
        ("The ministry said the results were invalid.", "The board said the results were valid."),
    ],
)
def test_a_prefixed_predicate_clashes_with_the_plain_one(negating: str, stating: str) -> None:
    a, b = _feat(negating), _feat(stating)
    assert prefixed_negations(a) and not prefixed_negations(b)
    assert prefix_clash(a, b) and prefix_clash(b, a) == prefix_clash(a, b)


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # both negate: one thing said twice
        ("Inspectors said the stand was unsafe.", "Engineers said the stand was unsafe."),
        # a prefix that negates nothing ("intense" is no "not tense")
        ("Witnesses said the fighting was intense.", "Officials said the situation was tense."),
        # a participle is an act, not a state ("was uncovered" / "was covered")
        ("Police said the plot was uncovered.", "The lawyer said the plot was covered."),
        # not a predicate of "be": an attribute ("an illegal strike")
        ("The owners condemned the illegal strike.", "The union said the strike was legal."),
    ],
)
def test_no_clash(one: str, two: str) -> None:
    assert not prefix_clash(_feat(one), _feat(two))


def test_two_sides_safe_and_unsafe_are_a_contested_point() -> None:
    arts = _articles(
        "A crack appeared in the east stand of the Vellam stadium on Saturday. "
        "The club said the stand was safe.",
        "Fans saw a crack in the Vellam stadium's east stand on Saturday. "
        "Council inspectors said the stand was unsafe.",
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = report.contested
    quotes = sorted(" ".join(c.quote for c in p.citations) for p in point.positions)
    assert "the stand was safe" in quotes[1] and "the stand was unsafe" in quotes[0]
