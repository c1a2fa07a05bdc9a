"""A count of some of a stated whole ("14 of the 19 men trapped had been brought up", "11 of
23 files reviewed", "5,000 of the town's 12,000 homes", "700 of its drivers") is no rival of
a count of its own ("leaving four men dead", "12,000 homes get the service").

"N of the M <noun>" counts the part of a whole of M that an act picked out (the 14 brought
up, of the 19 trapped); a count with no whole of its own ("four men dead", "the last three
miners were reached") counts another group of the same noun. Inside one agreed group, where
a dispute is read from the words alone (`inner_disputes.inner_disputes`), the two were read as
one slot ("men": 14 vs four, an editor's "how many men" with no answer); across groups a
part was read as a rival of its whole ("5,000 of the town's 12,000 homes" / "12,000 homes":
homes 12,000 vs 5,000; "700 of its drivers" / "the firm employs 900 drivers"). Two parts of
one whole ("Eleven of the 19 miners" / "14 of the 19 men") are still compared: they count
one part at two times, or as two sources saw it (pure).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["parts_apart", "whole_of"]

# "14 of the 19", "three of those 40", "two of its 12", "5,000 of the town's 12,000": the
# whole after "of" ("11 of 23 records": a whole written without a determiner is a number
# too, `whole_of`)
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|those|these|its|their|his|her|our|all)\s+)?(?:[^\W\d_]+['’]s\s+)?"
    r"(?P<whole>\d[\d,.]*|[a-z]+)\b",
    re.IGNORECASE,
)
# "700 of its drivers": some of a group a possessive pronoun points back to, whose size is
# not said here (never "six of the miners": the group itself, told definitely)
_OF_THEIRS = re.compile(r"\s+of\s+(?:its|their|our)\s+(?P<whole>[a-z]+)\b")
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred dozen""".split()
)


def whole_of(text: str, f: Figure) -> str:
    """The whole the figure `f` of `text` is a part of, as written ("19" in "14 of the 19
    men", "12,000" in "5,000 of the town's 12,000 homes"), lower-case, or "their <noun>"
    for a group a possessive points back to ("700 of its drivers": "their drivers"); ''
    when it is no such part."""
    end = f.start + len(f.text)
    m = _OF_WHOLE.match(text, end)
    if m is None:
        return ""
    whole = m.group("whole").casefold().rstrip(".,")
    if whole[:1].isdigit() or whole in _NUMBER_WORDS:
        return whole
    theirs = _OF_THEIRS.match(text, end)
    return f"their {theirs.group('whole')}" if theirs else ""


def parts_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Exactly one of two counts is a part of a stated whole (`whole_of`), or they are
    parts of two wholes ("14 of the 19" / "two of the 30"): two groups, no rival values."""
    return whole_of(text_a, a) != whole_of(text_b, b)
