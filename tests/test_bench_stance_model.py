"""bench/stance_model.py: the pair columns of a stance claim and a candidate assertion, and
the fit's split by cluster and its precision/recall arithmetic."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import stance_model  # noqa: E402


def _feat(
    text: str,
    speaker: str | None,
    content: set[str],
    ents: set[str],
    lead: str,
    denied: frozenset[str] = frozenset(),
) -> object:
    return SimpleNamespace(
        claim=SimpleNamespace(statement=text),
        speaker=speaker,
        content=frozenset(content),
        entities=frozenset(ents),
        lead=lead,
        denied=denied,
    )


def _cols(stance: object, other: object, cos: float, best: float, rank: int) -> dict[str, float]:
    got = stance_model.pair_columns(stance, other, cos, best, rank)
    return dict(zip(stance_model.COLUMNS, got, strict=True))


def test_the_denier_named_in_the_assertion_and_shared_words_are_read() -> None:
    denial = _feat(
        "Orvane Mining denied that its dam had leaked.",
        "orvane mining",
        {"dam", "leak"},
        {"orvane mining"},
        "deny",
        frozenset({"leak"}),
    )
    charge = _feat(
        "Villagers said Orvane Mining let the dam leak into the river.",
        "villagers",
        {"dam", "leak", "river"},
        {"orvane mining"},
        "leak",
    )
    elsewhere = _feat("The ferry to Pellis runs twice a week.", None, {"ferry"}, set(), "run")
    cols = _cols(denial, charge, 0.6, 0.6, 1)
    assert cols["accused"] == 1.0 and cols["cue"] == 1.0 and cols["told"] == 1.0
    assert cols["words"] == 1.0 and cols["names"] == 1.0 and cols["gap"] == 0.0
    assert cols["denied_in"] == 1.0
    other = _cols(denial, elsewhere, 0.2, 0.6, 2)
    assert other["accused"] == 0.0 and other["words"] == 0.0 and other["told"] == 0.0
    assert other["denied_in"] == 0.0
    assert other["inv_rank"] == 0.5 and round(other["gap"], 4) == -0.4
    negation = _feat("The dam did not leak.", None, {"dam", "leak"}, set(), "leak")
    neg = _cols(negation, charge, 0.5, 0.5, 1)
    assert neg["cue"] == 0.0 and neg["accused"] == 0.0 and neg["lead"] == 1.0


def test_precision_and_recall_and_the_per_claim_reading() -> None:
    y = np.asarray([1, 0, 0, 1, 0])
    pred = np.asarray([True, True, False, False, False])
    assert stance_model._pr(pred, y) == "P 0.500 R 0.500 (tp 1 fp 1 of 2)"
    keys = [("c", 1), ("c", 1), ("c", 2), ("c", 2), ("c", 3)]
    p = np.asarray([0.9, 0.2, 0.3, 0.8, 0.7])
    # claim 1 -> row 0 (right), claim 2 -> row 3 (right), claim 3 -> row 4 (wrong)
    assert stance_model._per_claim(keys, p, y, 0.5) == "claims set 3: right 2, wrong 1 (of 2)"
    assert stance_model._per_claim(keys, p, y, 0.85) == "claims set 1: right 1, wrong 0 (of 2)"


def test_a_cluster_gives_at_most_top_candidates_of_other_origins_per_stance_claim() -> None:
    lines = stance_model.cluster_rows("airstrike")
    assert lines
    per_claim: dict[str, int] = {}
    for line in lines:
        f = line.split("\t")
        assert f[0] == "airstrike" and len(f) == 5 + len(stance_model.COLUMNS)
        assert f[3] in ("0", "1") and f[4] in ("0", "1")
        assert f[1] != f[2]
        # a right candidate only for a stance claim on a gold side
        assert not (f[3] == "1" and f[4] == "0")
        per_claim[f[1]] = per_claim.get(f[1], 0) + 1
    assert max(per_claim.values()) <= stance_model.TOP
