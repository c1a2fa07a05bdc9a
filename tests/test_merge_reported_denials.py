"""A denial point keeps what several outlets report agreed (pipeline step 6, verdicts):
the allegation that two or more origins attribute to its speaker ("the newspaper reported
48,000 euros") and the denial they report ("the minister denied any wrongdoing") are agreed
items too, each naming the point that shows the two sides (`merge.party_sides`; its own
unit tests are in test_party_sides.py)."""

from __future__ import annotations

from pathlib import Path

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.models import ExtractionResult, Polarity, Report
from consensus.offline import extract_offline

MADEUP = Path(__file__).resolve().parent / "data" / "madeup"


def _report(event: str) -> Report:
    articles = load_articles(sorted(str(p) for p in (MADEUP / event).glob("*.txt")))
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))


def test_the_reported_allegation_and_the_reported_denial_are_agreed_beside_the_point() -> None:
    report = _report("resignation")
    # (the government spokesman's denial that Lindqvist had known is another point since
    # session 15: answers15, a denial in other words)
    (point,) = [
        c
        for c in report.contested
        if "polarity" in c.rule
        and not any("Lindqvist" in q.quote for p in c.positions for q in p.citations)
    ]
    denial = next(p for p in point.positions if p.polarity == Polarity.denies)
    by_rule = {
        it.statement: it.rule
        for it in report.agreed
        if point.id in it.points and "side of the point" in it.rule
    }
    assert all(f"side of the point {point.id}" in r for r in by_rule.values()), by_rule
    denied = [s for s in by_rule if "denied" in s]
    alleged = [s for s in by_rule if "denied" not in s]
    assert denied == ["Henrik Sol denied any wrongdoing."], by_rule
    assert alleged and all("Morning Ledger" in s for s in alleged), by_rule
    # the point still shows both sides, each from two origins
    assert denial.origins >= 2
    assert any(p.polarity == Polarity.asserts and p.origins >= 2 for p in point.positions)
    for rule in by_rule.values():
        assert rule.startswith("agreed: ") and "independent origins report it" in rule
