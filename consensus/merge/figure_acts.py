"""Counts of opposed acts: "convicted on three counts" and "acquitted on two", "won 40
seats" and "lost 12 seats" count two things, so their figures are never rival values of
one slot (a verdict's counts are no dispute). The acts and their word forms are data
(`opposed_acts`, `act_forms` in data/concepts.toml); a negation among a figure's slot
words ("found him not guilty of the two charges") makes its act the opposed one.

PURE: reads two figures' act and slot words.
"""

from __future__ import annotations

from consensus.merge.figures import Figure
from consensus.merge.lexicon import _NEGATION, ACT_FORMS, OPPOSED_ACTS

# word form -> act
_ACT_OF = {w: act for act, forms in ACT_FORMS.items() for w in forms}
# act -> the acts opposed to it, both ways
_OPPOSED: dict[str, frozenset[str]] = {
    act: frozenset(
        [*OPPOSED_ACTS.get(act, ()), *(a for a, others in OPPOSED_ACTS.items() if act in others)]
    )
    for act in ACT_FORMS
}


def _acts(f: Figure) -> frozenset[str]:
    """The acts a figure's act and slot words tell, each turned into its opposed acts when
    the slot words hold a negation."""
    words = {w.casefold() for w in (f.act, *f.slot) if w}
    acts = frozenset(_ACT_OF[w] for w in words if w in _ACT_OF)
    if words & _NEGATION:
        return frozenset(o for a in acts for o in _OPPOSED.get(a, ()))
    return acts


def opposed_acts(a: Figure, b: Figure) -> bool:
    """Whether `a` and `b` count what two opposed acts did (see the module docstring)."""
    acts_a = _acts(a)
    if not acts_a:
        return False
    acts_b = _acts(b)
    return any(y in _OPPOSED.get(x, ()) for x in acts_a for y in acts_b) and not acts_a & acts_b
