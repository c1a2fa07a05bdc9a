"""A weekday one claim dates an act by, resolved against its article's publication date,
against a day another claim writes: two days of one act are a dispute, one day written two
ways is agreed (link rule 4, `claim_reads._weekday_days`; issue 8, session 56). Invented
text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.claim_reads import _weekday_days
from consensus.merge.features import _build_features, _Feat
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

THURSDAY = dt.date(2025, 5, 29)  # the coming Monday is June 2


def _articles(*texts: str) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=THURSDAY)
        for k, text in enumerate(texts)
    )


def _report(*texts: str) -> Report:
    arts = _articles(*texts)
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _feats(*texts: str) -> list[_Feat]:
    claims = []
    for a in _articles(*texts):
        claims += [(a.id, k, c) for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(claims)
    for f in feats:
        f.published = THURSDAY
    return feats


def test_the_day_a_weekday_falls_on() -> None:
    feats = _feats(
        "The new bus fares will start on Monday, the operator said.",
        "The bus depot was closed last Thursday for repairs.",
        "The operator said on Tuesday that fares would rise.",
        "The new bus fares will start on June 2, the operator said.",
    )
    days = {feats[k].claim.statement[:20]: d for k, d in _weekday_days(feats).items()}
    # the coming Monday; "last Thursday" in a Thursday article is a week back
    # (`offline.week_words`); a telling's day dates no act; a written day is read as
    # written, not here
    assert days == {"The new bus fares wi": "06-02", "The bus depot was cl": "05-22"}


def test_a_weekday_and_another_written_day_of_one_start_are_disputed() -> None:
    report = _report(
        "The new bus fares will start on Monday, the operator said.",
        "The new bus fares will start on June 9, the operator said.",
    )
    rules = [c.rule for c in report.contested]
    assert any("Monday vs June 9" in r for r in rules), rules
    assert not report.agreed


def test_a_weekday_and_the_day_it_falls_on_are_agreed() -> None:
    report = _report(
        "The new bus fares will start on Monday, the operator said.",
        "The new bus fares will start on June 2, the operator said.",
    )
    assert not [c for c in report.contested if "date" in c.rule], report.contested


def test_last_weekday_and_another_written_day_are_disputed() -> None:
    report = _report(
        "The bus depot in Varrow was closed last Thursday for repairs, the operator said.",
        "The bus depot in Varrow was closed on May 15 for repairs, the operator said.",
    )
    rules = [c.rule for c in report.contested]
    assert any("May 15 vs Thursday" in r for r in rules), rules


def test_last_weekday_and_the_day_it_falls_on_are_not_disputed() -> None:
    report = _report(
        "The bus depot in Varrow was closed last Thursday for repairs, the operator said.",
        "The bus depot in Varrow was closed on May 22 for repairs, the operator said.",
    )
    assert not [c for c in report.contested if "date" in c.rule], report.contested
