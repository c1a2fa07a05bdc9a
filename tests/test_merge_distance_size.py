"""A size joined to its thing ("a 60-foot crane arm") and a distance from somewhere ("landed
55 feet from the school") are two measures, never one slot (`figure_pairs.distance_and_size`,
read by `PairContext._figure_relation` and `_near_clash`); two sizes, or a size told with
and without the hyphen, still clash."""

from __future__ import annotations

import pytest

from consensus.merge.compare import ClaimView, PairContext, texts_to_embed
from consensus.merge.figure_pairs import distance_and_size
from consensus.merge.figures import figures
from consensus.vectors import embed_texts


def _relation(a: str, b: str) -> tuple[bool, str]:
    views = [ClaimView("one", a, frozenset(), None), ClaimView("two", b, frozenset(), None)]
    return PairContext(views, embed_texts(texts_to_embed([a, b]))).figure_relation(0, 1)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A 60-foot crane arm fell.", "The arm landed about 55 feet from the school."),
        ("The arm landed about 55 feet from the school.", "A 60-foot crane arm fell."),
        ("A 12-metre fishing boat capsized.", "The boat sank about 11 metres off the pier."),
    ],
)
def test_a_size_and_a_distance_do_not_clash(a: str, b: str) -> None:
    assert _relation(a, b) == (False, "")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A 60-foot crane arm fell onto the road.", "A 55-foot crane arm fell onto the road."),
        ("The crane arm was 60 feet long.", "A 55-foot crane arm fell onto the road."),
    ],
)
def test_two_sizes_still_clash(a: str, b: str) -> None:
    same, clash = _relation(a, b)
    assert not same and "60 vs 55" in clash


def test_reads_the_distance_after_the_unit() -> None:
    ta, tb = "A 60-foot crane arm fell.", "It landed 55 feet from the school."
    a, b = figures(ta)[0], figures(tb)[0]
    assert a.joined and not b.joined
    assert distance_and_size(ta, a, tb, b) and distance_and_size(tb, b, ta, a)
    tc = "It was 55 feet long."
    assert not distance_and_size(ta, a, tc, figures(tc)[0])
    assert not distance_and_size(ta, a, ta, a)  # (two sizes)
