"""One figure rewritten: the same value in another unit or in other words.

An outlet that retells another's figure in its own words often rewrites the figure too: in
another unit ("a stretch of fallen rock about 200 feet long" / "a stretch of roughly 60
metres of roadway") or in words for digits ("About 250,000 people had been moved out of
coastal areas" / "A quarter of a million people were evacuated from the coast"). Its slot
words change with it, so `compare.PairContext.same_slot` (the first slot words must meet)
misses the pair. A value that agrees only once converted, or that one writer spells in
words and the other in digits, is seldom a chance agreement: two such figures with nothing
telling them apart (places, owners, kinds, parts: the caller checks) give one figure when
what they count is one noun or any of their slot words meet.

Small counts in words are a style ("four people", "Twelve people were killed" at a
sentence's start), not a rewrite: words against digits counts a count (no unit) only from
`MIN_WORDS_VALUE`, and a count in words that opens its statement only from
`MIN_OPENING_VALUE` (a scale word: "A quarter of a million", "Half a million"). A measure
or a share in words is a rewrite whatever its size ("three-quarters of a percentage point" /
"75 basis points").

Only the pair's "same figure" comparison reads this, never a clash.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from consensus.merge.figure_units import converted_agree
from consensus.merge.figures import Figure

__all__ = ["MIN_OPENING_VALUE", "MIN_WORDS_VALUE", "rewritten_twins"]

MIN_WORDS_VALUE = 10.0  # below: one to nine in words are a house style, not a rewrite
MIN_OPENING_VALUE = 1000.0  # a statement's first figure in words below this is style


def _in_words(f: Figure) -> bool:
    """The figure is written with no digit ("a quarter of a million", "twenty-one")."""
    return not any(c.isdigit() for c in f.text)


def _words_for_digits(a: Figure, b: Figure) -> bool:
    """One value, one writer in words and the other in digits, large enough to be a
    rewrite rather than a style."""
    if _in_words(a) == _in_words(b) or a.unit != b.unit:
        return False
    if not math.isclose(a.value, b.value, rel_tol=1e-9):
        return False
    if a.unit:
        return True  # "three-quarters of a percentage point" / "75 basis points"
    if a.value < MIN_WORDS_VALUE:
        return False
    worded = a if _in_words(a) else b
    return worded.start > 0 or worded.value >= MIN_OPENING_VALUE


def _what_meets(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """What the two count is one noun, or any two of their slot words meet."""
    if a.counted and a.counted == b.counted:
        return True
    words_a = [w for w in (a.head, *a.slot) if w]
    words_b = [w for w in (b.head, *b.slot) if w]
    return any(meet(x, y) for x in words_a for y in words_b)


def rewritten_twins(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """Two figures of one value rewritten (another unit, or words for digits) that count
    one thing (`_what_meets`); `meet` tells whether two words meet (a stem, a concept or
    word vectors, as `compare` reads them)."""
    if a.part != b.part or a.vague or b.vague:
        return False
    if not (converted_agree(a, b) or _words_for_digits(a, b)):
        return False
    return _what_meets(a, b, meet)
