"""Two sources' lengths of one thing (link rule 3, lengths of time): "was freed after
being held for 52 days" / "has been released after 47 days in captivity"; "the
inspection lasted a little over five hours" / "officers kept staff in the building for
nine hours"; "the fireball was visible for about six seconds" / "sparks that lasted a
good ten seconds".

Such claims say little else alike (the verbs that tell what lasted differ: "held" /
"released", "lasted" / "kept"), so they seldom link and often are no candidate pair; the
figure rule never reads them, and minutes and hours are no figures (`figure_terms`). Here
every two claims of two articles are read whose statements each give exactly one length
(`lengths.lengths`), both asserting, both told as done or both as a plan, neither of
another occurrence (`_Feat.scope`, `_Feat.past`), naming a year or placing the length at
an earlier time (`figure_scope.event_time`: "In 2023, three miners were trapped for 11
hours", "last month"): when the two lengths clash (`lengths.lengths_clash`) and the claims
tell one thing (the pair's link probability at least `LENGTH_AT`: a pair the blocking
never compared tells nothing here), the pair is a CONFLICT edge ("length: 47 days vs 52
days", at `conflict_at` as the other answers' edges), unless an edge holds it already or
it joins. (Clauses sharing a content word were read as one thing too: "closed for 40
minutes" / "closed for an hour" of two airports, training no-gold.)

PURE: reads the claims' statements, speakers, articles and the pairs' probabilities.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.figure_scope import event_time
from consensus.merge.lengths import Length, lengths, lengths_clash
from consensus.merge.score import _Edge
from consensus.models import Polarity

__all__ = ["LENGTH_AT", "length_edges"]

LENGTH_AT = 0.1  # the link probability at which two claims' lengths are of one thing
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _one_length(text: str) -> Length | None:
    """The statement's one length, or None when it gives none or two values."""
    found = lengths(text)
    if not found or len({(x.value, x.side) for x in found}) != 1:
        return None
    return found[0]


def _earlier(text: str, at: Length) -> bool:
    """The statement names a year, or places the length at an earlier time
    (`figure_scope.event_time`: "last month", "In June 2023, ..."): another event's, maybe."""
    return _YEAR.search(text) is not None or bool(
        event_time(text, at.start, at.start + len(at.text))
    )


def length_edges(
    feats: Sequence[_Feat],
    prob: Mapping[tuple[int, int], float],
    conflict_at: float,
    taken: Collection[tuple[int, int]],
) -> list[_Edge]:
    """The conflict edges of two sources' lengths of one thing (see the module docstring),
    but for pairs in `taken` (an edge, or a join, holds them)."""
    told: list[tuple[int, Length]] = []
    for k, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or f.scope or f.past:
            continue
        one = _one_length(f.claim.statement)
        if one is not None and not _earlier(f.claim.statement, one):
            told.append((k, one))
    out: list[_Edge] = []
    for x, (i, a) in enumerate(told):
        for j, b in told[x + 1 :]:
            if feats[i].article == feats[j].article or (i, j) in taken:
                continue
            if a.planned != b.planned or not lengths_clash(a, b):
                continue
            p = prob.get((i, j), 0.0)
            if p < LENGTH_AT:
                continue
            first, second = sorted((a, b), key=lambda q: (q.value, q.text))
            said = f"length: {first.text} vs {second.text}"
            out.append(_Edge(conflict_at, i, j, said))
    return out
