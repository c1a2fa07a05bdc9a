"""A figure the claim gives as a named owner's ("nearly 14,000 more than Elm Park's
18,500", "against Monday's 3.4 percent"): a value it ascribes to another thing than its
own figure. Pure English grammar over one statement; which clashes that voids is
`inner_disputes.inner_disputes`'s call.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from consensus.merge.figures import Figure

# a capitalised word in the possessive right before the figure ("Elm Park's 18,500");
# read on a short tail of the text before the figure, so the scan stays linear
_NAMED_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[$€£¥]\s*)?$")
_TAIL = 40


def named_owner(statement: str, fig: Figure) -> bool:
    """`fig` follows a capitalised name in the possessive ("Elm Park's 18,500")."""
    tail = statement[max(0, fig.start - _TAIL) : fig.start]
    return _NAMED_POSSESSIVE.search(tail) is not None


def owned_echo(statement: str, figs: Sequence[Figure], own: Figure, other: Figure) -> bool:
    """The claim whose figures `figs` hold `own` also writes `other`'s value, as a named
    owner's figure: it sets its own figure against that one ("the stadium will hold
    32,000, nearly 14,000 more than Elm Park's 18,500"), so `own` is another thing's
    than `other` and the two are no rival figures of one slot. A value written without an
    owner ("about 40 were detained, a higher figure than the 27 announced") stays a
    rival."""
    return any(
        g is not own
        and math.isclose(g.value, other.value, rel_tol=1e-6)
        and named_owner(statement, g)
        for g in figs
    )
