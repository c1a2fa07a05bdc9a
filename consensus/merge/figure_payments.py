"""An amount paid for something else is no value of the thing: a reward, a fine, bail, a
ransom or an insurance sum.

"The insurer has offered a reward of 500,000 euros for information leading to the recovery
of the paintings" and "The works, valued by the museum at about 40 million euros" give two
amounts of money in one slot (the paintings'), but the first is what the insurer pays for
information, not what the works are worth. Read from the words around the amount in its
clause (pure; `figure_of_nouns.amounts_apart` asks it):

* a reward: "a reward of 500,000 euros", "a $10,000 reward", "offering half a million
  euros for information";
* a fine or penalty: "fined $5 million", "a fine of 2 million euros", "a $3 million penalty";
* bail: "bail of $50,000", "bail set at $1 million", "$250,000 bail";
* a ransom: "a ransom of $6 million", "demanded $6 million in ransom";
* an insurance sum (what an insurer would pay): "insured for 65 million euros", "an
  insurance value of $2 million", "$40 million in insurance".

Two amounts of two such kinds, or one of them and one of none (a value, a price, a cost),
are two slots; two of one kind are still compared (two outlets' rewards).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["payment_kind", "payments_apart"]

_BREAK = re.compile(r"[;:.!?()\"“”]|,\s")
# the noun or verb of a payment right before the amount ("a reward of", "fined", "bail set
# at", "a ransom of"), a hedge or two allowed ("a reward of up to", "fined about")
_BEFORE = {
    "reward": r"\b(?:reward|bounty)\s+(?:of|worth)",
    "fine": r"\b(?:fined|fines?|penalty|penalties)(?:\s+of)?",
    "bail": r"\bbail\s+(?:of|(?:was\s+)?set\s+at|at)",
    "ransom": r"\bransom\s+(?:(?:demand|payment)\s+)?of",
    "insurance": r"\b(?:insured\s+(?:for|at)|insurance\s+(?:value|cover|payout|sum)\s+of)",
}
_HEDGE = (
    r"(?:\s+(?:up\s+to|about|around|nearly|some|roughly|more\s+than|at\s+least|an?"
    r"|between))*\s*$"
)
_BEFORE_RE = {k: re.compile(v + _HEDGE, re.IGNORECASE) for k, v in _BEFORE.items()}
# ... or the noun right after it ("a $10,000 reward", "a 2 million-euro fine", "$250,000
# bail", "$6 million in ransom"), or what it is paid for ("half a million euros for
# information")
_UNIT_WORDS = r"(?:\s*-?\s*(?:million|billion|bn|m|euros?|dollars?|pounds?|francs?|marks?))*"
_AFTER_RE = {
    "reward": re.compile(_UNIT_WORDS + r"\s*(?:reward|bounty|for\s+information)\b", re.I),
    "fine": re.compile(_UNIT_WORDS + r"\s*(?:fine|penalty)\b", re.I),
    "bail": re.compile(_UNIT_WORDS + r"\s*(?:in\s+)?bail\b", re.I),
    "ransom": re.compile(_UNIT_WORDS + r"\s*(?:in\s+)?ransom\b", re.I),
    "insurance": re.compile(_UNIT_WORDS + r"\s*(?:in\s+)?insurance\b", re.I),
}
_MONEY_NOUNS = frozenset("euro euros dollar dollars pound pounds franc francs mark marks".split())
REACH = 40  # characters before the amount read for its payment word


def payment_kind(text: str, f: Figure) -> str:
    """What the amount `f` of `text` is paid as: "reward", "fine", "bail", "ransom",
    "insurance", or '' for none (see the module docstring)."""
    if not (f.unit and f.unit in "$€£¥") and f.noun not in _MONEY_NOUNS:
        return ""
    lo = max(0, f.start - REACH)
    cut = max((m.end() for m in _BREAK.finditer(text, lo, f.start)), default=lo)
    end = f.start + len(f.text)
    for kind, before in _BEFORE_RE.items():
        if before.search(text, cut, f.start):
            return kind
    for kind, after in _AFTER_RE.items():
        if after.match(text, end):
            return kind
    return ""


def payments_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Two amounts paid as two things (a reward and a value, a fine and a cost): two
    slots, no rival values."""
    return payment_kind(text_a, a) != payment_kind(text_b, b)
