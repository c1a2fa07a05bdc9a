"""bench/missed_links.py `_veto`: a vetoed pair's speakers are read under the batch's
speaker index the merge used (session 33, agree33: out of its scope two names were
compatible only when equal, so every pair of two named speakers was labelled a speaker
veto, also where the merge had found them one voice and another rule kept them apart)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402
from test_merge_kind_names import _claim  # noqa: E402

from consensus.merge.features import _build_features  # noqa: E402
from consensus.merge.speakers import Speakers  # noqa: E402

A = "Jan Roe, a spokesman for Halvern Freight, said the line would reopen on Monday."
B = "Halvern Freight said the line would reopen on Monday."


class _Ctx:
    def __init__(self) -> None:
        self.never_together: set[tuple[int, int]] = set()
        self.figs: list[list[object]] = [[], []]
        self.stems = [frozenset[str](), frozenset[str]()]

    def figure_relation(self, i: int, j: int) -> tuple[bool, str | None]:
        return False, None


def _trace(index: Speakers | None, a: str = A, b: str = B) -> missed_links.Trace:
    feats = _build_features(
        [
            ("a", 0, _claim(a, a, "Jan Roe", "Halvern Freight")),
            ("b", 0, _claim(b, b, "Halvern Freight")),
        ],
        {"a": a, "b": b},
    )
    trace = missed_links.Trace(feats=list(feats), prob={(0, 1): 0.6}, ctx=_Ctx())
    trace.speakers = index
    return trace


def test_a_veto_of_two_names_one_voice_is_no_speaker_veto() -> None:
    index = Speakers({"jan roe": [A], "halvern freight": [A, B]})
    assert index.compatible("jan roe", "halvern freight")
    assert not missed_links._veto(_trace(index), 0, 1, 0.3).startswith("speakers")
    # without the batch's index (as the tool read it before): a speaker veto
    assert missed_links._veto(_trace(None), 0, 1, 0.3).startswith("speakers")


def test_a_veto_past_the_speakers_names_the_rule_that_holds() -> None:
    """Session 40 (agree40): the vetoes the tool lumped as "other (rules 0, 3 counts, 6, 7,
    9)" name the first remaining rule whose own test holds: an open question against a
    negative finding is rule 9; the same statement twice is none of them."""
    index = Speakers({"jan roe": [A], "halvern freight": [A, B]})
    asks = (
        "Jan Roe, a spokesman for Halvern Freight, said it was investigating whether "
        "the line was damaged."
    )
    found = "Halvern Freight said there was no evidence that the line was damaged."
    assert missed_links._veto(_trace(index, asks, found), 0, 1, 0.3).startswith("rule 9")
    assert missed_links._veto(_trace(index), 0, 1, 0.3).startswith("other")
