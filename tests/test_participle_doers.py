"""Who does what a trailing participle tells (`offline/participle_doers.py`): invented
sentences, one per case; a cut that was right before must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.compound import compound_pieces


def _statements(text: str) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [c.statement for c in extract_offline(article).claims]


def _leads(text: str) -> list[str]:
    return [p.lead for p in compound_pieces(text, 0, len(text), []) if p.lead]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event or a thing that acts is the doer of a result participle: the cut stays
        ("The bus overturned on a mountain road, killing 12 passengers.", ["The bus killed"]),
        (
            "A gunman opened fire in a crowded market, killing four people and wounding nine.",
            ["A gunman killed", "A gunman wounded"],
        ),
        (
            "Rebels stormed the town hall on Friday, setting fire to the archive.",
            ["Rebels set"],
        ),
        # what a report means: the speaker's act
        (
            "The auditor says the firm's controls should have caught the fraud, casting doubt "
            "on the board's account of events.",
            ["The auditor cast"],
        ),
        # after a verb of perception or depiction, the object does it
        (
            "Video posted online showed soldiers crossing the bridge, firing into the air "
            "and shouting at the crowd.",
            ["soldiers fired", "soldiers shouted"],
        ),
        (
            "Witnesses saw two men leaving the bank, carrying a heavy bag to a car.",
            ["two men carried"],
        ),
    ],
)
def test_a_participle_cut_names_its_doer(text: str, expected: list[str]) -> None:
    assert _leads(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the event means: the concerns reflect it, not the retailers
        "Several big retailers have voiced concerns about the merger, reflecting the "
        "buyer's record of closing stores.",
        "The bonds were trading at 62 cents on Friday, indicating investors expect losses.",
        # the participle dates the object: the mourning begins, not the council
        "The city council has declared two days of mourning, beginning on Monday.",
        # "giving" after a verb of receiving: the approval gives, not the firm
        "Ostrel Labs won approval for its vaccine on Tuesday, giving the small drugmaker "
        "its first product.",
        "Ostrel Labs won approval for its vaccine on Tuesday, reversing a 2021 rejection "
        "and giving the small drugmaker its first product.",
        # after an "after" clause cut off a figure's move: neither clause's subject is sure
        "Shares of the retailer closed up 18 percent on Monday after a rival agreed to buy "
        "the company, leaving a gap of three dollars to the offer.",
    ],
)
def test_no_cut_when_the_doer_is_the_event_or_unsure(text: str) -> None:
    assert _leads(text) == [], _leads(text)


def test_the_perceived_object_is_the_statement_s_subject() -> None:
    statements = _statements(
        "Footage shared online showed men climbing the wall with ladders, tearing down the "
        "flag and throwing papers from a window."
    )
    assert not any(s.startswith("Footage tore") for s in statements), statements
    assert any(s.startswith("Men tore down the flag") for s in statements), statements


# A trailing participle after a clause joined on with "and"/"but" tells the act of that
# nearer clause's subject (`participle_doers._joined_subject`), never the first clause's.
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "In 2012, 14 hikers were killed when their minibus went over the edge at the Corran "
            "bridge further down the pass, and in 2020 a truck fell from the same bend at Vell, "
            "killing its driver.",
            "a truck",
        ),
        (
            "In 2012, 14 hikers were killed when their minibus left the road near the Corran "
            "bridge, and in 2020 a truck fell from the same bend at Vell, killing its driver.",
            "a truck",
        ),
    ],
)
def test_the_joined_clause_s_subject_does_the_participle(text: str, doer: str) -> None:
    leads = _leads(text)
    assert leads and all(lead.lower().startswith(doer) for lead in leads), leads


def test_the_statement_names_the_nearer_actor() -> None:
    statements = _statements(
        "In 2012, 14 hikers were killed when their minibus went over the edge at the Corran "
        "bridge further down the pass, and in 2020 a truck fell from the same bend at Vell, "
        "killing its driver."
    )
    assert not any(s.startswith("Their minibus killed") for s in statements), statements
    assert "A truck killed its driver." in statements, statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after "and" share the first subject: its doer stays
        (
            "The ferry left the quay and drifted onto the rocks, injuring six passengers.",
            "The ferry",
        ),
        # "and" joins two objects, no clause: the subject stays
        ("Rebels shelled the depot and the radio mast, killing four guards.", "Rebels"),
    ],
)
def test_a_shared_subject_stays_the_doer(text: str, expected: str) -> None:
    statements = _statements(text)
    assert any(s.startswith(expected) and ("injur" in s or "kill" in s) for s in statements), (
        statements
    )
