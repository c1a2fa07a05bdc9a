"""A denial point keeps what several outlets report agreed (pipeline step 6, verdicts):
the allegation that two or more origins attribute to its speaker ("the newspaper reported
48,000 euros") and the denial they report ("the minister denied any wrongdoing") are agreed
items too, each naming the point that shows the two sides. A denied statement the outlets
make in their own voice stays in the point only."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.merge.verdicts import reported_by_two
from consensus.models import ExtractionResult, Polarity, Report
from consensus.offline import extract_offline

MADEUP = Path(__file__).resolve().parent / "data" / "madeup"


def _report(event: str) -> Report:
    articles = load_articles(sorted(str(p) for p in (MADEUP / event).glob("*.txt")))
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))


def _feats(*said: tuple[str, str | None], polarity: Polarity = Polarity.asserts) -> Any:
    return [
        SimpleNamespace(origin=origin, speaker=speaker, claim=SimpleNamespace(polarity=polarity))
        for origin, speaker in said
    ]


def test_a_group_two_origins_attribute_is_reported_by_two() -> None:
    assert reported_by_two(_feats(("o1", "Morning Ledger"), ("o2", "Morning Ledger")))
    assert reported_by_two(_feats(("o1", "Sol"), ("o2", "Henrik Sol"), ("o3", None)))


def test_a_group_stated_in_the_outlets_own_voice_is_not() -> None:
    # one origin attributes it, the other states it itself: no two reports of a speaker
    assert not reported_by_two(_feats(("o1", "Trump"), ("o2", None)))
    # two articles of one origin are one report
    assert not reported_by_two(_feats(("o1", "Sol"), ("o1", "Sol")))


def test_a_denial_is_someones_report_named_or_not() -> None:
    # "the Kervian defence ministry said the reports were fabricated": no speaker read
    assert reported_by_two(_feats(("o1", "Kervian army"), ("o2", None), polarity=Polarity.denies))


def test_the_reported_allegation_and_the_reported_denial_are_agreed_beside_the_point() -> None:
    report = _report("resignation")
    (point,) = [c for c in report.contested if "polarity" in c.rule]
    denial = next(p for p in point.positions if p.polarity == Polarity.denies)
    by_rule = {it.statement: it.rule for it in report.agreed if f"the point {point.id}" in it.rule}
    denied = [s for s, r in by_rule.items() if r.endswith("shows what it denies")]
    alleged = [s for s, r in by_rule.items() if r.endswith("shows its denial")]
    assert denied == ["Henrik Sol denied any wrongdoing."], by_rule
    assert alleged and all("Morning Ledger" in s for s in alleged), by_rule
    # the point still shows both sides, each from two origins
    assert denial.origins >= 2
    assert any(p.polarity == Polarity.asserts and p.origins >= 2 for p in point.positions)
    for rule in by_rule.values():
        assert rule.startswith("agreed: ") and "independent origins report it" in rule
