"""A trailing participle after a clause joined on with "and"/"but" tells the act of that
nearer clause's subject (`offline/participle_doers._joined_subject`): "X did A, and in 2019 a
crane toppled ..., crushing its operator" -> "A crane crushed its operator", never "X crushed
its operator". Invented sentences; a cut whose doer was right before must stay."""

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
