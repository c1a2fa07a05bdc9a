"""Whether two amounts of money in one slot are prices of two deals or two parts of one,
read from the words of each figure's clause (pure; `compare.PairContext.figure_relation`
asks it before it calls two different amounts a clash):

* the form of payment: "$60 a share in cash" (or "the portion in cash", "$60 in cash and
  the remainder in shares") is a part of an offer paid "in cash and stock" or of one whose
  form is not said ("$82 a share"); two figures whose clauses name different forms
  (`figure_payment_forms`, a part word counting as a form of its own) are two slots;
* what is priced: "$82 a share" or "$38.50 for each share" (an offer's price per share),
  "shares fell 2 percent to $63.20", "closed up 24.6% at $36.28" or "trading at $119" (a
  market price), "worth well over $45 a share" (a valuation) and "a $60 offer" are four
  slots;
* the parties: a figure's buyer is the name whose possessive it follows ("X's $110-a-share
  offer") and its target the name a deal noun or an acquiring verb leads to ("a bid for Y",
  "to acquire Y", "a $38 billion purchase of Y", "$82 a Y share"); the prices of two
  targets, or of a buyer's bid and a bid for that buyer, are two deals.

Names are compared by their capitalised words ("Dutch rival Acme" and "Acme Holdings NV"
share "Acme"). Unknown (no clash prevented) when a clause names no form or no party.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from consensus.merge.lexicon import FIGURE_PAYMENT_FORMS, FIGURE_PAYMENT_PARTS

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["deals_apart"]

_CLAUSE_BREAK = re.compile(r"[;:!?()]|,\s|\.(?!\d)\s*")
_WORDS = re.compile(r"[a-z]+")
_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# "X's $110-a-share offer", "X’s original $105 billion approach": the buyer
_BUYER = re.compile(r"(?P<name>" + _NAME + r")['’]s\s+(?:[a-z-]+\s+){0,2}$")
# "$82 a Y share", "$60 per Y share": the target
_SHARE_OF = re.compile(r"\s*(?:a|per)\s+(?P<name>" + _NAME + r")\s+share\b")
# "$82 a share", "$110-a-share", "$60 per Y share": a price per share
_PER_SHARE = re.compile(
    r"(?:-a-|\s+a\s+|\s+per\s+|\s+(?:for\s+)?each\s+)(?:[A-Z][\w&.-]*\s+)?share\b"
)
# "had been trading at less than $55", "closed at $63", "shares fell 4 percent to $63.20":
# a market price, read in the clause before the figure
_MARKET = re.compile(
    r"(?:\b(?:trad(?:ing|ed|es?)|clos(?:ing|ed|es?)|open(?:ing|ed|s)?)\s+"
    # ("closed up 24.6% at $36.28")
    r"(?:(?:up|down|higher|lower)\s+(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s+)?)?(?:at|around|near)"
    r"|\b(?:[Ss]hares|[Ss]tock)\b[^,;]{0,50}\bto)\s+(?:[a-z]+\s+){0,2}$"
)
# "was worth \"well over $45 a share\"": a valuation, read before the figure
_WORTH = re.compile(r"\bworth\s+[\"“']?(?:[a-z]+\s+){0,2}$")
# "bid for Dutch rival Y", "purchase of Y", "to acquire Y", "acquiring Y", "shares of Y"
_TARGET = re.compile(
    r"\b(?:(?:bid|bids|offer|offers|approach|deal|purchase|acquisition|takeover|buyout)"
    r"(?:\s+[a-z$€£¥\d][\w.,-]*){0,5}?\s+(?:for|of)|acquire|acquiring|buy|buying|shares\s+of)\s+"
    r"(?:(?:the|all|its|outstanding|[a-z-]+)\s+){0,3}(?P<name>" + _NAME + r")"
)


def deals_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Amounts `a` of `text_a` and `b` of `text_b` are of two forms of payment or of two
    deals (see the module docstring); False for any other figures."""
    if not a.unit or a.unit != b.unit or a.unit not in "$€£¥":
        return False
    form_a, buyer_a, target_a = _read(text_a, a.start)
    form_b, buyer_b, target_b = _read(text_b, b.start)
    if form_a != form_b or _priced(text_a, a) != _priced(text_b, b):
        return True
    if target_a and target_b and target_a.isdisjoint(target_b):
        return True
    return bool(buyer_a & target_b) or bool(buyer_b & target_a)


@lru_cache(maxsize=1 << 14)
def _read(text: str, start: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(form words, buyer's capitalised words, target's capitalised words) of the figure
    at `start` of `text`, read in its clause."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    nxt = _CLAUSE_BREAK.search(text, start)
    clause = text[lo : nxt.start() if nxt else len(text)]
    at = start - lo
    words = set(_WORDS.findall(clause.casefold()))
    form = words & FIGURE_PAYMENT_FORMS
    if form and words & FIGURE_PAYMENT_PARTS:
        form = form | {"part"}
    buyer = _BUYER.search(clause, max(0, at - 60), at)
    share = _SHARE_OF.match(clause, at + _figure_end(clause, at))
    targets = list(_TARGET.finditer(clause))
    target = share.group("name") if share else ""
    if not target and targets:
        target = min(targets, key=lambda m: abs(m.start("name") - at)).group("name")
    return (
        frozenset(form),
        _capitals(buyer.group("name")) if buyer else frozenset(),
        _capitals(target),
    )


def _priced(text: str, f: Figure) -> str:
    """What a price is of: "share" (a price per share), "worth" (what someone says a share
    is worth), "market" (a market price), ''."""
    if _PER_SHARE.match(text, f.start + _figure_end(text, f.start)) is not None:
        # what someone says a share is worth ("worth \"well over $45 a share\"") is a
        # valuation, not a price offered or paid
        return "worth" if _WORTH.search(text, max(0, f.start - 30), f.start) else "share"
    return "market" if _MARKET.search(text, max(0, f.start - 80), f.start) else ""


def _figure_end(clause: str, at: int) -> int:
    m = re.match(r"[$€£¥]?\s?[\d,.]+(?:\s?(?:billion|million|bn|m)\b)?", clause[at:])
    return m.end() if m else 0


def _capitals(name: str) -> frozenset[str]:
    return frozenset(w.rstrip(".,") for w in name.split() if w[:1].isupper())
