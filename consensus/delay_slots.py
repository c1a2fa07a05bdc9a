"""A term slot that counts how late something is, named as a delay where the report shows it.

The merger reads how late something is ("now expected 26 months late", "nine months behind
schedule") as a term (`merge/figure_terms.py`), so a point of two such figures is a point of
the slot "term", and the report titled it "Term: 18 months vs 26 months": what differs is
how late it is. `delayed` tells when every figure of a term slot is told late by a side
that gives it (the figure as written, then a word of lateness, `figure_term_late_words` in
merge/data/words.toml; or the figure as a compound before "delay": "the 18-month delay"), in
the side's statement or one of its quotes; the report then names the slot `DELAY`. Any other
term ("sentenced to 12 years", "closed for a week") keeps its name. Display only: the slot's
name in the JSON stays as merged. Pure.
"""

from __future__ import annotations

import re

from consensus.merge.lexicon import FIGURE_TERM_LATE_WORDS
from consensus.models import ContestedItem, DisputedSlot

__all__ = ["DELAY", "delayed"]

DELAY = "Delay"
_TERM = "term"
_LATE = "|".join(
    r"\s+".join(re.escape(p) for p in w.split())
    for w in sorted(FIGURE_TERM_LATE_WORDS, key=len, reverse=True)
)


def _told_late(figure: str, text: str) -> bool:
    told = r"[\s-]+".join(re.escape(w) for w in figure.split())
    pattern = rf"(?<![\w-]){told}(?:\s+(?:{_LATE})\b|-?\s*delay\b)"
    if figure.endswith("s"):  # "18 months" written as a compound: "the 18-month delay"
        singular = r"[\s-]+".join(re.escape(w) for w in figure[:-1].split())
        pattern += rf"|(?<![\w-]){singular}[\s-]+delay\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def delayed(slot: DisputedSlot, point: ContestedItem | None) -> bool:
    """Whether `slot` of `point` is a term every figure of which a side giving it tells as
    how late something is (module doc)."""
    if point is None or slot.slot != _TERM:
        return False
    for f in slot.figures:
        sides = [point.positions[i] for i in f.positions if i < len(point.positions)]
        texts = [t for p in sides for t in (p.statement, *(c.quote for c in p.citations))]
        if not any(_told_late(f.text, t) for t in texts):
            return False
    return True
