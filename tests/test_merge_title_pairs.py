"""Two statements that share only a role ("chief executive") and no name are two facts
(`title_pairs`, link rule 7)."""

from __future__ import annotations

from consensus.merge.claim_words import content_stems
from consensus.merge.features import _build_features
from consensus.merge.rule7_roles import _TITLE_STEMS, _Roles
from consensus.merge.title_pairs import only_a_role_shared
from consensus.models import Claim, ClaimKind, Evidence


def test_only_a_role_shared() -> None:
    assert only_a_role_shared(
        {"chief", "executive", "apologis"}, {"chief", "executive", "met"}, _TITLE_STEMS
    )
    assert not only_a_role_shared(
        {"chief", "executive", "apologis"}, {"chief", "apologis"}, _TITLE_STEMS
    )
    assert not only_a_role_shared({"apologis"}, {"met"}, _TITLE_STEMS)


def _claim(statement: str, subject: str) -> Claim:
    return Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject=subject,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


def test_a_role_alone_makes_two_facts() -> None:
    a = "Chief executive Ana Brel apologised to customers on Monday afternoon."
    b = (
        "The figure came as the operator's chairman and chief executive met Transport"
        " Minister Jon Lade in Velm."
    )
    c = "Chief executive Ana Brel met Transport Minister Jon Lade in Velm."
    feats = _build_features(
        [
            ("n1", 0, _claim(a, "Ana Brel")),
            ("n2", 0, _claim(b, "the figure")),
            ("n3", 0, _claim(c, "Ana Brel")),
        ]
    )
    roles = _Roles(feats, [content_stems(f.claim.statement) for f in feats])
    assert roles.two_facts(0, 1)
    assert not roles.two_facts(1, 2)  # (they share the act and the minister)
