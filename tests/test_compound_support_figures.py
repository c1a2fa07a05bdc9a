"""A clause of a longer claim corroborates a single-origin claim only when it states every
figure with a unit the claim states (consensus.merge.disputes._compound_support; issue 8,
session 16): "posted about 30 gigabytes ..., a part of the 2.4 terabytes it says it took"
is not corroborated by another outlet's "saying it had stolen 2.4 terabytes"."""

from __future__ import annotations

from consensus.merge.disputes import _compound_support
from consensus.merge.features import _build_features, _Feat
from consensus.models import Article
from consensus.offline import extract_offline

STOLEN = (
    "A group calling itself Red Owl claimed the attack on Corvin Bank on Sunday, saying it "
    "had stolen 2.4 terabytes of data, including the records of 300,000 customers."
)
POSTED = (
    "The group posted about 30 gigabytes of Corvin Bank data, a part of the 2.4 terabytes of "
    "data it had stolen, including customer records."
)
TOOK = "The group had stolen 2.4 terabytes of Corvin Bank data, including customer records."


def _support(target: str) -> dict[int, dict[int, str]]:
    texts = {"wire": STOLEN, "paper": STOLEN, "weekly": target}
    articles = [Article(id=k, text=t) for k, t in texts.items()]
    claims = [(a.id, k, c) for a in articles for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(claims)
    for f in feats:
        f.origin = f.article  # (three outlets, three origins)
    stolen = [f for f in feats if f.article != "weekly"]
    other = [f for f in feats if f.article == "weekly"]
    groups: list[list[_Feat]] = [stolen, other]
    group_of = {f.pos: (0 if f.article != "weekly" else 1) for f in feats}
    return _compound_support(feats, groups, group_of, [], set())


def test_a_clause_that_states_every_figure_backs_the_claim() -> None:
    assert 1 in _support(TOOK)


def test_a_clause_that_leaves_a_figure_out_backs_nothing() -> None:
    assert 1 not in _support(POSTED)
