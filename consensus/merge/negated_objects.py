"""A negation standing as a verb's object: "the villagers were paid nothing", "they
received nothing" negate the act (pay, receive), as "they were not paid" does.

`score.negation` reads what follows a negation word; "nothing" at the end of a clause (or
before a preposition: "paid nothing for the land") has nothing after it that it governs,
so such a statement negated no concept and rebutted nothing (link rule 6). The verb right
before it is what it denies, when that verb is a past form (a regular "-ed" or an
irregular past, `lexicon.IRREGULAR_BASE`): "said nothing" (a speech verb: no concept),
"nothing changed" (the negation is the subject) and "did nothing" (a light verb: no
concept) are left alone.

PURE: reads the claim's tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _Tok
from consensus.merge.lexicon import IRREGULAR_BASE

__all__ = ["OBJECT_NEGATIONS", "object_negated_verb"]

# a negation word that stands as an object ("paid nothing")
OBJECT_NEGATIONS = frozenset({"nothing"})
# what may follow the object negation in its clause: nothing, or a preposition
_AFTER = frozenset("for to from in at on of by over under since about".split())


def object_negated_verb(toks: Sequence[_Tok], i: int, ends: frozenset[int]) -> str:
    """The concept of the past verb the object negation at token i negates ("were paid
    nothing": pay), or '' (see the module docstring)."""
    if toks[i].low not in OBJECT_NEGATIONS or i == 0:
        return ""
    if i + 1 < len(toks) and i not in ends and toks[i + 1].low not in _AFTER:
        return ""
    verb = toks[i - 1]
    if not verb.concept or (not verb.low.endswith("ed") and verb.low not in IRREGULAR_BASE):
        return ""
    return verb.concept
