"""Packed sentences -> one claim per fact (offline-108): a verb phrase that shares a modal or
a "to" infinitive with the one before it takes it again; a relative clause after the
subject is cut out when the main verb follows it; "X said on Monday that A and that B";
a subject with "under" in it carries to a participial tail. Every quote is an exact span
of the article, and the cuts the grammar leaves unsure are not made.

Sentences are written for these tests (no cluster text), one rule each.
"""

from __future__ import annotations

import pytest
from test_compound import _statements  # every quote checked as an exact span there

from consensus.offline.modal_share import bare_verb, shared_modal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare verb after "and" shares the modal: never "The company cut 400 jobs"
        (
            "The company will close the plant in June and cut 400 jobs.",
            ["The company will close the plant in June", "The company will cut 400 jobs."],
        ),
        # ... in what a speaker said: the reported subject and its modal; the speaker
        # reports both
        (
            "The regulator said the buyer would assume about $2 billion of deposits and buy "
            "about $1 billion of the lender's loans.",
            [
                "The regulator said the buyer would assume about $2 billion of deposits",
                "The regulator said that the buyer would buy about $1 billion of the "
                "lender's loans.",
            ],
        ),
        # ... and a further "and that" after it still reports the speaker
        (
            "The agency said the buyer would assume about $2 billion of deposits and buy "
            "about $1 billion of its loans, and that the failure would cost the fund $600 "
            "million.",
            [
                "The agency said the buyer would assume about $2 billion of deposits",
                "The agency said that the buyer would buy about $1 billion of its loans",
                "The agency said that the failure would cost the fund $600 million.",
            ],
        ),
        # a verb and "to" shared like a modal
        (
            "The company expects to cut about 3,000 jobs and close four plants.",
            [
                "The company expects to cut about 3,000 jobs",
                "The company expects to close four plants.",
            ],
        ),
        # a relative clause after the subject, the main verb a past verb and its object:
        # the clause is cut out (and ", appointed administrators ..., the firm said" is no
        # tail attribution)
        (
            "The mill, which employs 900 people in 20 plants, appointed administrators "
            "shortly after 8 a.m., the firm said.",
            [
                "The mill appointed administrators shortly after 8 a.m., the firm said.",
                "The mill employs 900 people in 20 plants",
            ],
        ),
        # "said on Monday that A and that B": B is the speaker's too
        (
            "The firm said on Monday that 50 of its 200 shops would shut and that about 900 "
            "of its 4,000 staff could lose their jobs.",
            [
                "The firm said on Monday that 50 of its 200 shops would shut",
                "The firm said that about 900 of its 4,000 staff could lose their jobs.",
            ],
        ),
        # a subject with "under" in it carries to the participial tails
        (
            "A six-storey building under construction collapsed on Tuesday, killing four "
            "workers and trapping seven, officials said.",
            [
                "Officials said that a six-storey building under construction collapsed on Tuesday",
                "Officials said that a six-storey building under construction killed four workers",
                "A six-storey building under construction trapped seven, officials said.",
            ],
        ),
    ],
)
def test_packed_sentence_parts(text: str, expected: list[str]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a causative: "approve" may be the council's act, not the law's
        "The law would let a council named by the government appoint the head of the "
        "broadcaster and approve its budget.",
        # an inner "to": "sell" may go with "keep"
        "The deal would allow the buyer to keep the brand and sell the warehouses.",
        # a noun after "and", no bare verb: one noun phrase ("deposits and loans")
        "The buyer would assume the deposits and loans of the lender.",
        # a negation is not carried
        "The company will not close the plant and cut 400 jobs.",
    ],
)
def test_unsure_shared_verbs_stay_whole(text: str) -> None:
    assert _statements(text) == [text]


def test_bare_verb_and_shared_modal() -> None:
    text = "The firm will close the plant and cut 400 jobs"
    assert bare_verb(text, text.index("cut"), len(text))
    assert not bare_verb(text, text.index("jobs"), len(text))
    assert shared_modal(text, 0, text.index(" and"), len("The firm")) == "will"
    text = "The firm has agreed to buy the mill and pay its debts"
    assert shared_modal(text, 0, text.index(" and"), len("The firm")) == "has agreed to"
    text = "The firm would be sold and merged"
    assert shared_modal(text, 0, text.index(" and"), len("The firm")) is None
