"""Facts told in passing inside a longer sentence get a claim of their own (session 48,
passing48): a participial tail whose figure has a thousands separator, a tail after a
subject whose relative clause was cut out, and a gapped count after a passive clause.
Invented sentences, both ways: the shape that is cut and a look-alike that stays whole."""

from __future__ import annotations

import datetime as dt

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


def _statements(text: str) -> list[str]:
    return [s for s, _q in _claims(text)]


def _leads(text: str) -> list[str]:
    """The leads of the participial tails cut off `text` ("The coach killed")."""
    return [p.lead for p in compound_pieces(text, 0, len(text), []) if p.participle]


@pytest.mark.parametrize(
    ("text", "lead", "quote"),
    [
        # a figure with a thousands separator in the tail is no comma of the clause
        (
            "The carrier cancelled 380 flights on Thursday, leaving about 55,000 passengers "
            "stranded at the start of the holidays.",
            "The carrier left",
            "leaving about 55,000 passengers stranded at the start of the holidays.",
        ),
        (
            "The retailer filed for administration on Wednesday, putting about 3,100 jobs at risk.",
            "The retailer put",
            "putting about 3,100 jobs at risk.",
        ),
        # the subject's relative clause, cut out, no longer hides the clause's grammar
        (
            "The coach, which was carrying 48 pilgrims, left the road near the village, "
            "killing 12 people.",
            "The coach killed",
            "killing 12 people.",
        ),
        (
            "The bridge, which was built in 1962, collapsed on Tuesday, sending four cars "
            "into the river.",
            "The bridge sent",
            "sending four cars into the river.",
        ),
    ],
)
def test_a_tail_in_passing_becomes_its_own_claim(text: str, lead: str, quote: str) -> None:
    assert lead in _leads(text)
    assert any(quote in quotes for _s, quotes in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # a list after "including" and a source after "according to" are no participles
        "The storm cut power to 12,000 homes, including 1,400 in the old town.",
        "The storm cut power to 12,000 homes, according to the grid operator.",
        # the tail goes on past a clause comma: not sure where it ends (no cut, as before)
        "The carrier cancelled 380 flights, leaving 55,000 passengers stranded, as crews "
        "walked out at four airports.",
        # a passive main clause has no agent to carry, relative clause or not
        "The report, which was published on Monday, was criticised by the unions, "
        "prompting a review.",
    ],
)
def test_a_look_alike_tail_stays_whole(text: str) -> None:
    assert _leads(text) == []


def test_a_gapped_count_takes_the_passive_it_shares() -> None:
    claims = _claims("Twelve were taken to the county hospital and 31 to Riverside hospital.")
    assert claims == [
        ("Twelve were taken to the county hospital", ["Twelve were taken to the county hospital"]),
        ("31 were taken to Riverside hospital.", ["31 to Riverside hospital."]),
    ]
    # one count: the auxiliary follows it ("One was ... and two were ...")
    assert "Two were flown to a hospital in the capital." in _statements(
        "One was flown to the regional trauma centre and two to a hospital in the capital."
    )


@pytest.mark.parametrize(
    "text",
    [
        # no count after "and": a noun phrase may share the verb, but no count is told
        "Five people were taken to hospital and the driver to a police station.",
        # a range after the preposition, no second passive
        "Rates were raised to 5 percent and 6 to 7 percent in the north.",
        # another preposition than the participle's: no shared verb
        "Twelve were taken to hospital and 31 in total were questioned.",
    ],
)
def test_no_gapped_count_without_a_count_and_its_preposition(text: str) -> None:
    assert not any(
        s.startswith(("31 were", "6 were", "the driver were")) for s in _statements(text)
    )
    assert not any(s.startswith("The driver was") for s in _statements(text))
