"""The sides of a figure point that a one-sentence update spans: a member telling its own
figure and an earlier one of the slot ("about 9 million hens have been culled, up from the
6 million it cited earlier in the week") in a point whose other members give each value.

The sentence is on both sides of what it tells, as an editor reads it: its told clause ("up
from the 6 million it cited earlier in the week") on the side whose members give the told
value, and the rest of it, its own clause, on the side whose members give its own value.
Left whole, the sentence is one side citing both values (the editor reads old and new as one
account) or sits apart as a side of its own. The member's statement and citations are cut to
each clause (`figure_rivals_told.slot_clause`, `clause_cited`), so each side prints only its
value and the point's timeline reads old, then new.

A member tells an update when `figure_rivals_told.told_pair` reads its (own, told) figures
and the told one is an earlier value (`told_earlier`: no rival's figure set against its own,
"fewer than the 14 listed by the agency"). Nothing moves unless another member of the point
(no update's writer) gives the told value: a told value only the writer gives is
`figure_told_updates`' business. When no other member gives the own value, the own clause
stays on the side the member was on (unless that is the told value's side: then the member
stays whole).

PURE: reads the sides' statements and figures; never decides an edge.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from consensus.merge.features import _Feat
from consensus.merge.figure_rivals_told import (
    clause_cited,
    slot_clause,
    told_earlier,
    told_from,
    told_pair,
)
from consensus.merge.figures import Figure, figures

__all__ = ["update_sides"]

K = TypeVar("K", bound=Hashable)


def _update(member: _Feat) -> tuple[Figure, Figure] | None:
    """(own, told) when the member tells its own figure and an earlier one of its slot."""
    statement = member.claim.statement
    fs = figures(statement)
    pair = told_pair(statement, fs)
    if pair is None or any(f.vague for f in fs) or not told_earlier(statement, pair[1]):
        return None
    return pair


def _clause_of(member: _Feat, fig: Figure, end_by: int) -> _Feat | None:
    """The member cut to the clause of its statement that holds `fig` (its statement and
    citations); None when the clause is too short to stand alone."""
    statement = member.claim.statement
    span = slot_clause(statement, fig, end_by)
    if span is None:
        return None
    cut = clause_cited(member, fig, end_by)
    if cut is member:
        return None  # (no citation holds the clause: the member stays whole)
    clause = statement[span[0] : span[1]]
    return dataclasses.replace(cut, claim=cut.claim.model_copy(update={"statement": clause}))


def _gives(members: Sequence[_Feat], fig: Figure, writers: set[int]) -> bool:
    """Some member (no update's writer) gives `fig`'s value in its unit."""
    return any(
        g.unit == fig.unit and g.value == fig.value and not g.before
        for m in members
        if m.pos not in writers
        for g in figures(m.claim.statement)
    )


def update_sides(sides: Mapping[K, Sequence[_Feat]]) -> dict[K, list[_Feat]]:
    """`sides` (a figure point's members by side key) with each told update's writer on
    both sides it tells (module docstring); the same sides, as lists, when none moves."""
    reads = {m.pos: got for ms in sides.values() for m in ms if (got := _update(m)) is not None}
    out: dict[K, list[_Feat]] = defaultdict(list)
    for key, ms in sides.items():
        out[key].extend(ms)
    if not reads:
        return out
    writers = set(reads)
    keys = sorted(sides, key=str)
    for key in keys:
        for member in list(sides[key]):
            if member.pos not in reads:
                continue
            own, told = reads[member.pos]
            told_key = next((k for k in keys if _gives(sides[k], told, writers)), None)
            if told_key is None or (told_key == key and not _gives(sides[key], own, writers)):
                continue
            own_key = next((k for k in keys if _gives(sides[k], own, writers)), key)
            if own_key == told_key:
                continue  # (one side gives both values: nothing to set apart)
            statement = member.claim.statement
            mine = _clause_of(member, own, told_from(statement, told))
            then = _clause_of(member, told, len(statement))
            if mine is None or then is None:
                continue
            out[key] = [m for m in out[key] if m.pos != member.pos]
            out[own_key].append(mine)
            out[told_key].append(then)
    return {k: v for k, v in out.items() if v}
