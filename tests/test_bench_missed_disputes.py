"""bench/missed_disputes.py: a missed dispute whose sides met only as figure (or time)
rivals (`PairContext.rival_only`: compared, but given no probability) is not tallied as a
blocking miss ("no pair compared"), which it was while the census read `trace.prob` alone."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

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


def test_scored_pair_below_the_bar() -> None:
    trace = _trace(frozenset())
    trace.prob[(0, 1)] = 0.2
    assert missed_disputes._cause(trace, [{0}, {1}], 0.5) == "scored below threshold"
