"""A clause of a longer claim backs another origin's item that states it (pipeline step 6).

A sentence often states one fact in a clause beside others ("Penrose Capital said it would
vote against the sale, calling the price opportunistic"); another outlet states that fact
alone. The whole sentence does not link to the short one (its other clauses differ), so the
fact looks single-source. Each clause of a long quote is a part (`clause_cuts.py`): a claim
of the clause's own words that joins no group and prints nowhere, but when it links to a
claim of another origin, the item of that claim counts the clause's article as one more
origin, citing the clause's exact span.

Rule (`clause_backing`): a clause part P backs the group of claim Q when

* P and Q make a join edge (`link.link_edges` over every claim and part: no link rule keeps
  them apart: speakers, polarity, figures, dates, two remarks ...) scored at least
  `BACKING_AT`, above the join threshold;
* Q is of another origin than P, is no part itself, and its group is no side of a
  contested point (the item stays under one verdict);
* P and Q share at least half of each one's content words (`nested.part_may_link`: a
  clause names little but who it is about, so a shared name is no reason);
* the group of P's own sentence is not Q's group (it is counted there already).

Each part backs one group: the one of its best edge (highest score; ties: lower position).
Returns target group -> {part position: feature text}, as `disputes._compound_support`.
PURE: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.link import link_edges
from consensus.merge.nested import part_may_link
from consensus.vectors import Vectors

Key = tuple[str, int]  # (article, claim index)
# A clause links on fewer words than a sentence, and its sentence's other clauses (the time
# or place that makes it another event) are not read: its bar is higher than a join's.
BACKING_AT = 0.7


def clause_backing(
    feats: Sequence[_Feat],
    parts: Mapping[Key, Key],
    pos_of: Mapping[Key, int],
    vectors: Vectors | None,
    group_of: Mapping[int, int],
    contested: Collection[int],
) -> dict[int, list[tuple[_Feat, str]]]:
    """Groups backed by a clause part (see the module docstring). `feats`: the features of
    every claim, parts included (positions of their own); `parts`: each part's key -> the
    key of the claim whose quote holds it; `pos_of`: key -> position of a claim that is no
    part in the features the groups were made of (`group_of`: position -> group)."""
    part_at = {f.pos for f in feats if (f.article, f.index) in parts}
    if not part_at:
        return {}
    edges = link_edges(feats, vectors or Vectors.empty())[0]
    best: dict[int, tuple[float, int, int]] = {}  # part -> (score, -other, group)
    for e in edges:
        if e.conflict or e.score < BACKING_AT:
            continue
        for p, q in ((e.i, e.j), (e.j, e.i)):
            if p not in part_at or q in part_at:
                continue
            part, other = feats[p], feats[q]
            if other.origin == part.origin or not part_may_link(part, other):
                continue
            g = group_of.get(pos_of.get((other.article, other.index), -1))
            if g is None or g in contested:
                continue
            host = pos_of.get(parts[(part.article, part.index)], -1)
            if group_of.get(host) == g:
                continue  # the sentence holding the clause is counted there already
            key = (e.score, -q, g)
            if p not in best or key > best[p]:
                best[p] = key
    out: dict[int, list[tuple[_Feat, str]]] = defaultdict(list)
    for p, (score, _, g) in sorted(best.items()):
        part = feats[p]
        out[g].append((part, f"support: a clause of {part.article} links at {score:.2f}"))
    return out
