"""The link model's comparison column `value_shared` (merge/compare.py) and the frozen fit
of new columns (`fit_logistic` with an offset, `fit_merge_weights.py --freeze`)."""

from __future__ import annotations

import numpy as np

from consensus.merge.compare import COMPARISONS, VALUE_SHARED_FROM, ClaimView, PairContext
from consensus.merge.weights import fit_logistic
from consensus.vectors import Vectors


def _columns(statements: list[str], pairs: list[tuple[int, int]]) -> np.ndarray:
    views = [
        ClaimView(article=f"a{k}", statement=s, names=frozenset(), speaker=None)
        for k, s in enumerate(statements)
    ]
    return PairContext(views, Vectors.empty()).features(pairs, [0.0] * len(pairs))


def test_value_shared_reads_one_value_whatever_its_slot() -> None:
    # one number printed by both, in words the figure slots do not match ("aged 42" / "who
    # is 42"), is a shared value: 1 where `figure_same` is 0; two different numbers, a
    # number and none, or two small numbers (chance: "two ... died" / "two ... arrested")
    # are not
    statements = [
        "The driver, aged 42, was arrested at the scene.",
        "Police arrested the driver, who is 42.",
        "Police arrested the driver, who is 35.",
        "Police arrested the driver.",
        "Two people died in the crash.",
        "Police arrested two men on Friday.",
        "The quake killed 38 people in Vardenia and 12 in Kostrava.",
        "Officials said 38 people had died.",
    ]
    x = _columns(statements, [(0, 1), (0, 2), (0, 3), (4, 5), (6, 7)])
    shared, same = COMPARISONS.index("value_shared"), COMPARISONS.index("figure_same")
    # (the last: a claim counting for two places shares none of its values, as the parties'
    # seats of one claim: a value of one place is no referent of the whole)
    assert x[:, shared].tolist() == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert x[0, same] == 0.0
    assert VALUE_SHARED_FROM > 2


def test_a_frozen_fit_keeps_the_offset_and_fits_only_the_new_column() -> None:
    # the log-odds of the frozen columns are each row's offset; without a bias, the new
    # column gets a positive weight when it separates what the offset left mixed, and a
    # column that says nothing gets ~0
    rng = np.random.default_rng(7)
    n = 4000
    old = rng.normal(size=n)
    new = (rng.random(n) < 0.3).astype(float)
    noise = rng.random(n)
    logit = 1.5 * old + 2.0 * new - 1.0
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(float)
    model = fit_logistic(
        np.column_stack([new, noise]),
        y,
        ["new", "noise"],
        l2=1.0,
        offset=1.5 * old - 1.0,
        fit_bias=False,
    )
    assert model.bias == 0.0
    assert 1.6 < model.weights[0] < 2.4
    assert abs(model.weights[1]) < 0.3


def test_value_shared_keeps_a_value_whose_one_figure_has_a_place_and_an_owner() -> None:
    # session 31 (agree31): a figure read with both a place and an owner ("the city's fire
    # service has 70 officers there" placed in the city) is ONE referent and keeps its
    # value; two places or two owners in one statement still share none
    from consensus.merge.compare import _shared_values
    from consensus.merge.figures import Figure

    def fig(value: float, where: str = "", owner: str = "") -> Figure:
        return Figure(
            value, "", "", "officers", ("officers",), str(value), 0, where=where, owner=owner
        )

    assert _shared_values([fig(70, "Carden", "Carden Fire Service")]) == frozenset({(70.0, "")})
    assert _shared_values([fig(70, "Carden"), fig(40, "Mossby")]) == frozenset()
    assert (
        _shared_values([fig(70, owner="Carden Fire Service"), fig(40, owner="Mossby Police")])
        == frozenset()
    )
    assert _shared_values([fig(70), fig(8)]) == frozenset({(70.0, "")})


def test_value_shared_reads_no_value_printed_as_two_units_of_time() -> None:
    # session 39 (lookalike39): one number as two lengths ("fasted for 14 days" / "held for
    # 14 months") is two things, no shared value; the same unit, or a term against a bare
    # number, still shares it
    statements = [
        "Eleven prisoners have refused food for 14 days at the Marrow Hill jail.",
        "One prisoner has been held at the Marrow Hill jail for 14 months.",
        "The prisoners at Marrow Hill have been on hunger strike for 14 days.",
        "Some 14 prisoners at Marrow Hill are refusing food.",
    ]
    x = _columns(statements, [(0, 1), (0, 2), (1, 3)])
    shared = COMPARISONS.index("value_shared")
    assert x[:, shared].tolist() == [0.0, 1.0, 1.0]
