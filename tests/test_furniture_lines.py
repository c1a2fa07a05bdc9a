"""Whole short lines of page furniture found by their shape (consensus.furniture_lines):
a short line the sentence rules half find, a line of the page about itself beside a bare
tag, a short question put to the reader; and the news lines of the same shapes that stay.
All names are invented."""

from __future__ import annotations

import pytest

from consensus.nonclaims import non_claim_spans, overlaps_non_claim

_OUTLET = "Northfield Echo"
_HEAD = (
    "A fire at the Velden bus depot destroyed eleven buses on Friday, the fire service "
    "said.\n\nCrews were called at 3am and the blaze was under control by 6am, a "
    "spokesperson for the service said.\n\n"
)
_TAIL = (
    "\n\nThe operator said replacement buses would run on all routes from Monday.\n\n"
    "Investigators said the cause of the fire was not yet known.\n"
)

FURNITURE = [
    # a question to the reader opening or closing a short line
    "Found this useful? Send it to a colleague who still has a night-bus pass.",
    "Not a member yet? Forward this to a neighbour and tell them to register at the link below.",
    "Questions about your refund? The operator's help desk is open until 6pm.",
    "I bought an annual pass last year. Am I still covered?",
    # the page about itself beside a bare tag
    "Updates from our crew at the Velden depot. Newest updates first.",
    "Updates from our team at Harbour Road. Newest first.",
    "Our reporters are at Harbour Road. All times Eastern.",
    # the page about itself beside a sentence the rules find
    "The Northfield Echo's depot tracker will be refreshed every morning. Subscribers can "
    "download the full fleet list.",
    # a live page's lead-in closed by a colon, a label naming the outlet, a paper's reference
    "09:15 - A reminder of how we got here:",
    "Elsewhere in the Echo today: a map of every night-bus route, and a columnist asks "
    "whether depots belong in town.",
    "Study reference: Roe J. et al., Journal of Transit Safety, March 2026.",
    # a service line with a number to call
    "Passengers who need a refund should call the operator's help line on 0300 555 0147.",
]

NEWS = [
    # a lead beside page talk: the lead is news
    "The depot was shut for hours on Friday after the fire broke out. Here is what we know so far.",
    # an explainer's question, a question about the story
    "So what went wrong? Engineers pointed to a cracked fuel line.",
    "Is the water safe? Engineers are still testing samples.",
    # the outlet's voice that carries news
    "We are getting reports that a bus has overturned on Mill Lane. More soon.",
    "Our reporter saw the blaze from the bridge. We counted four engines.",
    # tags alone
    "Eleven buses lost. Two drivers hurt.",
    # a colon-closed lead-in that is the story's, a label that names no outlet
    "Eleven buses were destroyed in the blaze:",
    "The cause: a cracked fuel line in the third bay, investigators believe.",
    # advice without a number to call
    "Anyone who was at the depot and feels unwell should call their doctor.",
]


def _covered(text: str, line: str) -> bool:
    start = text.index(line)
    spans = non_claim_spans(text, outlet=_OUTLET)
    return any(s <= start and start + len(line) <= e for s, e in spans)


@pytest.mark.parametrize("line", FURNITURE)
def test_a_short_furniture_line_is_no_claim_whole(line: str) -> None:
    text = _HEAD + line + _TAIL
    assert _covered(text, line), line
    spans = non_claim_spans(text, outlet=_OUTLET)
    assert not overlaps_non_claim(spans, 0, len(_HEAD) - 2), spans
    assert not overlaps_non_claim(spans, text.index(_TAIL) + 2, len(text)), spans


@pytest.mark.parametrize("line", NEWS)
def test_a_news_line_of_the_same_shape_keeps_its_news(line: str) -> None:
    text = _HEAD + line + _TAIL
    start = text.index(line)
    first = line.split(". ")[0].split("? ")[-1].rstrip(":.")
    at = start + line.index(first)
    spans = non_claim_spans(text, outlet=_OUTLET)
    assert not overlaps_non_claim(spans, at, at + len(first)), (first, spans)
