"""Session 50 (copies50): bench/copy_retakes.py, the census of what counting a wire story's
verbatim copies once would add to the group join (`released49-copies`, not merged).

The re-take counts each group's copies once (a statement pair scores its best member pair)
and joins when half the statement pairs were compared, every compared pair links and there
are `min_pairs` of them; copies are one statement in one origin unless any origin counts.
A join it adds that folds two sentences of one origin is flagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from copy_retakes import label, one_origin_two_statements, retake, statements

AT = 0.3
OVER, UNDER = 0.4, 0.2
# the lantern fair's wire copy (0, 1), a kite line (2); another group's two lines (3, 4)
SAID = ["lanterns", "lanterns", "kites", "boatyard", "kites moved"]


def _key(origins: list[str]):  # type: ignore[no-untyped-def]
    return lambda x: (SAID[x], origins[x])


WIRE = ["wire", "wire", "a2", "a3", "a4"]


def test_a_copy_of_one_origin_counts_once() -> None:
    # of six member pairs two were compared; of four statement pairs, two: half
    prob = {(2, 3): OVER, (2, 4): OVER}
    assert retake([0, 1, 2], [3, 4], prob, _key(WIRE), AT, 2) == (True, 2, 4)


def test_one_wording_in_two_origins_counts_twice() -> None:
    prob = {(2, 3): OVER, (2, 4): OVER}
    two = ["a0", "a1", "a2", "a3", "a4"]
    assert retake([0, 1, 2], [3, 4], prob, _key(two), AT, 2) == (False, 0, 6)
    # ... unless any origin counts (the branch): then the copy counts once
    assert retake([0, 1, 2], [3, 4], prob, lambda x: (SAID[x], ""), AT, 2)[0]


def test_one_compared_statement_pair_joins_only_when_one_is_enough() -> None:
    said = ["lanterns", "lanterns", "kites", "boatyard", "boatyard"]
    origins = ["wire", "wire", "a2", "wire2", "wire2"]
    prob = {(2, 3): OVER, (2, 4): OVER}

    def key(x: int) -> tuple[str, str]:
        return (said[x], origins[x])

    assert retake([0, 1, 2], [3, 4], prob, key, AT, 2) == (False, 1, 2)
    assert retake([0, 1, 2], [3, 4], prob, key, AT, 1) == (True, 1, 2)


def test_a_pair_under_the_threshold_keeps_them_apart() -> None:
    prob = {(2, 3): OVER + 0.2, (2, 4): UNDER}
    assert not retake([0, 1, 2], [3, 4], prob, _key(WIRE), AT, 1)[0]


def test_statements_keep_the_sample_size() -> None:
    said = ["p", "q", "p", "r", "s", "t"]
    got = statements(range(6), lambda x: (said[x], "o"))
    assert got == [[0, 2], [1], [3], [4]]  # (four statements: the scan stops at "t")


def test_one_origin_two_statements_flags_a_fold() -> None:
    origin = ["wire", "wire", "x", "wire"]
    said = ["lanterns", "lanterns", "boatyard", "kites"]
    assert one_origin_two_statements([0, 2], [3], origin, said)  # wire: lanterns / kites
    assert not one_origin_two_statements([0, 2], [1], origin, said)  # the same line


def test_label() -> None:
    assert label({"f1"}, {"f1", "f2"}) == "same fact"
    assert label({"f1"}, {"f2"}) == "two facts"
    assert label(set(), {"f2"}) == "-"
