"""Items of clauses and parts (pipeline step 6): an agreed clause part the whole claim's
item already cites is left out (`_without_parts`), and an item of clauses names its
speakers as the claims holding the clauses write them (`_clause_speakers`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.items import _speaker_names
from consensus.models import Item


def _without_parts(agreed: list[Item]) -> list[Item]:
    """The agreed items but those whose every citation lies inside a citation of one other
    agreed item with more text and the same outlets: a clause part ("Ivo Brandt is 44")
    whose sentences the whole claims' item cites already, so the reader would read the fact
    twice. A part some of the whole's outlets do not state (a seat two of three outlets
    give) tells who states it, and a side of a contested point is shown as such: both
    stay. (The items
    that may hold a part are found through its first citation's article, so the check is
    linear in the citations of that article, not in all items.)"""
    by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for k, it in enumerate(agreed):
        for c in it.citations:
            by_article[c.article].append((c.start, c.end, k))
    size = [sum(c.end - c.start for c in it.citations) for it in agreed]

    def inside(p: int, w: int) -> bool:
        whole = agreed[w].citations
        return (
            size[p] < size[w]
            and set(agreed[p].sources) == set(agreed[w].sources)
            and all(
                any(x.article == c.article and x.start <= c.start and c.end <= x.end for x in whole)
                for c in agreed[p].citations
            )
        )

    def held(p: int) -> bool:
        cites = agreed[p].citations
        if not cites or agreed[p].points:
            return False  # (a side of a point is shown as one, by design)
        first = cites[0]
        holders = {
            k
            for start, end, k in by_article[first.article]
            if k != p and start <= first.start and first.end <= end
        }
        return any(inside(p, w) for w in sorted(holders))

    return [it for k, it in enumerate(agreed) if not held(k)]


def _clause_speakers(
    ms: Sequence[_Feat],
    rep: _Feat,
    clauses: Mapping[tuple[str, int], tuple[str, int]],
    pos_of: Mapping[tuple[str, int], int],
    feats: Sequence[_Feat],
) -> tuple[str, ...]:
    """Who an item of clauses (`clause_agreement`) is said by, written as the claims whose
    sentences hold the clauses write it: a clause cites only its own words, not the ones
    that say who spoke, so "..., her family said" is shown "her family", not "Family"."""

    def host(f: _Feat) -> _Feat:
        at = pos_of.get(clauses.get((f.article, f.index), (f.article, f.index)))
        return f if at is None else feats[at]

    names = _speaker_names(ms, rep)
    if not names:
        return names
    written = {
        n.casefold().split()[-1]: n for n in _speaker_names([host(f) for f in ms], host(rep))
    }
    return tuple(written.get(n.casefold(), n) if " " not in n else n for n in names)
