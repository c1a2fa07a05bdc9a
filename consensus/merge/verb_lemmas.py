"""An irregular verb's past read as its base where link rule 6 matches a negated verb to
the other statement's ("Nobody sold a single card" / "the company was selling cards":
sell), and where its blocking step pairs them (`negation_blocks`).

The suffix stripper (`features._stem`) brings "selling" and "sells" to one concept but
leaves "sold" and "paid" apart from "sell" and "pay", so a negation told in the past of an
irregular verb rebutted no statement of the act in another form. The table is the closed
list of English irregular verbs (data/irregular_verbs.toml, `lexicon.IRREGULAR_BASE`).
The claims' concepts are left as they are: joins and every other comparison read the
surface stems they were fitted on (measured, session 48: reading the table in every
concept moved joins both ways, split +3, no-gold +3, for no dispute more than here).

PURE: reads the claims' tokens.
"""

from __future__ import annotations

from collections.abc import Iterable

from consensus.merge.features import _concept, _Tok
from consensus.merge.lexicon import IRREGULAR_BASE

__all__ = ["lemmas", "with_lemmas"]


def lemmas(toks: Iterable[_Tok]) -> dict[str, str]:
    """Concept -> the concept of its base, for the tokens that are an irregular past
    ("sold": sold -> sell); tokens with no concept are left out."""
    return {
        t.concept: base
        for t in toks
        if t.concept and t.low in IRREGULAR_BASE and (base := _concept(IRREGULAR_BASE[t.low]))
    }


def with_lemmas(concepts: Iterable[str], toks: Iterable[_Tok]) -> set[str]:
    """`concepts` and the bases of those of `toks` that are an irregular past."""
    return set(concepts) | set(lemmas(toks).values())
