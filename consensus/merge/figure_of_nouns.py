"""A percentage written after the noun it measures ("a premium of 32 percent", "a stake of
10 percent") against a percentage of no noun ("shares closed up 24.6%"): two measures, no
rival values, as `figure_pairs._share_of_a_thing` reads "a 32% premium" (the noun after
the number). A change noun before "of" ("a rise of 5 percent", `figure_change_nouns` in
data/words.toml) or an ask's ("an offer of 7 percent", `figure_asks`) measures a change
and stays a rival. Likewise an ask's noun before "of" ("the offer of 380 pence a share")
against another noun before "of" that names no ask nor change ("a closing share price of 290
pence"): an offer and the measure it is set against (`ask_and_other`). Pure;
`compare.figure_relation` asks it, with `figure_deals.deals_apart`, as `amounts_apart`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consensus.merge.figure_asks import _DEMAND, _OFFER
from consensus.merge.figure_deals import deals_apart
from consensus.merge.figure_inclusions import inclusions_apart
from consensus.merge.figure_payments import payments_apart
from consensus.merge.lexicon import FIGURE_CHANGE_NOUNS
from consensus.merge.slots import _stem

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["amounts_apart", "ask_and_other", "percent_of_a_thing"]

# nouns of an ask, whose percentage is the asked change itself ("an offer of 7 percent")
_ASKS = _DEMAND | _OFFER | frozenset({"bid", "bids", "raise", "raises", "pay", "deal", "claim"})
# "a premium of 32", "its stake of about 10": the noun right before "of" and the figure
_NOUN_OF = re.compile(
    r"\b(?P<noun>[a-z]+)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[\"“]?$"
)


def _noun_before(text: str, f: Figure) -> str:
    m = _NOUN_OF.search(text, max(0, f.start - 40), f.start)
    return m.group("noun") if m else ""


def _of_a_thing(text: str, f: Figure) -> bool:
    noun = _noun_before(text, f)
    return (
        bool(noun)
        and noun not in FIGURE_CHANGE_NOUNS
        and _stem(noun) not in FIGURE_CHANGE_NOUNS
        and noun not in _ASKS  # ("an offer of 7 percent" / "offered 7.5 percent": one slot)
    )


def percent_of_a_thing(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Whether one of two percentages measures a noun written before it and not a change,
    and the other measures no noun (see the module docstring)."""
    if not a.unit == b.unit == "%":
        return False
    for x, tx, y, ty in ((a, text_a, b, text_b), (b, text_b, a, text_a)):
        if _of_a_thing(tx, x) and not y.noun and not _noun_before(ty, y):
            return True
    return False


def ask_and_other(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Whether each of two figures of one unit measures a noun written before it with "of",
    one an ask's ("the offer of 380 pence a share") and the other a noun of no ask nor
    change ("a closing share price of 290 pence"): an offer and what it is measured
    against, no rival values (two asks, "an offer of 380" / "a bid of 390", stay rivals)."""
    if a.unit != b.unit:
        return False
    na, nb = _noun_before(text_a, a), _noun_before(text_b, b)
    if not na or not nb:
        return False
    asks = (na in _ASKS or _stem(na) in _ASKS, nb in _ASKS or _stem(nb) in _ASKS)
    if asks[0] == asks[1]:
        return False
    other = nb if asks[0] else na
    return other not in FIGURE_CHANGE_NOUNS and _stem(other) not in FIGURE_CHANGE_NOUNS


def amounts_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Two amounts of two deals or forms of payment (`figure_deals.deals_apart`), paid as
    two things (a reward and a value: `figure_payments.payments_apart`), qualified by what
    they take in ("including debt": `figure_inclusions`), or two percentages of which one
    measures a thing (`percent_of_a_thing`), or an ask against another measure
    (`ask_and_other`)."""
    return (
        deals_apart(text_a, a, text_b, b)
        or payments_apart(text_a, a, text_b, b)
        or inclusions_apart(text_a, a, text_b, b)
        or percent_of_a_thing(text_a, a, text_b, b)
        or ask_and_other(text_a, a, text_b, b)
    )
