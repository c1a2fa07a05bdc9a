"""The group join's signals beyond the sampled pair probabilities (consensus/merge/
join_signals.py), and the `best_of_article` guard of an added join (join_model.py): a lone
claim whose own article already states the group's fact in another claim, linked to the
group better, joins no group by an added join; a lone claim that is its article's best link
into the group does."""

from __future__ import annotations

import numpy as np

from consensus.merge.clusters import _Cluster, _may_join
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.join_model import join_weights_in_scope
from consensus.merge.join_signals import SIGNALS, join_signals
from consensus.merge.link import link_model
from consensus.merge.weights import LogisticModel
from consensus.models import Polarity
from consensus.vectors import Vectors

# (article, statement): a group of three outlets on one fact (0-2), the third outlet's
# other sentence about a victim (3), and a fourth outlet's own telling of the fact (4)
SAID = [
    ("a1", "A lorry killed dozens of people at the harbour festival."),
    ("a2", "Dozens of people were killed by a lorry at the harbour festival."),
    ("a3", "The lorry killed dozens at the harbour festival on Friday."),
    ("a3", "Young Mira died instantly after the lorry hit her at the festival."),
    ("a4", "A lorry killed dozens at a harbour festival, officials said."),
]
GROUP = [0, 1, 2]


def _ctx() -> PairContext:
    views = [ClaimView(article=a, statement=t, names=frozenset(), speaker=None) for a, t in SAID]
    return PairContext(views, Vectors.empty())


def _prob(join_at: float) -> dict[tuple[int, int], float]:
    # the group's members link well; each lone claim was compared with one member only,
    # and that pair links just over the threshold (the mean rule wants half compared)
    return {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8, (0, 3): join_at + 0.1, (0, 4): join_at + 0.1}


def _group(members: list[int]) -> _Cluster:
    # (members, speakers, polarity, quantities, dates, leads)
    return _Cluster(members, {None}, Polarity.asserts, {}, set(), set())


def _eager(best_of_article: bool) -> LogisticModel:
    # a learned test that adds every join whose compared pairs all link
    meta: dict[str, object] = {"adds": True, "best_of_article": best_of_article}
    return LogisticModel(("max",), (20.0,), 0.0, 0.5, meta)


def _joins(lone: int, ctx: PairContext) -> bool:
    join_at = link_model().threshold
    return _may_join(_group([lone]), _group(GROUP), _prob(join_at), ctx, False, join_at)


def test_rival_reads_the_other_claims_of_the_joining_claims_article() -> None:
    join_at = link_model().threshold
    ctx = _ctx()
    wrong = dict(zip(SIGNALS, join_signals(ctx, [3], GROUP, _prob(join_at), join_at), strict=True))
    right = dict(zip(SIGNALS, join_signals(ctx, [4], GROUP, _prob(join_at), join_at), strict=True))
    # a3's claim 2 links into the group at 0.8, better than claim 3's one pair
    assert np.isclose(wrong["rival"], 0.8 - (join_at + 0.1)) and wrong["rival"] > 0
    assert wrong["same_article"] == 1.0
    # a4 says it once: no other claim of its article links anywhere
    assert np.isclose(right["rival"], -(join_at + 0.1)) and right["same_article"] == 0.0
    # one of the two (three) cross-article pairs links
    assert np.isclose(wrong["linked_all"], 1 / 2) and np.isclose(right["linked_all"], 1 / 3)
    assert np.isclose(right["mean_all"], (join_at + 0.1) / 3)
    assert np.isclose(right["margin"], 0.0)  # (its best link is into the group)
    # the fourth outlet's sentence prints more of the group's words than the victim's
    assert right["own_printed"] > wrong["own_printed"]
    assert right["core_printed"] > wrong["core_printed"]


def test_signals_read_the_smaller_side_whichever_side_it_is() -> None:
    join_at = link_model().threshold
    ctx = _ctx()
    one = join_signals(ctx, [4], GROUP, _prob(join_at), join_at)
    other = join_signals(ctx, GROUP, [4], _prob(join_at), join_at)
    assert one == other


def test_an_added_join_takes_no_claim_its_own_article_outlinks() -> None:
    ctx = _ctx()
    with join_weights_in_scope(None):  # the mean rule: one pair of three compared
        assert not _joins(3, ctx) and not _joins(4, ctx)
    with join_weights_in_scope(_eager(best_of_article=False)):
        assert _joins(3, ctx) and _joins(4, ctx)  # (the pair probabilities alone: both)
    with join_weights_in_scope(_eager(best_of_article=True)):
        assert not _joins(3, ctx)  # the victim's sentence: a3 states the fact in claim 2
        assert _joins(4, ctx)  # the fourth outlet's own telling joins
