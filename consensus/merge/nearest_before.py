"""The claims told before a pointing-back denial, nearest first, and an act's verb as the
accusation tells it (link rule 2, `answers.answered`).

A denial that points back ("Roe told the paper the claim was untrue") answers the claim
told just before it. "Just before" is where a claim ENDS: a sentence often holds a claim
inside another, a relative clause in its subject ("Keller, which says it holds 4 per cent
of the firm, accused the chairman of hiding the losses. The chairman called the claim
untrue."): the inner claim starts after the sentence's main claim but ends well before
it, and the main claim, ending next to the denial, is the nearer one. So the candidates
are ranked by the end of their last quote, then their start, nearest first
(`nearest_first`).

An accusation named by a report noun ("dismissed the charge") is found by the verb of the
act ("charged", "accused"); a verb joined by a hyphen to a word before it is another verb
("double-charged a fee", "re-charged") and tells no accusation (`act_pattern`).

Grammar only, no event's words. PURE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def nearest_first(
    spans: Iterable[tuple[int, int, int]], start: int, denial: int
) -> list[tuple[int, int, int]]:
    """The (first quote start, last quote end, claim) spans of an article's claims that
    start before `start` (not the denial's own), nearest end first (see the module
    docstring)."""
    before = (x for x in spans if x[0] < start and x[2] != denial)
    return sorted(before, key=lambda x: (x[1], x[0], x[2]), reverse=True)


def act_pattern(verbs: str) -> re.Pattern[str]:
    """The forms of an act's verbs (`verbs`, alternatives of stems) as a word's start that
    no letter nor hyphen joins to a word before it (see the module docstring)."""
    return re.compile(rf"(?<![\w-])(?:{verbs})", re.IGNORECASE)
