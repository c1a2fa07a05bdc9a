"""A speaker named by its kind that states an event fact reports it (consensus.merge.reporters):
its name keeps no other source's statement of that fact apart (link rule 1), while two
named people's views, quoted remarks and stances stay apart. Made-up events only."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.reporters import named_by_kind, states_event
from consensus.models import Article, Claim, ClaimKind, Evidence, ExtractionResult, Polarity
from consensus.offline import extract_offline


def _report(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    articles = tuple(
        Article(id=k, outlet=f"Outlet {k}", published=dt.date(2019, 3, 8), text=t)
        for k, t in texts.items()
    )
    return build_report(
        ExtractionResult(articles=articles, claim_sets=tuple(extract_offline(a) for a in articles))
    )


def _claim(statement: str, kind: ClaimKind = ClaimKind.reported_statement) -> Claim:
    return Claim(
        statement=statement,
        kind=kind,
        subject="it",
        polarity=Polarity.asserts,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


def test_a_speaker_named_by_its_kind() -> None:
    assert named_by_kind("aid groups") and named_by_kind("local officials")
    assert named_by_kind("health ministry") and named_by_kind("police")
    assert not named_by_kind("relief without walls") and not named_by_kind("jane roe")
    assert not named_by_kind(None)


def test_what_states_an_event_fact() -> None:
    assert states_event(_claim("Clinics in Varn were running short of salts."))
    assert states_event(_claim("Twelve people were killed.", ClaimKind.quantity))
    # a stance, a quoted remark, an opinion: the speaker matters
    assert not states_event(_claim("Aid groups urged donors to send more salts."))
    assert not states_event(_claim("The ministry said it would respond."))
    assert not states_event(_claim('Jane Roe wrote: "By now you have all heard about it."'))
    assert not states_event(_claim("The plan is a disgrace.", ClaimKind.opinion))


def test_a_group_and_a_named_body_state_one_fact_as_one_agreed_item() -> None:
    # "aid groups" and a named charity told one fact: one agreed item that lists both
    # (rule 1 kept them apart as two speakers)
    report = _report(
        {
            "a": "Aid groups said clinics in Varn were running short of rehydration salts.\n"
            "The river flooded two villages on Monday.",
            "b": "Rehydration salts are running out at several clinics in Varn, according to "
            "Relief Without Walls.\nSchools in the valley were closed.",
        }
    )
    (item,) = [it for it in report.agreed if "salts" in it.statement]
    assert item.origins == 2
    assert set(item.speakers) == {"Aid groups", "Relief Without Walls"}


def test_two_named_people_stating_one_thing_stay_two_claims() -> None:
    report = _report(
        {
            "a": "Jane Roe said clinics in Varn were running short of rehydration salts.",
            "b": "Rehydration salts are running out at several clinics in Varn, Tom Bale said.",
        }
    )
    assert not report.agreed


def test_a_stance_of_a_group_and_of_a_named_body_stay_two_claims() -> None:
    report = _report(
        {
            "a": "Aid groups urged donors to send rehydration salts to clinics in Varn.",
            "b": "Donors should send more rehydration salts to the clinics in Varn, Relief "
            "Without Walls urged.",
        }
    )
    assert not report.agreed
