"""Limits against counts: "she was certified to carry 350 passengers" gives what the ship
may hold, "its manifest listed 286 passengers" what it held. The two count one noun but
are no rival values of one slot (a ship within its limit is no dispute about how many
sailed); two limits ("licensed for 300 passengers, not 350" / "certified for 350") still
are. A figure is a limit when its act or one of its nearest slot words is a word of
`figure_capacity_words` (data/words.toml: "capacity", "certified", "licensed", "limit",
...), a list a user can extend.

Loads against what befell some of them: "the coach was carrying 48 pilgrims" gives all it
held, "seventeen pilgrims lost their lives" those an act befell; the two count one noun but
are no rival values (`load_apart`). A figure is a load when its act or one of its nearest
slot words is a word of `figure_load_words` ("carrying", "aboard", "on board"); the other
is a count of another act when it names an act or a slot word beyond its noun and no load
word ("17 pilgrims" alone may be a load told short, and stays comparable). Only two counts
of one noun without a unit are read so ("carried by seven votes", "carrying 1.3 million
tonnes" stay comparable).

A figure told after "built for", "designed for", "designed to hold" ("a prison built for 900
inmates", "buildings designed for 900") is a limit too: what a thing was made to hold
(`Figure.built_for`, read by `figure_scope.built_for`).

PURE: reads two figures' act and slot words.
"""

from __future__ import annotations

from consensus.merge.figures import Figure
from consensus.merge.lexicon import FIGURE_CAPACITY_WORDS, FIGURE_LOAD_WORDS

__all__ = ["is_limit", "limit_and_count", "load_apart"]

SLOT_REACH = 3  # the nearest slot words read for a limit word


def is_limit(f: Figure) -> bool:
    """Whether `f` gives a limit (see the module docstring)."""
    if f.built_for:
        return True
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


def _load_words(f: Figure) -> list[str]:
    return [w.casefold() for w in (f.act, f.pred, *f.slot[:SLOT_REACH]) if w]


def _is_load(f: Figure) -> bool:
    return any(w in FIGURE_LOAD_WORDS for w in _load_words(f))


def load_apart(a: Figure, b: Figure) -> bool:
    """One of `a` and `b` is a load and the other a count of another act on that noun (see
    the module docstring)."""
    if a.unit or b.unit or not a.counted or a.counted.casefold() != b.counted.casefold():
        return False  # (a load of one noun told in people or things: no amount, no vote)
    if _is_load(a) == _is_load(b):
        return False
    other = b if _is_load(a) else a
    nouns = {w.casefold() for w in (other.noun, other.head, other.counted) if w}
    return any(w not in nouns for w in _load_words(other))
