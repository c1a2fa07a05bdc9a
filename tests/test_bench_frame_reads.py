"""bench/frame_reads.py: a claim's main act, the head of its doer and of its undergoer, read
from grammar alone (active, passive, an act whose subject undergoes it, an attribution, an
opening phrase, an aside between commas)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from frame_reads import Frame, frame  # noqa: E402


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Police arrested the driver on Monday.", Frame("arrested", "police", "driver")),
        ("The driver was arrested by police.", Frame("arrested", "police", "driver")),
        ("The driver of the vehicle was arrested afterwards", Frame("arrested", "", "driver")),
        ("At least seven people were killed when a tram derailed.", Frame("killed", "", "people")),
        ("Seven people died in the crash.", Frame("died", "", "people")),
        ("On Tuesday, the minister resigned.", Frame("resigned", "", "minister")),
        (
            "Prosecutors in Valmora opened a criminal investigation on Sunday.",
            Frame("opened", "prosecutors", "investigation"),
        ),
        (
            "The company has raised its offer to 40 dollars a share, the bank said.",
            Frame("raised", "company", "offer"),
        ),
        (
            "Officials said the company had sweetened its bid.",
            Frame("sweetened", "company", "bid"),
        ),
        (
            "Sunday's earthquake, centred near the town, killed 40 people.",
            Frame("killed", "earthquake", "people"),
        ),
        ("The firm has been sold to a rival.", Frame("sold", "", "firm")),
        (
            "St George's Hospital in Tooting, said 20 people have been brought in",
            Frame("brought", "", "people"),
        ),
    ],
)
def test_frame_reads_act_doer_undergoer(statement: str, expected: Frame) -> None:
    assert frame(statement) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "The fire is the largest in a decade.",  # a copula: no act
        "There was blood all over the train.",
        "Penrose Capital owns nearly 7% of Kestrel",  # a present-tense verb is not read
    ],
)
def test_no_act_read(statement: str) -> None:
    assert frame(statement).act == ""


def test_a_participle_after_the_clause_is_no_attribution() -> None:
    """A participle after the main clause (", saying ..."): the act is the clause's."""
    got = frame("The board has rejected the bid, saying it undervalued the firm.")
    assert (got.act, got.undergoer) == ("rejected", "bid")
