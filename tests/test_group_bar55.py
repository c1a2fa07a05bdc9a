"""A JOIN weights file's own bar for group joins (`link_models.group_bar`; session 55,
joinbar55): pairs join at the file's threshold, groups at its `group_at`. Invented text."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from test_merge_rare_neighbours import _feats

from consensus.merge.clusters import _align
from consensus.merge.link import join_weights_in_scope, link_model
from consensus.merge.link_models import group_bar, group_bar_in_scope, join_link_model
from consensus.vectors import as_vectors

SAID = "Floodwater closed the Harlow Road bridge on Tuesday morning."
TEXTS = (SAID, SAID, SAID)


def _largest() -> int:
    feats = _feats(TEXTS)
    vectors = as_vectors({f.claim.statement: np.ones(4).tolist() for f in feats})
    members, _, _, _ = _align(feats, vectors)
    return max(len(m) for m in members)


def test_the_bar_is_the_join_files_own_else_its_threshold() -> None:
    with join_weights_in_scope(link_model()):  # (no `group_at`: the pair threshold)
        assert group_bar() == join_link_model().threshold
    own = replace(link_model(), meta={"group_at": 0.61})
    with join_weights_in_scope(own):
        assert group_bar() == 0.61
        with group_bar_in_scope(0.7):
            assert group_bar() == 0.7


def test_a_group_joins_at_the_bar_a_pair_at_the_threshold() -> None:
    assert _largest() == 3  # (one sentence in three articles: one group)
    with group_bar_in_scope(1.01):  # (no mean reaches it: pairs join, groups never)
        assert _largest() == 2
