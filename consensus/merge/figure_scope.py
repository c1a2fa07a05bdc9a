"""What a figure's sentence says of how far its count reaches, read from the words around
it (pure; `figures.figures` calls it for each number it reads): a count one witness gives
of what they saw from where they were is no count of the whole, and a dose a sentence's
gerund subject names is a condition of what is said, no count of what happened."""

from __future__ import annotations

import re

from consensus.merge.lexicon import FIGURE_VANTAGE_CUES

__all__ = ["ASIDE", "among_others", "condition", "seen_by_one"]

# an aside right after a figure's noun ("84 people, including 10 children, were killed",
# "14 people, most of them women and children, were killed"): none of its words are the
# figure's slot (`figures._slot_and_counted` blanks it)
ASIDE = re.compile(
    r",\s*(?:including|among them|of whom|mostly|(?:many|most|all) of them)\b[^,;.]{0,60},"
)
# "10 children were among the dead", "two Britons among those killed": some of a group
# named after them (not "among them", which names the group before)
_AMONG = re.compile(r"(?:\s+[^\W\d_]+){1,3}?\s+among\s+(?!them\b|whom\b)", re.IGNORECASE)

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


def among_others(text: str, end: int) -> bool:
    """The count is some of a group the words after it name ("more than 10 children were
    among the dead"): a count of its own kind, never the group's own count (the toll)."""
    m = _AMONG.match(text, end)
    return m is not None and _SENTENCE_END.search(text, end, m.end()) is None


# a sentence that opens with a gerund ("Drinking ..."), no clause break before the figure
_GERUND_OPEN = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+ing\s+[^,;:.!?]{0,40}$")
_CLAUSE_WORDS = re.compile(r"[^,;:.!?]*")


def condition(text: str, start: int, end: int) -> bool:
    """`Figure.condition`: the figure is in a sentence-opening gerund phrase that is the
    subject of a verb after it (three words or more before the next comma: "Drinking three
    cups of coffee a day lowers the risk"), not a participle phrase set off by a comma
    ("Killing 84 people, the attack ...")."""
    if _GERUND_OPEN.search(text, max(0, start - 60), start) is None:
        return False
    m = _CLAUSE_WORDS.match(text, end)
    return m is not None and len(m.group(0).split()) >= 4
