"""Two voices' counts of one named thing dispute it at the plain conflict bar
(`merge/voice_counts.py`, link rule 3): the same counted noun by name, one slot, two values,
acts that meet; never generic nouns, units, equal values or the objects of two acts."""

from __future__ import annotations

import pytest
from test_merge_figure_blocks import _feats

import consensus.merge.link as link
import consensus.merge.value_conflicts as value_conflicts
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.voice_counts import one_named_count
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(statements)
    ]
    return PairContext(views, Vectors.empty())


def test_two_values_of_one_named_count() -> None:
    ctx = _context(
        "The regulator said the lender had failed to check 1,140 accounts.",
        "The chief executive said the lender had failed to check fewer than 900 accounts.",
    )
    assert one_named_count(ctx, 0, 1)
    assert one_named_count(ctx, 1, 0)


def test_equal_values_are_no_rivals() -> None:
    ctx = _context(
        "The regulator said the lender had failed to check 1,140 accounts.",
        "The chief executive said the lender had failed to check 1,140 accounts.",
    )
    assert not one_named_count(ctx, 0, 1)


def test_a_generic_noun_or_a_unit_names_no_thing() -> None:
    people = _context(
        "The ministry said 40 people were taken to hospital.",
        "The union said 55 people were taken to hospital.",
    )
    assert not one_named_count(people, 0, 1)
    units = _context(
        "The company said the vehicle reached 41 kilometres.",
        "The agency said the vehicle reached 47 kilometres.",
    )
    assert not one_named_count(units, 0, 1)


def test_two_nouns_or_two_acts_are_two_things() -> None:
    nouns = _context(
        "The regulator said the lender had failed to check 1,140 accounts.",
        "The chief executive said the lender had failed to check 900 customers.",
    )
    assert not one_named_count(nouns, 0, 1)
    acts = _context(
        "The coast guard said it seized two ships.",
        "The ministry said it denied port access to four ships.",
    )
    assert not one_named_count(acts, 0, 1)


def test_two_speakers_counts_of_one_named_noun_are_a_dispute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feats = _feats(
        "The regulator said the bank had failed to check 1,140 accounts opened over four years.",
        "Jan Roe said the bank had failed to check fewer than 900 accounts, not the larger "
        "number reported in some newspapers.",
    )
    assert [f.speaker for f in feats] == ["regulator", "jan roe"]
    edges, _, _, prob = link.link_edges(feats, Vectors.empty())
    # two voices, linked below the two speakers' bar: a dispute by the named count alone
    assert prob[(0, 1)] < value_conflicts.SPEAKERS_CONFLICT_AT
    assert [(e.i, e.j, e.conflict) for e in edges] == [(0, 1, "quantity account: 1,140 vs 900")]
    monkeypatch.setattr(value_conflicts, "one_named_count", lambda *_: False)
    assert link.link_edges(feats, Vectors.empty())[0] == []
