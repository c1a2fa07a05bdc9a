"""Alignment (pipeline step 3, clustering), after the moves: the member whose statement a
group's item shows.

An agreed item shows one member's statement and counts every member's origin as confirming
it. The medoid (`items._medoid`: the member most like the others in its words) is the
default. But greedy joins take a claim in by its link to ONE member, so a group can hold
claims of two neighbouring facts, and the medoid may be the claim of the fact fewer origins
state (one outlet's sentence on the licensing feud, in a group of three outlets' sentences on
the break-up fee): an editor who checks the other outlets' citations finds they do not say
what the item shows.

So the statement claim is the member the most other origins link to: an origin links to a
member when one of its claims links to it at the link threshold or more (a pair never scored
counting 0). The medoid stays when no member is linked to by more origins than it; otherwise
the best linked members are tied by their summed best links (one per other origin), and the
medoid of those tied is shown. Groups of fewer than three members or two origins, or of more
than `moves.MAX_GROUP` members, keep the medoid (quadratic in the group).

The links read are the link model's (`PairContext.link_prob`), not a join file's: a join
model that raises every near pair (the `align` column's) makes every member reach every
origin, so the medoid was shown again (bench/README "Session 55 (alignread55)").

PURE: no I/O, clock or randomness; the result depends only on the claims.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from consensus.merge.features import _Feat
from consensus.merge.moves import MAX_GROUP


def statement_claim(
    feats: Sequence[_Feat],
    members: list[int],
    prob: dict[tuple[int, int], float],
    medoid: Callable[[Sequence[_Feat]], _Feat],
    join_at: float,
) -> int | None:
    """The position of the member whose statement the group of `members` (claim positions)
    shows, when it is not `medoid`'s choice; else None (see the module docstring)."""
    if not 3 <= len(members) <= MAX_GROUP:
        return None
    origin = {m: feats[m].origin or feats[m].article for m in members}
    if len(set(origin.values())) < 2:
        return None

    def reach(x: int) -> tuple[int, float]:
        best: dict[str, float] = {}
        for y in members:
            if origin[y] == origin[x]:
                continue
            p = prob.get((x, y) if x < y else (y, x), 0.0)
            if p > best.get(origin[y], -1.0):
                best[origin[y]] = p
        return sum(p >= join_at for p in best.values()), sum(best.values())

    reached = {m: reach(m) for m in members}
    top = max(n for n, _ in reached.values())
    if all(n == top for n, _ in reached.values()):
        return None  # (the medoid reaches as many: no need to find it)
    if reached[medoid([feats[m] for m in members]).pos][0] >= top:
        return None
    tied = [m for m in members if reached[m][0] == top]
    high = max(reached[m][1] for m in tied)
    return medoid([feats[m] for m in tied if reached[m][1] >= high - 1e-9]).pos
