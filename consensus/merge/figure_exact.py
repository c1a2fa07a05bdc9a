"""Figures too exact to be two counts by chance.

Two outlets that report one count in their own words often give its slot other words: "the
number of survivors rose to 248" / "248 people have been rescued", "put the number at 331" /
"believes at least 331 people were on board". `compare.PairContext.same_slot` asks the slot
words to meet (a shared stem, or word vectors close enough) and so misses them. A value with
three or more significant digits (248, 331, 71,400) is seldom given by chance to two things of
one event: two claims that give it as a count (no unit) with nothing telling the two figures
apart (places, owners, kinds, parts) give one figure of one thing. Round or small values
("14", "300", "ten"), years, and shares, sums and measures ("61.3 percent", "$2.6 billion":
an estimate and a final share, a bid and a fee) are left to the slot words.

Only the pair's "same figure" comparison reads this, never a clash: a value that differs is
no evidence of anything here.
"""

from __future__ import annotations

import math

from consensus.merge.figures import Figure

__all__ = ["EXACT_DIGITS", "exact_twins", "exact_value"]

EXACT_DIGITS = 3  # significant digits that make a value too exact to recur by chance
_YEARS = (1800, 2100)  # a bare integer in this range is read as a year


def _significant_digits(value: float) -> int:
    """Significant digits of a value as written in figures: 248 -> 3, 71400 -> 3, 300 -> 1,
    2.6 -> 2, 0.25 -> 2."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    if "." not in text:
        digits = digits.rstrip("0")
    return len(digits)


def exact_value(f: Figure) -> bool:
    """Whether figure `f` is exact enough to name one thing of an event by its value alone."""
    if f.unit or f.vague or f.high is not None:
        return False  # counts only: shares, sums and measures recur as other things
    v = f.value
    if not math.isfinite(v) or v <= 0:
        return False
    if float(v).is_integer() and _YEARS[0] <= v <= _YEARS[1]:
        return False  # a year ("built in 1998")
    return _significant_digits(v) >= EXACT_DIGITS


def exact_twins(a: Figure, b: Figure) -> bool:
    """Two counts of one exact value (the caller checks that nothing tells them apart:
    places, owners, kinds)."""
    return (
        a.part == b.part
        and math.isclose(a.value, b.value, rel_tol=1e-9)
        and exact_value(a)
        and exact_value(b)
    )
