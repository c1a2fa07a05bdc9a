"""What a group join's learned test reads beyond the sampled pair probabilities (`join_model`).

The link probabilities of the first sampled members' pairs cannot tell a lone claim's right
join to a group from a wrong one (a place sentence whose one compared pair links at 0.4
joined to a truck's acceleration; a victim's death to "killed dozens"). These columns read
the two groups whole and the claims around them:

- `own_printed`: the IDF-weighted share of the smaller side's content words that the larger
  side's claims of other articles print;
- `core_printed`: the IDF-weighted share of the larger side's core (the words claims of two
  of its articles print) that the smaller side prints;
- `linked_all`, `mean_all`: the share of the cross-article member pairs (all read members,
  not the sample) that link at the threshold, and their mean probability (never scored: 0);
- `same_article`: an article of the smaller side already has a claim on the larger side;
- `margin`: the smaller side's best link into the larger less its best link to any claim;
- `rival`: the best link into the larger side of ANOTHER claim of the smaller side's
  articles (a member already there, or a claim elsewhere) less the smaller side's own best:
  an article states a fact once, so when its other claim links to the group better, the
  joining claim most likely states something else ("Victoria died instantly" beside the
  same outlet's "killed dozens"). `join_model`'s `best_of_article` guard reads it.

The smaller side is the side of fewer members (ties: the side of the later first member).
At most `MAX_READ` members of each side are read (their first, canonical ones). Words are
the claims' content stems (`PairContext.stems`) weighted by their IDF over the batch.

PURE: reads the batch's `PairContext` and the pair probabilities; each claim's scored
partners are read once per batch and kept beside its context
(a weak reference: they go with it); sums run in a fixed order.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from consensus.merge.compare import PairContext

__all__ = ["SIGNALS", "join_signals"]

MAX_READ = 16  # members read of each side

SIGNALS = (
    "own_printed",  # IDF share of the smaller side's words the larger side's claims print
    "core_printed",  # IDF share of the larger side's core words the smaller side prints
    "linked_all",  # share of the read cross-article pairs that link at the threshold
    "mean_all",  # mean link probability of the read cross-article pairs (unscored: 0)
    "same_article",  # 1 when an article of the smaller side has a claim on the larger side
    "margin",  # the smaller side's best link into the larger less its best link anywhere
    "rival",  # best link into the larger of another claim of its articles, less its own
)


@dataclass(frozen=True)
class _Batch:
    """Each claim's scored partners and best link, and each claim's article."""

    prob: Mapping[tuple[int, int], float]  # (the mapping they were read from)
    partners: dict[int, dict[int, float]]
    best: dict[int, float]
    arts: list[str]  # (`views[x].article` of each claim x, read once per batch)


_NO_PARTNERS: dict[int, float] = {}

_batches: WeakKeyDictionary[PairContext, _Batch] = WeakKeyDictionary()


def _batch(ctx: PairContext, prob: Mapping[tuple[int, int], float]) -> _Batch:
    """The batch's link neighbourhoods (read once: `clusters._align` gives one `prob` per
    context)."""
    got = _batches.get(ctx)
    if got is None or got.prob is not prob:
        partners: dict[int, dict[int, float]] = defaultdict(dict)
        best: dict[int, float] = {}
        for (x, y), v in prob.items():
            partners[x][y] = v
            partners[y][x] = v
            if v > best.get(x, -1.0):
                best[x] = v
            if v > best.get(y, -1.0):
                best[y] = v
        arts = [v.article for v in ctx.views]
        got = _batches[ctx] = _Batch(prob, dict(partners), best, arts)
    return got


def join_signals(
    ctx: PairContext,
    a: Sequence[int],
    b: Sequence[int],
    prob: Mapping[tuple[int, int], float],
    join_at: float,
) -> tuple[float, ...]:
    """The columns of `SIGNALS` for a join of the groups of members `a` and `b` (claim
    positions, sorted, non-empty)."""
    small, large = (a, b) if (len(a), -a[0]) <= (len(b), -b[0]) else (b, a)
    small, large = small[:MAX_READ], large[:MAX_READ]
    stems, idf = ctx.stems, ctx.idf
    batch = _batch(ctx, prob)
    arts = batch.arts
    small_words: set[str] = set().union(*(stems[x] for x in small))
    small_arts = {arts[x] for x in small}
    large_arts = {arts[y] for y in large}
    arts_of: dict[str, set[str]] = defaultdict(set)  # the larger side's words, by article
    for y in large:
        art = arts[y]
        for w in stems[y]:
            arts_of[w].add(art)
    printed = {w for w, got_arts in arts_of.items() if got_arts - small_arts}
    floor = min(2, len(large_arts))
    core = {w for w, got_arts in arts_of.items() if len(got_arts) >= floor}
    cross = [(x, y) if x < y else (y, x) for x in small for y in large if arts[x] != arts[y]]
    got = [prob.get(p, 0.0) for p in cross]
    inside = max(got, default=0.0)
    members = set(small)
    into = set(large)
    # read from the larger side's partners (links are symmetric): the same pairs as every
    # claim of the smaller side's articles against the larger side, without walking articles
    # (the best such link: a partner no better than the best found so far is not read
    # further, which cannot change the maximum; none found: 0.0)
    rival, found = 0.0, False
    partners = batch.partners
    for y in into:
        for z, v in partners.get(y, _NO_PARTNERS).items():
            if (not found or v > rival) and z not in members and arts[z] in small_arts:
                rival, found = v, True
    return (
        _share(small_words, printed, idf),
        _share(core, small_words, idf),
        sum(1 for v in got if v >= join_at) / len(got) if got else 0.0,
        sum(got) / len(got) if got else 0.0,
        1.0 if small_arts & large_arts else 0.0,
        inside - max(batch.best.get(x, 0.0) for x in small),
        rival - inside,
    )


def _share(words: set[str], among: set[str], idf: Mapping[str, float]) -> float:
    """The IDF-weighted share of `words` that are in `among` (0 for no words); summed in
    word order, so the result does not depend on the set's iteration order."""
    ordered = sorted(words)
    total = sum(idf.get(w, 1.0) for w in ordered)
    if total <= 0 or math.isclose(total, 0.0):
        return 0.0
    return sum(idf.get(w, 1.0) for w in ordered if w in among) / total
