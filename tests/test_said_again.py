"""One named speaker's denial and own assertion of one thing, linked at `REPORTED_AT`, are
one voice's words: a JOIN edge across polarity (link rule 2, `link._said_again`), unless the
denial answers another side; two speakers' denial and assertion stay apart. Made-up text."""

from __future__ import annotations

import dataclasses

from consensus.merge.features import _build_features
from consensus.merge.link import ONE_VOICE, link_edges, link_model
from consensus.merge.tunables import REPORTED_AT
from consensus.models import Claim, ClaimKind, Evidence, Polarity
from consensus.vectors import Vectors

DENIAL = (
    "Brackwell Foundry denied ignoring the warnings, saying all the repairs the inspectors "
    "demanded had been completed by March 31."
)
SAID = (
    "Brackwell Foundry said all the repairs the inspectors demanded had been completed by March 31."
)
# fewer words in common: a link under `REPORTED_AT`
LOOSER = "Brackwell Foundry said the repairs were completed by March."


def _feats(*claims: tuple[str, str, Polarity]) -> list:  # type: ignore[type-arg]
    entries = [
        (
            f"a{k}",
            0,
            Claim(
                statement=text,
                kind=ClaimKind.denial if polarity == Polarity.denies else ClaimKind.event,
                subject=" ".join(text.split()[:2]),
                speaker=speaker,
                polarity=polarity,
                evidence=(Evidence(quote=text, start=0, end=len(text)),),
            ),
        )
        for k, (text, speaker, polarity) in enumerate(claims)
    ]
    return _build_features(entries)


def _joins(feats: list, linked: bool = True) -> list[tuple[int, int, str | None]]:  # type: ignore[type-arg]
    # a bar under the pair's link (no vectors here): only the rules decide
    model = dataclasses.replace(link_model(), threshold=0.05)
    edges, _, _, prob = link_edges(feats, Vectors.empty(), model)
    assert (prob[(0, 1)] >= REPORTED_AT) == linked, prob
    return [(e.i, e.j, e.conflict) for e in edges if e.conflict in (None, ONE_VOICE)]


def test_one_speakers_denial_and_assertion_of_one_thing_join() -> None:
    feats = _feats(
        (DENIAL, "Brackwell Foundry", Polarity.denies),
        (SAID, "Brackwell Foundry", Polarity.asserts),
    )
    assert _joins(feats) == [(0, 1, ONE_VOICE)]


def test_two_speakers_denial_and_assertion_stay_apart() -> None:
    # the same words given to another party: a denial and someone else's assertion
    feats = _feats(
        (DENIAL, "Brackwell Foundry", Polarity.denies),
        (SAID.replace("Brackwell Foundry", "Tessa Morrow"), "Tessa Morrow", Polarity.asserts),
    )
    assert _joins(feats) == []


def test_no_speaker_named_is_not_one_voice_by_this_rule() -> None:
    # an outlet's own statement is no speaker's: the rule reads two named voices only
    feats = _feats(
        (DENIAL, "Brackwell Foundry", Polarity.denies),
        (SAID.replace("Brackwell Foundry said", "By its records,"), None, Polarity.asserts),
    )
    assert _joins(feats) == []


def test_one_speakers_denial_and_a_looser_assertion_stay_apart() -> None:
    # under `REPORTED_AT` a speaker's denial and assertion share words, not one thing
    feats = _feats(
        (DENIAL, "Brackwell Foundry", Polarity.denies),
        (LOOSER, "Brackwell Foundry", Polarity.asserts),
    )
    assert _joins(feats, linked=False) == []
