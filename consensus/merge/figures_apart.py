"""Two statements that each give figures and share none: two facts, never one item.

"About 84,000 households were told to boil water" / "Some 210,000 people in the city were
told to boil water", "Shares lost 31 percent on Tuesday" / "Shares rose 9 percent on
Wednesday": worded alike, but no figure of one is a figure of the other (equal, the same
once converted, overlapping ranges or a rounding of it, `slots._overlap`). Rule 3 makes a
dispute of a pair whose figures fill one slot with two values; a pair whose figures fill no
slot in common is two counts, and an agreed item of both would count the origins of one
figure as confirming the other. Read by `link.link_edges` on the join edges: such a pair
makes no join edge and no group holds both (`PairContext.never_together`); it may still be
a dispute, and either may join others. Two figures are of one kind when they have one unit
and one order of size (`COMPARABLE_RATIO`: not "$82 a share" / "$121 billion"); two bare
counts, when they count one noun or fill one slot, or are both of `VALUE_SHARED_FROM` or
more (small counts of two things are often incidental to one fact: "searched five farms" /
"after eight prisoners escaped"). Measured: bench/README "Session 47 (precision47)".

Never reads the vectors: it is a veto on figures the features already read.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from consensus.merge.compare import VALUE_SHARED_FROM
from consensus.merge.figure_units import converted_agree
from consensus.merge.figures import Figure
from consensus.merge.slots import _overlap


def _bound_meets(a: Figure, b: Figure) -> bool:
    """`a` is a bound that `b` keeps ("more than 10 children were among the dead" / "the
    toll rose to 85"; "up to 20" / "12")."""
    return (a.bound == "min" and b.value >= a.value) or (a.bound == "max" and b.value <= a.value)


# a rough figure ("about 84,000", "nearly 850") meets another within this share of it
ROUGH_SHARE = 0.05


def _rough_meets(a: Figure, b: Figure) -> bool:
    """Either is rough and the two lie within `ROUGH_SHARE` of each other ("about 84,000
    homes" / "84,200 homes")."""
    rough = {a.bound, b.bound} & {"about", "near"}
    return bool(rough) and math.isclose(a.value, b.value, rel_tol=ROUGH_SHARE)


def _meet(a: Figure, b: Figure) -> bool:
    """One figure of the two statements' in common: equal, converted, overlapping, a
    rough figure near the other, or a bound the other keeps."""
    return (
        math.isclose(a.value, b.value, rel_tol=1e-6)
        or _rough_meets(a, b)
        or converted_agree(a, b)
        or _overlap(a, b)
        or _bound_meets(a, b)
        or _bound_meets(b, a)
    )


# two figures of one slot are counts of one thing when neither is this many times the other
COMPARABLE_RATIO = 10.0


def _counted(f: Figure) -> str:
    """What a bare count counts, lower-case ("84,000 households": households), or ''."""
    return (f.head or f.noun or f.counted).casefold()


def _comparable(a: Figure, b: Figure, same_slot: Callable[[Figure, Figure], bool]) -> bool:
    """Two exact figures of one unit and of one order of size ("lost 31 percent on
    Tuesday" / "rose 9 percent on Wednesday"; not "$82 a share" / "$121 billion", a price
    and a total); two bare counts only of one noun or one slot (`PairContext.same_slot`):
    "five searched" / "eight prisoners escaped" count two things."""
    if a.vague or b.vague or a.unit != b.unit or a.value <= 0 or b.value <= 0:
        return False
    if max(a.value, b.value) > COMPARABLE_RATIO * min(a.value, b.value):
        return False
    if a.unit or min(a.value, b.value) >= VALUE_SHARED_FROM:
        return True
    return (bool(_counted(a)) and _counted(a) == _counted(b)) or same_slot(a, b)


def figures_apart(
    figs_i: Sequence[Figure], figs_j: Sequence[Figure], same_slot: Callable[[Figure, Figure], bool]
) -> bool:
    """Both give figures, no figure of one meets a figure of the other, and two of them
    fill one slot (two counts of one kind of thing that the link rules found no dispute:
    two acts, two owners, two moments)."""
    if not figs_i or not figs_j:
        return False
    pairs = [(a, b) for a in figs_i for b in figs_j]
    if any(_meet(a, b) for a, b in pairs):
        return False
    return any(_comparable(a, b, same_slot) for a, b in pairs)
