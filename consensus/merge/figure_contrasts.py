"""A figure a claim sets its own against (`disputes.inner_disputes`): "11 batches were
affected, fewer than the 14 listed by the agency", "about 40 soldiers were detained, a
higher figure than the 27 announced". The second figure is another's, quoted to be
disputed: the claim gives one value of the slot, its own, not two (two values of one
source are an update: "up from its initial $70 to $82").

A figure is contrasted when a comparative (and a word: "a higher figure") and "than the"
come just before it (the definite article: a figure given elsewhere; "more than 14
batches" is a bound, no contrast). PURE: reads a statement and its figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.figures import Figure

__all__ = ["contrasted", "own_values"]

_THAN_THE = re.compile(
    r"\b(?:fewer|more|less|higher|lower|greater|larger|smaller|bigger)"
    r"(?:\s+[^\W\d_]+)?\s+than\s+(?:the|a|an)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
_BEFORE = 40  # characters before a figure read for its contrast


def contrasted(statement: str, f: Figure) -> bool:
    """`f` is told as another's figure set against the claim's own ("fewer than the 14")."""
    return bool(_THAN_THE.search(statement[max(0, f.start - _BEFORE) : f.start]))


def own_values(statement: str, figs: Sequence[Figure]) -> set[float]:
    """The values of `figs` (one claim's figures of one slot) the claim gives as its own:
    those not contrasted, when any is; else all."""
    own = {f.value for f in figs if not contrasted(statement, f)}
    return own or {f.value for f in figs}
