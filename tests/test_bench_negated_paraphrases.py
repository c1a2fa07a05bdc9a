"""bench/negated_paraphrases.py: the labelled pairs of one tunable cluster, and the fit of
`paraphrased_negations.PARAPHRASE_AT` (most disputes over agreed and distinct pairs, then
fewest unlabelled pairs)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import negated_paraphrases  # noqa: E402


def test_the_fitted_bar_keeps_most_disputes_and_fewest_unlabelled_pairs() -> None:
    bars = negated_paraphrases.BARS
    two = {b: Counter() for b in bars}
    for b in bars:  # (every bar keeps one agreed pair; disputes 3 up to 0.4, then 1)
        two[b].update({"agreed": 1, "dispute": 3 if b <= 0.4 else 1, "-": 5 if b < 0.4 else 2})
    assert negated_paraphrases.fitted(two) == 0.4


def test_a_clusters_pairs_carry_a_gold_label_and_a_likeness() -> None:
    rows = negated_paraphrases.read_cluster("blind_heatpumpgrant")
    cut = [r for r in rows if r[5] == "cut" and r[1] == "dispute" and r[4]]
    assert cut and all(0.45 <= r[2] <= 1.0 for r in cut)
    assert {r[1] for r in rows} <= set(negated_paraphrases.LABELS)
