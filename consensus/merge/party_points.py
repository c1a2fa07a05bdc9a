"""One accusation and its denial, told by two outlets in other words, is one contested
point, not two (step 5, after `disputes._points`).

"The union accused Vestrail of bringing in drivers from employment agencies ... The
company denied it." in one article and "Union officials repeated their claim that
Vestrail had used agency drivers ... Vestrail again denied it." in another make two
points when the two accusations are not joined (their words differ too much for the link
model): an editor reads the same dispute twice. Two points made only of denials and
opposite polarity fold into one when a denier of each (its speaker, else the subject of its
claim) is one party (`_speakers_compatible`, or a name word in common: `answers._one_side`)
and the claims they answer share at least `SHARED_STEMS` content stems that are not the
parties' names nor words that tell an accusation (drivers, agency): the accused's denials
of one accusation. Points with a figure, date or negation conflict are left alone; the
folded point's id is its lowest group.

PURE: reads the groups' claims and the point links.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.answers import _one_side
from consensus.merge.claim_words import content_stems
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _REPORT_NOUNS, _SPEECH
from consensus.merge.roles import name_stems
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = ["SHARED_STEMS", "fold_party_points"]

SHARED_STEMS = 2  # content stems two points' accusations share, beyond the parties' names
# words that tell an accusation, not what it says ("accused", "repeated their claim")
_TELLING = frozenset(
    _stem(w)
    for w in (*_SPEECH, *_REPORT_NOUNS, "accuse", "accused", "accusing", "repeat", "repeated")
)


def _denial_points(
    point_of: Mapping[int, int], links: Iterable[tuple[int, int, str, str]]
) -> set[int]:
    """The points every link inside which is a denial or opposite polarity."""
    pure: dict[int, bool] = {}
    for gi, gj, kind, why in links:
        root = point_of.get(gi)
        if root is None or point_of.get(gj) != root:
            continue
        ok = kind == "denial" or why.startswith("polarity")
        pure[root] = pure.get(root, True) and ok
    return {r for r, ok in pure.items() if ok}


def fold_party_points(
    point_of: Mapping[int, int],
    links: Iterable[tuple[int, int, str, str]],
    groups: Sequence[Sequence[_Feat]],
) -> dict[int, int]:
    """`point_of` with denial points of one accusation folded (see the module docstring)."""
    links = list(links)
    members: dict[int, list[int]] = defaultdict(list)
    for g, r in point_of.items():
        members[r].append(g)
    deniers: dict[int, list[str]] = {}
    stems: dict[int, frozenset[str]] = {}
    for root in sorted(_denial_points(point_of, links)):
        claims = [f for g in members[root] for f in groups[g]]
        denials = [f for f in claims if f.claim.polarity == Polarity.denies]
        who = sorted({(f.speaker or f.claim.subject or "").casefold() for f in denials} - {""})
        if not who:
            continue
        said = frozenset().union(
            *(
                content_stems(f.claim.statement.casefold())
                for f in claims
                if f.claim.polarity == Polarity.asserts
            )
        )
        accusers = {
            (f.speaker or f.claim.subject or "").casefold()
            for f in claims
            if f.claim.polarity == Polarity.asserts
        }
        deniers[root] = who
        stems[root] = said - name_stems(frozenset(who) | accusers) - _TELLING
    into: dict[int, int] = {}
    roots = sorted(deniers)
    for k, p in enumerate(roots):
        for q in roots[k + 1 :]:
            if into.get(q, q) != q:
                continue
            same = any(_one_side(a, b) for a in deniers[p] for b in deniers[q])
            if same and len(stems[p] & stems[q]) >= SHARED_STEMS:
                into[q] = into.get(p, p)
    return {g: into.get(r, r) for g, r in point_of.items()}
