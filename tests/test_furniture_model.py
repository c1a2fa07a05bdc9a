"""The learned furniture score (consensus/furniture_model.py) and its fitting script: what
it may score, what it must never learn, and that it only adds to the rules."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from consensus.furniture_model import furniture_score, learned_furniture_spans, sentence_features
from consensus.nonclaims import non_claim_spans

ROOT = Path(__file__).resolve().parent.parent


def _weights() -> dict[str, object]:
    raw = resources.files("consensus").joinpath("data/furniture_weights.json")
    return dict(json.loads(raw.read_text(encoding="utf-8")))


def test_names_and_figures_are_placeholders_never_features() -> None:
    # a capitalised word inside a sentence is a name: its token is <cap>, never the word,
    # so no event's people, places or outlets can carry a weight
    feats = sentence_features("Harbour Weekly members can find the 2026 timetable online.")
    assert "w:<cap>" in feats and "w:<num>" in feats
    assert not any("weekly" in f or "2026" in f for f in feats)
    assert "first:harbour" in feats  # the first word is lower-cased, as any sentence's


def test_the_fitted_weights_name_no_capitalised_word() -> None:
    data = _weights()
    features = data["features"]
    assert isinstance(features, dict) and len(features) > 500
    assert all(f == f.lower() or "<" in f for f in features), [
        f for f in features if f != f.lower() and "<" not in f
    ][:5]
    threshold = data["threshold"]
    assert isinstance(threshold, float) and 0.5 < threshold < 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        '"Subscribe to our newsletter today," the editor said.',
        "Photo credits were changed, the agency told reporters.",
        "According to the caption, the photo was taken in 2019",
    ],
)
def test_reported_or_quoted_words_are_never_scored(sentence: str) -> None:
    assert furniture_score(sentence) == 0.0


def test_a_credit_line_scores_high_and_a_news_sentence_low() -> None:
    assert furniture_score("Reporting by Ana Ruiz; editing by Tom Lee") >= 0.9
    assert furniture_score("Rescue teams pulled four people from the rubble overnight.") < 0.5
    assert furniture_score("The council will vote on the plan next Tuesday.") < 0.5


def test_it_only_adds_sentences_the_rules_leave() -> None:
    text = (
        "Rescue teams searched the valley on Monday.\n\n"
        "Reporting by Ana Ruiz; editing by Tom Lee\n\n"
        "The river burst its banks at dawn, officials said.\n"
    )
    rules = non_claim_spans(text, learned=False)
    # the rules already hold the credit line: the learned step adds nothing over them
    assert learned_furniture_spans(text, list(rules)) == []
    # with no rule span, the learned step finds the credit line by its words alone
    found = learned_furniture_spans(text, [])
    assert [text[s:e] for s, e in found] == ["Reporting by Ana Ruiz; editing by Tom Lee"]
    # and the news around it stays news either way
    for s, e in non_claim_spans(text):
        assert "burst" not in text[s:e] and "Rescue" not in text[s:e]


def test_balanced_weights_make_each_cluster_count_alike() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from fit_furniture_weights import Row, balanced
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rows = [Row("a", f"caption {i}", 1, 1.0, True, False) for i in range(25)]
    rows += [Row("b", "Photo: X", 1, 1.0, True, False), Row("a", "news", 0, 1.0, True, False)]
    rows += [Row("b", "news", 0, 1.0, True, False)]
    out = balanced(rows)
    weight = {c: sum(r.weight for r in out if r.cluster == c and r.label == 1) for c in "ab"}
    # a gallery of 25 captions in one cluster weighs what one caption of another does
    assert weight["a"] == pytest.approx(weight["b"])
