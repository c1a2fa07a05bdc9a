"""A sentence that opens with who says it is someone's claim, named or not.

"Witnesses and the festival's director say officers at an emergency gate kept it locked for
more than half an hour." has a teller the extractor may not read as one speaker (two
parties joined by "and"); a denial right after it ("Police chief Ruth Anselm has denied
this") answers it, as it would a claim with a speaker, not a claim further up
(`answers.answered`, which passes over claims of no one).
"""

from __future__ import annotations

import re

__all__ = ["opens_with_teller"]

# the sentence's subject (up to seven words, no clause break) and a speech verb in the
# present, as one side's standing claim is told ("Witnesses and the festival's director say
# officers ..."; a past "said" opens the news of the day, answered only with its speaker)
_TELLER = re.compile(
    r"^\W*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:say|says|allege|alleges|insist|insists|claim|claims|accuse|accuses|maintain|maintains)"
    r"\s+(?:that\s+)?[\w\"“]"
)
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def opens_with_teller(quote: str) -> bool:
    """Whether `quote` opens with a subject and a speech verb in the present, no clause
    break between ("Witnesses and the festival's director say officers ..."), its teller."""
    m = _TELLER.match(quote)
    return m is not None and _CLAUSE_BREAK.search(quote, 0, m.end()) is None
