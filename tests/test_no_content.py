"""Whole sentences that hold no claim about the event: the page's provenance, an
announcement of what follows, an account announced but not given (consensus/no_content.py,
part of `consensus.nonclaims.non_claim_spans`); the close claims stay claims."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.no_content import no_content_spans
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline import extract_offline

_LEDE = "The bridge collapsed on Tuesday morning, killing four people, police said."


def _claims(sentence: str) -> list[str]:
    text = f"{_LEDE}\n\n{sentence}"
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    start = text.index(sentence)
    return [
        c.statement
        for c in extract_offline(article).claims
        if any(e.start >= start for e in c.evidence)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # provenance
        "This report first appeared in the Valley Courier.",
        "Originally published in the Harbor Times on May 3.",
        "Republished with permission from the Valley Courier.",
        "This piece was produced in partnership with the Harbor Times.",
        # an announcement of what follows
        "Here is what we know.",
        "Here's what happened.",
        "Here are accounts from some of those witnesses",
        "What we know so far.",
        "Then there are the regulators.",
        "Here is the Example Press report.",
        "Here is the full news agency report.",
        # an account announced, not given
        "Residents gave a very different account.",
        "Officials told a different story.",
        "Witnesses gave differing accounts.",
    ],
)
def test_a_sentence_with_no_content_is_no_claim(sentence: str) -> None:
    text = f"{_LEDE}\n\n{sentence}"
    spans = non_claim_spans(text)
    start = text.index(sentence)
    assert overlaps_non_claim(spans, start, start + len(sentence)), sentence
    assert not _claims(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "This report found that the bridge had not been inspected since 2019.",
        "The report first appeared in a local newspaper on Monday, prompting an inquiry.",
        "The collapse was first reported by the Valley Courier, which cited two engineers.",
        "Witnesses told a different story, saying the truck had sped up.",
        "The two sides have given sharply different accounts of the crash.",
        "Here is where the truck stopped, police said.",
        "Residents gave a very different account of the fire to the inquiry, he said.",
        "“Here is what we know,” the mayor told reporters.",
        "Then there was a second explosion near the station.",
    ],
)
def test_a_close_claim_stays_a_claim(sentence: str) -> None:
    text = f"{_LEDE}\n\n{sentence}"
    assert not no_content_spans(text), sentence
    assert _claims(sentence), sentence
