"""Contested points (pipeline step 5) and stories (step 7): hub-grown points from the
links between groups, figure points folded into the dispute they are part of, a point's
topic, and the stories of groups and articles.

The other parts of step 5 have modules of their own: the sides of a point
(`positions.py`), their disputed slots (`disputed_slots.py`), a figure as written
(`written_figures.py`), figures by first publication (`figure_timeline.py`), figures
disputed inside one group (`inner_disputes.py`); compound-sentence support (step 6) is
`compound_support.py`. Their names that tests and bench scripts import from here are
re-exported below.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from consensus.merge.clusters import _UnionFind
from consensus.merge.compound_support import _compound_support as _compound_support
from consensus.merge.disputed_slots import disputed_slots as disputed_slots
from consensus.merge.figure_point_folds import one_slot_host
from consensus.merge.figure_timeline import agreed_figures as agreed_figures
from consensus.merge.inner_disputes import _one_slot as _one_slot
from consensus.merge.inner_disputes import inner_disputes as inner_disputes
from consensus.merge.positions import _position as _position
from consensus.merge.positions import _position_key as _position_key
from consensus.merge.positions import _prints_disputed as _prints_disputed
from consensus.merge.tunables import STORY_LINK
from consensus.merge.written_figures import count_state as count_state
from consensus.merge.written_figures import counted as counted
from consensus.merge.written_figures import in_line as in_line
from consensus.models import Polarity, Position


def _article_stories(n: int, shared: Iterable[Sequence[int]]) -> list[int]:
    """Story of each article 0..n-1, from the article lists of shared groups (or items).

    Two articles sharing >= `STORY_LINK` groups are in one story, transitively: such
    stories are *established*. Then, in article order, each pair sharing fewer groups joins
    its two stories unless both are established: a weak link may add an article (or a
    weakly linked set) to a story but never bridge two established stories, so a few false
    joins cannot chain every event of a large batch into one story, while a small batch
    whose articles share one group each is still one story. A story's id is its lowest
    article index.
    """
    pair_n: Counter[tuple[int, int]] = Counter()
    for arts in shared:
        members = set(arts)
        if len(members) > 1:  # every (a, b), a < b, counted in C
            pair_n.update(combinations(sorted(members), 2))
    uf = _UnionFind(n)
    established = [False] * n
    ordered = sorted(pair_n.items())
    for weak in (False, True):
        for (a, b), k in ordered:
            if (k < STORY_LINK) != weak:
                continue
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb or (weak and established[ra] and established[rb]):
                continue
            root, other = min(ra, rb), max(ra, rb)
            uf.parent[other] = root
            established[root] = not weak or established[ra] or established[rb]
    return [uf.find(k) for k in range(n)]


def _points(polarity: Sequence[Polarity], links: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Contested points from the links between groups: group -> point id.

    Links never chain: a point grows from a HUB, the group with the most links (ties: the
    lower group) not yet in a point, over groups within two links of it, nearest first
    (ties: lower group). A group joins unless some member of its polarity is neither
    linked to it nor shares a linked group with it: two claims on one side of a point are
    opposed by a common party (Trump's and Gerasimov's "encircled" by both Ukrainian
    denials), never related only through a chain A1-D1-A2-D2-A3. A group is in at most one
    point; a point's id is its lowest group.
    """
    adj: dict[int, set[int]] = defaultdict(set)
    for gi, gj in links:
        if gi != gj:
            adj[gi].add(gj)
            adj[gj].add(gi)
    point_of: dict[int, int] = {}
    for hub in sorted(adj, key=lambda g: (-len(adj[g]), g)):
        if hub in point_of:
            continue
        members = [hub]
        near = sorted(g for g in adj[hub] if g not in point_of)
        second = {x for g in near for x in adj[g]} - adj[hub] - {hub}
        for g in near + sorted(x for x in second if x not in point_of):
            if all(polarity[m] != polarity[g] or m in adj[g] or adj[m] & adj[g] for m in members):
                members.append(g)
        if len(members) > 1:
            root = min(members)
            for g in members:
                point_of[g] = root
    return point_of


def _fold_figure_points(
    point_of: Mapping[int, int], links: Iterable[tuple[int, int, str, str]]
) -> dict[int, int]:
    """Points (`_points`) with a figure point folded into the point it is one dispute with.

    A point made of figure conflicts alone ("at least 84 now lay dead" vs "nearly 80
    killed") whose figures, as the conflicts write them, are all figures of the conflicts
    of another point it is linked to by a figure conflict (a point of 60 / 77 / 80 / 84
    killed) is part of that dispute: its groups join that point (the one with the most
    groups, ties: the lower id). A figure point no figure conflict links to any other
    point ("at least 84 now lay dead" vs "more than 70 dead", one side told as later) is
    that dispute too when its slots and its figures are all the larger point's. `links`:
    (group, group, kind, reason) as `_merge` makes them; a point's id stays its lowest
    group."""
    figs: dict[int, set[str]] = defaultdict(set)  # point -> the figures its conflicts name
    mixed: set[int] = set()  # points with a link that is no figure conflict
    across: dict[int, set[int]] = defaultdict(set)  # points linked by a figure conflict
    slots: dict[int, set[str]] = defaultdict(set)  # point -> the slots its conflicts name
    reach: dict[int, set[int]] = defaultdict(set)  # group -> points it conflicts with
    for gi, gj, _kind, why in links:
        ri, rj = point_of.get(gi), point_of.get(gj)
        if ri is None or rj is None:
            continue
        if not why.startswith("quantity "):
            if ri == rj:
                mixed.add(ri)
            continue
        texts = {
            " ".join(t.split()).casefold()
            for what in why.split("; ")
            for t in what.rpartition(": ")[2].split(" vs ")
        }
        if ri == rj:
            figs[ri] |= texts
            slots[ri] |= {what.rpartition(": ")[0] for what in why[9:].split("; ")}
        else:
            across[ri].add(rj)
            across[rj].add(ri)
            reach[gi].add(rj)
            reach[gj].add(ri)
    size = Counter(point_of.values())
    into: dict[int, int] = {}
    for q in sorted(figs, key=lambda r: (size[r], r)):
        hosts = [
            p
            for p in across[q]
            if p not in into
            and (size[p], -p) > (size[q], -q)
            and (figs[q] <= figs[p] or one_slot_host(q, p, point_of, slots, reach))
        ]
        if not hosts and not across[q] and slots[q]:
            # no figure conflict links it anywhere: the same slots and figures as a larger
            # point's are still that dispute ("at least 84 now lay dead" vs "more than 70
            # dead" beside the point of 60 / 70 / 77 / 80 / 84 killed or dead)
            hosts = [
                p
                for p in figs
                if p != q
                and p not in into
                and (size[p], -p) > (size[q], -q)
                and slots[q] <= slots[p]
                and figs[q] <= figs[p]
            ]
        if q not in mixed and hosts:
            into[q] = min(hosts, key=lambda p: (-size[p], p))
    folded = {g: into.get(r, r) for g, r in point_of.items()}
    low: dict[int, int] = {}
    for g, r in folded.items():
        low[r] = min(low.get(r, g), g)
    return {g: low[r] for g, r in folded.items()}


def _topic(positions: Sequence[Position]) -> str:
    """The disputed proposition: the statement of the asserting side that most origins give
    (the shortest among equals). (A medoid over every claim of the point showed claims a
    mixed group had brought in: the seeds' encirclement point was headed "Russian troops
    have also crossed the frontier into ... Sumy".)"""
    asserting = [p for p in positions if p.polarity == Polarity.asserts] or list(positions)
    return max(asserting, key=lambda p: (p.origins, -len(p.statement))).statement
