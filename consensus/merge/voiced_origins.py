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

from collections.abc import Sequence

from consensus.merge.answers import _one_side
from consensus.merge.features import _Feat

__all__ = ["told_both_sides"]


def told_both_sides(negating: Sequence[_Feat], other: Sequence[_Feat]) -> bool:
    """Whether every origin of the `negating` group states the `other` group's side too,
    and not as another voice's words than its negation's (an origin not yet read: its
    article)."""
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
