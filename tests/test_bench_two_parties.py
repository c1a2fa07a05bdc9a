"""bench/two_parties.py: the step that loses a point one article tells in two claims."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import two_parties  # noqa: E402


def _trace(*claims: tuple[str, str | None], grouped: bool = False) -> SimpleNamespace:
    feats = [
        SimpleNamespace(claim=SimpleNamespace(statement=text), speaker=who) for text, who in claims
    ]
    members = [[0, 1]] if grouped else [[0], [1]]
    return SimpleNamespace(feats=feats, members=members)


def test_two_named_parties_giving_one_counted_noun_two_values() -> None:
    trace = _trace(
        ("The ministry said 600 workers were injured.", "ministry"),
        ("Union leader Ola Tamm said 900 workers were injured.", "ola tamm"),
    )
    assert two_parties._why(trace, 0, 1) == "two parties"


def test_each_lost_step_is_named() -> None:
    one = ("The ministry said 600 workers were injured.", "ministry")
    assert two_parties._why(_trace(one, one, grouped=True), 0, 1) == "one group"
    no_speaker = ("Later 900 workers were injured.", None)
    assert two_parties._why(_trace(one, no_speaker), 0, 1) == "one speaker missing"
    again = ("The ministry said 900 workers were injured.", "ministry")
    assert two_parties._why(_trace(one, again), 0, 1) == "same speaker"
    bare = ("Ola Tamm said the true number is nine hundred.", "ola tamm")
    assert two_parties._why(_trace(one, bare), 0, 1).startswith("no slot pair")
