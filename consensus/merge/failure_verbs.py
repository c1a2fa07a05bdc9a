"""A statement that something failed to happen negates it as "not" does.

"About 1,800 calls could not be connected" / "some 1,800 emergency calls failed to
connect": both say the calls did not connect. Link rule 6 reads a plain negation against
the same statement unnegated as a rebuttal, and a statement with any negation word rebuts
nothing that negates too; "failed to", "fails to" and "unable to" before a verb are such a
negation, so the two are one statement, not a rebuttal. Only the rebuttal precheck reads
this (never what is negated, never a denial), and "the talks failed" (no verb after it)
negates nothing.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

__all__ = ["negates_by_failure"]

_FAILED_TO = re.compile(r"\b(?:fail(?:s|ed|ing)?|unable)\s+to\s+[a-z]", re.IGNORECASE)


def negates_by_failure(statement: str) -> bool:
    """The statement says something failed to happen ("failed to connect", "was unable to
    reach the site")."""
    return _FAILED_TO.search(statement) is not None
