"""A count of some of a stated whole ("14 of the 19 men trapped had been brought up", "11 of
23 files reviewed", "5,000 of the town's 12,000 homes") is no rival of a count of its own
("leaving four men dead") inside one agreed group, nor of its whole told alone ("12,000
homes get the service") anywhere.

"N of the M <noun>" counts the part of a whole of M that an act picked out (the 14 brought
up, of the 19 trapped); a count with no whole of its own ("four men dead", "the last three
miners were reached") counts another group of the same noun. Inside one agreed group, where
a dispute is read from the words alone (`inner_disputes.inner_disputes`), the two were read as
one slot ("men": 14 vs four, an editor's "how many men" with no answer); across groups a
part was read as a rival of its own whole ("5,000 of the town's 12,000 homes" / "12,000
homes": homes 12,000 vs 5,000, `part_of_told_whole`). Across groups a part and a count of
its own stay rivals ("Three of the nine members dissented" / "two voted against"). Two parts
of one whole ("Eleven of the 19 miners" / "14 of the 19 men") are still compared: they count
one part at two times, or as two sources saw it (pure).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consensus.merge.figure_words import _UNITS

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["part_of_told_whole", "parts_apart", "whole_of"]

# "14 of the 19", "three of those 40", "two of its 12", "5,000 of the town's 12,000": the
# whole after "of" ("11 of 23 records": a whole written without a determiner is a number
# too, `whole_of`)
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|those|these|its|their|his|her|our|all)\s+)?(?:[^\W\d_]+['’]s\s+)?"
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
    men", "12,000" in "5,000 of the town's 12,000 homes"), lower-case; '' when it is no
    such part."""
    m = _OF_WHOLE.match(text, f.start + len(f.text))
    if m is None:
        return ""
    whole = m.group("whole").casefold().rstrip(".,")
    return whole if whole[:1].isdigit() or whole in _NUMBER_WORDS else ""


def parts_apart(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """Exactly one of two counts is a part of a stated whole (`whole_of`), or they are
    parts of two wholes ("14 of the 19" / "two of the 30"), or two parts of one whole that
    add up to it ("two of its five posts are filled" / "three of the five posts are
    empty": the two halves of one count): two groups, no rival values."""
    whole = whole_of(text_a, a)
    if whole != whole_of(text_b, b):
        return True
    return bool(whole) and _number(whole) == a.value + b.value


def _number(whole: str) -> float | None:
    """A whole as a number ("12,000", "five"), else None."""
    try:
        return float(whole.replace(",", ""))
    except ValueError:
        value = _UNITS.get(whole)
        return float(value) if isinstance(value, int) else None


def part_of_told_whole(whole: Figure, text: str, part: Figure) -> bool:
    """`part` of `text` is written as a part of a whole of the value of `whole` ("5,000 of
    the town's 12,000 homes" against "12,000 homes get the service"): the count and a part
    of it, no rival values."""
    told = whole_of(text, part)
    # (a whole in words is a small set an act may reach all of: "two of the six gates were
    # open" / "all six were open" is a real dispute, session 49)
    return told[:1].isdigit() and _number(told) == whole.value
