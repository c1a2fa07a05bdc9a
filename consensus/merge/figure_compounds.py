"""A noun before a counted noun that names a kind of thing, not a part of what is counted
("Fourteen police officers were hurt" / "19 officers had been injured": one count of
officers in two words), read from the batch's own usage.

`figure_pairs.qualified_part` keeps a count whose noun has a word before it ("13
successful launches") apart from a count of the bare noun ("14 launches"): a part and its
whole. That is right for a word that picks some of the thing out ("successful", "off-duty",
"loyal") and wrong for a noun that merely names the thing's kind ("police officers",
"construction workers"). No part-of-speech list decides it here; the batch does:

- the word is used as a noun of its own somewhere in the batch: after "the", "a", "of" ...
  and before a stop, "said", "and", "of", "were" ... ("Police said", "the construction
  of"), never a word ending in "-ed" or "-ing" ("the injured were", "the missing"), which
  reads as a noun but picks some of the people out; or
- the batch writes "<word> <noun>" and the bare "<noun>" with one value in other claims
  ("three primary schools" / "three schools"): its own outlets tell the word adds nothing.

Pure functions of the batch's statements and figures (`compare.PairContext` reads them
once per batch)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from consensus.merge.figures import Figure
from consensus.merge.slots import _stem

__all__ = ["acts_meet", "compound_words", "modifier"]

# a word used as a noun: after a determiner or preposition (or opening a sentence), before
# a stop or a word that follows a noun phrase ("Police said", "the construction of")
_NOUN_USE = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:the|a|an|of|by|for|from|with|to|on|in|at|under|after|during|into|over)\s+)"
    r"(?P<word>[A-Za-z][a-z-]{2,})"
    r"(?=\s*[,.;:!?]|\s+(?:said|says|told|reported|and|or|of|in|on|at|to|for|with|was|were|"
    r"is|are|had|has|have|did|will|would|could)\b)"
)


def modifier(f: Figure) -> str:
    """The word before the counted noun of a figure whose noun phrase has two words ("14
    police officers": police), folded, or ''."""
    if f.joined or not f.noun or not f.head or f.noun == f.head:
        return ""
    return f.noun.casefold()


def compound_words(statements: Sequence[str], figs: Iterable[Sequence[Figure]]) -> frozenset[str]:
    """The words before counted nouns (`modifier`) the batch reads as nouns naming a kind,
    by its own usage (module doc)."""
    all_figs = [f for fs in figs for f in fs]
    mods = {modifier(f) for f in all_figs} - {""}
    if not mods:
        return frozenset()
    out: set[str] = set()
    for s in statements:
        for m in _NOUN_USE.finditer(s):
            word = m.group("word").casefold()
            if word in mods and not word.endswith(("ed", "ing")):
                out.add(word)
    # "<word> <noun>" and the bare "<noun>" with one value: the word adds nothing
    bare: dict[tuple[str, str], set[float]] = {}
    for f in all_figs:
        if f.noun and (f.head or f.noun) == f.noun and not f.joined:
            bare.setdefault((_stem(f.noun), f.unit), set()).add(f.value)
    for f in all_figs:
        word = modifier(f)
        if word and word not in out and f.value in bare.get((_stem(f.head), f.unit), ()):
            out.add(word)
    return frozenset(out)


def acts_meet(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """A meeting word (`meet`) among the first three slot words after each figure's noun
    phrase: the two tell one act ("police officers were hurt" / "officers had been
    injured"), not "19 miners trapped" / "three miners killed"."""
    acts_a = [w for w in a.slot if w not in (a.noun, a.head)][:3]
    acts_b = [w for w in b.slot if w not in (b.noun, b.head)][:3]
    return any(meet(x, y) for x in acts_a for y in acts_b)
