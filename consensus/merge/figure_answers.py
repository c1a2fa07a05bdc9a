"""A figure that answers the figure told just before it: "The organisers said about 15,000
people marched. Police put the number at 4,000." "The number" points back: the second
teller gives the first one's count another value, in a sentence that names nothing of what
is counted, so no slot words meet and the two claims, of one article, are never a
candidate pair (the figure rule never reads them).

An answer here: an asserting claim that puts "the number" (the figure, the total, the
count, the tally, the toll) at one figure, against the nearest claim with a figure before
it in its article, within `answers.ANSWER_REACH`, that another side asserts (a speaker of
its own, or none: the outlet's statement, "17 people had been confirmed dead, according to
the agency"; `_counts_before`): when that claim gives exactly one figure of the answer's
unit kind that neither equals nor overlaps it (a bound and a figure just above it, a rough
figure and one it rounds) and is within a thousand times of it, the two are a quantity
CONFLICT (link rule 3's).

PURE: reads the claims' statements, speakers, citations and figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator, Sequence

from consensus.merge.answers import ANSWER_REACH, _one_side, _spans_by_article, claims_before
from consensus.merge.features import _Feat
from consensus.merge.figures import Figure
from consensus.merge.score import _Edge
from consensus.merge.slots import _comparable, _overlap, _stem
from consensus.models import Polarity

__all__ = ["figure_answer_edges", "figure_answers"]

# "put the number at 4,000", "puts the figure at 30 or more", "estimated the total at"
_PUTS_BACK = re.compile(
    r"\b(?:put(?:s|ting)?|estimat(?:es|ed|ing)|place[sd]?)\s+(?:the|that|this|its|their)\s+"
    r"(?:number|figure|total|count|tally|toll)\s+(?:at|as\s+high\s+as|closer\s+to)\b",
    re.IGNORECASE,
)


def _answered_figure(mine: Figure, theirs: Sequence[Figure]) -> Figure | None:
    """The one figure of `theirs` that `mine` gives another value (see the module
    docstring), else None."""
    kind = [f for f in theirs if f.unit == mine.unit and not f.vague]
    if len(kind) != 1:
        return None
    other = kind[0]
    if math.isclose(other.value, mine.value, rel_tol=1e-6) or _overlap(other, mine):
        return None
    return other if _comparable(other, mine) else None


def _counts_before(
    feats: Sequence[_Feat],
    figs: Sequence[Sequence[Figure]],
    by_article: dict[str, list[tuple[int, int, int]]],
    b: int,
) -> Iterator[int]:
    """The asserting claims with a figure before claim `b` in its article, nearest first,
    within `ANSWER_REACH` characters; none past a claim of `b`'s own speaker (it goes on
    with its own count). A claim with no speaker is the outlet's or its source's: another
    side than the one that puts the number."""
    f = feats[b]
    for k in claims_before(feats, by_article, b, ANSWER_REACH):
        other = feats[k]
        if other.claim.polarity != Polarity.asserts or not figs[k]:
            continue
        if _one_side(f.speaker, other.speaker):
            return
        yield k


def figure_answers(
    feats: Sequence[_Feat], figs: Sequence[Sequence[Figure]]
) -> dict[int, tuple[int, Figure, Figure]]:
    """Each answering claim -> (the claim it answers, its figure, the answered figure)."""
    by_article = _spans_by_article(feats)
    out: dict[int, tuple[int, Figure, Figure]] = {}
    for b, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or not f.citations:
            continue
        if len(figs[b]) != 1 or figs[b][0].vague:
            continue
        if not any(_PUTS_BACK.search(c.quote) for c in f.citations):
            continue
        for k in _counts_before(feats, figs, by_article, b):
            other = _answered_figure(figs[b][0], figs[k])
            if other is not None:
                out[b] = (k, figs[b][0], other)
            break  # (the nearest other side's claim only)
    return out


def figure_answer_edges(
    feats: Sequence[_Feat],
    figs: Sequence[Sequence[Figure]],
    score: float,
    taken: Collection[tuple[int, int]],
) -> list[_Edge]:
    """The conflict edges of `figure_answers` (at `score`, reason "quantity <slot>: <the
    answered figure> vs <the answer>", as the figure rule's), but for pairs in `taken`."""
    out: list[_Edge] = []
    for b, (k, mine, other) in sorted(figure_answers(feats, figs).items()):
        i, j = min(b, k), max(b, k)
        if (i, j) in taken:
            continue
        slot = _stem(other.slot[0]) if other.slot else "count"
        out.append(_Edge(score, i, j, f"quantity {slot}: {other.text} vs {mine.text}"))
    return out
