"""consensus/merge/side_members.py: a group's members on the side they tell, not all on the
side of the group's key; a denial's citation of the sentence it answers left to the side
that states it. Invented texts."""

from __future__ import annotations

from collections.abc import Sequence

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.side_members import ACCOUNT as ITS_ACCOUNT
from consensus.merge.side_members import deniers_of, same_party, side_parts
from consensus.models import Article, ExtractionResult, Polarity, Report
from consensus.offline import extract_offline

ACCUSED = "Greyhound Research accused Brightpay of inflating its count of customers."
ACCOUNT = "Brightpay said every one of its customers had made a payment in the past 90 days."
TEXTS = {
    "a": f"{ACCUSED} Brightpay rejected the accusation.",
    "b": f"{ACCOUNT} {ACCUSED}",
    "c": "Brightpay denied the accusation. Shares rose on Monday.",
    "d": "Halden Foods said a truck packed with explosives hit the depot.",
    "e": "Halden Foods said a car packed with explosives hit the depot.",
    "f": "The company said every customer had made a payment.",
}


def _feats() -> dict[str, _Feat]:
    """Each invented sentence's claim, by its statement."""
    arts = [Article(id=k, text=t) for k, t in TEXTS.items()]
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return {f.claim.statement: f for f in _build_features(claims)}


def _key(part: Sequence[_Feat]) -> tuple[str, ...]:
    return (part[0].claim.polarity.value, f"{len(part)} members")


def test_a_party_is_known_by_its_own_name_only() -> None:
    assert same_party("brightpay", "brightpay")
    assert same_party("lumora", "lumora systems")
    assert same_party("russia", "russian defense ministry")  # a name and its adjective
    # two countries' foreign ministries share only the kind of body
    assert not same_party("morvesk foreign ministry", "taravia foreign ministry")
    assert not same_party("police", "ruth anselm")
    assert not same_party("russia", "prussia court")  # a word inside another is no name


def test_the_deniers_own_account_is_a_side_of_its_own() -> None:
    feats = _feats()
    accused, account = feats[ACCUSED], feats[ACCOUNT]
    denial = feats["Brightpay denied the accusation."]
    deniers = deniers_of([[denial], [accused, account]])
    assert deniers == ["brightpay"]
    parts = side_parts([accused, account], ("asserts",), _key, deniers)
    assert parts == [(("asserts",), [accused]), (("asserts", "1 members", ITS_ACCOUNT), [account])]
    # with no denier of that name, the group stays whole on its key
    assert side_parts([accused, account], ("asserts",), _key, ["halden foods"]) == [
        (("asserts",), [accused, account])
    ]
    # a voice named only as speaking for a party ("the company said") is the denier's
    voice = feats["The company said every customer had made a payment."]
    assert voice.speaker == "company"
    parts = side_parts([accused, voice], ("asserts",), _key, deniers)
    assert [ms for _, ms in parts] == [[accused], [voice]]
    # a group all of whose members are the denier's stays on its key (no side is emptied)
    assert side_parts([account], ("asserts",), _key, deniers) == [(("asserts",), [account])]


def test_an_account_member_telling_another_head_is_on_that_heads_side() -> None:
    feats = _feats()
    truck = feats["Halden Foods said a truck packed with explosives hit the depot."]
    car = feats["Halden Foods said a car packed with explosives hit the depot."]
    parts = side_parts([truck, car], ("asserts", "car,truck"), _key, told="instrument")
    assert [ms for _, ms in parts] == [[car], [truck]]
    # one head: the group's key, whole
    assert side_parts([truck], ("asserts", "truck"), _key, told="instrument") == [
        (("asserts", "truck"), [truck])
    ]


def _report() -> Report:
    arts = tuple(Article(id=k, title="IPO", outlet=k, text=TEXTS[k]) for k in "abc")
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_a_denials_side_does_not_cite_the_accusation_it_answers() -> None:
    # "Brightpay rejected the accusation." is read with the sentence before it, which the
    # accusation's side cites: the denial's side cites only the denials
    (point,) = _report().contested
    denial = next(p for p in point.positions if p.polarity == Polarity.denies)
    assert sorted(c.quote for c in denial.citations) == [
        "Brightpay denied the accusation.",
        "Brightpay rejected the accusation.",
    ]
    accusation = next(p for p in point.positions if p.polarity == Polarity.asserts)
    assert {c.quote for c in accusation.citations} == {ACCUSED}
    assert denial.sources == ("a", "c")  # (each article keeps a citation)
