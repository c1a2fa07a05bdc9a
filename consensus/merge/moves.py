"""Alignment (pipeline step 3, clustering), the second pass: a member that its group holds
by too few links moves to the group it links to best (a correlation-clustering move).

The greedy joins of `clusters._align` take single links by falling score: a claim that
links to one member of a group joins all of it, and groups that join later bring members
it was never compared with ("the bridge was closed" links to one of a mayor's claims
about a closure order and, through it, joins five more of hers, so the claims of its own
fact make an item without it). Here each member of a group of three or more is weighed
against the group's other members: a scored pair weighs its link log-odds less the
threshold's (probabilities clipped to [`CLIP`, 1 - `CLIP`]), a pair never scored (blocking
never put the two side by side) `-UNSCORED`, and a pair of one article's claims (never
compared; one article seldom states one fact twice) `-SAME_ARTICLE`. A member whose weights
to its group sum below zero is a suspect: it moves to the group of two or more that it has
a join edge to with the highest positive sum, when `accept` allows the join (the rules of
`clusters._may_join`); failing that, it stays (a lone claim is no place to move to: an item
of two claims from a weak pair is a worse mistake than a member too many). Groups of more
than `MAX_GROUP` members are not weighed (quadratic in the group; many links built them).

PURE: no I/O, clock or randomness. Suspects are taken in position order and groups tried
by falling sum (ties: the earlier first member), so the result depends only on the claims.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

CLIP = 0.02  # (a pair scored 0 outweighs three at p = 0.5, at a threshold of 0.28)
UNSCORED = 1.0  # the weight against a pair never scored
SAME_ARTICLE = 0.5  # the weight against a pair of one article's claims
MAX_GROUP = 64


def _logit(p: float) -> float:
    p = min(max(p, CLIP), 1.0 - CLIP)
    return math.log(p / (1.0 - p))


def support(
    x: int,
    members: Iterable[int],
    article: Sequence[str],
    prob: dict[tuple[int, int], float],
    at: float,
) -> float:
    """The summed weight of `x`'s pairs with the other `members` (see the module docstring)."""
    total = 0.0
    base = _logit(at)
    logits = _LOGITS  # (probabilities are rounded: a few thousand values, each read once)
    for y in members:
        if y == x:
            continue
        if article[y] == article[x]:
            total -= SAME_ARTICLE
            continue
        p = prob.get((x, y) if x < y else (y, x))
        if p is None:
            total += -UNSCORED
            continue
        weight = logits.get(p)
        if weight is None:
            weight = _logit(p)
            if len(logits) < _LOGITS_KEPT:
                logits[p] = weight
        total += weight - base
    return total


_LOGITS: dict[float, float] = {}  # probability -> `_logit`
_LOGITS_KEPT = 1 << 16


def move_members(
    groups: Iterable[list[int]],
    article: Sequence[str],
    prob: dict[tuple[int, int], float],
    at: float,
    partners_of: Callable[[set[int]], dict[int, list[int]]],
    accept: Callable[[int, list[int]], bool],
    moved: Callable[[int, list[int], list[int]], None],
) -> int:
    """Make the moves, each by `moved(member, the group it leaves, the group it joins)`
    (the groups as they stood); return how many. `groups`: the member lists of the groups of
    two or more; `article`: each claim's article; `prob`: the link probability of each
    scored pair (i < j); `at`: the threshold; `partners_of(suspects)`: each suspect's
    join-edge partners; `accept(x, members)`: whether x may join that group."""
    group_of: dict[int, list[int]] = {}
    for ms in groups:
        g = sorted(ms)
        for m in g:
            group_of[m] = g
    suspects = sorted(
        x
        for x, g in group_of.items()
        if 3 <= len(g) <= MAX_GROUP and support(x, g, article, prob, at) < 0
    )
    if not suspects:
        return 0
    partners = partners_of(set(suspects))
    moves = 0
    for x in suspects:
        here = group_of[x]
        if len(here) < 3 or support(x, here, article, prob, at) >= 0:
            continue  # (an earlier move changed its group)
        options: list[tuple[float, int, list[int]]] = []
        seen: set[int] = set()
        for y in sorted(partners.get(x, ())):
            there = group_of.get(y)  # (lone claims are no place to go)
            if there is None or there is here or there[0] in seen:
                continue
            seen.add(there[0])
            s = support(x, there, article, prob, at)
            if s > 0:
                options.append((-s, there[0], there))
        options.sort(key=lambda o: (o[0], o[1]))
        target = next((t for _, _, t in options if accept(x, t)), None)
        if target is None:
            continue
        moved(x, here, target)
        moves += 1
        left = [m for m in here if m != x]
        for m in left:
            group_of[m] = left
        joined = sorted([*target, x])
        for m in joined:
            group_of[m] = joined
    return moves
