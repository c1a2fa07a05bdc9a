"""Two statements that meet in a concept beyond who says them: not two facts of one role.

Rule 7 (`rule7_roles._Roles.two_facts`) keeps apart two statements that name one person or body and
share nothing but their names and the title or role words around them ("fire officials
said ..." / "..., fire officials said"). Its test reads stems, so two outlets that state one
act in two words ("the blaze claimed 14 lives, fire officials said" / "fourteen workers died
in the fire, fire officials said": kill, data/concepts.toml and phrases.toml) looked like
two remarks of one body. A concept of the synonym table (a grammar-level group any news text
uses: kill, injure, resign, evacuate ...) both state, that no attributing word (speech,
title, report noun) gives and that is no name stem of the pair, is what they say meeting:
the pair is no two facts for that rule. (The role words around a name, `roles.role_words`,
are not taken away: "the blaze at the Perrow mill killed 14 people" reads "killed" among
them.)
"""

from __future__ import annotations

from collections.abc import Collection

from consensus.merge.features import _concept, _Feat
from consensus.merge.lexicon import _SYNONYMS
from consensus.merge.roles import ATTRIBUTING

__all__ = ["meets_in_concepts"]

_ATTRIBUTING_CONCEPTS = frozenset(_concept(w) for w in ATTRIBUTING)
# the synonym groups that name an act or a state, not a speech act
_ACT_CONCEPTS = frozenset(_SYNONYMS) - _ATTRIBUTING_CONCEPTS


def meets_in_concepts(a: _Feat, b: _Feat, apart: Collection[str]) -> bool:
    """`a` and `b` both state a concept of the synonym table (`_ACT_CONCEPTS`) that is none
    of the stems in `apart` (the pair's title and name stems)."""
    shared = (a.content & b.content) & _ACT_CONCEPTS
    return bool(shared - set(apart))
