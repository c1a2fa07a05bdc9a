"""A denial's citation of the sentence it answers, on a contested point (pipeline step 5).

A bare denial ("Druel rejected the accusation.") is read by the offline extractor with
the sentence it answers, and the claim cites both: "Druel rejected the accusation (The
government blamed the plot on Druel)". On a contested point the denial's side then cites
the accusation's words too, and when the accusation's side cites that sentence as well an
editor reads one sentence on both sides, the denial's side holding both accounts (bench/
quality.py counts such a side as citing two gold sides of one dispute). The sentence stays
with the side that asserts it; the denial's side keeps its statement ("... rejected the
accusation (...)": what it answers, in words) and its other citations.

PURE: reads the members' polarity and citations.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _Feat
from consensus.merge.items import _medoid, _speaker_names
from consensus.models import Polarity, Position

__all__ = ["answered_apart", "denial_heads"]


def answered_apart(
    sides: Sequence[Sequence[_Feat]], positions: Sequence[Position]
) -> list[Position]:
    """A point's positions (one per side, `sides` their members) without each denial's
    citations of a sentence that an assertion on another side also cites. A side keeps at
    least one citation in each article it cites (else it is left as it is)."""
    out = []
    for k, (members, p) in enumerate(zip(sides, positions, strict=True)):
        asserted = {
            (c.article, c.start, c.end)
            for j, ms in enumerate(sides)
            if j != k
            for f in ms
            if f.claim.polarity == Polarity.asserts
            for c in f.citations
        }
        answered = {
            (c.article, c.start, c.end)
            for f in members
            if f.claim.polarity == Polarity.denies
            for c in f.citations
        } & asserted
        if answered:
            kept = tuple(c for c in p.citations if (c.article, c.start, c.end) not in answered)
            if kept and {c.article for c in kept} == {c.article for c in p.citations}:
                p = p.model_copy(update={"citations": kept})
        out.append(p)
    return out


def denial_heads(sides: Sequence[Sequence[_Feat]], positions: Sequence[Position]) -> list[Position]:
    """The positions of a point of opposite polarity (one per side, `sides` their members)
    with a side that holds a denial among assertions headed by its denial, when another side
    holds no denial: one party's "Norvale denied the charge" and its own "it had cut its
    discharges by 30 percent" are a side that DENIES the accusation on the other side, not
    a second assertion (its medoid was the assertion, and the point was headed by it)."""
    if all(any(f.claim.polarity == Polarity.denies for f in ms) for ms in sides):
        return list(positions)
    out = []
    for members, p in zip(sides, positions, strict=True):
        denials = [f for f in members if f.claim.polarity == Polarity.denies]
        if p.polarity == Polarity.asserts and denials and len(denials) < len(members):
            rep = _medoid(denials)
            p = p.model_copy(
                update={
                    "statement": rep.claim.statement,
                    "polarity": Polarity.denies,
                    "speakers": _speaker_names(members, rep),
                }
            )
        out.append(p)
    return out
