"""A longer claim of another origin that contains a single-source claim backs it
(bench/contained_support.py, session 60: measured, not wired into the merge): the short
claim's words all met in the long one, its names, figures and negation too; not within one
origin, and not when a third origin of the long claim's group states the short fact
already."""

from __future__ import annotations

import sys
from pathlib import Path

from consensus.merge.claim_words import align_words
from consensus.merge.features import _build_features, _Feat
from consensus.models import Claim, ClaimKind, Evidence
from consensus.vectors import Vectors, embed_texts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from contained_support import contained_support

SHORT = "The ferry Ostra Belle sank on Monday night."
LONG = (
    "The ferry Ostra Belle, which had left Harrow Bay a week earlier with six crew, sank on "
    "Monday night after its engine failed in a storm."
)


def _claim(text: str) -> Claim:
    return Claim(
        statement=text,
        kind=ClaimKind.event,
        subject="the ferry",
        evidence=(Evidence(quote=text, start=0, end=len(text)),),
    )


def _feats(*said: tuple[str, str]) -> list[_Feat]:
    """One claim per (origin, statement), each of an article of its own."""
    feats = _build_features([(f"{o}_{k}", 0, _claim(t)) for k, (o, t) in enumerate(said)])
    for f, (o, _) in zip(feats, said, strict=True):
        f.origin = o
    return feats


def _vectors(feats: list[_Feat]) -> Vectors:
    return embed_texts({w for f in feats for w in align_words(f.claim.statement)})


def _backed(short: str, long: str = LONG, same_origin: bool = False) -> dict[int, dict[int, str]]:
    feats = _feats(("a", short), ("a" if same_origin else "b", long))
    groups = [[feats[0]], [feats[1]]]
    return contained_support(feats, groups, {0: 0, 1: 1}, (), _vectors(feats), {})


def test_a_long_claim_that_holds_the_short_fact_backs_it() -> None:
    backed = _backed(SHORT)
    assert list(backed) == [0]
    assert list(backed[0]) == [1]
    assert "contains it" in backed[0][1]


def test_a_name_figure_or_negation_the_long_claim_lacks_backs_nothing() -> None:
    assert _backed("The ferry Ostra Belle sank off Tarnby on Monday night.") == {}
    assert _backed("The ferry Ostra Belle sank on Monday night with nine crew.") == {}
    assert _backed("The ferry Ostra Belle did not sink on Monday night.") == {}


def test_one_origin_and_no_vectors_back_nothing() -> None:
    assert _backed(SHORT, same_origin=True) == {}
    feats = _feats(("a", SHORT), ("b", LONG))
    assert contained_support(feats, [[feats[0]], [feats[1]]], {0: 0, 1: 1}, (), None, {}) == {}


def test_a_short_fact_the_long_claims_group_states_already_is_not_backed_twice() -> None:
    feats = _feats(
        ("a", SHORT), ("b", LONG), ("c", "Ostra Belle sank on Monday night, six crew aboard.")
    )
    groups = [[feats[0]], [feats[1], feats[2]]]
    got = contained_support(feats, groups, {0: 0, 1: 1, 2: 1}, (), _vectors(feats), {})
    assert got == {}
    # ... while a third origin's claim of another fact leaves the backing
    feats = _feats(("a", SHORT), ("b", LONG), ("c", "Harrow Bay harbour reopened on Tuesday."))
    groups = [[feats[0]], [feats[1], feats[2]]]
    got = contained_support(feats, groups, {0: 0, 1: 1, 2: 1}, (), _vectors(feats), {})
    assert list(got) == [0]


def test_a_contested_or_supported_group_is_left_as_it_is() -> None:
    feats = _feats(("a", SHORT), ("b", LONG))
    vec = _vectors(feats)
    assert contained_support(feats, [[feats[0]], [feats[1]]], {0: 0, 1: 1}, {0}, vec, {}) == {}
    kept = {0: {5: "support: clause"}}
    got = contained_support(feats, [[feats[0]], [feats[1]]], {0: 0, 1: 1}, (), vec, kept)
    assert got == kept
