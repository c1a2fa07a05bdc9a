"""What an amount takes in: "values Kestrel at $5.1bn including debt" and "a deal that
values Kestrel at about $4.6 billion" give two totals (the company with and without its
debt), "a profit of 40 million before tax" and "30 million after tax" two profits. An
amount of money or a share that its words qualify by what it includes or leaves out is no
rival value of one qualified otherwise, or of one whose statement names no word of it: two
slots (pure;
`figure_of_nouns.amounts_apart` and `inner_disputes.inner_disputes` ask it).

The qualifier is read right after the figure (a comma allowed): "including", "excluding",
"inclusive of", "exclusive of", "net of", "plus", "with" or "without" and a noun of
what a sum may take in, or "before" / "after" and such a noun ("before tax"); or fronted
in the figure's sentence, closed by a comma ("Including Kestrel's debt, the transaction is
worth about $5.1 billion"). The nouns
are data/words.toml's `figure_inclusion_nouns` (debt, tax, fees, costs, ...), a list a user
can extend; counts are never read ("12 people were killed, including three children" names
some of the twelve, not another count).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consensus.merge.lexicon import FIGURE_INCLUSION_NOUNS

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["inclusion", "inclusions_apart"]

_UNIT_WORDS = r"(?:\s*-?\s*(?:million|billion|trillion|bn|m|euros?|dollars?|pounds?|francs?|"
_UNIT_WORDS += r"marks?|percent|per\s+cent|%))*"
_QUALIFIER = re.compile(
    _UNIT_WORDS
    + r"\s*,?\s*(?P<prep>including|excluding|inclusive\s+of|exclusive\s+of|net\s+of|plus|"
    r"with|without|before|after)\s+(?:(?:its|the|their|all|any)\s+)?(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
# ... or fronted in its sentence, up to three words before the noun ("Including Kestrel's
# debt, the transaction is worth about $5.1 billion")
_FRONTED = re.compile(
    r"\b(?P<prep>including|excluding|inclusive\s+of|exclusive\s+of|net\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)\s*,",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_MONEY_NOUNS = frozenset("euro euros dollar dollars pound pounds franc francs mark marks".split())
_NEGATIVE = frozenset("excluding exclusive without before net".split())


def inclusion(text: str, f: Figure) -> str:
    """What the amount or share `f` of `text` is qualified by taking in or leaving out
    ("+debt", "-tax"), or '' (see the module docstring)."""
    if not (f.unit and (f.unit in "$€£¥%")) and f.noun not in _MONEY_NOUNS:
        return ""
    m = _QUALIFIER.match(text, f.start + len(f.text))
    found = [(m.group("prep"), m.group("noun"))] if m is not None else []
    lo = max((b.end() for b in _SENTENCE_END.finditer(text, 0, f.start)), default=0)
    found += [(m.group("prep"), m.group("noun")) for m in _FRONTED.finditer(text, lo, f.start)]
    for prep, word in found:
        noun = _singular(word.casefold())
        if noun:
            return ("-" if prep.casefold().split()[0] in _NEGATIVE else "+") + noun
    return ""


def _singular(word: str) -> str:
    """`word` as `figure_inclusion_nouns` writes it ("taxes" -> "tax", "subsidies" ->
    "subsidy"), or '' when it is none of them."""
    for form in (word, word[:-3] + "y" if word.endswith("ies") else "", word[:-2], word[:-1]):
        if form in FIGURE_INCLUSION_NOUNS:
            return form
    return ""


def inclusions_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Two amounts qualified by what they take in differently ("+debt" / "-debt"), or one
    qualified and the other's statement naming no word of what it takes in ("$5.1bn
    including debt" / "values Kestrel at about $4.6 billion"): two totals, no rival values.
    A statement that names it in other words ("With its debt included, the deal's value
    would be some $146 billion") may give the same total."""
    qa, qb = inclusion(text_a, a), inclusion(text_b, b)
    if qa == qb:
        return False
    if qa and qb:
        return True
    qualified, other = (qa, text_b) if qa else (qb, text_a)
    return not any(_singular(w.casefold()) == qualified[1:] for w in _WORD.findall(other))
