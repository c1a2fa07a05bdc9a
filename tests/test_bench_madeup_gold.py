"""The made-up clusters' gold in the bench tools: the diagnoses of missed facts
(bench/missed_facts.py, bench/missed_links.py) run on it, the link-weight fit
(scripts/fit_merge_weights.py --madeup) learns from it, and bench/quality.py --held-out
holds out whatever cluster the shipped weights were fitted on, made-up or annotated."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import missed_facts  # noqa: E402
import missed_links  # noqa: E402
import quality  # noqa: E402
from quality_lib import annotated, events, gold_cluster, gold_origin_map, madeup  # noqa: E402

from consensus.merge.join_model import join_model, join_weights_in_scope  # noqa: E402
from consensus.merge.link import link_model, weights_in_scope  # noqa: E402


@pytest.mark.parametrize("kind", ["dev", "annotated", "madeup"])
def test_gold_cluster_loads_any_annotated_cluster_by_name(kind: str) -> None:
    name = {"dev": events, "annotated": annotated, "madeup": madeup}[kind]()[0]
    articles, exp = gold_cluster(name)
    ids = {a.id for a in articles}
    assert exp["agreed"] and all(set(f["anchors"]) <= ids for f in exp["agreed"])
    assert set(gold_origin_map(exp, ids)) == ids


@pytest.mark.parametrize(
    ("tool", "heading", "tally"),
    [
        (missed_facts, "[{}] ", "classes: "),
        (missed_links, "== {}: ", "what kept the best pair of each fact apart"),
    ],
)
def test_the_missed_fact_diagnoses_run_on_the_made_up_gold(
    tool: object,
    heading: str,
    tally: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # --madeup reads the made-up clusters with gold (here one of them) instead of the dev set
    monkeypatch.setattr(tool, "madeup", lambda: ["election"])
    assert tool.main(["--madeup"]) == 0  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert heading.format("election") in out and tally in out
    _, gold = gold_cluster("election")
    assert any(f["id"] in out for f in gold["agreed"])  # the facts it misses, by their ids
    assert not any(heading.format(e) in out for e in events())


def _unfrozen(meta: dict[str, object]) -> dict[str, object]:
    """The shipped weights' meta without a frozen part (`--freeze`): a plain fit's."""
    return {k: v for k, v in meta.items() if k != "frozen"}


def test_the_fit_learns_from_the_made_up_gold_on_request() -> None:
    from fit_merge_weights import fit, fit_without, labelled, training_clusters

    assert not set(madeup()) & set(training_clusters())
    assert set(madeup()) <= set(training_clusters(with_madeup=True))
    data = labelled("football")
    assert len(data.y) == len(data.x) == len(data.w) > 0
    assert 0 < data.y.sum() < len(data.y)  # pairs of one fact and pairs of two
    shipped = link_model()
    as_if = replace(shipped, meta={**_unfrozen(shipped.meta), "clusters": ["football", "tariff"]})
    with weights_in_scope(as_if):
        held = fit_without("football")
    assert held.weights == fit([labelled("tariff")], 1.0).weights


def test_held_out_fits_weigh_pairs_as_the_shipped_fit_did() -> None:
    # a class weight on positives and the weight of "one claim covers a fact" negatives
    # are kept in the weights' meta, and the held-out fit reads them
    from fit_merge_weights import fit, fit_without, labelled

    tariff = labelled("tariff")
    plain = fit([tariff], 1.0)
    weighed = fit([tariff], 1.0, positive=2.0, partial=0.25)
    assert weighed.weights != plain.weights
    assert weighed.bias > plain.bias  # (positives weigh more: the bias rises)
    assert fit([tariff], 1.0, positive=1.0, partial=0.5).weights == plain.weights
    shipped = link_model()
    meta = {"clusters": ["football", "tariff"], "positive_weight": 2.0, "partial_weight": 0.25}
    as_if = replace(shipped, meta={**_unfrozen(shipped.meta), **meta})
    with weights_in_scope(as_if):
        held = fit_without("football")
    assert held.weights == weighed.weights
    assert held.threshold == shipped.threshold


def test_held_out_scores_a_made_up_cluster_without_its_own_pairs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # weights that say they saw the made-up cluster: --held-out merges it with weights
    # fitted without it, and the table's header says so
    held: list[str] = []

    def without(name: str) -> object:
        held.append(name)
        return link_model()

    monkeypatch.setattr(quality, "held_out_model", without)
    shipped = link_model()
    as_if = replace(shipped, meta={**shipped.meta, "clusters": [*events(), "football"]})
    # join weights that saw just the two scored clusters: --held-out refits them without
    # each, through the real refit, on the other one only (the shipped weights' clusters
    # would refit on every made-up cluster twice: ~30 s of work this test does not check;
    # tests/test_merge_join_model.py checks that refit)
    joins = join_model()
    as_if_joins = (
        None
        if joins is None
        else replace(joins, meta={**joins.meta, "clusters": ["football", "tariff"]})
    )
    with weights_in_scope(as_if), join_weights_in_scope(as_if_joins):
        assert quality.main(["--held-out", "football", "tariff"]) == 0
        out = capsys.readouterr().out
        assert "link weights held out" in out
        assert held == ["football"]  # (tariff: the weights never saw it)
        assert quality.main(["football"]) == 0
        assert "the link weights were fitted on their gold too" in capsys.readouterr().out
    assert held == ["football"]


def test_the_fit_learns_from_a_chosen_set_of_made_up_clusters() -> None:
    # `--with` names made-up clusters and the groups `blind` / `older`; `--except` keeps
    # some out of the fit (a held-out test); a misspelt name stops the fit
    from fit_merge_weights import chosen_madeup
    from quality_lib import held_out

    # the clusters HELD_OUT.txt holds out of tuning are in no group and never named
    held = set(held_out())
    blind = [m for m in madeup() if m.startswith("blind_") and m not in held]
    older = [m for m in madeup() if not m.startswith("blind_")]
    assert blind and older and held
    assert chosen_madeup("blind") == sorted(blind)
    assert chosen_madeup("older") == sorted(older)
    assert chosen_madeup("blind,older") == sorted(set(madeup()) - held)
    with pytest.raises(SystemExit, match="held out of tuning"):
        chosen_madeup(f"older,{sorted(held)[0]}")
    kept = chosen_madeup("blind", f"{blind[0]},{blind[-1]}")
    assert kept == sorted(blind[1:-1])
    assert chosen_madeup(f"{older[0]},{blind[0]}") == sorted([older[0], blind[0]])
    assert chosen_madeup("older,tariff", "tariff") == sorted(m for m in older if m != "tariff")
    with pytest.raises(SystemExit):
        chosen_madeup("blind_no_such_cluster")


def test_the_fit_can_weigh_the_made_up_pairs_less_than_the_real_ones() -> None:
    # `--madeup-weight` multiplies the weight of every made-up cluster's pair (a real
    # cluster's pairs keep theirs); it goes to the weights' meta and the held-out fit reads it
    from fit_merge_weights import fit, fit_without, labelled

    real, tariff, football = labelled(events()[0]), labelled("tariff"), labelled("football")
    assert fit([real], 1.0, made_up=0.25).weights == fit([real], 1.0).weights
    both = fit([real, tariff], 1.0)
    less = fit([real, tariff], 1.0, made_up=0.25)
    assert less.weights != both.weights
    # every pair made up: weighing them all twice is halving the penalty
    twice = fit([tariff, football], 1.0, made_up=2.0)
    assert twice.weights == pytest.approx(fit([tariff, football], 0.5).weights, rel=1e-6)
    shipped = link_model()
    meta = {"clusters": [events()[0], "football", "tariff"], "madeup_weight": 0.25}
    as_if = replace(shipped, meta={**_unfrozen(shipped.meta), **meta})
    with weights_in_scope(as_if):
        held = fit_without("football")
    assert held.weights == less.weights


def test_a_frozen_fit_keeps_the_frozen_weights_and_fits_the_new_columns(tmp_path: Path) -> None:
    # `--freeze PATH`: the columns PATH has keep their weights, the bias and threshold stay
    # PATH's; the columns it lacks are fitted; the frozen part goes to the meta and the
    # held-out fit refits only the free columns without the scored cluster
    from fit_merge_weights import fit, fit_without, frozen_from, labelled

    from consensus.merge.compare import COMPARISONS

    shipped = link_model()
    old = {n: w for n, w in zip(shipped.names, shipped.weights, strict=True) if n != "value_shared"}
    path = tmp_path / "old.json"
    path.write_text(
        replace(shipped, names=tuple(old), weights=tuple(old.values())).to_json(), encoding="utf-8"
    )
    frozen = frozen_from(path)
    assert set(frozen["weights"]) == set(old) and frozen["threshold"] == shipped.threshold
    tariff, football = labelled("tariff"), labelled("football")
    got = fit([tariff, football], 1.0, frozen=frozen)
    assert got.names == COMPARISONS and got.bias == pytest.approx(shipped.bias)
    by_name = dict(zip(got.names, got.weights, strict=True))
    assert all(by_name[n] == pytest.approx(w) for n, w in old.items())
    assert by_name["value_shared"] != 0.0
    meta = {"clusters": ["football", "tariff"], "frozen": frozen}
    with weights_in_scope(replace(shipped, meta={**shipped.meta, **meta})):
        held = fit_without("football")
    assert held.weights == fit([tariff], 1.0, frozen=frozen).weights
