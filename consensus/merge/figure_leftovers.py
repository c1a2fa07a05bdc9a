"""A figure conflict left out of every contested point: its group joins its partner's point.

`disputes._points` grows each point from a hub and lets a group into it only when every
member of its polarity is linked to it or shares a linked group with it (links never chain).
A group whose one figure conflict is with a group another hub took, about ANOTHER slot than
that point's, is then in no point at all, and its dispute is lost: "Shares in a carmaker
dropped 5.4 percent" (one outlet) against a group that joined "the carmaker fell 5.1
percent" and "the index lost 2.6 percent", which a third outlet's "the index fell 2.3
percent" took into a point of the index's fall. The group belongs in that point as a side
of the other slot: the point then shows its figures slot by slot (`disputed_slots.disputed_slots`,
`verdicts._merge` puts each member on the side of the figure it prints).

Only figure conflicts (`link`'s "quantity" edges) are read, only into a point that has
figure conflicts of its own (a denial's point takes no figure side this way), and only when
none of the figures the link sets against each other is one of those (a conflict of the
point's own slot is `_points`' and `_fold_figure_points`' to decide), and the pair is no
retold earlier event (`background_groups`). A group with such links to several points joins
the one its first link in order names.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from consensus.merge.background_groups import _clashed_texts

__all__ = ["left_out_figures"]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def left_out_figures(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    background: Mapping[tuple[int, int], int],
) -> dict[int, int]:
    """`point_of` (group -> point id, its lowest group) with each group that is in no point
    but has a figure conflict, about another slot, with a group of a point, joined to that
    point (the module docstring). `links`: (group, group, kind, reason) as `_merge` makes
    them; `background`: group pair -> its retold earlier event's group."""
    links = list(links)
    inside: dict[int, set[str]] = defaultdict(set)  # point -> its conflicts' figure texts
    for gi, gj, _kind, why in links:
        root = point_of.get(gi)
        if root is not None and point_of.get(gj) == root and why.startswith("quantity "):
            inside[root] |= {_key(t) for t in _clashed_texts(why)}
    out = dict(point_of)
    for gi, gj, _kind, why in sorted(links):
        if not why.startswith("quantity ") or (min(gi, gj), max(gi, gj)) in background:
            continue
        for g, other in ((gi, gj), (gj, gi)):
            root = point_of.get(other)
            if g in out or root is None or root not in inside:
                continue
            texts = {_key(t) for t in _clashed_texts(why)}
            if texts and not texts & inside[root]:
                out[g] = root
    low: dict[int, int] = {}
    for g, r in out.items():
        low[r] = min(low.get(r, g), g)
    return {g: low[r] for g, r in out.items()}
