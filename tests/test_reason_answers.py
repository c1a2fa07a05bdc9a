"""What a denial that points back answers, read from the reasons it gives next
(consensus.merge.reason_answers; session 33, nogold33: blind_boilwater's "the claim was
untrue" was set against the accuser's last aside, the pumps that stopped, while the
company's reasons spoke of the generator the accuser said was broken). Made-up text
only."""

from __future__ import annotations

from test_negated_complement import _two_outlets

from consensus.models import Report

ACCUSED = (
    "Union organiser Petra Holm said the standby pump at the Ferris Road works had been "
    "broken since March and that managers had been told about it repeatedly. "
    "The plant's filters clogged within hours of the storm, Holm said. "
    "Norvik Water rejected that account."
)
REASONS = (
    ' "The standby pump at Ferris Road was repaired in May and ran as it should on '
    'Tuesday night," a company spokeswoman said.'
)
OTHER = "Norvik Water supplies about 90,000 homes in the valley."


def _denied_quotes(report: Report, denial: str = "rejected that account") -> list[str]:
    """The quotes of the other sides of each point a side of which cites `denial`."""
    out = []
    for point in report.contested:
        cites = [[c.quote for c in p.citations] for p in point.positions]
        if any(denial in q for qs in cites for q in qs):
            out += [q for qs in cites if not any(denial in q for q in qs) for q in qs]
    return out


def test_the_reasons_of_a_denial_say_which_claim_of_the_accuser_it_answers() -> None:
    quotes = " ".join(_denied_quotes(_two_outlets(ACCUSED + REASONS, OTHER)))
    assert "standby pump at the Ferris Road works had been broken since March" in quotes, quotes
    assert "filters clogged" not in quotes, quotes


def test_without_reasons_the_nearest_claim_of_the_accuser_is_answered() -> None:
    quotes = " ".join(_denied_quotes(_two_outlets(ACCUSED, OTHER)))
    assert "filters clogged" in quotes, quotes


def test_reasons_that_share_nothing_with_the_passage_leave_the_answer() -> None:
    unrelated = ' "We will publish our records next week," a company spokeswoman said.'
    quotes = " ".join(_denied_quotes(_two_outlets(ACCUSED + unrelated, OTHER)))
    assert "filters clogged" in quotes, quotes
