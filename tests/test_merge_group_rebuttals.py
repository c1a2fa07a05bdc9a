"""Two parties' accounts, each told by several outlets and set side by side, one negating,
make one contested point, not two agreed items with no opposing claim
(consensus.merge.group_rebuttals; issue 8, session 20)."""

from __future__ import annotations

from test_offline_phrases import _report

from consensus.merge.group_rebuttals import group_rebuttals

LEAD = "A gas explosion destroyed two houses in Brennock on Tuesday, killing one man."
RESIDENT = 'Ilse Varnow said "We rang the gas company\'s hotline on Monday about the smell."'
RESIDENT_2 = "Ilse Varnow said she had phoned the gas company's hotline on Monday about the smell."
COMPANY = "Norgas said it had checked its call logs and found no record of any call on Monday."
COMPANY_2 = "Norgas said it had no record of a call about a smell on Monday."
FILLER = "The street was closed to traffic for the rest of the day."


def test_two_parties_accounts_side_by_side_are_one_point() -> None:
    report = _report(
        " ".join((LEAD, RESIDENT, COMPANY)),
        " ".join((LEAD, FILLER, RESIDENT_2, COMPANY_2)),
    )
    points = [
        c
        for c in report.contested
        if any("hotline" in p.statement for p in c.positions)
        and any("no record" in p.statement for p in c.positions)
    ]
    assert len(points) == 1
    # both accounts stay agreed: the outlets agree on what each party says
    agreed = [i.statement for i in report.agreed]
    assert any("hotline" in s for s in agreed)
    assert any("no record" in s for s in agreed)


def test_accounts_told_far_apart_are_no_point() -> None:
    far = " ".join(f"Crew {k} worked on the site until dark." for k in range(6))
    report = _report(
        " ".join((LEAD, RESIDENT, far, COMPANY)),
        " ".join((LEAD, RESIDENT_2, far, COMPANY_2)),
    )
    assert not [c for c in report.contested if any("no record" in p.statement for p in c.positions)]


def test_one_party_negating_itself_is_no_point() -> None:
    same = COMPANY_2.replace("Norgas said it had", "Ilse Varnow said she had")
    report = _report(" ".join((LEAD, RESIDENT, same)), " ".join((LEAD, RESIDENT_2, same)))
    assert not [c for c in report.contested if any("no record" in p.statement for p in c.positions)]


def test_no_links_without_groups() -> None:
    assert group_rebuttals([], []) == []
