"""A bare denial ("The harbour board rejected that.") is shown with what its party says
instead (consensus.merge.denial_reasons, consensus.merge.reason_points; session 36,
nogold36). Before, the blind clusters showed a point whose denial side read "X rejected
that." alone, no gold side: its reasons were a side of another point (the same dispute
read twice), or the second half of their sentence was left out."""

from __future__ import annotations

from report_checks import offline_report

from consensus.models import Report


def _sides(report: Report) -> list[list[str]]:
    """Each point's sides, as the quotes each one cites joined."""
    return [
        [" | ".join(c.quote for c in p.citations) for p in c.positions] for c in report.contested
    ]


def test_a_bare_denial_joins_the_point_its_reasons_are_on() -> None:
    report = offline_report(
        "Fishermen's leader Jonas Palk said the harbour board had waited four days to close "
        "the polluted bay after boats reported dead fish. The harbour board rejected that. "
        '"There was no delay," a board spokesman said.\n\n'
        "Palk's group also said the water in the bay had turned brown on Friday.",
        "The fishermen's union accuses the harbour board of a four-day delay in closing the "
        'bay. The board says "there was no delay".\n\nSchools near the harbour stayed open.',
        "Jonas Palk, who leads the fishermen's union, said boats had reported dead fish four "
        "days before the bay was closed. The board insisted there had been no delay.",
        title="Harbour pollution",
    )
    points = _sides(report)
    about = [p for p in points if any("rejected that" in s for s in p)]
    assert len(about) == 1, points  # (one dispute, one point)
    (point,) = about
    denial = [s for s in point if "rejected that" in s]
    assert len(denial) == 1 and "no delay" in denial[0], point  # (its reasons' side)
    accusation = [s for s in point if "waited four days" in s]
    assert accusation and "four-day delay" in accusation[0], point
    assert not any("no delay" in s for p in points if p is not point for s in p), points


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


def test_reasons_on_a_point_of_another_matter_keep_it_apart() -> None:
    # the spokesman's reasons speak of the bay's water; the figure point of the fish counts
    # keys its sides by values, so no bare denial is folded into it
    report = offline_report(
        "Jonas Palk said the harbour board had ignored warnings about the bay. The board "
        "rejected that. A board spokesman said 4,000 fish had died in the bay.",
        "About 9,000 fish died in the bay, the fishermen's union said.",
        title="Harbour pollution",
    )
    for point in _sides(report):
        if any("4,000" in s for s in point) and any("9,000" in s for s in point):
            assert not any("rejected that" in s for s in point), point
