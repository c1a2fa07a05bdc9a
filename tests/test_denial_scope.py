"""A denial opposes only the group that states what it denies (consensus.merge.denial_scope;
issue 8, session 16): a denial matched with a compound member of a group ("..., whose party
won 31 seats, accused officials of tampering with ballots") is no side against what the
group's other members state (the 31 seats)."""

from __future__ import annotations

from consensus.merge.denial_scope import denial_misses_group
from consensus.merge.features import _build_features, _Feat
from consensus.models import Article
from consensus.offline import extract_offline

DENIAL = (
    "Commission chair Ada Roth rejected claims by the Orchard Party that ballots had been "
    "tampered with in Lumen province."
)
COMPOUND = (
    "Orchard Party leader Ivo Brask, whose party finished third with 31 seats, accused "
    "officials in Lumen province of tampering with ballots."
)
SEATS = "The Orchard Party came third with 31 seats."
ACCUSED = "Ivo Brask said officials in Lumen province had tampered with ballots."


def _feats(*texts: str) -> list[_Feat]:
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    claims = [(a.id, k, c) for a in articles for k, c in enumerate(extract_offline(a).claims)]
    feats = {f.article: f for f in _build_features(claims)}
    return [feats[a.id] for a in articles]


def test_a_denial_misses_a_group_that_states_another_fact() -> None:
    denial, compound, seats, seats2 = _feats(DENIAL, COMPOUND, SEATS, SEATS)
    assert denial_misses_group(denial, compound, [compound, seats, seats2])


def test_a_denial_meets_a_group_that_states_what_it_denies() -> None:
    denial, compound, accused, accused2, seats = _feats(DENIAL, COMPOUND, ACCUSED, ACCUSED, SEATS)
    assert not denial_misses_group(denial, compound, [compound, accused, accused2, seats])
    # a small group is read as its matched member (no majority to outvote it)
    assert not denial_misses_group(denial, compound, [compound, seats])


def test_a_denial_that_points_back_or_matches_in_other_words_is_left_alone() -> None:
    back, compound, seats, seats2, other = _feats(
        "The commission rejected the accusation.",
        COMPOUND,
        SEATS,
        SEATS,
        "Commission chair Ada Roth denied that any votes had been altered in the north.",
    )
    assert not denial_misses_group(back, compound, [compound, seats, seats2])
    # its words are not the compound's: the match was in other words
    assert not denial_misses_group(other, compound, [compound, seats, seats2])
