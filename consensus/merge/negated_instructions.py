"""A negated instruction negates the instruction, not the act it asks for.

"Nobody told me to leave Brennsholm without a deal" says that no one gave the order, not
that the speaker did not leave: against "it was Reinholt who got up and left" it is no
rebuttal (it was read as one, "negated: leave"). The act of a "to" complement of a verb of
telling, asking or ordering ("told me to leave", "ordered residents to evacuate", "asked
the crew to stop") is what was asked for; a negation before the verb negates the asking
(`score._negation_clash` skips a concept the negating statement states only so).
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _Tok

__all__ = ["INSTRUCTING", "only_instructed"]

# verbs whose "to" complement is an act asked for, not one done
INSTRUCTING = frozenset(
    """tell tells told telling ask asks asked asking order orders ordered ordering instruct
    instructs instructed instructing force forces forced forcing urge urges urged urging
    allow allows allowed allowing permit permits permitted advise advises advised pressure
    pressured pressed""".split()
)
REACH = 6  # tokens between the verb and "to" (its object: "the crew of the ship")


def only_instructed(toks: Sequence[_Tok], concept: str) -> bool:
    """Whether every token of `concept` in `toks` is the act of a "to" complement of a verb
    of `INSTRUCTING` ("told me to leave" -> leave)."""
    found = False
    for k, t in enumerate(toks):
        if t.concept != concept:
            continue
        if not _instructed(toks, k):
            return False
        found = True
    return found


def _instructed(toks: Sequence[_Tok], k: int) -> bool:
    if k < 2 or toks[k - 1].low != "to":
        return False
    return any(toks[at].low in INSTRUCTING for at in range(max(0, k - 2 - REACH), k - 1))
