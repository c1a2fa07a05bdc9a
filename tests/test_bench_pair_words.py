"""bench/pair_words.py (session 61: word pairs learned from a cluster's own sure links,
measured as a link column): leftovers, the learned pairs with one statement counted once and
the scored link left out, the covered share, the model-1 table and the equal-negatives bar."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pair_words as pw  # noqa: E402

A1 = "The Varnholt tram derailed and the passengers were hurt near the depot."
B1 = "A Varnholt tram overturned and commuters were hurt near the depot."
A2 = "The tram derailed, leaving passengers stranded on the bridge."
B2 = "The tram overturned, leaving commuters stranded on the bridge."


def test_leftovers_are_each_sides_own_content_concepts() -> None:
    la, lb = pw.leftovers(A1, B1)
    assert la == {"derail", "passenger"}
    assert lb == {"overturn", "commuter"}
    assert not pw.concepts(A1) & {"varnholt", "the", "were"}


def test_a_pair_seen_in_two_sure_links_is_learned_and_left_out_for_its_own_link() -> None:
    t = pw.Table([(A1, B1), (A2, B2)])
    assert t.learned("derail", "overturn", None, 2, 0.5)
    assert t.learned("overturn", "derail", None, 2, 0.5)
    assert not t.learned("derail", "overturn", (A1, B1), 2, 0.5)  # (one link left)
    assert not t.learned("derail", "tram", None, 2, 0.0)  # (not left over)


def test_one_statement_linked_twice_counts_once_when_distinct() -> None:
    b3 = "Commuters were stranded after the tram overturned at the depot."
    t = pw.Table([(A1, B1), (A1, b3)])
    assert t.support(("derail", "overturn"), None, distinct=False) == 2
    assert t.support(("derail", "overturn"), None, distinct=True) == 1
    assert not t.learned("derail", "overturn", None, 2, 0.0, distinct=True)
    assert t.learned("derail", "overturn", None, 2, 0.0, distinct=False)


def test_covered_share_of_leftovers() -> None:
    t = pw.Table([(A1, B1), (A2, B2)])
    share, hits = pw.covered(t, "The tram derailed on Tuesday.", "The tram overturned.", False)
    assert (share, hits) == (1.0, 1)
    share, hits = pw.covered(t, "The tram derailed slowly.", "The tram overturned.", False)
    assert 0.0 < share < 1.0 and hits == 1
    assert pw.covered(t, "The tram derailed.", "The tram derailed.", False) == (0.0, 0)


def test_model_one_prefers_the_consistent_pair_over_the_cross_product() -> None:
    links = [
        (A1, B1),
        ("The tram derailed.", "The tram overturned."),
        ("Passengers waited.", "Commuters waited."),
    ]
    m = pw.Model1(links)
    assert m.learned("derail", "overturn", None, 1, 0.3)
    assert m.learned("passenger", "commuter", None, 1, 0.3)
    assert not m.learned("derail", "commuter", None, 1, 0.3)
    assert pw.Table(links).learned("derail", "commuter", None, 1, 0.0, distinct=False)


def test_equal_negatives_bar_lets_over_as_many_negatives() -> None:
    z = np.array([3.0, 2.0, 1.0, 0.5, 0.2, -1.0])
    y = np.array([True, False, True, False, True, False])
    was = np.array([True, True, False, False, False, False])  # one negative over the bar
    over = pw.at_equal_negatives(z, was, y)
    assert over.tolist() == [True, True, False, False, False, False]
    assert int((over & ~y).sum()) == int((was & ~y).sum())
    assert not pw.at_equal_negatives(z, np.zeros(6, dtype=bool), y).any()
