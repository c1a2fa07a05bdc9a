"""The conflict edges of answers and accounts that no candidate pair holds (pipeline step
3, after the link rules read the scored pairs; `link.link_edges` calls it last): a claim
answered by another side's claim just after it in one article, and two sides' accounts of
one act, whatever their link probability.

In order, each reading skipping the pairs an earlier one took: a claim that insists on the
opposite of another side's claim just before it ("... said the alarm never sounded. X
insists it went off": `insist_answers`, rule 6's rebuttal) and one that denies with an
idiom ("No part of our alarm was switched off": `idiom_denials`); a figure that answers
the figure told just before it ("Police put the number at 4,000": `figure_answers`, rule
3); two tellers' times of one moment side by side ("The families say they called at about
7:30 p.m. The police say the first call was logged at 11:48 p.m.": `timed_answers`, rule
5); two sources' lengths of one thing ("held for 52 days" / "after 47 days in captivity":
`length_edges`, rule 3); two sides' accounts of what one act hit or was done with
(`accounts`, rule 10); a notice given to a party against that party's denial of any
(`notices`, rule 11), and an accusation against the accused side's denial after it in one
article (`accused_denials`, rule 2), never for a pair that joins.

PURE: reads the claims, the pair context and the edges made so far.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from consensus.merge.accounts import account_edges
from consensus.merge.accused_denials import accused_denial_edges
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat
from consensus.merge.figure_answers import figure_answer_edges
from consensus.merge.idiom_denials import idiom_edges
from consensus.merge.insist_answers import insisted_edges
from consensus.merge.length_edges import length_edges
from consensus.merge.notices import notice_edges
from consensus.merge.score import Negation, _Edge
from consensus.merge.timed_answers import timed_answer_edges

__all__ = ["answer_edges"]


def answer_edges(
    feats: Sequence[_Feat],
    ctx: PairContext,
    negated: Sequence[bool],
    negations: Callable[[int], Negation],
    prob: Mapping[tuple[int, int], float],
    joins: tuple[np.ndarray, np.ndarray],
    edges: Sequence[_Edge],
    conflict_at: float,
) -> list[_Edge]:
    """The edges to add to `edges` (the link rules' so far; `joins`: the join pairs' ends,
    i < j), each a CONFLICT edge at `conflict_at` or its pair's probability (see the
    module docstring)."""
    out: list[_Edge] = []
    taken = {(e.i, e.j) for e in edges}
    out += insisted_edges(feats, negated, negations, conflict_at, taken)
    out += idiom_edges(feats, ctx.words_meet, negations, conflict_at, taken)
    taken |= {(e.i, e.j) for e in out}
    out += figure_answer_edges(feats, ctx.figs, conflict_at, taken)
    out += timed_answer_edges(feats, conflict_at, taken | {(e.i, e.j) for e in out})
    joined = set(zip(joins[0].tolist(), joins[1].tolist(), strict=True))
    held = taken | joined | {(e.i, e.j) for e in out}
    out += length_edges(feats, prob, conflict_at, held, ctx.words_meet)
    out += account_edges(feats, prob, joins[0], joins[1], conflict_at)
    notices = notice_edges(feats, conflict_at, [*edges, *out])
    if notices:  # (none for a pair that joins)
        out += [e for e in notices if (e.i, e.j) not in joined]
    denials = accused_denial_edges(feats, conflict_at, [*edges, *out])
    if denials:  # (none for a pair that joins)
        out += [e for e in denials if (e.i, e.j) not in joined]
    return out
