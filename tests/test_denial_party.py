"""A named party's denial opposes only claims that name that party (issue 8, session 11):
"Norland denied any of its ships were involved in illegal oil sales" rejects the reports of
Norland ships selling oil, not "U.S. sanctions cited suspected ship-to-ship transfers of
oil", which accuses no one the denier speaks for."""

from __future__ import annotations

from report_checks import offline_report

from consensus.models import Report


def _report(*texts: str) -> Report:
    return offline_report(*texts, title="Oil sales")


SHARED = "Vastia tested a missile in July."
DENIAL = (
    "Norland today denied any of its merchant ships were involved in sanction-breaking oil sales."
)
UNNAMED = (
    "The U.S. sanctions cited suspected ship-to-ship transfers of oil in international waters."
)
NAMED = (
    "Satellite photos showed Norland merchant ships involved in illegal oil sales, a paper "
    "reported."
)


def _sides(report: Report) -> list[list[str]]:
    return [
        sorted(c.quote for p in point.positions for c in p.citations) for point in report.contested
    ]


def test_a_partys_denial_is_no_side_against_a_claim_that_names_no_one_it_speaks_for() -> None:
    sides = _sides(_report(f"{DENIAL} {SHARED}", f"{UNNAMED} {SHARED}"))
    assert not any(UNNAMED in " ".join(s) for s in sides), sides


def test_a_partys_denial_opposes_the_claim_that_names_it() -> None:
    sides = _sides(_report(f"{DENIAL} {SHARED}", f"{NAMED} {SHARED}"))
    assert any("Satellite photos showed" in " ".join(s) for s in sides), sides
