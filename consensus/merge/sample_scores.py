"""The link probabilities of a group join's sampled pairs that blocking never compared.

`clusters._may_join` reads the link probabilities of the sampled member pairs of two groups
(their first `tunables.MAX_LINK_SAMPLE` members each); a pair that blocking and the vector
neighbours never compared has none, and the mean rule of `join_model.joins` wants at least
half of the sample scored. Two groups of one fact whose members are worded apart (one
outlet's lede against another's body sentence) fail that count while every pair that was
compared links. `SampleScorer` gives such a join a second reading: the pairs of two articles
that were never compared are scored now, by the same link model, and the join is asked again
with them (the mean rule over the whole sample). A join that passes the first reading is
never asked twice, so this only adds joins, and only when

* every pair compared before links (at least one was compared): the scores added can lift
  the count of compared pairs, never excuse a compared pair under the bar;
* at least one compared pair links at `RESCORED_AT` (0.5) or more: the link model reads it
  as one fact more likely than not. The pairs added later score low (blocking never put
  them near), so the join rests on what was compared; a group whose best compared pair is
  only above the join bar (0.282) is a look-alike as often as one fact (measured, session
  56 joinsample56: without this guard two acts of two places told alike, and the start of
  an offensive with the share of land retaken later, joined on real news, their best
  compared pairs 0.41 and 0.44; the training joins kept have 0.52 to 0.88, the three refused
  0.48);
* neither group has a member on a conflict edge (a figure, a date, a denial): a group that
  may be a side of a contested point keeps the plain join test, since a whole sample's
  mean does not tell two accounts of one slot from one fact (measured: with that guard
  off, two tolls of two places and two counts of one update joined, disputes -1).

The scorer builds its own comparison context and the lexical score's concept index on first
use (the merge's frees its pair columns once the candidate pairs are scored; a concept index
built per call costs O(claims) each time) and keeps every score it made. Only the link model
is read. PURE: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np

from consensus.merge.compare import PairContext
from consensus.merge.compared_pairs import _Concepts, lexical_scores, views
from consensus.merge.features import _Feat
from consensus.merge.link_models import join_link_model, link_model
from consensus.merge.score import _Edge
from consensus.vectors import Vectors

Pair = tuple[int, int]

RESCORED_AT = 0.5  # the best compared pair's least score for a second reading
# The scorer's own comparison context costs memory in proportion to the claims (about 0.45 GB
# at 100,000, over the merge's 2 GB budget there, bench/merge_scale.py): a merge of more claims
# than a story's largest cluster ever holds (a few thousand) keeps the plain join test.
MAX_RESCORED_CLAIMS = 20_000


class SampleScorer:
    """Scores never-compared pairs of two articles for `clusters._may_join`."""

    def __init__(
        self,
        feats: Sequence[_Feat],
        vectors: Vectors,
        prob: Mapping[Pair, float],
        edges: Sequence[_Edge],
    ) -> None:
        self.feats, self.vectors, self.prob = feats, vectors, prob
        self.on_conflict = {k for e in edges if e.conflict for k in (e.i, e.j)}
        self._memo: dict[Pair, float] = {}
        self._ctx: PairContext | None = None
        self._concepts: _Concepts | None = None  # (built once: a per-call build is O(claims))

    def may_rescore(
        self,
        got: Sequence[float],
        join_at: float,
        members_i: Collection[int],
        members_j: Collection[int],
    ) -> bool:
        """Whether a join refused for too few compared pairs (`got`: their scores) may be
        asked again with the rest scored: every compared pair links at `join_at`, the best
        at `RESCORED_AT`, and no member of either group is a possible side (`opposed`)."""
        if not got or min(got) < join_at or max(got) < RESCORED_AT:
            return False
        return not self.opposed(members_i, members_j)

    def opposed(self, members_i: Collection[int], members_j: Collection[int]) -> bool:
        """Whether a member of either group is on a conflict edge (a possible side)."""
        on = self.on_conflict
        return any(x in on for x in members_i) or any(y in on for y in members_j)

    def score(self, pairs: Sequence[Pair]) -> list[float]:
        """The probabilities of those of `pairs` that are of two articles and were never
        compared (not in `prob`), scored now by the link model."""
        feats, memo = self.feats, self._memo
        keys = [(min(x, y), max(x, y)) for x, y in pairs]
        todo = sorted(
            {
                k
                for k in keys
                if k not in self.prob
                and k not in memo
                and feats[k[0]].article != feats[k[1]].article
            }
        )
        if todo:
            if self._ctx is None or self._concepts is None:
                self._ctx = PairContext(views(feats), self.vectors)
                self._concepts = _Concepts(feats)
            x = self._ctx.features(todo, lexical_scores(feats, todo, self._concepts))
            got = np.round(link_model().prob(x), 4).tolist()
            memo.update(zip(todo, (float(v) for v in got), strict=True))
        return [memo[k] for k in keys if k in memo]


def sample_scorer(
    feats: Sequence[_Feat], vectors: Vectors, prob: Mapping[Pair, float], edges: Sequence[_Edge]
) -> SampleScorer | None:
    """A `SampleScorer`, or None when the JOIN decision reads other weights than the link
    model's columns (a JOIN file's rows differ from the link model's) or the merge holds
    more than `MAX_RESCORED_CLAIMS` claims (a second context would not fit its memory)."""
    if join_link_model() is not link_model() or len(feats) > MAX_RESCORED_CLAIMS:
        return None
    return SampleScorer(feats, vectors, prob, edges)
