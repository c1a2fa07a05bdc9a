"""Limits against counts: "she was certified to carry 350 passengers" gives what the ship
may hold, "its manifest listed 286 passengers" what it held. The two count one noun but
are no rival values of one slot (a ship within its limit is no dispute about how many
sailed); two limits ("licensed for 300 passengers, not 350" / "certified for 350") still
are. A figure is a limit when its act or one of its nearest slot words is a word of
`figure_capacity_words` (data/words.toml: "capacity", "certified", "licensed", "limit",
...), a list a user can extend.

PURE: reads two figures' act and slot words.
"""

from __future__ import annotations

from consensus.merge.figures import Figure
from consensus.merge.lexicon import FIGURE_CAPACITY_WORDS

__all__ = ["is_limit", "limit_and_count"]

SLOT_REACH = 3  # the nearest slot words read for a limit word


def is_limit(f: Figure) -> bool:
    """Whether `f` gives a limit (see the module docstring)."""
    words = (f.act, *f.slot[:SLOT_REACH])
    return any(w.casefold() in FIGURE_CAPACITY_WORDS for w in words if w)


def limit_and_count(a: Figure, b: Figure) -> bool:
    """Whether one of `a` and `b` is a limit and the other is not."""
    return is_limit(a) != is_limit(b)
