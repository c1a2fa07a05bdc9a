"""A bare denial whose reasons make a point of their own makes none (pipeline step 5,
before the points are built).

A denial that names nothing of what it rejects ("The operator disputes that account.",
"Roe rejected that.": `answers.points_back`, `pronoun_denials.pronoun_back`) is bound to
the claim its article tells just before it, and what the denier holds instead is the claim
its article tells right after it (`denial_reasons.reasons_after`: "In a statement it said
its control room called the rescue service at 1:35 p.m."). When those reasons are a side
of another point already (the rescue service's "not alerted until 2:05 p.m." against the
operator's "called at 1:35 p.m."), that point is the dispute a reader sees; the bare
denial's own point sets "disputes that account" against whatever claim came just before
it (often the accuser's remark after the accusation: "'The first hour is when you want to
be on the line,' said the rescue chief"), a second point that shows nothing the first
does not, and as often as not the wrong claim (bench/bare_denials.py).

So a group every member of which is such a denial, whose reasons are all sides of other
points (and at least one reason is), is no side of its point; a point left with no link
between the groups that stay is no point (its groups are items as any other).

PURE: reads the groups, their members' statements, speakers and citations, and the links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.answers import _spans_by_article, points_back
from consensus.merge.denial_reasons import reasons_after
from consensus.merge.features import _Feat
from consensus.merge.pronoun_denials import pronoun_back
from consensus.models import Polarity

__all__ = ["without_answered_elsewhere"]


def _bare(f: _Feat) -> bool:
    """Whether a claim is a denial that names nothing of what it rejects."""
    return (
        f.claim.polarity == Polarity.denies
        and bool(f.citations)
        and (points_back(f.claim.statement) or pronoun_back(f.claim.statement) is not None)
    )


def without_answered_elsewhere(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    groups: Sequence[Sequence[_Feat]],
    feats: Sequence[_Feat],
    group_of: Mapping[int, int],
) -> dict[int, int]:
    """`point_of` without the bare denials whose reasons are sides of other points, and
    without the points left with no link inside (see the module docstring)."""
    by_article: dict[str, list[tuple[int, int, int]]] | None = None
    drop: set[int] = set()
    for g, root in point_of.items():
        if not groups[g] or not all(_bare(f) for f in groups[g]):
            continue
        if by_article is None:
            by_article = _spans_by_article(feats)
        reasons = [
            group_of.get(k) for f in groups[g] for k in reasons_after(feats, by_article, f.pos)
        ]
        if reasons and all(r is not None and point_of.get(r, root) != root for r in reasons):
            drop.add(g)
    if not drop:
        return dict(point_of)
    out = {g: root for g, root in point_of.items() if g not in drop}
    linked: set[int] = set()
    for gi, gj, _kind, _why in links:
        root = out.get(gi)
        if root is not None and out.get(gj) == root:
            linked.add(root)
    touched = {point_of[g] for g in drop}
    return {g: root for g, root in out.items() if root in linked or root not in touched}
