"""The JOIN weights file's raise is refused on a pair a name or a figure tells apart
(consensus/merge/align_gate.py, session 54 alignread54)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from consensus.merge.align_gate import gated_join
from consensus.merge.compare import COMPARISONS

NAMES_CLASH = COMPARISONS.index("names_clash")
FIGURE_CLASH = COMPARISONS.index("figure_clash")


def _feat(*values: float) -> Any:
    return SimpleNamespace(quantities={"count": frozenset(values)} if values else {})


def _gate(cols: list[dict[int, float]], feats: list[Any], join: list[float], link: list[float]):  # type: ignore[no-untyped-def]
    x = np.zeros((len(cols), len(COMPARISONS)))
    for k, c in enumerate(cols):
        for n, v in c.items():
            x[k, n] = v
    pairs = [(2 * k, 2 * k + 1) for k in range(len(cols))]
    return gated_join(np.array(join), np.array(link), x, feats, pairs).tolist()


def test_a_raise_on_a_name_or_figure_clash_reads_the_link_probability() -> None:
    feats = [_feat(), _feat(), _feat(), _feat()]
    got = _gate([{NAMES_CLASH: 1.0}, {FIGURE_CLASH: 1.0}], feats, [0.4, 0.35], [0.2, 0.25])
    assert got == [0.2, 0.25]


def test_a_raise_on_figures_with_no_value_in_common_reads_the_link_probability() -> None:
    # "at least six dead" / "at least four killed": both print a figure, none in common
    feats = [_feat(6.0), _feat(4.0), _feat(6.0, 100.0), _feat(100.0), _feat(6.0), _feat()]
    got = _gate([{}, {}, {}], feats, [0.4, 0.4, 0.4], [0.2, 0.2, 0.2])
    assert got == [0.2, 0.4, 0.4]  # (a shared value, or a figure on one side only: raised)


def test_a_pair_the_link_weights_score_higher_keeps_its_join_probability() -> None:
    feats = [_feat(6.0), _feat(4.0)]
    assert _gate([{NAMES_CLASH: 1.0}], feats, [0.3], [0.5]) == [0.3]


def test_a_raise_on_a_pair_nothing_tells_apart_stays() -> None:
    assert _gate([{}], [_feat(), _feat()], [0.31], [0.2]) == [0.31]
