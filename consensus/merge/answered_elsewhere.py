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
between the groups that stay is no point (its groups are items as any other). Not when a
group linked to it in its point charges the denier's party by a verb of charging ("Lund
accused the ministry of steering the fund ... The minister denied that.", "Its chair
blames the government": `charge_antecedents.charges`): then the point is the charge and
its answer, what a reader reads, whatever the reasons' point shows.

PURE: reads the groups, their members' statements, speakers and citations, and the links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from consensus.merge.answers import _spans_by_article, points_back
from consensus.merge.charge_antecedents import _denier, charges
from consensus.merge.denial_reasons import reasons_after
from consensus.merge.features import _Feat
from consensus.merge.lexicon import alternatives
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


def _charged(
    g: int,
    root: int,
    point_of: Mapping[int, int],
    links: Sequence[tuple[int, int, str, str]],
    groups: Sequence[Sequence[_Feat]],
) -> bool:
    """Whether a group linked to `g` inside its point charges the party of one of `g`'s
    denials by a verb of charging ("accused the ministry of", "blames the government")."""
    for gi, gj, _kind, _why in links:
        if g not in (gi, gj) or point_of.get(gi) != root or point_of.get(gj) != root:
            continue
        other = groups[gj if gi == g else gi]
        if any(_charges(f, o) for f in groups[g] for o in other):
            return True
    return False


@cache
def _charge_verb() -> re.Pattern[str]:
    """A verb of charging whose object is the party charged (`data/charge_verbs.toml`)."""
    return re.compile(rf"\b(?:{alternatives('charge_verbs.toml', 'objects')})\b", re.IGNORECASE)


def _charges(denial: _Feat, other: _Feat) -> bool:
    """Whether a quote of `other` charges the party of `denial` by a verb of charging, with
    what it charges of or not ("blames the government")."""
    denier, proper = _denier(denial)
    return bool(denier.strip()) and any(
        _charge_verb().search(c.quote) is not None and charges(c.quote, denier, proper)
        for c in other.citations
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
    links = list(links)
    by_article: dict[str, list[tuple[int, int, int]]] | None = None
    drop: set[int] = set()
    for g, root in point_of.items():
        if not groups[g] or not all(_bare(f) for f in groups[g]):
            continue
        if _charged(g, root, point_of, links, groups):
            continue  # (it answers the charge of its party: its own point, whatever else)
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
        at = out.get(gi)
        if at is not None and out.get(gj) == at:
            linked.add(at)
    touched = {point_of[g] for g in drop}
    return {g: root for g, root in out.items() if root in linked or root not in touched}
