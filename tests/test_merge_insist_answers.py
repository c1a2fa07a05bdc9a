"""A claim that insists on a statement pointing back against another side's claim just
before it in its article is a rebuttal (consensus.merge.insist_answers; link rule 6; issue
8, session 18). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

DAY = dt.date(2025, 9, 8)


def _articles(*texts: str) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


ALARM = (
    "Two sculptures were stolen from the Brenner Gallery in Ostval overnight on Saturday. "
    "Police chief Ana Roe has said the alarm never sounded. "
    "Gallery director Tomas Vale insists it went off at 2:40 a.m. "
    "The gallery will stay closed this week."
)


def test_an_insisted_statement_against_the_claim_before_it_is_a_point() -> None:
    arts = _articles(ALARM, "Thieves took two sculptures from the Brenner Gallery in Ostval.")
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = [c for c in report.contested if "negat" in c.rule]
    said = sorted(p.statement for p in point.positions)
    assert said[0].startswith("Ana Roe has said the alarm never sounded")
    assert said[1].startswith("Tomas Vale insists it went off")


def _negation_points(text: str) -> list[list[str]]:
    arts = _articles(text, "Thieves took two sculptures from the Brenner Gallery in Ostval.")
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    return [sorted(p.statement for p in c.positions) for c in report.contested]


def test_what_insisting_answers() -> None:
    assert len(_negation_points(ALARM)) == 1
    # both negated: no rebuttal
    assert not _negation_points(
        "Police chief Ana Roe said the alarm never sounded. "
        "Gallery director Tomas Vale insists it was not switched off."
    )
    # an insisted statement that names its own subject points at nothing before it
    assert not _negation_points(
        "Police chief Ana Roe said the alarm never sounded. "
        "Gallery director Tomas Vale insists the guards called the police at once."
    )
    # the insisting side's own claim before it is no other side's
    assert not _negation_points(
        "Gallery director Tomas Vale said the alarm never failed. "
        "Gallery director Tomas Vale insists it went off at 2:40 a.m."
    )
