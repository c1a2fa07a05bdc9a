"""Page furniture in wordings the rules were not written from makes no claim, and reporting
that looks like furniture still does.

tests/data/furniture/unseen.txt, unseen2.txt, unseen3.txt and unseen4.txt (session 41) are
invented corpora in the marks of probe.txt (see tests/test_furniture_probe.py); each was
written after the one before it was fixed for, to see how far the shapes carry. The
sentences below are reporting that shares a word or a shape with furniture ("The
photographer was injured", "He said sign-ups rose 12 percent"), which must stay claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.ingest import parse_text
from consensus.nonclaims import non_claim_spans
from consensus.offline import extract_offline
from consensus.page_voice import page_voice_spans
from tests.test_furniture_probe import check, load_probe

DATA = Path(__file__).resolve().parent / "data" / "furniture"
UNSEEN = [
    p
    for name in ("unseen.txt", "unseen2.txt", "unseen3.txt", "unseen4.txt")
    for p in load_probe(DATA / name)
]


def test_the_unseen_corpora_are_broad() -> None:
    marks = [mark for probe in UNSEEN for mark, _ in probe.lines]
    assert marks.count("-") >= 330 and marks.count("+") >= 60


@pytest.mark.parametrize("probe", UNSEEN, ids=[p.id for p in UNSEEN])
def test_unseen_furniture_makes_no_claim_and_reporting_still_does(probe: object) -> None:
    _, leaked, lost = check(probe)  # type: ignore[arg-type]
    assert not leaked, f"furniture that became a claim: {leaked}"
    assert not lost, f"reporting that made no claim: {lost}"


LEAD = "A fire destroyed a warehouse on the east side of the city on Monday, the fire service said."


@pytest.mark.parametrize(
    "reporting",
    [
        "The photographer was injured when part of the roof fell.",
        "Reporters were barred from the site for most of the morning.",
        "He said sign-ups to the volunteer scheme rose 12 percent after the fire.",
        "Our correspondent at the scene counted at least six fire engines.",
        "Police told us the road would stay closed until Friday.",
        "This report was produced by the national audit office and found 40 unsafe buildings.",
        "Video showed flames leaping from the roof shortly after midnight.",
        "Photos posted by neighbours showed thick black smoke over the district.",
        "The owner thanked firefighters for saving the office next door.",
        "The company emailed its 300 workers on Tuesday to say the site would close.",
        "Your insurance may not cover fire damage, the regulator warned homeowners.",
        "The warehouse stored about 2,000 tonnes of paper, the owner said.",
    ],
)
def test_reporting_that_looks_like_furniture_stays_a_claim(reporting: str) -> None:
    body = f"{LEAD}\n\n{reporting}\n\nNobody was hurt, the fire service said."
    article = parse_text(body, id="near", title="Warehouse fire")
    at = article.text.index(reporting)
    end = at + len(reporting)
    assert not any(s < end and e > at for s, e in non_claim_spans(article.text))
    quotes = [ev for claim in extract_offline(article).claims for ev in claim.evidence]
    assert any(ev.start < end and ev.end > at for ev in quotes), "the reporting made no claim"


@pytest.mark.parametrize(
    ("furniture", "kept"),
    [
        # a way to reach the newsroom; an address in someone's reported words is news
        (
            "Tips? Write to tips@example.test.",
            "The union said members could write to strike@example.test for help.",
        ),
        # an imperative with "us"; a subject before the verb is news
        ("Stick with us for the latest.", "Firefighters told us the fire was out."),
        # the outlet and its reader together; the outlet alone is its own reporting
        ("We'll never share your details.", "Our crews saw two people carried out."),
        # the page about itself; another body's report is news
        (
            "This interview has been edited for length and clarity.",
            "This report was published by the ministry in May.",
        ),
        # a verbless line under a picture; a picture with a verb is a sentence
        ("Photo for illustrative purposes only.", "Footage emerged of the roof collapsing."),
        # a caption's label naming a picture; a label naming something else is no caption
        ("In the picture: the gutted office.", "In the end: the roof fell at 3 a.m."),
        # a disclaimer's phrase
        ("Prices correct at time of writing.", "Prices rose 3% in May."),
    ],
)
def test_page_voice_rules_and_their_counter_examples(furniture: str, kept: str) -> None:
    text = f"{furniture}\n\n{kept}"
    spans = page_voice_spans(text)
    at = text.index(kept)
    # the furniture's last sentence ("Tips?" alone is a question, which no claim reads)
    assert any(s <= len(furniture) - 2 < e for s, e in spans), f"not found: {furniture}"
    assert not any(s < at + len(kept) and e > at for s, e in spans), f"taken: {kept}"


def test_page_voice_never_takes_quoted_or_a_transcripts_turn() -> None:
    text = (
        '"Thank you for coming," she told the crowd. "We\'ll rebuild, and your homes will be '
        'safe."\n\nMAYOR: We will never share your details with the company.'
    )
    assert page_voice_spans(text) == []


@pytest.mark.parametrize(
    "credit",
    [
        "The stranded ferry on Tuesday evening. JANE ROE/EXAMPLE TRIBUNE",
        "A firefighter at the mill on Monday. Jane Roe / Example Post",
        "A coastguard boat beside the ferry. Picture courtesy of the Rescue Service",
    ],
)
def test_a_caption_closed_by_a_credit_is_no_claim(credit: str) -> None:
    text = f"{LEAD}\n\n{credit}"
    at = text.index(credit)
    assert any(s <= at and e >= len(text) for s, e in non_claim_spans(text))
