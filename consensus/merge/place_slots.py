"""Link rule 0's place slot (`link.py`): one subject given two places by two outlets.

Rule 0 keeps two claims that print another name in the same place apart: "Lumatek is
based in Oslin." / "Lumatek is based in Bergholm." are two facts, and neither agrees with
the other. When the names are the place of the claim (the name comes right after a
locative preposition: "based in A", "was born in A", "the crash happened near A"), when
the two claims name one subject besides (a name both print, other than the two places and
unrelated to them), when the link model would join them (the pair's link probability is
at the conflict bar: its other columns, the words, the rare words, the speakers, tell one
statement) and two origins tell them, the two places are one slot's two values: a
CONFLICT edge ("place: Oslin vs Bergholm"), so the report shows a contested point rather
than two unrelated facts. Two acts at two places with no named subject in common ("a fire
broke out in A" / "a fire broke out in B") stay two claims, no edge: the subject is what
tells one act.

PURE: no I/O, clock or randomness; no list of places (the prepositions are a closed class).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from consensus.merge.features import _Feat
from consensus.merge.score import _Edge
from consensus.merge.substitutions import Substitutions

__all__ = ["LOCATIVE", "PLACE", "place_conflicts", "place_slot", "side_places"]

PLACE = "place: "  # the conflict reason's prefix (`verdicts` reads it)
# the prepositions that put a name as the place of a statement (a closed class)
LOCATIVE = frozenset("in at near outside inside off from".split())


def _printed(name: str, statement: str) -> str:
    """`name` as the statement prints it (its case), else ''."""
    m = re.search(re.escape(name), statement, re.IGNORECASE)
    return m.group() if m else ""


def _named(name: str, statement: str) -> bool:
    """The statement prints `name` as a name (capitalised; "firefighters" is no name)."""
    return _printed(name, statement)[:1].isupper()


def place_slot(apart: Substitutions, feats: Sequence[_Feat], i: int, j: int) -> str:
    """The conflict reason of claims i and j when they give one subject two places (the
    module docstring, the link probability aside), else ''."""
    fi, fj = feats[i], feats[j]
    if fi.origin == fj.origin:
        return ""
    got = apart.swapped_names(i, j)
    if got is None:
        return ""
    (before, _), a, b = got
    if not before or before[-1] not in LOCATIVE:
        return ""
    places = set(a.split()) | set(b.split())
    subject = any(
        _named(n, fi.claim.statement) and _named(n, fj.claim.statement)
        for n in fi.entities & fj.entities
        if places.isdisjoint(n.split())
    )
    if not subject:
        return ""
    shown_a, shown_b = _printed(a, fi.claim.statement), _printed(b, fj.claim.statement)
    return f"{PLACE}{shown_a or a} vs {shown_b or b}"


def place_conflicts(
    feats: Sequence[_Feat],
    apart: Substitutions,
    pairs: Sequence[tuple[int, int]],
    ks: Sequence[int],
    prob: np.ndarray,
    conflict_at: float,
) -> list[_Edge]:
    """The CONFLICT edges of the pairs k of `ks` (rule 0's swapped names) linked at
    `conflict_at` (`prob[k]`) that give one subject two places (`place_slot`)."""
    out: list[_Edge] = []
    for k in ks:
        if prob[k] < conflict_at:
            continue
        i, j = pairs[k]
        why = place_slot(apart, feats, i, j)
        if why:
            out.append(_Edge(float(prob[k]), i, j, why))
    return out


def side_places(members: Sequence[_Feat], places: Collection[str]) -> tuple[str, ...]:
    """A side of a place point by the point's places (casefolded) its members print: ()
    for a point of no place conflict."""
    if not places:
        return ()
    texts = [f.claim.statement.casefold() for f in members]
    return (",".join(sorted(p for p in places if any(p in t for t in texts))),)
