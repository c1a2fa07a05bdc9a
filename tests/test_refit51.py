"""Session 51 (refit51): the out-of-sample protocol for a link-weights refit
(bench/refit_halves.py: two fixed halves of the tunable made-up clusters, fit on dev + one,
score the other) and the dispute-side pair labels (scripts/fit_merge_weights.py
--dispute-sides)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import fit_merge_weights  # noqa: E402
import refit_halves  # noqa: E402
from quality_lib import events, held_out, madeup, tunable  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402


def test_the_halves_part_the_tunable_clusters_and_hold_out_the_held_out() -> None:
    split = refit_halves.halves(madeup())
    a, b = set(split["A"]), set(split["B"])
    assert a and b and not a & b
    assert a | b == set(tunable(madeup()))
    assert not (a | b) & set(held_out())
    # fixed by the name alone: a cluster added later moves no other
    assert all(refit_halves.half(n) == "A" for n in split["A"])
    assert refit_halves.halves([*split["A"][:3], "not_a_cluster_yet"])["A"] == [
        *split["A"][:3],
        *(["not_a_cluster_yet"] if refit_halves.half("not_a_cluster_yet") == "A" else []),
    ]


def test_a_refit_on_one_half_learns_from_dev_and_that_half_only() -> None:
    split = refit_halves.halves(madeup())
    got = refit_halves.training("A")
    assert set(got) == {*events(), *split["A"]}
    assert not set(got) & {*split["B"], *held_out(), "seeds", "cluster2"}
    assert set(refit_halves.training("all")) == {*events(), *tunable(madeup())}


def _even(x: np.ndarray) -> np.ndarray:
    return (x[:, COMPARISONS.index("figure_clash")] == 0.0) & (
        x[:, COMPARISONS.index("figure_same")] == 1.0
    )


def test_dispute_sides_add_the_two_sides_of_a_figure_dispute_as_a_conflict_reads_them() -> None:
    # croydon's gold death toll: "at least five" against "at least seven"; the sides' claims
    # across outlets are no agreed fact, so the plain labels leave most of them out
    name = "croydon_tram_crash"
    plain = fit_merge_weights.labelled(name)
    sides = fit_merge_weights.labelled(name, True)
    assert sides.y.sum() > plain.y.sum()
    # the two sides' pairs: positives read with the clash column cleared and figure_same set
    assert int((_even(sides.x) & (sides.y == 1)).sum()) > int(
        (_even(plain.x) & (plain.y == 1)).sum()
    )


def test_without_gold_disputes_the_side_labels_change_no_pair() -> None:
    name = "croydon_tram_crash"
    articles, exp = fit_merge_weights.gold_cluster(name)
    plain = fit_merge_weights.labelled(name)
    sides = fit_merge_weights._labelled(name, articles, {**exp, "contested": []}, True)
    assert np.array_equal(plain.x, sides.x) and np.array_equal(plain.y, sides.y)
    assert np.array_equal(plain.w, sides.w)
