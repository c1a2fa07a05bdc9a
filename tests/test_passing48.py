"""Facts told in passing inside a longer sentence get a claim of their own (session 48,
passing48): a participial tail after a subject whose relative clause was cut out, and the
reason a denial gives in a clause of its own (", saying the gate was open"). Invented
sentences, both ways: the shape that is cut and a look-alike that stays whole."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.compound import compound_pieces


def _claims(text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [
        (c.statement, [text[e.start : e.end] for e in c.evidence])
        for c in extract_offline(article).claims
    ]


def _leads(text: str) -> list[str]:
    """The leads of the participial tails cut off `text` ("The coach killed")."""
    return [p.lead for p in compound_pieces(text, 0, len(text), []) if p.participle]


@pytest.mark.parametrize(
    ("text", "lead", "claim"),
    [
        # the subject's relative clause, cut out, no longer hides the clause's grammar
        (
            "The coach, which was carrying 48 pilgrims, left the road near the village, "
            "killing 12 people.",
            "The coach killed",
            ("The coach killed 12 people.", ["killing 12 people."]),
        ),
        (
            "The bridge, which was built in 1962, collapsed on Tuesday, sending four cars "
            "into the river.",
            "The bridge sent",
            ("The bridge sent four cars into the river.", ["sending four cars into the river."]),
        ),
        # a speech tail after such a subject: the subject said it
        (
            "The firm, which employs 900 people, filed for bankruptcy on Monday, saying it "
            "had run out of cash.",
            "The firm said",
            ("The firm said it had run out of cash.", ["saying it had run out of cash."]),
        ),
    ],
)
def test_a_tail_after_a_cut_out_relative_clause_is_its_own_claim(
    text: str, lead: str, claim: tuple[str, list[str]]
) -> None:
    assert lead in _leads(text)
    assert claim in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The ministry flatly dismissed the claim, saying shipments had stopped in June.",
            (
                "The ministry said shipments had stopped in June.",
                ["saying shipments had stopped in June."],
            ),
        ),
        (
            "The operator denied the report, insisting that the gate was open within minutes.",
            (
                "The operator insisted that the gate was open within minutes.",
                ["insisting that the gate was open within minutes."],
            ),
        ),
    ],
)
def test_a_denial_s_reason_with_its_own_subject_is_its_own_claim(
    text: str, claim: tuple[str, list[str]]
) -> None:
    assert claim in _claims(text)
    # the denial itself stays a claim of its own
    assert any(s.endswith(("dismissed the claim", "denied the report")) for s, _q in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # a list after "including" and a source after "according to" are no participles
        "The storm cut power to 12,000 homes, including 1,400 in the old town.",
        "The storm cut power to 12,000 homes, according to the grid operator.",
        # a passive main clause has no agent to carry, relative clause or not
        "The report, which was published on Monday, was criticised by the unions, "
        "prompting a review.",
        # a denial's words that point back at what was denied stay with the denial
        "The minister denied the report, describing it as a fabrication.",
        "The board rejected the offer, saying it undervalued the company.",
        "The board rejected the offer, saying that this would hurt its staff.",
    ],
)
def test_a_look_alike_tail_stays_whole(text: str) -> None:
    assert _leads(text) == []
    # no claim cites the tail alone
    quotes = [q for _s, qs in _claims(text) for q in qs]
    assert quotes and not any(re.match(r"[a-z]+ing\b", q) for q in quotes)


def test_only_a_reason_verb_with_a_clause_counts() -> None:
    from consensus.offline.participle_doers import denial_reason

    text = "X denied it, saying the gate was open, calling it a lie, saying so."
    assert denial_reason(text, text.index("saying the"), len(text))
    assert not denial_reason(text, text.index("calling"), len(text))  # not a verb of reason
    assert not denial_reason(text, text.index("saying so"), len(text))  # no clause follows
