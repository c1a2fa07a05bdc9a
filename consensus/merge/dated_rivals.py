"""Two parties' dates of one matter (link rule 4, widened as rule 5 is by `timed_rivals`).

Rule 4 compares the calendar dates of a pair only when the pair links, and two parties'
accounts of when something happened seldom do: "The retailer says it learned of the
exposure on October 27" / "Ann Roe said she first wrote to the retailer on October 9" /
"The council says it passed the matter to police on 28 May" / "The force says the council
first got in touch on 2 June" share little beyond the date each side gives, and each is
told by another party. The plain accounts of bench/account_pairs.py show it: of the
compared cross-origin pairs told by two incompatible named speakers with no negation word,
the pairs that also give two different calendar dates are gold disputes 11 times in 16;
no other pair column (link probability, vector cosine, shared concepts, contrast words,
naming the other party) separates disputes from unrelated pairs in that cell.

Rivals here: a pair of two articles, both asserting, neither with a negation word, whose
speakers are both named and speak for no one in common (`features._speakers_compatible`),
neither a news medium, and whose calendar dates (a date with its year, or a day written
without one) differ, each the day of an act told as done: no plan or forecast (a future or
modal auxiliary: "would inspect the clinic on May 10"), no bound of a span ("signed before
31 December"). The link rule then reads them as it reads dates of a linked pair: a
CONFLICT edge ("date: ... vs ..."); they never join.

PURE: reads the statements, their speakers and dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.denial_strength import _hinted
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.models import Polarity

__all__ = ["dated_rivals"]


def _day(f: _Feat) -> str | None:
    """The claim's calendar day as month-day ("10-27"), or None when it gives none."""
    return f.day or (f.date[5:] if f.date else None)


# a plan or a forecast, not an account of what happened (future and modal auxiliaries)
_PLAN = re.compile(r"\b(?:will|would|shall|won't|wouldn't)\b|'ll\b", re.IGNORECASE)
# a bound of a span ("before 31 December", "until May 2"), not the day of an act
_BOUND = re.compile(r"\b(?:after|before|by|from|since|through|till|until|to)\s*$", re.IGNORECASE)


def _act_day(f: _Feat) -> bool:
    """Whether the claim dates an act that happened: a day of its own, no plan, and the
    day's words (its time) follow no bound of a span."""
    statement = f.claim.statement
    if _day(f) is None or f.conditional or _PLAN.search(statement):
        return False
    when = f.claim.time.text if f.claim.time is not None else ""
    at = statement.find(when) if when else -1
    return at < 0 or not _BOUND.search(statement[:at])


def _dated_party(f: _Feat) -> bool:
    return (
        bool(f.speaker)
        and not f.medium
        and f.claim.polarity == Polarity.asserts
        and not _hinted(f.claim.statement)
        and _act_day(f)
    )


def dated_rivals(feats: Sequence[_Feat], pi: np.ndarray, pj: np.ndarray) -> np.ndarray:
    """For each pair (pi[k], pj[k]): whether two parties give it two calendar dates (see the
    module docstring)."""
    has = np.fromiter((_dated_party(f) for f in feats), dtype=bool, count=len(feats))
    out = np.zeros(len(pi), dtype=bool)
    for k in np.flatnonzero(has[pi] & has[pj]).tolist():
        a, b = feats[int(pi[k])], feats[int(pj[k])]
        if a.article == b.article or _speakers_compatible(a.speaker, b.speaker):
            continue
        if a.date and b.date:
            out[k] = a.date != b.date
        else:
            out[k] = _day(a) != _day(b)
    return out
