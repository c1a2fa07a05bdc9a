"""A clause that tells who says something, not what, backs no item
(consensus/merge/clause_attribution.py, read by consensus/merge/clause_backing.py).
Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge import claim

import consensus.merge.clause_backing as backing_module
from consensus.merge.clause_attribution import says_only_who, teller_outside
from consensus.merge.clause_backing import clause_backing
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim

HOST = "The umpire put the complaint in his written match report, the tennis board has confirmed."
CLAUSE = "the tennis board has confirmed"
OTHER = "The tennis board confirmed on Monday that it had opened an inquiry into the match."


def _part(host: str, clause: str) -> _Feat:
    feats = _build_features([("a0", 0, claim(host, clause + ".", clause))])
    return feats[0]


@pytest.mark.parametrize(
    ("host", "clause", "only_who"),
    [
        (HOST, CLAUSE, True),
        ("Relief crews reached the valley, officials said.", "officials said", True),
        # a clause that gives a figure states it
        (
            "The toll rose to 40 deaths the ministry reported on Friday.",
            "40 deaths the ministry reported",
            False,
        ),
        # a verb of saying that is also a noun ("point") ends no attribution
        (
            "The Harbour Bay, built in 2001, is the sister ship of the Harbour Point.",
            "is the sister ship of the Harbour Point",
            False,
        ),
        (OTHER, "it had opened an inquiry into the match", False),
    ],
)
def test_a_clause_ending_on_its_verb_of_saying_says_only_who(
    host: str, clause: str, only_who: bool
) -> None:
    assert says_only_who(_part(host, clause)) is only_who


class _NoFigures:
    def figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        return False, ""


def backing_of_a_part(
    monkeypatch: pytest.MonkeyPatch, host: str, clause: str, other: str
) -> tuple[dict[int, list[tuple[_Feat, str]]], list[_Feat]]:
    """`clause_backing` when `clause`, a part of `host` (article a0), is linked (0.9) to
    `other` (article a1), each host and other its own group; with the features built."""
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, claim(host, host, host)),
        ("a0", 1, claim(host, clause + ".", clause)),
        ("a1", 0, claim(other, other, other)),
    ]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    monkeypatch.setattr(
        backing_module,
        "link_edges",
        lambda feats, vectors: ([_Edge(0.9, 1, 2, "")], [], _NoFigures(), {}),
    )
    parts = {("a0", 1): ("a0", 0)}
    pos_of = {("a0", 0): 0, ("a1", 0): 1}
    groups = [[feats[0]], [feats[2]]]
    backed = clause_backing(feats, parts, pos_of, None, {0: 0, 1: 1}, groups, frozenset())
    return backed, feats


def test_an_attribution_clause_backs_no_group(monkeypatch: pytest.MonkeyPatch) -> None:
    backed, feats = backing_of_a_part(monkeypatch, HOST, CLAUSE, OTHER)
    assert backed == {}  # (the same edge from a clause stating the inquiry would back it)
    assert backing_module._says_the_clause(feats[1], feats[2])


def test_a_clause_opening_on_its_verb_of_saying_has_its_teller_outside() -> None:
    text = "The driver's father said people were screaming for help in the rear carriage."
    clause = "said people were screaming for help in the rear carriage"
    voiced = "Anna Berg said people were screaming for help in the rear carriage."
    feats = _build_features(
        [
            ("a0", 0, claim(text, text, text)),
            ("a0", 1, claim(text, clause + ".", clause)),
            ("a1", 0, claim(voiced, voiced, voiced, speaker="Anna Berg")),
            ("a2", 0, claim(voiced, voiced, voiced)),
        ]
    )
    host, mine, with_speaker, without = feats
    assert teller_outside(mine)
    assert not teller_outside(host)
    assert not backing_module._told_outside(mine, host)  # (the verb is inside the clause)
    assert not backing_module._speakers_fit(mine, host, [with_speaker])
    assert backing_module._speakers_fit(mine, host, [without])
