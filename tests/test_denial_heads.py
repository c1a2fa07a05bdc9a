"""consensus/merge/answered_citations.py `denial_heads`: a side of an accusation point that
holds the accused party's denial beside its own account is headed by the denial. Invented
texts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from consensus.api import build_report
from consensus.merge.answered_citations import denial_heads
from consensus.models import Article, ExtractionResult, Polarity, Position, Report
from consensus.offline import extract_offline

ACCUSED = (
    "River Watch, a residents' group, accused the Norvale tannery on the town's northern bank "
    "of emptying its tanks into the river after dark, when nobody is checking."
)
ANSWER = (
    "Norvale denied the charge and said it had cut its discharges by 30 percent since June at "
    "the council's request."
)


def _report(texts: dict[str, str]) -> Report:
    arts = tuple(Article(id=k, title="River", outlet=k, text=t) for k, t in texts.items())
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_the_accused_partys_side_is_its_denial_not_its_own_account() -> None:
    report = _report(
        {
            "a": f"Fish were found dead along the river on Sunday. {ACCUSED} {ANSWER}",
            "b": f"The council closed the river path on Monday. {ACCUSED} {ANSWER}",
        }
    )
    (point,) = report.contested
    # the point is the accusation; the other side denies it (it held "said it had cut its
    # discharges" as its medoid, and the point was headed by that account)
    assert point.topic == ACCUSED
    denial = next(p for p in point.positions if p.polarity == Polarity.denies)
    assert denial.statement.startswith("Norvale denied the charge")
    assert [p.polarity for p in point.positions] == [Polarity.asserts, Polarity.denies]
    # the side still cites the account it gives with the denial
    assert any("cut its discharges" in c.quote for c in denial.citations)


def _member(polarity: Polarity) -> Any:
    """What `denial_heads` reads of a claim before it picks a head: its polarity."""
    return SimpleNamespace(claim=SimpleNamespace(polarity=polarity))


def test_sides_without_a_denial_among_assertions_are_left_as_they_are() -> None:
    accuse = Position(statement="River Watch accused Norvale.", sources=("a",))
    deny = Position(statement="Norvale denied it.", polarity=Polarity.denies, sources=("b",))
    said = Position(statement="Norvale said it cut discharges.", sources=("b",))
    yes, no = _member(Polarity.asserts), _member(Polarity.denies)
    # every side holds a denial: nothing tells which one answers the other
    assert denial_heads([[yes, no], [no]], [accuse, deny]) == [accuse, deny]
    # a side of denials only, and a side of assertions only, keep their heads
    assert denial_heads([[yes], [no, no]], [accuse, deny]) == [accuse, deny]
    assert denial_heads([[yes], [yes, yes]], [accuse, said]) == [accuse, said]
