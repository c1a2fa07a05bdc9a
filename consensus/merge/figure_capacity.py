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
    # asked of both figures of every figure pair compared (~0.6M times at 100k claims):
    # read once per act and slot words, what it depends on
    key = (f.act, f.slot)
    got = _LIMITS.get(key)
    if got is None:
        words = (f.act, *f.slot[:SLOT_REACH])
        got = any(w.casefold() in FIGURE_CAPACITY_WORDS for w in words if w)
        if len(_LIMITS) >= _LIMITS_KEPT:
            _LIMITS.clear()
        _LIMITS[key] = got
    return got


_LIMITS: dict[tuple[str, tuple[str, ...]], bool] = {}
_LIMITS_KEPT = 1 << 16  # (answers kept: read again after this many)


def limit_and_count(a: Figure, b: Figure) -> bool:
    """Whether one of `a` and `b` is a limit and the other is not."""
    return is_limit(a) != is_limit(b)
