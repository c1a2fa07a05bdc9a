"""A group is a party's words when at least half its members name a speaker
(`party_sides.told_by_party`): a party's words retold by a second outlet often lose their
attribution ("Neighbours described the dog as a terrier" / "Neighbours have called the
animal a terrier", the second with no speaker), and a member in the outlet's own voice does
not make the other's words the outlet's (issue 8, session 62, disputes62). Made-up names and
nouns only."""

from __future__ import annotations

from consensus.merge.features import _build_features, _Feat
from consensus.merge.party_sides import told_by_party
from consensus.models import Claim, ClaimKind, Evidence


def _feats(*said: tuple[str, str | None]) -> list[_Feat]:
    claims = []
    for n, (statement, speaker) in enumerate(said):
        claim = Claim(
            statement=statement,
            kind=ClaimKind.reported_statement,
            subject="dog",
            speaker=speaker,
            evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
        )
        claims.append((f"a{n}", 0, claim))
    return _build_features(claims)


def test_half_the_members_naming_a_speaker_make_a_party_group() -> None:
    group = _feats(
        ("Neighbours described the dog as a Brindle terrier.", "neighbours"),
        ("Neighbours have called the animal a Brindle terrier.", None),
    )
    assert told_by_party(group)


def test_fewer_than_half_do_not() -> None:
    group = _feats(
        ("Neighbours described the dog as a Brindle terrier.", "neighbours"),
        ("The dog was a Brindle terrier.", None),
        ("The animal is a Brindle terrier.", None),
    )
    assert not told_by_party(group)
    assert not told_by_party(_feats(("The dog was a Brindle terrier.", None)))
