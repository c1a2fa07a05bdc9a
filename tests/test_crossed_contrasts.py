"""Two contrasts crossed, "about A, not B" against "about B, not A", are a rebuttal
(consensus.merge.crossed_contrasts; link rule 6 where both claims negate; issue 8, session
70). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.crossed_contrasts import crossed, has_contrast
from consensus.merge.features import _build_features
from consensus.merge.score import negation
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

DAY = dt.date(2026, 3, 4)

CROSSED = (
    "The Brackley Road kennels were shut by the welfare board on Monday. "
    "Owner Tamsin Orlo said the faults the board had found were about bookkeeping, "
    "not about the health of the dogs. She has lodged an appeal.",
    "The welfare board shut the Brackley Road kennels on Monday. "
    'The board said the closure "was about the health of the dogs, not bookkeeping". '
    "Owners were asked to collect their animals by Friday.",
)


def _articles(texts: tuple[str, ...]) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def _feats(texts: tuple[str, ...]):  # type: ignore[no-untyped-def]
    arts = _articles(texts)
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


def _pair(texts: tuple[str, ...], first: str, second: str):  # type: ignore[no-untyped-def]
    feats = _feats(texts)
    (a,) = [f for f in feats if first in f.claim.statement]
    (b,) = [f for f in feats if second in f.claim.statement]
    return a, b


def test_a_contrast_is_a_not_after_a_clause_bound_or_a_not_before_but() -> None:
    texts = (
        "Tamsin Orlo said the faults were about bookkeeping, not about the dogs.",
        "The board said it was not a punishment but a protective step.",
        "The board said it was not a punishment.",
    )
    feats = _feats(texts)
    by_text = {f.claim.statement: has_contrast(f) for f in feats}
    assert [v for k, v in by_text.items() if "about bookkeeping, not" in k] == [True]
    assert [v for k, v in by_text.items() if "not a punishment but" in k] == [True]
    assert [v for k, v in by_text.items() if k.endswith("not a punishment.")] == [False]


def test_each_negating_what_the_other_states_is_crossed() -> None:
    a, b = _pair(CROSSED, "about bookkeeping", "health of the dogs, not")
    assert crossed(a, b, negation(a), negation(b)) == "health"
    assert crossed(b, a, negation(b), negation(a)) == "bookkeep"


def test_one_contrast_against_a_plain_negation_is_not_crossed() -> None:
    texts = (
        "Tamsin Orlo said the faults the board had found were about bookkeeping, "
        "not about the health of the dogs.",
        'A board spokesman said: "It was not about bookkeeping."',
    )
    a, b = _pair(texts, "Tamsin Orlo", "It was not")
    assert not has_contrast(b)
    assert crossed(a, b, negation(a), negation(b)) == ""


def test_two_contrasts_of_the_same_reading_are_not_crossed() -> None:
    texts = (
        "Tamsin Orlo said the faults were about bookkeeping, not about the health of the dogs.",
        "Her lawyer said the case was about bookkeeping, not about the health of the dogs.",
    )
    a, b = _pair(texts, "Tamsin Orlo", "Her lawyer")
    assert crossed(a, b, negation(a), negation(b)) == ""


def _report(texts: tuple[str, ...]) -> Report:
    """The offline report of `texts` as articles t0, t1, ... (`_articles`)."""
    arts = _articles(texts)
    return build_report(
        ExtractionResult(articles=arts, claim_sets=tuple(extract_offline(a) for a in arts))
    )


def test_two_voices_crossed_contrasts_make_a_contested_point() -> None:
    report = _report(CROSSED)
    points = [c for c in report.contested if any("bookkeeping" in p.statement for p in c.positions)]
    assert len(points) == 1
    said = sorted(p.statement for p in points[0].positions)
    assert any("not about the health" in s for s in said)
    assert any("not bookkeeping" in s for s in said)
