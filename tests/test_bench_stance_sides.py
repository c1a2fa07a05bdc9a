"""bench/stance_sides.py: every stance dispute (gold kind denial / rebuttal / account(s)) of a
cluster is tallied once, found or missed, a missed one by one cause; the reader reads what
a stance claim is about."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import stance_sides  # noqa: E402
from quality_lib import (  # noqa: E402
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
)


def _counted(name: str) -> int:
    """The cluster's stance disputes with two anchored sides, read from its gold alone."""
    articles = annotated_articles(name, MADEUP_GOLD)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    loc = Locator({a.id: a for a in articles})
    return sum(
        1
        for p in exp["contested"]
        if p.get("kind") in stance_sides.KINDS
        and sum(any(loc.span(a, t) for a, t in s["anchors"].items()) for s in p["sides"]) >= 2
    )


def test_each_stance_dispute_is_tallied_once_and_each_missed_one_by_one_cause() -> None:
    lines, tally = stance_sides.census(("airstrike", True, True))
    kinds = Counter({k: n for k, n in tally.items() if k.startswith("kind | ")})
    assert sum(kinds.values()) == _counted("airstrike") > 0
    missed = sum(n for k, n in kinds.items() if k.startswith("kind | missed"))
    assert len(lines) == missed
    assert sum(n for k, n in tally.items() if k.startswith("cause | ")) == missed
    # the reader placed every stance claim's best match somewhere
    assert any(k.startswith("best match | ") for k in tally)


def test_a_stance_claim_is_read_by_what_it_denies_or_negates() -> None:
    def claim(text: str) -> SimpleNamespace:
        return SimpleNamespace(statement=text)

    denied = stance_sides._stance_text(claim("Orvane Mining denied that its dam had leaked."))
    assert denied is not None and denied.startswith("its dam had leaked")
    negated = "The dam did not leak, the inspector said."
    assert stance_sides._stance_text(claim(negated)) == negated
    assert stance_sides._stance_text(claim("The dam leaked into the river.")) is None
