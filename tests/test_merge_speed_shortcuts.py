"""Session 20's shortcuts of the merger give what the plain code they replace gives.

Each keeps `bench/merge_scale.py`'s reports byte for byte (bench/README, "Session 20,
helper speed20"); these checks compare each with the plain computation on drawn inputs:

* `codes.pair_ends`: the two claim columns of a pair list, as the generators read them;
* `clock._hinted`: the digit and lower-case prechecks pass every text `_HINT` matches,
  including the letters the case-insensitive regex folds (dotted and dotless i);
* `title_pairs.only_a_role_shared`: the set test with the role and title tables joined;
* `figure_capacity.is_limit` and `moves.support`: their memos give the plain answers, also
  once a memo has been emptied at its cap.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.merge import clock, figure_capacity, moves
from consensus.merge.codes import pair_ends
from consensus.merge.figures import Figure, figures
from consensus.merge.title_pairs import ROLE_STEMS, only_a_role_shared

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 2**40), st.integers(0, 2**40)), max_size=40))
def test_pair_ends_are_the_columns(pairs: list[tuple[int, int]]) -> None:
    i, j = pair_ends(pairs)
    assert i.dtype == j.dtype == np.int64
    assert i.tolist() == [a for a, _ in pairs]
    assert j.tolist() == [b for _, b in pairs]
    assert i.flags.c_contiguous and j.flags.c_contiguous


HINT_PIECES = [
    "noon", "NOON", "nOoN", "midday", "MİDDAY", "mıdday", "midnight", "MIDNIGHT", "midnıght",
    "Wednesday", "didn't", "day", "night", "mid", "5", "٣", "x", " ", "İ", "ı", "d", "n",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(HINT_PIECES), max_size=8), st.sampled_from(["", " "]))
def test_clock_hint_precheck_is_the_regex(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    assert clock._hinted(text) == (clock._HINT.search(text) is not None)


STEMS = [*sorted(ROLE_STEMS)[:6], "constabl", "captain", "bridg", "fire", "vote", "x"]


@SETTINGS
@given(
    st.frozensets(st.sampled_from(STEMS), max_size=6),
    st.sets(st.sampled_from(STEMS), max_size=6),
    st.sampled_from([frozenset({"constabl", "captain"}), ["captain"], ()]),
)
def test_only_a_role_shared_is_the_set_test(
    a: frozenset[str], b: set[str], titles: frozenset[str] | list[str] | tuple[str, ...]
) -> None:
    shared = set(a) & set(b)
    want = bool(shared) and shared <= ROLE_STEMS | set(titles)
    assert only_a_role_shared(a, b, titles) == want
    assert only_a_role_shared(list(a), b, titles) == want


LIMIT_TEXTS = [
    "The ferry was certified to carry 350 passengers.",
    "Its manifest listed 286 passengers.",
    "The stadium has a capacity of 40,000 people.",
    "Police said 12 people were hurt and 3 were arrested.",
    "The plant is licensed for 300 tonnes a day.",
]


def test_is_limit_memo_gives_the_plain_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    def plain(f: Figure) -> bool:
        words = (f.act, *f.slot[: figure_capacity.SLOT_REACH])
        return any(w.casefold() in figure_capacity.FIGURE_CAPACITY_WORDS for w in words if w)

    figs = [f for text in LIMIT_TEXTS for f in figures(text)]
    assert any(plain(f) for f in figs) and not all(plain(f) for f in figs)
    monkeypatch.setattr(figure_capacity, "_LIMITS_KEPT", 2)
    monkeypatch.setattr(figure_capacity, "_LIMITS", {})
    for _ in range(3):  # (asked again, and after the memo was emptied at its cap)
        assert [figure_capacity.is_limit(f) for f in figs] == [plain(f) for f in figs]


def _support_plain(
    x: int, members: list[int], article: list[str], prob: dict[tuple[int, int], float], at: float
) -> float:
    total = 0.0
    base = moves._logit(at)
    for y in members:
        if y == x:
            continue
        if article[y] == article[x]:
            total -= moves.SAME_ARTICLE
            continue
        p = prob.get((x, y) if x < y else (y, x))
        total += -moves.UNSCORED if p is None else moves._logit(p) - base
    return total


PROBS = [0.0, 1.0, 0.5, 0.02, 0.98, 0.2817, 0.9999, 0.0001]


@SETTINGS
@given(
    st.lists(st.sampled_from("abc"), min_size=2, max_size=12),
    st.lists(st.sampled_from([*PROBS, None]), min_size=66, max_size=66),
    st.sampled_from([0.28, 0.5, 0.02]),
)
def test_support_memo_gives_the_plain_sums(
    article: list[str], drawn: list[float | None], at: float
) -> None:
    n = len(article)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    prob = {q: p for q, p in zip(pairs, drawn, strict=False) if p is not None}
    members = list(range(n))
    for x in range(n):
        got = moves.support(x, members, article, prob, at)
        want = _support_plain(x, members, article, prob, at)
        assert got == want or (math.isnan(got) and math.isnan(want))
