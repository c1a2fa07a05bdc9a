"""The claim a pointing-back denial answers when it is told inside another claim's
sentence, and an act's verb as the accusation tells it (link rule 2, `answers.answered`).

A denial that points back ("Roe told the paper the claim was untrue") answers the claim
told just before it. A sentence often holds a claim inside another, a relative clause in
its subject: "Keller, which says it holds 4 per cent of the firm, accused the chairman of
hiding the losses. The chairman called the claim untrue." The inner claim ("holds 4 per
cent") starts after the sentence's main claim, so a walk by where claims start meets it
first; but the main claim, by the same voice, ends nearer the denial and is what the
denial answers. So a claim answered that lies inside another asserted claim of the same
speaker, one that ends after it and before the denial, gives way to that claim, the one
ending nearest the denial (`enclosing`). Another voice's sentence around it is not read
(a quoted voice is its own side), nor a claim of no speaker.

An accusation named by a report noun ("dismissed the charge") is found by the verb of the
act ("charged", "accused"); a verb joined by a hyphen to a word before it is another verb
("double-charged a fee") and tells no accusation (`act_pattern`).

Grammar only, no event's words. PURE.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.models import Polarity


def enclosing(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], k: int, start: int
) -> int:
    """Claim k, or the asserted claim of k's speaker whose span (in `before`: first quote
    start, last quote end, claim) holds k's and ends after it, before the denial's `start`,
    nearest the denial (see the module docstring)."""
    span = next(((s, e) for s, e, j in before if j == k), None)
    who = feats[k].speaker
    if span is None or not who:
        return k
    best, best_end = k, span[1]
    for s, e, j in before:
        other = feats[j]
        if s > span[0] or not best_end < e <= start or other.claim.polarity != Polarity.asserts:
            continue
        if other.speaker and _speakers_compatible(other.speaker, who):
            best, best_end = j, e
    return best


def act_pattern(verbs: str) -> re.Pattern[str]:
    """The forms of an act's verbs (`verbs`, alternatives of stems) as a word's start that
    no letter nor hyphen joins to a word before it (see the module docstring)."""
    return re.compile(rf"(?<![\w-])(?:{verbs})", re.IGNORECASE)
