"""A claim that insists on the opposite of what another side said just before it: "Dragan
Petrov has said the alarm never sounded. Director Klara Vennström insists it went off at
3:12 a.m." To insist is to hold a statement against another (news writes it for a
rebuttal); when the insisted statement points back with a pronoun subject ("it", "they")
at the claim of another side just before it in its article, and exactly one of the two is
negated, the two are a rebuttal (link rule 6's "negation" conflict). Claims of one article
are never a candidate pair, so rule 6 never reads them.

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from consensus.merge.answers import ANSWER_REACH, _spans_by_article, other_sides_before
from consensus.merge.features import _Feat
from consensus.merge.score import Negation, _Edge
from consensus.models import Polarity

# "insists it went off", "insisted that they had been warned": an insisted statement whose
# subject is a pronoun (what it is about is told just before)
_INSISTS_BACK = re.compile(
    r"\binsist(?:s|ed|ing)?\s+(?:that\s+)?(?:it|they|this)\b(?!\s+(?:said|says)\b)",
    re.IGNORECASE,
)


def insisted_answers(feats: Sequence[_Feat], negated: Sequence[bool]) -> dict[int, int]:
    """Each asserting claim of a named speaker that insists on a statement pointing back
    (`_INSISTS_BACK`) -> the nearest claim before it in its article, within
    `ANSWER_REACH`, that another side states, when exactly one of the two is negated
    (`negated`: a negation word in the claim); claims without one are left out."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for b, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or not f.speaker or not f.citations:
            continue
        if not any(_INSISTS_BACK.search(c.quote) for c in f.citations):
            continue
        for k in other_sides_before(feats, by_article, b, ANSWER_REACH):
            if negated[k] != negated[b]:
                out[b] = k
            break  # (the nearest other side's claim only)
    return out


def insisted_edges(
    feats: Sequence[_Feat],
    negated: Sequence[bool],
    negation: Callable[[int], Negation],
    score: float,
    taken: Collection[tuple[int, int]],
) -> list[_Edge]:
    """The conflict edges of `insisted_answers` (at `score`, reason "negation: not <the
    concept the negated claim negates>", as link rule 6's), but for pairs in `taken`
    (with an edge already) and pairs whose negated claim negates no concept."""
    out: list[_Edge] = []
    for b, t in sorted(insisted_answers(feats, negated).items()):
        i, j = min(b, t), max(b, t)
        what = min(negation(b if negated[b] else t).concepts, default="")
        if what and (i, j) not in taken:
            out.append(_Edge(score, i, j, f"negation: not {what}"))
    return out
