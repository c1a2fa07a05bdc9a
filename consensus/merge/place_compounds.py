"""Link rule 0 (`link.py`) for a place written inside a compound word: "the Oslin-bound
train derailed" / "the Bergholm-bound train derailed", "an Oslin-based company was fined" /
"a Bergholm-based company was fined". A thing named by a common noun is told apart by the
place of its compound ("<Place>-based", "-born", "-made", "-bound", any lower-case second
part): two claims whose statements give one such compound before one noun, with two places
that are not related (one word in common, a close spelling, either place printed in the
other statement), are two things, however alike the rest: no edge, and no group holds both
(`PairContext.never_together`). Not a compound before a name ("Oslin-based Lumatek said"):
the name tells the thing, and the place is a claim of its own (`offline/phrases.py`: "Lumatek
is based in Oslin.", whose place is a name of the claim, so rule 0 reads it as any name).
Not a nationality ("Norwegian-based", "Saudi-led"): one country's people, written two ways
("Norwegian" / "Norway") or of a party, not a place of the thing.

PURE: reads the statements; no list of places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from consensus.merge.features import _Feat
from consensus.merge.substitutions import SPELLING_NEAR  # (two spellings of one place)
from consensus.offline.names import ALWAYS_NATIONALITIES, DEMONYM

__all__ = ["compounds_apart"]

# a place of one to three capitalised words, a hyphen, a lower-case second part, and the
# lower-case words after it up to three (the noun it describes, "software maker")
_COMPOUND = re.compile(
    r"(?<![\w’'.-])(?P<place>[A-Z][\w’'.]*(?:[ \t][A-Z][\w’'.]*){0,2})-(?P<how>[a-z]{3,})"
    r"(?P<after>(?:[ \t]+[a-z][\w-]*){1,3})"
)
# a name right after the compound's noun, one or two words on ("Oslin-based software maker
# Norvale Systems", "the Oslin-based company Lumatek"), no function word between
_NAMED = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,2}[ \t]+[A-Z]")
_FUNCTION = frozenset("in at near of on to from for by with and or the a an as into".split())
_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Its", "Their"})

# (suffix, the first word after the compound) -> the places before it
_Compounds = dict[tuple[str, str], frozenset[str]]


def _place(words: str) -> str:
    parts = words.split()
    while len(parts) > 1 and parts[0] in _OPENERS:
        parts = parts[1:]  # "The Oslin-bound": the place is "Oslin"
    return " ".join(parts)


def compounds_of(statement: str) -> _Compounds:
    """The statement's place compounds before a common noun, by (second part, noun)."""
    found: dict[tuple[str, str], set[str]] = {}
    for m in _COMPOUND.finditer(statement):
        place = _place(m.group("place"))
        named = _NAMED.match(statement, m.end("how"))
        if (
            # "Oslin-based software maker Norvale": a name tells the thing
            (named and _FUNCTION.isdisjoint(named.group().split()))
            or place in _OPENERS
            or place in ALWAYS_NATIONALITIES
            or DEMONYM.fullmatch(place)
        ):
            continue
        noun = m.group("after").split()[0]
        found.setdefault((m.group("how"), noun), set()).add(place.casefold())
    return {k: frozenset(v) for k, v in found.items()}


def _related(a: str, b: str, text_a: str, text_b: str) -> bool:
    return (
        bool(set(a.split()) & set(b.split()))
        or a in text_b
        or b in text_a
        or fuzz.ratio(a, b) >= SPELLING_NEAR
    )


def compounds_apart(
    feats: Sequence[_Feat], ks: np.ndarray, pi: np.ndarray, pj: np.ndarray
) -> list[int]:
    """The pairs k of `ks` (claims pi[k], pj[k]) whose statements give one compound before
    one noun two unrelated places (the module docstring)."""
    cache: dict[int, _Compounds] = {}

    def of(i: int) -> _Compounds:
        got = cache.get(i)
        if got is None:
            statement = feats[i].claim.statement
            got = cache[i] = compounds_of(statement) if "-" in statement else {}
        return got

    out: list[int] = []
    for k in ks.tolist():
        i, j = int(pi[k]), int(pj[k])
        ci, cj = of(i), of(j)
        if not ci or not cj:
            continue
        ti, tj = feats[i].claim.statement.casefold(), feats[j].claim.statement.casefold()
        if any(
            not _related(a, b, ti, tj)
            for key in ci.keys() & cj.keys()
            for a in ci[key]
            for b in cj[key]
        ):
            out.append(k)
    return out
