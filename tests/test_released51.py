"""Two voices' rebuttals that session 44's released clusters showed missed (issue 8,
session 51): what "no" negates when an adverb closes its noun phrase ("no flooding
anywhere"), a place adjunct after the negated noun read as no object of it, and two named
voices of two articles, one claim told hedged and its flat denial, a rebuttal though the
denying outlet retells the claim; a supplied-copy credit and a subscriber offer as page
furniture. Invented text."""

from __future__ import annotations

import datetime as dt

from test_offline_kinds import role_fact  # tests/ is on sys.path (rootdir conftest)

from consensus.furniture import furniture_spans
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge, negation
from consensus.merge.verdicts import _self_rebuttal
from consensus.merge.voice_rebuttals import _object_of
from consensus.models import Article
from consensus.offline import extract_offline

DAY = dt.date(2025, 3, 9)


def _feats(*texts: str) -> list[_Feat]:
    arts = [
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    ]
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return list(_build_features(claims, {a.id: a.text for a in arts}))


def _one(feats: list[_Feat], words: str) -> _Feat:
    (f,) = [f for f in feats if words in f.claim.statement and not role_fact(f.claim)]
    return f


def test_an_adverb_after_the_noun_of_no_is_not_what_is_negated() -> None:
    feats = _feats("There was no river flooding anywhere in the Brell district on Friday.")
    neg = negation(_one(feats, "no river flooding"))
    assert "flood" in neg.free
    assert not any(c.startswith("anywher") for c in neg.concepts)


def test_the_noun_phrase_of_no_still_ends_at_its_last_noun() -> None:
    feats = _feats("There was no river flooding in the Brell district on Friday.")
    assert "flood" in negation(_one(feats, "no river flooding")).free


def test_a_place_adjunct_is_no_object_of_the_negated_word() -> None:
    said = "There was no flooding anywhere in the Brell district"
    assert _object_of(said, "flood", adjunct=True) == ""
    direct = "They will never allow companies to dump waste"
    assert _object_of(direct, "allow", adjunct=True) == "companies"


def test_the_other_side_is_read_as_it_stands() -> None:
    kept = "Tarn kept tenants in the dark about the repairs"
    assert _object_of(kept, "tenant") == "dark"


_DENIAL = (
    "Tomas Lind, the county hydrologist, said: \u201cThere was no dam release at Orl "
    "Reservoir before the flood.\u201d A rumour that a dam release caused the flood spread online."
)


def _self_rebutted(stated_text: str) -> bool:
    feats = _feats(_DENIAL, stated_text)
    neg = _one(feats, "There was no dam release")
    rumour = _one(feats, "A rumour")
    (stated,) = [f for f in feats if f.article == "t1" and not role_fact(f.claim)]
    assert neg.speaker and stated.speaker and neg.article != stated.article
    edge = _Edge(0.3, feats.index(neg), feats.index(stated), "negation: not releas")
    return _self_rebuttal([[neg], [stated, rumour]], feats, edge, 0, 1)


def test_a_hedged_claim_and_another_voice_flat_denial_are_a_rebuttal() -> None:
    text = "Boat owner Ada Crane claimed that a dam release at Orl Reservoir was seen."
    assert not _self_rebutted(text)


def test_an_unhedged_statement_retold_by_the_denying_outlet_is_still_no_rebuttal() -> None:
    assert _self_rebutted("Boat owner Ada Crane said a dam release at Orl Reservoir was seen.")


def test_a_hedged_claim_that_something_failed_is_still_no_rebuttal() -> None:
    text = "Boat owner Ada Crane claimed that the county failed to report a dam release."
    assert _self_rebutted(text)


_STORY = "Floodwater reached the Brell district on Friday, the county said.\n\n"


def _furniture(line: str) -> list[tuple[int, int]]:
    return furniture_spans(_STORY + line + "\n", [], [])


def test_a_supplied_copy_credit_and_a_subscriber_offer_are_furniture() -> None:
    assert _furniture("Wire copy supplied by Example Wire Service.")
    assert _furniture("Free for subscribers: our guide to claiming on flood insurance.")


def test_news_about_members_or_supplied_material_is_not_furniture() -> None:
    assert not _furniture("For members of the council, the vote was a hard one.")
    assert not _furniture("Material supplied by the county was tested at a lab.")
