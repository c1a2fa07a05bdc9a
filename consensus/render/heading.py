"""A contested point's heading: what the point disputes, in the report's own words.

A point's `topic` is one side's statement ("At least seven people were killed"), which reads
as if the report took that side. The heading says the disputed question instead, where the
point knows it:

- figure slots, clock times, two accounts of one act: the summary line's question without
  who holds what ("How many killed: at least seven vs at least five");
- a point of two dates alone: "When: January 2018 vs February 2018" (its rule's dates);
- a side denying what another asserts: "<party> denies: <the asserted statement>", or
  "Disputed: <the asserted statement>" when the denying side names no speaker;
- else the topic.

Cut at a word to `HEADING_CHARS` with "…". The JSON keeps `topic` unchanged.
"""

from __future__ import annotations

import re

from consensus.models import ContestedItem, Polarity, Report
from consensus.summary import disputed_question, shorten

HEADING_CHARS = 110

# the rule of a point whose one conflict is two dates ("... — sides by first publication ...")
_DATES_ONLY = re.compile(
    r"contested: conflicting dates for one slot \((?P<a>[^()]+?) vs (?P<b>[^()]+?)\)(?: — .*)?",
    re.S,
)


def _dates(c: ContestedItem) -> str | None:
    m = _DATES_ONLY.fullmatch(c.rule)
    return f"When: {m.group('a')} vs {m.group('b')}" if m and not c.slots else None


def _denial(c: ContestedItem) -> str | None:
    """'<party> denies: <act>' for a point where one side denies what another asserts: the
    denying side with most origins (ties in report order) names the party, the asserting
    side with most origins gives the act."""
    order = sorted(range(len(c.positions)), key=lambda i: (-c.positions[i].origins, i))
    denying = [c.positions[i] for i in order if c.positions[i].polarity == Polarity.denies]
    asserting = [c.positions[i] for i in order if c.positions[i].polarity == Polarity.asserts]
    if not denying or not asserting:
        return None
    act = " ".join(asserting[0].statement.split()).rstrip(".")
    party = denying[0].speakers[0] if denying[0].speakers else ""
    return f"{party[:1].upper()}{party[1:]} denies: {act}" if party else f"Disputed: {act}"


def contested_heading(c: ContestedItem, report: Report) -> str:
    """The heading of contested point `c` of `report` (module doc)."""
    text = disputed_question(c, report) or _dates(c) or _denial(c) or c.topic
    return shorten(text, HEADING_CHARS)
