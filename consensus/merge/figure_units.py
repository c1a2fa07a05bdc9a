"""Counts of one measure in two units ("more than 89,000 acres" / "36,000 hectares", "12
miles" / "19 km"): what a figure counts is a unit of data/units.toml when its counted
noun is one, and two such counts of one dimension compare in its base unit, within the
rounding of the numbers as written (`measures.agree`). Pure; read by
`compare.PairContext` (one slot, same figure, no clash across units) and by link rule 3's
`claim_reads._counts_apart`.

Strict as `measures` is: two units' values that do not agree are no clash (a
conversion's slack and a writer's rounding are too loose to call two figures a dispute),
only not the same figure, unless they are far apart (`units_far_apart`: "4 km" against
"20 miles", eight times the first).
"""

from __future__ import annotations

import re

from consensus.merge.figures import Figure
from consensus.merge.measures import SLACK, UNITS, Measure, agree, rounding

__all__ = ["converted_agree", "one_dimension", "units_differ", "units_far_apart"]

# converted values at least this many times apart are a clash whatever the rounding and
# the conversion's slack ("4 km" / "20 miles": 4 against 32 km)
FAR_APART = 2.0

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _unit(f: Figure) -> str:
    """The unit of data/units.toml a figure counts in ("acres" of "89,000 acres"), or ''."""
    for word in (f.head, f.noun, f.unit):
        if word and word.casefold() in UNITS:
            return word.casefold()
    return ""


def one_dimension(x: str, y: str) -> bool:
    """Two words are units of one dimension ("acres" / "hectares")."""
    ux, uy = UNITS.get(x.casefold()), UNITS.get(y.casefold())
    return ux is not None and uy is not None and ux[0] == uy[0]


def units_differ(a: Figure, b: Figure) -> bool:
    """The figures count in two units of one dimension (two sizes: "acres" / "hectares")."""
    ua, ub = _unit(a), _unit(b)
    return bool(ua and ub) and one_dimension(ua, ub) and UNITS[ua][1] != UNITS[ub][1]


def units_far_apart(a: Figure, b: Figure) -> bool:
    """Counts in two units of one dimension, each a plain or rough figure (no bound, no
    range, not vague), whose converted values are `FAR_APART` times apart or more: far
    beyond any rounding or slack, the two disagree ("4 km" / "20 miles")."""
    if not units_differ(a, b):
        return False
    if any(f.vague or f.high is not None or f.bound not in ("", "about") for f in (a, b)):
        return False
    x, y = a.value * UNITS[_unit(a)][1], b.value * UNITS[_unit(b)][1]
    low, high = min(x, y), max(x, y)
    return low > 0 and high >= FAR_APART * low


def converted_agree(a: Figure, b: Figure) -> bool:
    """Counts in two units of one dimension that agree once converted."""
    if not units_differ(a, b):
        return False
    x, y = _measure(a), _measure(b)
    return x is not None and y is not None and agree(x, y)


def _measure(f: Figure) -> Measure | None:
    unit = _unit(f)
    written = _DIGITS.search(f.text)
    if written is None:
        return None  # (a number word: no rounding to read)
    dim, size = UNITS[unit]
    low = f.value * size
    return Measure(
        what="",
        dim=dim,
        low=low,
        high=(f.high or f.value) * size,
        bound=f.bound,
        slack=rounding(written.group()),
        text=f.text,
        size=size,
        conversion=SLACK.get(unit, 0.0),
    )
