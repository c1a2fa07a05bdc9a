"""Two contrasts crossed (link rule 6): "the problems were about paperwork, not about the
safety of children" against "our decision was about the safety of children, not
paperwork"; "what came out of that pipe was raw sewage, not storm water" against "the
discharges were screened storm water, not raw sewage".

Rule 6 (`score._negation_clash`) reads a rebuttal only when exactly one of the two claims
negates: a claim that negates too is read as saying something else. But a contrast "A, not
B" states A and negates B, and two voices who give one thing opposite readings each negate
what the other states. Such a pair is CROSSED when each holds a contrast negation (a "not"
right after a clause bound: "A, not B"; or "not B but A") and each negates a concept
(`score.negation`) that the other states and does not negate itself, the two concepts not
one. It is a rebuttal ("negation: not <what the first negates>") read as rule 6 reads one
speaker's negation against another's statement (the link bar, or `VOICES_REBUT_AT` for two
speakers with the two-voice guards).

Not read: a contrast that only one side makes ("darted, not shot" / "the tiger had been
shot"), which rule 6 reads already; two negations of which one is no contrast ("it was not
about paperwork" / "about safety, not paperwork": both negate paperwork, none is crossed).
English grammar only: no word list names an event's people or places.

PURE: reads the claims' tokens and statements.
"""

from __future__ import annotations

from functools import lru_cache

from consensus.merge.features import _Feat, clause_ends
from consensus.merge.score import Negation

__all__ = ["crossed", "has_contrast"]

# how far after a "not" its "but" may stand ("not site clearance but a limited survey")
_BUT_REACH = 6


@lru_cache(maxsize=1 << 14)
def _contrast_in(statement: str, lows: tuple[str, ...]) -> bool:
    ends = clause_ends(statement)
    for i, low in enumerate(lows):
        if low != "not" or i == 0:
            continue
        if i - 1 in ends:
            return True  # "A, not B"
        for k in range(i + 1, min(len(lows), i + 1 + _BUT_REACH)):
            if lows[k] == "but":
                return True  # "not B but A"
            if k in ends:
                break
    return False


def has_contrast(f: _Feat) -> bool:
    """Whether `f` negates in a contrast: "A, not B" or "not B but A"."""
    return _contrast_in(f.claim.statement, tuple(t.low for t in f.toks))


def crossed(a: _Feat, b: _Feat, neg_a: Negation, neg_b: Negation) -> str:
    """The concept `a` negates that `b` states un-negated, when `b` negates in turn a
    concept `a` states un-negated and both negate in a contrast; else ''."""
    if not neg_a.concepts or not neg_b.concepts or not (has_contrast(a) and has_contrast(b)):
        return ""
    states_a = set(a.concepts) - neg_a.concepts
    states_b = set(b.concepts) - neg_b.concepts
    from_a = sorted(neg_a.concepts & states_b)
    from_b = sorted(neg_b.concepts & states_a)
    for c in from_a:
        if any(d != c for d in from_b):
            return c
    return ""
