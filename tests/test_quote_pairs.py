"""One speaker's two quotations that share a word or two are two remarks, never one claim
(`merge/quote_pairs.py`, link rule 7); made-up statements."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from test_merge_figure_blocks import _feats

import consensus.merge.link as link
from consensus.merge.quote_pairs import (
    QUOTES_LINK_AT,
    quotation,
    quote_pairs_apart,
    quotes_apart,
)
from consensus.vectors import Vectors

WALL = 'Marla Quenby said: "The storm broke the harbour wall in three places."'
ROAD = 'Marla Quenby wrote: "The storm left the harbour road under water for hours."'
WALL_AGAIN = 'Marla Quenby told reporters: "The storm broke the harbour wall in three places."'


def test_a_quotation_is_mostly_quoted_words() -> None:
    assert quotation(WALL)
    assert not quotation('Marla Quenby said the harbour wall had suffered "severe damage".')
    assert not quotation("Marla Quenby said the storm broke the harbour wall.")


def test_one_speakers_two_remarks_sharing_a_word_are_apart() -> None:
    wall, road = _feats(WALL, ROAD)
    assert wall.speaker == road.speaker == "marla quenby"
    assert quotes_apart(wall, road, 0.35)
    # a strong link is one claim whatever the words: two outlets' wording of one remark
    assert not quotes_apart(wall, road, QUOTES_LINK_AT)


def test_two_quotations_of_one_remark_or_two_speakers_are_not_apart() -> None:
    wall, again = _feats(WALL, WALL_AGAIN)
    assert not quotes_apart(wall, again, 0.35)
    other, road = _feats(WALL.replace("Marla Quenby", "Ivo Brandt"), ROAD)
    assert other.speaker == "ivo brandt"
    assert not quotes_apart(other, road, 0.35)
    # an account quoting a phrase is no quotation of the speaker's words
    told, road = _feats('Marla Quenby said the storm had "broken the wall" overnight.', ROAD)
    assert not quotes_apart(told, road, 0.35)


def test_no_join_edge_between_two_remarks(monkeypatch: pytest.MonkeyPatch) -> None:
    feats = _feats(WALL, ROAD)
    # a bar under the pair's link (no vectors here), so only the rule keeps it apart
    model = dataclasses.replace(link.link_model(), threshold=0.05)
    edges, _, _, prob = link.link_edges(feats, Vectors.empty(), model)
    assert model.threshold <= prob[(0, 1)] < QUOTES_LINK_AT
    assert [e for e in edges if not e.conflict] == []
    assert quote_pairs_apart(feats, [(0, 1)], [0], np.asarray([prob[(0, 1)]])) == {0}
    monkeypatch.setattr(link, "quote_pairs_apart", lambda *_: set())
    edges, _, _, _ = link.link_edges(feats, Vectors.empty(), model)
    assert [(e.i, e.j) for e in edges if not e.conflict] == [(0, 1)]


def test_long_quotations_sharing_little_are_left_to_the_link() -> None:
    wall, road = _feats(
        'Marla Quenby said: "The storm broke the harbour wall in three places and flooded '
        'the old fish market."',
        'Marla Quenby wrote: "The storm left the harbour road under water for hours and '
        'the ferry stayed in port."',
    )
    assert quotation(wall.claim.statement) and quotation(road.claim.statement)
    assert not quotes_apart(wall, road, 0.35)
