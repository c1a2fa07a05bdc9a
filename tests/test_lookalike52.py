"""A figure a claim gives as a named owner's ("14,000 more than Dunmoor Park's 21,000") is
another thing's value than the claim's own figure of that slot: no clash of one slot with a
claim that gives that owner's value (consensus.merge.figure_possessed). A value told without
an owner ("a higher figure than the 27 announced") stays a rival. Invented text."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.disputes import inner_disputes
from consensus.merge.features import _build_features, _Feat
from consensus.merge.figure_possessed import named_owner, owned_echo
from consensus.merge.figures import figures
from consensus.models import Article
from consensus.offline import extract_offline
from consensus.vectors import Vectors

DAY = dt.date(2025, 3, 9)


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


_OLD = "Its stands hold 21,000 people."
_NEW_OWNED = "The arena will hold 35,000, about 14,000 more than Dunmoor Park's 21,000."
_NEW_TOLD = "The arena will hold 35,000, a higher figure than the 21,000 announced."


def test_a_named_owners_value_is_no_rival_of_the_claims_own_figure() -> None:
    ctx = _context(_OLD, _NEW_OWNED)
    assert ctx.figure_relation(0, 1)[1] == ""
    assert ctx.figure_relation(1, 0)[1] == ""


def test_a_value_told_without_an_owner_still_clashes() -> None:
    ctx = _context(_OLD, _NEW_TOLD)
    assert ctx.figure_relation(0, 1)[1] != ""
    plain = _context(_OLD, "The arena will hold 35,000 people.")
    assert plain.figure_relation(0, 1)[1] != ""


def _feats(*texts: str) -> list[_Feat]:
    arts = [
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    ]
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(claims, {a.id: a.text for a in arts})
    return [replace(f, origin=f.article) for f in feats]  # (each article its own origin)


def test_no_dispute_inside_a_group_over_a_named_owners_value() -> None:
    feats = _feats(_OLD, _NEW_OWNED)
    assert len(feats) == 2
    assert inner_disputes(feats) == []


def test_a_rival_inside_a_group_is_still_disputed() -> None:
    feats = _feats(_OLD, "The arena will hold 35,000, about 14,000 more than in 2019.")
    assert len(feats) == 2
    assert inner_disputes(feats) != []


def test_the_owner_reading_is_grammar_only() -> None:
    owned = next(f for f in figures(_NEW_OWNED) if f.text == "21,000")
    assert named_owner(_NEW_OWNED, owned)
    told = next(f for f in figures(_NEW_TOLD) if f.text == "21,000")
    assert not named_owner(_NEW_TOLD, told)
    lower = "The arena holds 35,000, more than the old ground's 21,000."
    assert not named_owner(lower, next(f for f in figures(lower) if f.text == "21,000"))
    (mine,) = [f for f in figures(_OLD)]
    new = figures(_NEW_OWNED)
    assert owned_echo(_NEW_OWNED, new, new[0], mine)
    assert not owned_echo(_NEW_TOLD, figures(_NEW_TOLD), figures(_NEW_TOLD)[0], mine)


def test_the_owner_pattern_is_linear_on_a_huge_token() -> None:
    text = "A" * 200_000 + "'s 5 and 7"
    fig = figures(text)[-1]
    started = time.perf_counter()
    named_owner(text, fig)
    assert time.perf_counter() - started < 0.5
