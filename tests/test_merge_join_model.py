"""The group join's link test (consensus/merge/join_model.py): the mean rule without join
weights, a learned test with them (OR the mean rule, or alone), and the weights that
scripts/fit_join_weights.py fits from the recorded, gold-labelled join attempts."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from consensus.merge.clusters import _Cluster, _may_join
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.join_model import (
    COLUMNS,
    JoinInputs,
    join_columns,
    join_model,
    join_weights_in_scope,
    joins,
    recording,
)
from consensus.merge.join_signals import SIGNALS
from consensus.merge.link import link_model
from consensus.merge.weights import LogisticModel
from consensus.models import Polarity
from consensus.vectors import Vectors

ROOT = Path(__file__).resolve().parent.parent


def _ctx() -> PairContext:
    said = ["The port was shut.", "The port closed.", "A port shut.", "Port closed on Monday."]
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(said)
    ]
    return PairContext(views, Vectors.empty())


def _group(members: list[int]) -> _Cluster:
    return _Cluster(
        members=members,
        speakers={None},
        polarity=Polarity.asserts,
        quantities={},
        dates=set(),
        leads=set(),
    )


def _joined(sims: dict[tuple[int, int], float]) -> bool:
    join_at = link_model().threshold
    return _may_join(_group([0, 1]), _group([2, 3]), sims, _ctx(), False, join_at)


def _one_strong_pair() -> dict[tuple[int, int], float]:
    # one pair links well, three far under the threshold: the mean falls below it
    join_at = link_model().threshold
    sims = {(x, y): join_at - 0.25 for x in (0, 1) for y in (2, 3)}
    sims[(0, 2)] = 0.9
    assert sum(sims.values()) / 4 < join_at
    return sims


def _model(
    names: tuple[str, ...], weights: tuple[float, ...], bias: float, adds: bool
) -> LogisticModel:
    return LogisticModel(names, weights, bias, 0.5, {"adds": adds})


def test_without_join_weights_the_mean_rule_decides() -> None:
    join_at = link_model().threshold
    with join_weights_in_scope(None):
        assert join_model() is None
        assert not _joined(_one_strong_pair())
        assert _joined({(x, y): join_at + 0.01 for x in (0, 1) for y in (2, 3)})
        assert not _joined({(0, 2): 0.9})  # one pair of four scored: fewer than half
        assert _joined({(0, 2): 0.9, (1, 3): 0.9})


def test_the_shipped_join_weights_only_add_joins_of_their_articles_best_claims() -> None:
    shipped = join_model()  # (fitted without the held-out blind clusters: bench/README.md)
    assert shipped is not None and shipped.meta["adds"] is True
    assert shipped.meta["best_of_article"] is True
    assert {"rival", "linked_all"} <= set(shipped.names) <= set(COLUMNS)
    clusters = shipped.meta["clusters"]
    assert isinstance(clusters, list) and "blind_escape" not in clusters


def test_added_joins_relax_how_many_pairs_were_compared_never_how_near() -> None:
    join_at = link_model().threshold
    # one pair of four compared, and it links well: the mean rule refuses (fewer than half
    # compared), a learned test that adds joins takes it; a weak pair beside it vetoes
    eager = _model(("max",), (20.0,), 0.0, adds=True)
    with join_weights_in_scope(None):
        assert not _joined({(0, 2): 0.9})
    with join_weights_in_scope(eager):
        assert _joined({(0, 2): 0.9})
        weak = {(0, 2): join_at + 0.3, (0, 3): 0.05, (1, 3): 0.05}
        assert sum(weak.values()) / 3 < join_at and not _joined(weak)
        assert not _joined(_one_strong_pair())


def test_learned_weights_join_what_the_mean_rule_keeps_apart_and_the_reverse() -> None:
    join_at = link_model().threshold
    strong_max = _model(("max",), (20.0,), 0.0, adds=True)  # max over the threshold: join
    with join_weights_in_scope(strong_max):
        assert not _joined(_one_strong_pair())  # (added joins: every scored pair must link)
    with join_weights_in_scope(_model(("max",), (20.0,), 0.0, adds=False)):
        assert _joined(_one_strong_pair())  # (the learned test alone)
    never = _model(("mean",), (1.0,), -10.0, adds=False)  # the learned test alone refuses
    above = {(x, y): join_at + 0.01 for x in (0, 1) for y in (2, 3)}
    with join_weights_in_scope(never):
        assert not _joined(above)
    with join_weights_in_scope(_model(("mean",), (1.0,), -10.0, adds=True)):
        assert _joined(above)  # (OR the mean rule: it only adds joins)
    with join_weights_in_scope(None):
        assert not _joined(_one_strong_pair())


def test_the_columns_read_the_sampled_pairs() -> None:
    inputs = JoinInputs(
        articles=(("a", "b"), ("a", "c")),
        sizes=(2, 5),
        named=True,
        members=((0, 1), (2, 3)),
        signals=(0.0,) * len(SIGNALS),
    )
    cols = dict(zip(COLUMNS, join_columns([0.5, 0.3, 0.1], 0.3, inputs), strict=True))
    assert np.isclose(cols["mean"], 0.0) and np.isclose(cols["max"], 0.2)
    assert np.isclose(cols["min"], -0.2) and np.isclose(cols["median"], 0.0)
    assert np.isclose(cols["share_over"], 2 / 3)
    assert cols["scored"] == 3 / 4 and cols["cross_scored"] == 1.0  # (a~a never compared)
    assert cols["single"] == 0.0 and cols["named"] == 1.0
    assert np.isclose(cols["articles"], np.log(3)) and np.isclose(cols["size"], np.log(7))


def test_a_recorded_attempt_is_decided_as_the_fitted_weights_say(tmp_path: Path) -> None:
    # the fit script records a cluster's join attempts with their gold labels, fits weights,
    # writes them; loaded back, `joins` decides each recorded attempt as the weights do
    sys.path.insert(0, str(ROOT / "scripts"))
    from fit_join_weights import Settings, decide, fit, labelled

    x, y, rule, new = labelled("football")
    assert len(x) == len(y) == len(rule) == len(new) > 0 and x.shape[1] == len(COLUMNS)
    assert set(y) <= {-1.0, 0.0, 1.0} and (y == 1).any()
    assert ((new == 1) <= (y == 1)).all()  # (a new fact is a right join)
    fitted = fit(["football", "tariff"], Settings())
    path = tmp_path / "join_weights.json"
    path.write_text(
        LogisticModel(fitted.names, fitted.weights, fitted.bias, 0.5, {"adds": False}).to_json()
    )
    loaded = LogisticModel.load(path)
    assert loaded.names == COLUMNS and np.allclose(loaded.weights, fitted.weights, atol=1e-5)
    join_at = link_model().threshold
    with join_weights_in_scope(loaded), recording() as seen:
        got = [0.9, join_at - 0.05, join_at - 0.05, join_at - 0.05]
        inputs = JoinInputs(
            (("a", "b"), ("c", "d")), (2, 2), False, ((0, 1), (2, 3)), (0.0,) * len(SIGNALS)
        )
        decided = joins(got, 4, join_at, lambda: inputs)
    assert len(seen) == 1 and seen[0][1:] == ((0, 1), (2, 3))
    row = np.asarray([seen[0][0]])
    assert decided == bool(decide(loaded, row, np.asarray([0.0]), adds=False)[0])


def test_held_out_scoring_refits_the_join_weights_without_the_scored_cluster() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "bench"))
    from fit_join_weights import Settings, fit, fit_without
    from quality import join_held_out

    s = Settings(repeat=0.5)
    both = fit(["football", "tariff"], s)
    meta: dict[str, object] = {
        "clusters": ["football", "tariff"],
        "adds": True,
        "repeat_weight": 0.5,
    }
    shipped = LogisticModel(both.names, both.weights, both.bias, 0.6, meta)
    with join_weights_in_scope(shipped):
        held = fit_without("football")
        assert held is not None and held.weights == fit(["tariff"], s).weights
        assert held.threshold == 0.6 and held.meta["adds"] is True
        assert fit_without("seeds") is shipped  # (never saw it: already held out)
        with join_held_out("football"):
            assert join_model() == held
        assert join_model() is shipped
    with join_weights_in_scope(None):
        assert fit_without("football") is None
        with join_held_out("football"):
            assert join_model() is None
