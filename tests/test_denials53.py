"""Session 53 (denials53): a denial that names its accuser answers that accuser only.

"Orla Vent denied a claim by the miller's niece that ..." bound by the in-article answer
rules to another side's claim just before it (neither the niece's nor telling of her) is
no answer (`named_accusers.named_answers`); a binding to the named accuser's claim, or
of a denial that names no accuser, is kept. Invented names and words throughout.
"""

from __future__ import annotations

import time

from consensus.merge.features import _build_features, _Feat
from consensus.merge.named_accusers import named_accuser, named_answers
from consensus.models import Claim, ClaimKind, Evidence, Polarity


def _feats(*told: tuple[str, str | None, Polarity]) -> list[_Feat]:
    """The merger's features of claims (statement, speaker, polarity), in order, one
    article, each quoting its statement at its own place."""
    claims = []
    at = 0
    for statement, speaker, polarity in told:
        claims.append(
            (
                "a0",
                0,
                Claim(
                    statement=statement,
                    kind=ClaimKind.reported_statement,
                    subject="the sluice",
                    speaker=speaker,
                    polarity=polarity,
                    evidence=(Evidence(quote=statement, start=at, end=at + len(statement)),),
                ),
            )
        )
        at += len(statement) + 1
    return _build_features(claims)


_DENIAL = (
    "Orla Vent denied a claim by the miller's niece that the sluice had been opened at night.",
    "orla vent",
    Polarity.denies,
)


def test_the_accuser_named_reads_what_the_denial_names() -> None:
    assert named_accuser(_DENIAL[0]) == {"miller", "niece"}
    assert named_accuser("Allegations from a former cook that stock was hidden were denied.") == {
        "cook"
    }
    assert named_accuser("Orla Vent denied the claim.") == frozenset()


def _kept(accusation: str, speaker: str, denial: tuple[str, str, Polarity]) -> dict[int, int]:
    """What `named_answers` keeps of the denial bound to the accusation told before it."""
    feats = _feats((accusation, speaker, Polarity.asserts), denial)
    return named_answers(feats, {1: 0})


def test_a_denial_bound_to_another_sides_claim_is_dropped() -> None:
    told = "Teodor Brisk said the weir keeper should have logged the level."
    assert _kept(told, "teodor brisk", _DENIAL) == {}


def test_a_denial_bound_to_its_named_accuser_is_kept() -> None:
    told = "The miller's niece said the sluice had been opened at night."
    assert _kept(told, "miller niece", _DENIAL) == {1: 0}


def test_a_denial_naming_no_accuser_is_kept() -> None:
    told = "Teodor Brisk said the sluice had been opened at night."
    denial = ("Orla Vent denied the claim.", "orla vent", Polarity.denies)
    assert _kept(told, "teodor brisk", denial) == {1: 0}


def test_the_accuser_pattern_is_linear() -> None:
    began = time.perf_counter()
    named_accuser("claims by " + "x" * 200_000)
    named_accuser("claims by " + "x " * 100_000)
    assert time.perf_counter() - began < 1.0
