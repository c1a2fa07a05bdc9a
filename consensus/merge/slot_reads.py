"""What a figure is in its own sentence, read for the slot model (`slot_model.FEATURES`):
whether its statement also gives the other figure's value, whether it is a side of "X of
(its) Y" (a part of a whole, or the whole), and whether it is a bare number after a
lower-case noun (a label's number: "move 41", "phase 3", "house number 14").

Session 56's census of contested points without gold (bench/nogold56.tsv) found the largest
cause of wrong figure points to be two figures counting different things: a part against its
whole ("980 of its 1,150 staff" against the 1,150), a label's number against a count (a move
number against an age). These reads are features only, and opt-in: the fit script weighs
them (`scripts/fit_slot_weights.py --reads`); the shipped veto was fitted without them, as
no refit with them passed the dev and guarded tests (bench/README.md, "figslot57").

PURE: reads one statement's text and figures. The word lists are closed grammatical classes
(determiners, possessives), English grammar.
"""

from __future__ import annotations

import math
import re

from consensus.merge.claim_words import _STOP
from consensus.merge.figures import Figure, figures

__all__ = ["both_told", "name_number", "part_of"]

# what may stand between a part and its whole: "of", "out of", "of its", "of the total"
_OF_BETWEEN = re.compile(
    r"^\s*(?:(?:out|in\s+all)\s+)?of\s+"
    r"(?:(?:the|its|their|his|her|our|all|a|an|total|some|about|around|nearly|almost)\s+){0,3}$",
    re.IGNORECASE,
)
# the lower-case word right before a figure, with nothing but spaces (or "no." / "number")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:no\.?|number)\s+)?$")


def _same(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-6)


def both_told(a: Figure, b: Figure, text_a: str, text_b: str) -> bool:
    """One statement gives, beside its own figure, another figure of the other's value and
    unit (a part and its whole, a before and an after, two counts told together): the two
    values then are two things that statement tells apart, or one it tells as changed."""
    for own, other, text in ((a, b, text_a), (b, a, text_b)):
        if text and any(
            f.start != own.start and f.unit == other.unit and _same(f.value, other.value)
            for f in figures(text)
        ):
            return True
    return False


def part_of(f: Figure, text: str) -> bool:
    """`f` is a side of "X of (its) Y" in `text` ("980 of its 1,150 staff": both 980 and
    1,150 are): a part and its whole, each no rival of the other."""
    if not text:
        return False
    end = f.start + len(f.text)
    for g in figures(text):
        if g.start >= end and _OF_BETWEEN.match(text[end : g.start]):
            return True
        g_end = g.start + len(g.text)
        if g_end <= f.start and _OF_BETWEEN.match(text[g_end : f.start]):
            return True
    return False


def name_number(f: Figure, text: str) -> bool:
    """`f` is a bare number right after a lower-case noun that is no function word and no
    verb in the past ("move 41", "phase 3", "house number 14"): a label's number, no count
    of anything. A unit other than that word, or a plural noun after it (or any noun after
    a one), makes it a count."""
    if not text or not f.text[:1].isdigit():
        return False
    noun = f.noun or f.counted
    if noun and (f.value == 1 or noun.endswith("s")):
        return False  # (a count of a plural noun; "phase 3 trial": a singular after 3)
    m = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None:
        return False
    word = m.group(1)
    if f.unit and f.unit != word:
        return False  # (a unit of its own; a unit read from the word before is that word)
    return word not in _STOP and not word.endswith("ed") and len(word) > 2
