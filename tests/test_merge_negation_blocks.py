"""One named speaker's plain negation and another's statement of what it negates are
compared however little else they share (consensus.merge.negation_blocks; blocking for
link rule 6 across two voices; issue 8, session 34). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.negation_blocks import negation_codes
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

DAY = dt.date(2025, 3, 4)
BOARD = (
    "The board of the Velmar football club voted on Tuesday to remove its chairman, Rune "
    "Falk. The vote was 7 to 2. Fans gathered outside the stadium during the vote. "
    "Mr Falk said: \u201cThis vote is not binding.\u201d",
    "Rune Falk was removed as chairman of Velmar by the club's board on Tuesday, by 7 votes "
    'to 2. Board member Ida Sorum said "The club rules are plain: the vote is binding, and '
    'the chairman has to clear his desk by Friday without a payoff." Mr Falk has led the '
    "club since 2019.",
    "Velmar's board voted 7 to 2 on Tuesday to oust chairman Rune Falk. Mr Falk said: "
    "\u201cI am not going anywhere.\u201d Supporters cheered the vote outside the ground.",
)
LICENCE = (
    "A ferry ran aground off Tessel Point on Monday with 80 passengers on board. Nobody was "
    "hurt. The harbour master, Lene Dahl, said: \u201cThe licence is not valid.\u201d Tugs "
    "pulled the ferry free on Tuesday morning.",
    "Eighty passengers were taken off a ferry that ran aground off Tessel Point on Monday. "
    "Piet Kroon, who owns the ferry, said the paperwork was in order, the licence was valid "
    "until May and inspectors had checked it last week. The ferry was towed back to port "
    "on Tuesday.",
)


def _articles(texts: tuple[str, ...]) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def _feats(texts: tuple[str, ...]) -> list[_Feat]:
    arts = _articles(texts)
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


def _pairs(feats: list[_Feat], cap: int = 64) -> set[tuple[str, str]]:
    n = len(feats)
    return {
        (feats[c // n].claim.statement, feats[c % n].claim.statement)
        for c in negation_codes(feats, cap).tolist()
    }


def _one(feats: list[_Feat], part: str) -> str:
    (said,) = [f.claim.statement for f in feats if part in f.claim.statement]
    return said


def test_a_negation_is_paired_with_another_speakers_statement_of_its_word() -> None:
    feats = _feats(BOARD)
    neg, said = _one(feats, "is not binding"), _one(feats, "the vote is binding")
    pairs = _pairs(feats)
    assert (neg, said) in pairs or (said, neg) in pairs
    # never two negations, nor a negation and a claim without the negated word
    going = _one(feats, "not going anywhere")
    assert not any(going in p for p in pairs)
    assert all(neg in p for p in pairs)


def test_no_pair_in_one_article_nor_of_one_speaker() -> None:
    one_article = (BOARD[0] + " Ida Sorum said the vote is binding under the club rules.",)
    assert not _pairs(_feats(one_article))
    same_speaker = (BOARD[0], "Mr Falk said the vote is binding only on the board itself.")
    assert not _pairs(_feats(same_speaker))


def test_a_concept_many_claims_state_blocks_nothing() -> None:
    feats = _feats(BOARD)
    holders = sum(
        1 for f in feats if f.speaker and "bind" in f.concepts and "not" not in f.claim.statement
    )
    assert holders >= 1
    assert _pairs(feats, cap=holders)
    assert not _pairs(feats, cap=holders - 1)


def test_two_speakers_accounts_make_one_contested_point() -> None:
    for texts, word in ((BOARD, "bind"), (LICENCE, "valid")):
        arts = _articles(texts)
        sets = tuple(extract_offline(a) for a in arts)
        report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
        (point,) = [c for c in report.contested if f"negated: {word}" in c.rule]
        assert len({p.statement for p in point.positions}) == 2
