"""A contested point's heading: what the point disputes, in the report's own words.

A point's `topic` is one side's statement ("At least seven people were killed"), which reads
as if the report took that side. The heading says the disputed question instead, where the
point knows it:

- figure slots, clock times, two accounts of one act: the summary line's question without
  who holds what ("How many killed: at least seven vs at least five");
- a point of two dates alone: "When: January 2018 vs February 2018" (its rule's dates);
- a side negating what another states (the rule says so): "Disputed: <the stated act>";
- else the topic: a side denying what another asserts keeps it too, because what a denial
  rejects may be a part of the asserting statement ("Trump had urged Putin to preserve the
  lives of the troops who are completely surrounded" against a denial of the encirclement:
  "<party> denies: Trump had urged ..." would say the urging is denied).

A heading made here is cut at a word to `HEADING_CHARS` with "…"; the topic is shown whole,
as before. The JSON keeps `topic` unchanged.
"""

from __future__ import annotations

import re

from consensus.merge.bound_negations import unbound
from consensus.models import ContestedItem, Report
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


# a reporting frame opening an asserting side's statement: "<who> said (that) ...", "<who>
# said on Monday that ...", "<who> told parliament that ...", "<who> reports that ..." (with
# "that" only: "claimed responsibility" is no frame): the act denied is what follows
_FRAME = re.compile(
    r"(?P<who>[^\"“”]{2,100}?)\s+(?:(?:said|says)(?:\s+(?:\w+\s+){0,3}?that)?"
    r"|(?:claimed|claims|alleged|alleges|reported|reports)\s+that"
    r"|told\s+(?:\w+\s+){1,3}?that)\s+(?P<act>[^\"“”\s].*)",
    re.S,
)
_FRAME_WORDS = 12  # a longer opening than this is no frame of who said it
# an act opening with a pronoun needs its frame to say whom it means ("X said it had ...")
_PRONOUN = re.compile(r"(?:he|she|it|its|they|their|his|her|we|our|i|you|this|that)\b", re.I)


def _act(statement: str) -> str:
    """The act a statement reports, its reporting frame cut ("Kessel, leader of the
    opposition, told parliament that several ..." -> "Several ..."); the statement when it
    opens with no frame, or what follows is a quote, under three words or opens with a
    pronoun (the frame says whom it means)."""
    text = " ".join(statement.split()).rstrip(".")
    m = _FRAME.fullmatch(text)
    if m is None or len(m.group("who").split()) > _FRAME_WORDS or len(m.group("act").split()) < 3:
        return text
    act = m.group("act")
    if _PRONOUN.match(act):
        return text
    return act[:1].upper() + act[1:]


_NEGATES = "one side negates what the other states"
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|nothing)\b|n't\b", re.I)


def _negation(c: ContestedItem) -> str | None:
    """'Disputed: <the stating side's act>' for a point whose one side negates what another
    states (its rule says so; both sides assert): the side with most origins whose statement
    carries no negation word, when another side's does."""
    if _NEGATES not in c.rule or c.slots:
        return None
    order = sorted(range(len(c.positions)), key=lambda i: (-c.positions[i].origins, i))
    negating = [i for i in order if _NEGATION.search(unbound(c.positions[i].statement))]
    stating = [i for i in order if i not in negating]
    if not negating or not stating:
        return None
    return f"Disputed: {_act(c.positions[stating[0]].statement)}"


def contested_heading(c: ContestedItem, report: Report) -> str:
    """The heading of contested point `c` of `report` (module doc)."""
    text = disputed_question(c, report) or _dates(c) or _negation(c)
    return shorten(text, HEADING_CHARS) if text else c.topic
