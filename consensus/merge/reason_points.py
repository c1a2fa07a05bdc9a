"""A bare denial whose reasons are a side of another point belongs to that point (step 5,
after `party_points.fold_party_points`).

"Gareth Imrie said the owners had waited three days for the ministry to act. The
ministry rejected that. 'There was no delay,' a spokeswoman said." The bare denial ("The
ministry rejected that.": `answers.points_back`, `pronoun_denials.pronoun_back`) answers
the claim just before it and makes a point of its own, and its reasons ("There was no
delay", `denial_reasons.reasons_after`) stand in another point, against another outlet's
"the association accuses the ministry of a three-day delay": an editor reads one dispute
twice, once as "X rejected that." with nothing of what the party says. So the bare
denial's point folds into the point its reasons are on, and the bare denial is shown on
its reasons' side (`reason_sides`). Only points of words are folded: every link inside
each is a denial, opposite polarity or a negation (a point of figures, dates or clock
times keys its sides by the values, which a bare denial does not give). The folded
point's id is the reasons' point's.

PURE: reads the groups' claims, their citations and the point links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.answers import _spans_by_article, points_back
from consensus.merge.denial_reasons import reasons_after
from consensus.merge.features import _Feat
from consensus.merge.party_points import _denial_points
from consensus.merge.pronoun_denials import pronoun_back
from consensus.models import Polarity

__all__ = ["fold_reason_points", "reason_sides"]


def _bare(f: _Feat) -> bool:
    """Whether a claim is a denial that names nothing of what it rejects."""
    statement = f.claim.statement
    return (
        f.claim.polarity == Polarity.denies
        and bool(f.citations)
        and (points_back(statement) or pronoun_back(statement) is not None)
    )


def reason_groups(
    feats: Sequence[_Feat],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
    gis: Iterable[int],
) -> dict[int, set[int]]:
    """Group -> the groups holding the reasons of its bare denials (`reasons_after`), for
    the groups `gis` that hold a bare denial with reasons."""
    by_article: dict[str, list[tuple[int, int, int]]] | None = None
    out: dict[int, set[int]] = {}
    for gi in gis:
        for f in groups[gi]:
            if not _bare(f):
                continue
            if by_article is None:
                by_article = _spans_by_article(feats)
            for k in reasons_after(feats, by_article, f.pos):
                gk = group_of.get(k)
                if gk is not None and gk != gi:
                    out.setdefault(gi, set()).add(gk)
    return out


def fold_reason_points(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    feats: Sequence[_Feat],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
) -> dict[int, int]:
    """`point_of` with each point of words that a bare denial makes folded into the point
    of words its reasons are on (see the module docstring)."""
    worded = _denial_points(point_of, links, ("polarity", "negation"))  # (points of words)
    into: dict[int, int] = {}
    for gi, reasons in sorted(reason_groups(feats, groups, group_of, point_of).items()):
        p = point_of[gi]
        if p not in worded or into.get(p, p) != p:
            continue
        targets = sorted({point_of[g] for g in reasons if g in point_of} - {p})
        targets = [q for q in targets if q in worded and into.get(q, q) == q]
        if len(targets) == 1:  # (reasons on two other points: which one is unclear)
            into[p] = targets[0]
    return {g: into.get(r, r) for g, r in point_of.items()}


def reason_sides(
    feats: Sequence[_Feat],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
    gis: Sequence[int],
) -> dict[int, int]:
    """For the groups `gis` of one point: group of bare denials only -> the group of the
    point whose side it is shown on (its reasons'), when its reasons are in one group of
    the point."""
    inside = set(gis)
    out: dict[int, int] = {}
    for gi, reasons in reason_groups(feats, groups, group_of, gis).items():
        here = sorted(reasons & inside)
        if len(here) == 1 and all(_bare(f) for f in groups[gi]):
            out[gi] = here[0]
    return out
