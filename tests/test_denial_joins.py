"""A denial that points back and says "also" ("Menck also dismissed the accusation")
joins the denial told before it: it answers what that denial answers, not the words of the
first denier's spokesman told between them (session 30, nogold30; blind_ratecut: the
minister's dismissal was set against the bank spokesman's "The committee took its decision
independently", two voices of one side, as a point of its own). And a request told just
before a denial ("the party has asked a court to order a recount") is no accusation it
answers: the accusation before the request is (blind_recallvote: "called the accusation
baseless" was set against the party's request for a recount)."""

from __future__ import annotations

from test_madeup_clusters import _run

from consensus.merge.answers import _ALSO, _REQUEST
from consensus.models import Polarity, Report


def _sides(report: Report) -> list[tuple[str, str]]:
    """(asserting side's quotes, denying side's quotes) of each point."""
    out = []
    for point in report.contested:
        quotes = {
            pol: " ".join(
                c.quote for p in point.positions if p.polarity == pol for c in p.citations
            )
            for pol in (Polarity.asserts, Polarity.denies)
        }
        out.append((quotes[Polarity.asserts], quotes[Polarity.denies]))
    return out


def test_what_joins_a_denial() -> None:
    assert _ALSO.search("Menck also dismissed the accusation.")
    assert _ALSO.search("The union also rejected that account.")
    assert not _ALSO.search("Menck dismissed the accusation.")
    assert not _ALSO.search("The bank also cut its forecast, and denied the report.")


def test_an_also_denial_answers_what_the_denial_before_it_answers() -> None:
    sides = _sides(_run("blind_ratecut")[1])
    # the bank spokesman's words are the bank's side: never what the minister's denial answers
    assert not any("as it always does" in a and "also dismissed" in d for a, d in sides), sides
    # the minister's denial stands with the bank's against the accuser's words
    assert any("Brodal" in a and "also dismissed" in d and "such claims" in d for a, d in sides)


def test_a_request_is_no_accusation() -> None:
    assert _REQUEST.search("The party has asked a court to order a recount there.")
    assert _REQUEST.search("She said the group had asked the prosecutor to seize the logs.")
    assert _REQUEST.search("The union urged members to stay at home.")
    assert not _REQUEST.search("The union asked why the plant had been closed.")
    assert not _REQUEST.search("He said he had been asked about the fire.")


def test_a_denial_answers_the_accusation_before_a_request() -> None:
    sides = _sides(_run("blind_recallvote")[1])
    assert not any("order a recount" in a and "accusation baseless" in d for a, d in sides)
    assert any("sat unsealed" in a and "accusation baseless" in d for a, d in sides), sides
