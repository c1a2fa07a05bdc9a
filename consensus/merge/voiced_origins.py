"""An outlet that quotes two voices on two sides reports a dispute; it does not rebut itself.

A negation every origin stating it also states the other side of ("an inquiry into murder
linked to a terrorist enterprise" and "he had no known terrorist links", both in one
article) is about two things, not a rebuttal (`verdicts._self_rebuttal`). But an article
that gives one named voice's denial and another named voice's statement of it ("Mira Olm
said: 'The intake is not in the bloom.'" / "The residents' group says the intake is inside
the bloom") tells a dispute as every report of one does: that origin states neither side
as its own. So an origin counts as telling both sides only when no claim of it on the
negating side and one on the other side are told by two speakers of which neither speaks
for the other (`answers._one_side`).

Session 54 (disputes54): the gate dropped seven of the nine conflict edges of missed
training disputes whose rebuttal was read but made no point.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.answers import _one_side
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _SPEECH

__all__ = ["told_both_sides"]


def told_both_sides(negating: Sequence[_Feat], other: Sequence[_Feat]) -> bool:
    """Whether every origin of the `negating` group states the `other` group's side too,
    and not as another voice's words than its negation's (an origin not yet read: its
    article), nor as named speakers' words against a voice a pronoun names (`_two_voices`,
    session 54's released54)."""
    two = _two_voices(negating, other)
    other = [f for f in other if f.origin not in two]
    for origin in {_origin(f) for f in negating}:
        stated = [g for g in other if _origin(g) == origin]
        if not stated:
            return False
        for f in negating:
            if _origin(f) != origin or not f.speaker:
                continue
            for g in stated:
                if (
                    g.speaker
                    and not _one_side(f.speaker, g.speaker)
                    and not _one_side(g.speaker, f.speaker)
                ):
                    return False  # (two voices: the outlet reports a dispute)
    return True


def _origin(f: _Feat) -> str:
    return f.origin or f.article


# a pronoun reporting a voice the outlet named before ("It says it has not agreed ...")
_PRONOUN_REPORTS = re.compile(r"\s*(?:It|They|He|She)\s+([a-z]+)\b")


def _pronoun_reported(f: _Feat) -> bool:
    """The statement is told as the words of a voice named by a pronoun, no speaker given."""
    m = _PRONOUN_REPORTS.match(f.claim.statement)
    return not f.speaker and m is not None and m.group(1) in _SPEECH


def _two_voices(negated: Sequence[_Feat], other: Sequence[_Feat]) -> set[str]:
    """The origins that tell the two sides as two voices: every claim of the other side
    there given to a named speaker ("The board said a vehicle had been agreed"), every
    claim of the negated side there to a voice named by a pronoun ("It says it "has not
    agreed ...""). Such an outlet contradicts nobody, itself least."""
    out: set[str] = set()
    for origin in {f.origin for f in negated}:
        mine = [f for f in other if f.origin == origin]
        theirs = [f for f in negated if f.origin == origin]
        if mine and all(f.speaker for f in mine) and all(map(_pronoun_reported, theirs)):
            out.add(origin)
    return out
