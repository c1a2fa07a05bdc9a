"""What one side asks for and what the other side offers are two slots ("The union is
demanding a pay rise of 11 percent" / "the company's offer of 6.5 percent"): a demand and
an offer in one negotiation are no rival values of one figure, however alike their words
(pure; `figure_pairs.other_kind` asks it).

A figure's ask is read from its slot words (`Figure.slot`, the content words near the
number, nearest first) and its act: a demand word ("demanding", "wants", "seeks") with no
offer word is a demand; an offer word ("offered", "proposal") with no demand word is an
offer; both or neither, no ask. Two demands, or two offers (6 / 6.5 percent), still
dispute one slot.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

# how far into a figure's slot words an ask is read
ASK_REACH = 6
_DEMAND = frozenset(
    "demand demands demanded demanding want wants wanted wanting seek seeks seeking sought".split()
)
_OFFER = frozenset(
    "offer offers offered offering propose proposes proposed proposing proposal proposals".split()
)


def ask(f: Figure) -> str:
    """The ask a figure states: "demand", "offer" or '' (see the module docstring)."""
    return _ask(f.slot[:ASK_REACH], f.act)


@lru_cache(maxsize=1 << 14)
def _ask(slot: tuple[str, ...], act: str) -> str:
    """`ask` by the words it reads (figures of many pairs share them: read once)."""
    words = {w.casefold() for w in (*slot, act) if w}
    demand, offer = bool(words & _DEMAND), bool(words & _OFFER)
    if demand == offer:
        return ""
    return "demand" if demand else "offer"


def asks_apart(a: Figure, b: Figure) -> bool:
    """One figure is a demand and the other an offer."""
    kind_a = ask(a)
    return bool(kind_a) and ask(b) not in ("", kind_a)
