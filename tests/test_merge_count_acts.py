"""Two counts of two acts of one event ("wounded scores of people" / "killed at least six
civilians") are two facts, however many words the claims share (link rule 3,
`claim_reads.counts_of_two_acts`)."""

from __future__ import annotations

from dataclasses import replace

from consensus.merge.claim_reads import counts_of_two_acts
from consensus.merge.clusters import align
from consensus.merge.features import _build_features
from consensus.merge.figures import figures
from consensus.merge.link import link_model, weights_in_scope
from consensus.models import Claim, ClaimKind, Evidence


def _claim(statement: str) -> Claim:
    return Claim(
        statement=statement,
        kind=ClaimKind.event,
        subject="bomber",
        entities=("Norland",),
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


def _two_acts(a: str, b: str) -> bool:
    fa, fb = _build_features([("a", 0, _claim(a)), ("b", 0, _claim(b))])
    return counts_of_two_acts(figures(fa.claim.statement), figures(fb.claim.statement), fa, fb)


WOUNDED = (
    "A suicide bomber rammed a truck into the Kestrian consulate in Norland late on "
    "Thursday, wounding scores of other people."
)
KILLED = (
    "A suicide bomber rammed a truck into the Kestrian consulate in Norland late on "
    "Thursday, killing at least six civilians."
)


def test_the_wounded_and_the_dead_are_two_counts() -> None:
    assert _two_acts(WOUNDED, KILLED)
    # (at a low threshold: without vectors the words alone would link them at 0.16)
    with weights_in_scope(replace(link_model(), threshold=0.1)):
        groups = align([("a", 0, _claim(WOUNDED)), ("b", 0, _claim(KILLED))])
    assert all(len(g.members) == 1 for g in groups)


def test_one_act_counted_twice_is_no_two_acts() -> None:
    # the same act ("killed" / "killing"), a count of one act that names the other's act,
    # and a count that is no act's object ("rose to 85") are left to the other rules
    assert not _two_acts(KILLED, "The bomber killed six civilians in Norland.")
    assert not _two_acts(WOUNDED, "A bomber in Norland killed six civilians and wounded others.")
    assert not _two_acts("The toll in Norland rose to 85.", KILLED)
    with weights_in_scope(replace(link_model(), threshold=0.1)):
        groups = align(
            [
                ("a", 0, _claim(KILLED)),
                (
                    "b",
                    0,
                    _claim("A suicide bomber in Norland killed six civilians near the consulate."),
                ),
            ]
        )
    assert any(len(g.members) == 2 for g in groups)
