"""What a figure's sentence says of how far its count reaches, read from the words around
it (pure; `figures.figures` calls it for each number it reads): a count one witness gives
of what they saw from where they were is no count of the whole."""

from __future__ import annotations

import re

from consensus.merge.lexicon import FIGURE_VANTAGE_CUES

__all__ = ["seen_by_one"]

_VANTAGE = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in FIGURE_VANTAGE_CUES) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def seen_by_one(text: str, start: int, end: int) -> bool:
    """A witness's own vantage (`figure_vantage_cues`: "from where I was", "I could see")
    within 60 characters before the figure or 40 after it, in its sentence: "Visibly from
    where I was about two fire engines" counts what one person saw, set against no total
    ("eight fire engines" at the scene)."""
    lo, hi = max(0, start - 60), min(len(text), end + 40)
    for m in _VANTAGE.finditer(text, lo, hi):
        a, b = (m.end(), start) if m.start() < start else (end, m.start())
        if _SENTENCE_END.search(text, a, b) is None:
            return True
    return False
