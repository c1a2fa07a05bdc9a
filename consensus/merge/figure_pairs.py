"""Comparing two figures read by `figures.figures`: whose counts they are, their kind,
earlier values and places (pure functions of two `Figure`s, used where claims are compared
and where contested points are keyed)."""

from __future__ import annotations

import re

from consensus.merge.figures import Figure

__all__ = ["earlier_value", "names_differ", "other_kind", "places_differ"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def names_differ(a: Figure, b: Figure) -> bool:
    """Both counts belong to names (`Figure.owner` of a count, written with a capital) and
    neither name's words are among the other's ("Civic Union" / "Social Democrats" differ;
    "Liberals" / "Liberal Alliance" and "Germany" / "German" do not): two owners' counts."""
    if not (a.owner[:1].isupper() and b.owner[:1].isupper()):
        return False
    wa, wb = _name_words(a.owner), _name_words(b.owner)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return not all(any(_word_meets(x, y) for y in long) for x in short)


def _name_words(name: str) -> list[str]:
    return [w.casefold().rstrip("s") for w in _WORD.findall(name)]


def _word_meets(x: str, y: str) -> bool:
    """One word of a name is the other, or begins it ("german" / "germany")."""
    return x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))


def other_kind(a: Figure, b: Figure) -> bool:
    """One is a forecast or a request and the other is not ("analysts had expected 2.4
    billion" / "profit fell to 2.1 billion"), or the whole another figure is part of ("212
    of the 400 seats" / "118 seats"), or either is some of a group named before (`some`)."""
    return a.expected != b.expected or a.total != b.total or a.some or b.some


def earlier_value(a: Figure, b: Figure) -> bool:
    """One is an earlier value the other is not ("turnout was 64 percent, up from 58
    percent" / "turnout was 61 percent"), or either is a condition (`Figure.condition`:
    "drinking three cups a day lowers the risk" / "drinking more than five cups brought no
    benefit"): equal, they agree; different, no dispute."""
    return a.prior != b.prior or a.condition or b.condition


def places_differ(a: Figure, b: Figure) -> bool:
    """Both figures name where they count and the places are not one ("in Iran" / "in
    Iraq"; "in Nice" / "in Nice, France" are one)."""
    if not a.where or not b.where:
        return False
    la, lb = _place_list(a.where), _place_list(b.where)
    if len(la) > 1 or len(lb) > 1:
        return la != lb  # "Florida, Alabama and Georgia" is more than "Florida"
    wa = set(a.where.casefold().replace("-", " ").split())
    wb = set(b.where.casefold().replace("-", " ").split())
    return not wa & wb


def _place_list(where: str) -> frozenset[str]:
    """The places of a list ("Florida, Alabama and Georgia"), folded; one for a name."""
    return frozenset(p.strip() for p in re.split(r",|\band\b", where.casefold()) if p.strip())
