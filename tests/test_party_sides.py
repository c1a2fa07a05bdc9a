"""A party's side of a dispute is also agreed when two origins or more tell it (issue 8,
session 15; `consensus.merge.party_sides`): outlets that report an accusation agree that it
was made, and outlets that report the accused's denial agree that it was denied, even though
the parties dispute each other. Outlets contradicting each other in their own voice agree on
no side."""

from __future__ import annotations

from report_checks import check_also_agreed_rules, offline_report, verdicts_per_span

from consensus.merge.party_sides import party_sides
from consensus.models import Report


def _report(*texts: str) -> Report:
    return offline_report(*texts, title="Oil sales")


ACCUSE = [
    "The Ledger reported that Norland merchant ships sold oil to Vastia 30 times since October.",
    "The Ledger said Norland merchant ships sold oil to Vastia some 30 times since October.",
]
DENY = [
    "Norland denied that its merchant ships sold oil to Vastia.",
    "Norland has denied that any of its merchant ships sold oil to Vastia.",
]


def _agreed_sides(report: Report) -> list[str]:
    return [it.statement for it in report.agreed if "side of the point" in it.rule]


def test_both_sides_told_by_two_origins_are_agreed_and_contested() -> None:
    report = _report(*(f"{a} {d}" for a, d in zip(ACCUSE, DENY, strict=True)))
    (point,) = report.contested
    assert "opposite polarity" in point.rule
    sides = _agreed_sides(report)
    assert len(sides) == 2, [it.rule for it in report.agreed]
    assert any("denied" in s for s in sides) and any("30 times" in s for s in sides), sides
    for it in report.agreed:
        if "side of the point" in it.rule:
            assert point.id in it.rule and it.origins == 2
            assert it.points == (point.id,)
        else:
            assert it.points == ()
    check_also_agreed_rules(report)
    assert max(verdicts_per_span(report).values()) == 1


def test_a_side_told_by_one_origin_is_not_agreed() -> None:
    report = _report(f"{ACCUSE[0]} {DENY[0]}", ACCUSE[1])
    assert report.contested
    sides = _agreed_sides(report)
    assert sides and all("denied" not in s for s in sides), sides


def test_outlets_contradicting_each_other_agree_on_no_side() -> None:
    # groups in the outlets' own voice with two polarities: the outlets disagree; no party
    class _F:
        def __init__(self, polarity: str, speaker: str | None, text: str = "It is false.") -> None:
            from consensus.models import Polarity

            self.speaker, self.medium = speaker, False
            self.claim = type("C", (), {"polarity": Polarity(polarity), "statement": text})()

    groups = [[_F("asserts", None), _F("asserts", None)], [_F("denies", None), _F("denies", None)]]
    assert party_sides(groups, [0, 1]) == set()  # type: ignore[arg-type]
    # a denial someone makes, though the extractor named no speaker: a party's side
    said = "The defence ministry said the reports were fabricated."
    unnamed = [[*groups[0]], [_F("denies", None, said), _F("denies", None, said)]]
    assert party_sides(unnamed, [0, 1]) == {0, 1}  # type: ignore[arg-type]
    # a party denying what the outlets state: both are sides the outlets agree were told
    groups[1] = [_F("denies", "Norland"), _F("denies", "Norland")]
    assert party_sides(groups, [0, 1]) == {0, 1}  # type: ignore[arg-type]
    # ... but not when the outlets' own statements also contradict each other
    groups.append([_F("denies", None), _F("denies", None)])
    assert party_sides(groups, [0, 1, 2]) == {1}  # type: ignore[arg-type]


def test_the_summary_shows_an_agreed_side_once_under_its_dispute() -> None:
    report = _report(
        *(f"{a} {d} Vastia tested a missile in July." for a, d in zip(ACCUSE, DENY, strict=True))
    )
    assert report.summary is not None
    (point,) = report.contested
    assert [line.item for line in report.summary.contested] == [point.id]
    sides = {it.id for it in report.agreed if "side of the point" in it.rule}
    assert len(sides) == 2
    key = {line.item for line in report.summary.key_points}
    assert key and not key & sides, report.summary.key_points


def test_the_reports_name_the_point_of_an_agreed_side_by_its_label() -> None:
    from consensus.render import render_html, render_markdown

    report = _report(*(f"{a} {d}" for a, d in zip(ACCUSE, DENY, strict=True)))
    (point,) = report.contested
    md, html = render_markdown(report), render_html(report)
    assert "### C1. " in md
    assert f"side of the point C1 ({point.id})" in md
    assert f"side of the point C1 ({point.id})" in html
