"""bench/body_says.py (session 46, bodysays46): a report item whose statement is a body's
speech is filed by its form ("It says", "The <kind> says", "<Name> said", "according to",
a trailing "..., the ministry said") and by the speaker shown; a person's words are not a
body's ("Mara Delic said ..." is left out), nor a statement that reports no speech."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import body_says  # noqa: E402

from consensus.models import Citation  # noqa: E402


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("It says the delay was caused by a faulty signal.", ("it", "")),
        ("The council says it warned residents in March.", ("kind", "council")),
        ("The trust has said its engineers found tunnels.", ("kind", "trust")),
        ("Grendle Canal Trust said 40 jobs will go.", ("named", "Grendle Canal Trust")),
        ("Northwind said 40 jobs will go.", ("named", "Northwind")),
        ("Nine people were hurt, according to the ministry.", ("according", "the ministry")),
        ("Nine people were hurt, the fire service said.", ("trailing", "the fire service")),
    ],
)
def test_a_bodys_speech_is_filed_by_its_form(statement: str, expected: tuple[str, str]) -> None:
    assert body_says.form(statement) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "Mara Delic said 40 jobs will go.",  # a person's name: not a body's speech
        "He said 40 jobs will go.",
        "Nine people were hurt, Mara Delic said.",
        "The bridge was built in 1974.",  # no speech at all
        "It is the second outbreak this year.",
    ],
)
def test_a_persons_words_or_no_speech_are_not_counted(statement: str) -> None:
    assert body_says.form(statement) is None


def _cite(start: int, end: int) -> Citation:
    return Citation.model_construct(article="a", quote="x", start=start, end=end)


def test_the_gold_judges_a_cited_anchor_else_the_shown_speaker() -> None:
    gold = [("a", (0, 40), ["Grendle Canal Trust", "the trust"])]
    cites = (_cite(0, 40),)
    assert body_says.verdict("kind", "trust", ("Grendle Canal Trust",), cites, gold) == "right"
    assert body_says.verdict("kind", "trust", ("Mara Delic",), cites, gold) == "wrong"
    assert body_says.verdict("kind", "trust", (), cites, gold) == "none"
    far = (_cite(100, 140),)  # no anchor cited: judged without gold
    assert body_says.verdict("kind", "trust", ("Grendle Canal Trust",), far, gold) == "shown"
    assert body_says.verdict("named", "Northwind", ("Northwind",), far, gold) == "fits"
    assert body_says.verdict("named", "Northwind", ("Mara Delic",), far, gold) == "other"
    assert body_says.verdict("it", "", (), far, gold) == "none"
