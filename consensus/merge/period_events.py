"""Two claims whose periods cannot overlap that tell two events, not one event at two
times (link rule 4): no conflict edge, and no join.

A period clash is a dispute about WHEN one thing happened only when the two claims tell
one thing. Two shapes of news tell two things:

* the two share no word but names: "Vesta beat Dunmore Rovers 3-0 last year" / "In March
  the league admitted that a goal awarded to Port Elling against Dunmore Rovers should
  have been disallowed": one club's final last year and a ruling this spring (the names
  are all they have in common, so nothing says the two dates are of one act);
* each places itself by the start of a span that runs to now ("the first tram crash with
  deaths on board since 1959, when ..." / "the worst accident on the railways since 2004,
  when ..."): the years are those of two earlier events two records are measured from,
  not two dates of one event.

PURE: reads the statements, their names and periods.
"""

from __future__ import annotations

import re

from consensus.merge.claim_words import content_stems
from consensus.merge.features import _Feat
from consensus.merge.roles import name_stems
from consensus.merge.slots import _stem

__all__ = ["periods_of_two_events"]

# "since 1959", "since 2004, when ...": a span that starts in that year and runs to now
_SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.IGNORECASE)
# the words of a period itself ("last year", "in March 2025") are no event word
_PERIOD_WORDS = frozenset(
    _stem(w) for w in "year years month months week weeks last earlier later since".split()
)


def _since_span(f: _Feat) -> bool:
    """Whether the claim's period is the start of a span to now ("since 2004")."""
    if not f.period or not f.period.startswith("y:"):
        return False
    year = f.period[2:]
    return any(m.group(1) == year for m in _SINCE_YEAR.finditer(f.claim.statement))


def _names_only(a: _Feat, b: _Feat) -> bool:
    """Whether every content word the two statements share is a word of a name."""
    shared = content_stems(a.claim.statement.casefold()) & content_stems(
        b.claim.statement.casefold()
    )
    shared -= name_stems(a.entities | b.entities)
    shared -= _PERIOD_WORDS
    return not {s for s in shared if not s[:1].isdigit()}


def periods_of_two_events(a: _Feat, b: _Feat) -> bool:
    """Whether claims `a` and `b`, whose periods clash, tell two events (see the module
    docstring)."""
    return (_since_span(a) and _since_span(b)) or _names_only(a, b)
