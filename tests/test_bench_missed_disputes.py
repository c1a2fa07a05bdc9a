"""bench/missed_disputes.py: a missed dispute whose sides met only as figure (or time)
rivals (`PairContext.rival_only`: compared, but given no probability) is not tallied as a
blocking miss ("no pair compared"), which it was while the census read `trace.prob` alone."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_disputes  # noqa: E402
import missed_links  # noqa: E402

from consensus.models import Polarity  # noqa: E402


def _trace(rival_only: frozenset[tuple[int, int]]) -> missed_links.Trace:
    def feat(text: str) -> SimpleNamespace:
        return SimpleNamespace(claim=SimpleNamespace(polarity=Polarity.asserts, statement=text))

    return missed_links.Trace(
        feats=[feat("The fire destroyed 40 homes."), feat("The fire destroyed 12 homes.")],
        members=[[0], [1]],
        ctx=SimpleNamespace(rival_only=rival_only),
    )


def test_rival_only_pair_is_compared_not_a_blocking_miss() -> None:
    got = missed_disputes._cause(_trace(frozenset({(0, 1)})), [{0}, {1}], 0.5)
    assert got == "figure/time rivals compared, no conflict edge"


def test_pair_never_compared_is_a_blocking_miss() -> None:
    got = missed_disputes._cause(_trace(frozenset()), [{0}, {1}], 0.5)
    assert got == "blocking: no pair compared"


def test_one_claim_on_two_sides_is_no_linked_pair() -> None:
    # claim 0 covers both sides ("police say 9, the union 11"); it is not "two claims
    # linked into one group", which a claim paired with itself was tallied as
    trace = _trace(frozenset())
    trace.members = [[0], [1]]
    got = missed_disputes._cause(trace, [{0}, {0, 1}], 0.5)
    assert got == "extraction: one claim covers two sides"
    trace.members = [[0, 1]]
    assert missed_disputes._cause(trace, [{0}, {0, 1}], 0.5) == "linked into one group"


def test_scored_pair_below_the_bar() -> None:
    trace = _trace(frozenset())
    trace.prob[(0, 1)] = 0.2
    assert missed_disputes._cause(trace, [{0}, {1}], 0.5) == "scored below threshold"


class _Model:
    threshold = 0.3


def _banded(monkeypatch: pytest.MonkeyPatch, best: float) -> str:
    trace = _trace(frozenset())
    trace.feats[0].article, trace.feats[1].article = "a", "b"

    def scores(_trace: object, pairs: list[tuple[int, int]], _model: object) -> dict:
        return {q: (best, 0.5) for q in pairs}

    monkeypatch.setattr(missed_disputes, "unblocked_scores", scores)
    return missed_disputes._unblocked_band(trace, [{0}, {1}], _Model())


def test_unblocked_band_says_what_blocking_alone_could_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _banded(monkeypatch, 0.45).startswith("would link")
    assert _banded(monkeypatch, 0.25).startswith("would reach the two-voice bar only")
    assert _banded(monkeypatch, 0.05).startswith("would score under both bars")


def test_unblocked_band_reads_pairs_of_two_articles_only() -> None:
    trace = _trace(frozenset())
    trace.feats[0].article = trace.feats[1].article = "a"
    assert missed_disputes._unblocked_band(trace, [{0}, {1}], _Model()) == (
        "no pair of two articles"
    )
