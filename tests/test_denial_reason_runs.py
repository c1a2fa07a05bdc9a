"""A bare denial ("Weller Homes rejected the claim.") is shown with the whole sentence of
reasons its party gives next (consensus.merge.denial_reasons.reasons_after; session 36,
nogold36). Before, blind_cranecollapse showed a point whose denial side cited "Brenford
rejects the claim." and the first half of its reasons only ("its operators can stop work at
any time"), not "no such request was received": no gold side."""

from __future__ import annotations

from report_checks import offline_report

from consensus.models import Report


def _sides(report: Report) -> list[list[str]]:
    """Each point's sides, as the quotes each one cites joined."""
    return [
        [" | ".join(c.quote for c in p.citations) for p in c.positions] for c in report.contested
    ]


def test_a_bare_denial_shows_the_rest_of_its_sentence_of_reasons() -> None:
    report = offline_report(
        "Tenants said the landlord had switched off the heating in the tower for nine days in "
        "January. Weller Homes rejected the claim. The company says its boilers ran all "
        "winter and that no complaint about the heating was logged.\n\nThe tower has 140 flats.",
        "Weller Homes said no complaint about the heating was logged at the tower this winter, "
        "a spokeswoman told reporters.\n\nTenants say the heating was off for nine days.",
        title="Tower heating",
    )
    denials = [s for p in _sides(report) for s in p if "rejected the claim" in s]
    assert denials and all("no complaint about the heating was logged" in s for s in denials), (
        _sides(report)
    )


def test_the_reasons_stop_where_their_sentence_ends() -> None:
    # the next sentence of the quote tells another fact (blind_museumfire's expired permit
    # is no reason of "No hot works took place on Tuesday"): its side does not cite it
    report = offline_report(
        "Neighbours said a welder had been working on the school roof when the fire started. "
        'Dalby Roofing denied that. "No welding took place on the school roof on Monday. Our '
        'welding permit ran out on Friday," its director, Ruth Dalby, said.',
        "Fire crews were called to the school at 2pm on Monday, the fire service said.",
        title="School fire",
    )
    denials = [s for p in _sides(report) for s in p if "denied that" in s]
    assert not any("permit ran out" in s for s in denials), _sides(report)
