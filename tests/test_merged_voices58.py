"""Merged voices (session 58, voices58): one item that joins a body's words with its
officer's shows both, and an honorific is no word of the body an appositive names."""

from __future__ import annotations

from dataclasses import replace

from consensus.merge.features import _build_features, _Feat
from consensus.merge.items import _speaker_names
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.models import Claim, ClaimKind, Evidence

_MINISTER = "Oskar Brandt"
_RIVAL = "Ilse Varnow"
# where the articles tell who he is (the index reads appositives in these texts)
_WHO = f"The country's energy minister, {_MINISTER}, said the quota was never broken."


def _feats(*members: tuple[str, str, str | None, str]) -> list[_Feat]:
    """(origin, statement, speaker, subject) -> features, each member its own article."""
    claims = [
        (
            f"a{i}",
            0,
            Claim(
                statement=statement,
                kind=ClaimKind.reported_statement if speaker else ClaimKind.event,
                subject=subject,
                speaker=speaker,
                evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
            ),
        )
        for i, (_origin, statement, speaker, subject) in enumerate(members)
    ]
    feats = _build_features(claims)
    origin_of = {f"a{i}": m[0] for i, m in enumerate(members)}
    return [replace(f, origin=origin_of[f.article]) for f in feats]


def _said_by(feats: list[_Feat], rep: _Feat) -> tuple[str, ...]:
    where: dict[str, list[str]] = {}
    for f in feats:
        if f.speaker:
            where.setdefault(f.speaker, []).extend([f.claim.statement, _WHO])
    with speakers_in_scope(Speakers(where)):
        return _speaker_names(feats, rep)


def test_a_statement_whose_subject_speaks_lists_it_beside_its_officer() -> None:
    # "The ministry called ..." (no extractor speaker: the subject speaks) joined with the
    # minister's words: the item showed only the minister, though it shows the ministry's
    feats = _feats(
        ("o1", "The ministry called the consultancy's figures guesswork.", None, "ministry"),
        ("o2", f"{_MINISTER} called the estimate guesswork.", _MINISTER, _MINISTER),
    )
    assert feats[0].speaker == "ministry"  # read from the statement's opening
    said = _said_by(feats, feats[0])
    assert len(said) == 2
    assert said[1] == _MINISTER and said[0].casefold().endswith("ministry")


def test_a_statement_naming_its_source_lists_that_sources_officer() -> None:
    # "Tarvel's energy ministry denied ..." (no speaker read) beside the ministry's and its
    # minister's words: he speaks for the ministry the statement names
    feats = _feats(
        ("o1", "Tarvel's energy ministry denied that it had ever broken its quota.", None, "quota"),
        ("o1", "The ministry said the quota had never been exceeded.", "ministry", "ministry"),
        ("o2", f"{_MINISTER} said the quota had never been exceeded.", _MINISTER, _MINISTER),
    )
    assert feats[0].speaker is None
    said = _said_by(feats, feats[0])
    assert _MINISTER in said and any(s.casefold().endswith("ministry") for s in said)


def test_another_partys_words_stay_out() -> None:
    # a rival's words joined to the statement are no voice of the body it names
    feats = _feats(
        ("o1", "Tarvel's energy ministry denied that it had ever broken its quota.", None, "quota"),
        ("o1", "The ministry said the quota had never been exceeded.", "ministry", "ministry"),
        ("o2", f"{_RIVAL} said the quota had been exceeded for years.", _RIVAL, _RIVAL),
    )
    said = _said_by(feats, feats[0])
    assert _RIVAL not in said and said


def test_an_honorific_is_no_word_of_the_body() -> None:
    # "Dr" was read as a word of the body her description names, so "the agency's chief
    # executive" spoke for no agency
    hers = "The spills were never reported, said Dr Ada Marsh, the agency's chief executive."
    body = "The Coastal Water Agency said it had counted 212 spills."
    index = Speakers({"ada marsh": [hers], "coastal water agency": [body]})
    assert index.compatible("ada marsh", "coastal water agency")
    # her description names a union's officer: no voice of the agency
    union = "The spills were never reported, said Dr Ada Marsh, the union's chief executive."
    index = Speakers({"ada marsh": [union], "coastal water agency": [body]})
    assert not index.compatible("ada marsh", "coastal water agency")
