"""Blocking for answers (`answer_blocks`): a denial or a negated claim is a candidate
against a claim of another article sharing one rare key and one more; the pairs met only so
make a conflict edge, never a join."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from consensus.merge.answer_blocks import answer_codes, answer_only_codes, drop_answer_pairs
from consensus.merge.score import _Edge
from consensus.merge.tunables import ANSWER_DF
from consensus.models import Polarity


def _feat(article: str, statement: str, keys: tuple[str, ...], denies: bool = False) -> Any:
    polarity = Polarity.denies if denies else Polarity.asserts
    return SimpleNamespace(
        article=article,
        keys=keys,
        claim=SimpleNamespace(statement=statement, polarity=polarity),
    )


ACCUSED = "Residents say cracks under the bridge were reported to the agency in the spring."
REJECTS = "The agency rejected claims by residents that it had been warned about cracks."


def _pairs(feats: list[Any]) -> list[tuple[int, int]]:
    n = len(feats)
    return [(int(c) // n, int(c) % n) for c in answer_codes(feats)]


def test_an_answer_meets_a_claim_of_another_article_by_a_rare_key_and_one_more() -> None:
    feats = [
        _feat("a1", ACCUSED, ("e:agency", "w:crack", "w:resident", "w:spring")),
        _feat("a2", REJECTS, ("e:agency", "w:crack", "w:resident", "w:warn")),
    ]
    assert _pairs(feats) == [(0, 1)]


def test_one_shared_key_a_time_word_one_article_or_no_answer_meet_nothing() -> None:
    one_key = [
        _feat("a1", ACCUSED, ("w:crack", "w:spring")),
        _feat("a2", REJECTS, ("w:crack", "w:warn")),
    ]
    time_word = [
        _feat("a1", ACCUSED, ("w:crack", "w:year")),
        _feat("a2", REJECTS, ("w:crack", "w:year")),
    ]
    one_article = [
        _feat("a1", ACCUSED, ("w:crack", "w:resident")),
        _feat("a1", REJECTS, ("w:crack", "w:resident")),
    ]
    no_answer = [
        _feat("a1", ACCUSED, ("w:crack", "w:resident")),
        _feat("a2", "Residents reported cracks to the agency.", ("w:crack", "w:resident")),
    ]
    for feats in (one_key, time_word, one_article, no_answer):
        assert _pairs(feats) == []


def test_keys_held_by_many_claims_and_denials_pointing_back_meet_nothing() -> None:
    common = ("w:crack", "w:resident")
    crowd = [_feat(f"b{k}", ACCUSED, common) for k in range(ANSWER_DF)]
    assert _pairs([*crowd, _feat("a2", REJECTS, common)]) == []  # (each key: ANSWER_DF + 1)
    back = _feat("a2", "The agency denied it.", common, denies=True)
    assert _pairs([_feat("a1", ACCUSED, common), back]) == []
    denial = _feat("a2", "The agency denied being warned about cracks.", common, denies=True)
    assert _pairs([_feat("a1", ACCUSED, common), denial]) == [(0, 1)]


def test_pairs_met_only_as_answers_make_no_join_and_no_second_conflict() -> None:
    feats = [
        _feat("a1", ACCUSED, ("w:crack", "w:resident")),
        _feat("a2", REJECTS, ("w:crack", "w:resident")),
        _feat("a3", "The agency said it was warned.", ("w:agency",)),
    ]
    codes, only = answer_only_codes(feats, np.array([0 * 3 + 2], dtype=np.int64))
    assert codes.tolist() == [1, 2] and only == frozenset({(0, 1)})
    pairs = [(0, 1), (0, 2)]
    prob = {(0, 1): 0.6, (0, 2): 0.7}
    lone = [_Edge(0.3, 0, 1, "polarity: asserts vs denies")]
    join, edges = drop_answer_pairs(np.array([0, 1]), lone, pairs, prob, only)
    assert join.tolist() == [1] and prob == {(0, 2): 0.7} and edges == lone
    held = [*lone, _Edge(0.5, 0, 2, "negation: not warned")]
    _, edges = drop_answer_pairs(np.array([1]), held, pairs, {(0, 1): 0.6}, only)
    assert edges == held[1:]  # (claim 0 already holds a conflict edge of its own)
