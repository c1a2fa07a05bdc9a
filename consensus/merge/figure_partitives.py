"""A count of some of a stated whole ("14 of the 19 men trapped had been brought up", "11 of
23 files reviewed") is no rival of a count of its own ("leaving four men dead").

"N of the M <noun>" counts the part of a whole of M that an act picked out (the 14 brought
up, of the 19 trapped); a count with no whole of its own ("four men dead", "the last three
miners were reached") counts another group of the same noun. Inside one agreed group, where
a dispute is read from the words alone (`inner_disputes.inner_disputes`), the two were read as
one slot ("men": 14 vs four, an editor's "how many men" with no answer). Two parts of one
whole ("Eleven of the 19 miners" / "14 of the 19 men") are still compared: they count one
part at two times, or as two sources saw it (pure).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["parts_apart", "whole_of"]

# "14 of the 19", "three of those 40", "two of its 12": the whole after "of"
# ("11 of 23 records": a whole written without a determiner is a number too, `whole_of`)
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|those|these|its|their|his|her|our|all)\s+)?"
    r"(?P<whole>\d[\d,.]*|[a-z]+)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred dozen""".split()
)


def whole_of(text: str, f: Figure) -> str:
    """The whole the figure `f` of `text` is a part of, as written ("19" in "14 of the 19
    men"), lower-case; '' when it is no such part."""
    m = _OF_WHOLE.match(text, f.start + len(f.text))
    if m is None:
        return ""
    whole = m.group("whole").casefold().rstrip(".,")
    return whole if whole[:1].isdigit() or whole in _NUMBER_WORDS else ""


def parts_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Exactly one of two counts is a part of a stated whole (`whole_of`), or they are
    parts of two wholes ("14 of the 19" / "two of the 30"): two groups, no rival values."""
    return whole_of(text_a, a) != whole_of(text_b, b)
