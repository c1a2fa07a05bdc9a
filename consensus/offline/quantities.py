"""Step 4: quantities ("at least 7,000 troops", "20%", "thousands of soldiers")."""

from __future__ import annotations

import re

from consensus.models import (
    Quantity,
)
from consensus.offline.names import _strip_possessive

_QTY = re.compile(
    r"(?<![\w/:.,-])(?P<q>(?:(?:well|just)\s+)?(?:over|more\s+than|less\s+than|fewer\s+than|"
    r"about|around|nearly|almost|some|at\s+least|up\s+to|roughly|approximately|"
    r"an\s+estimated)\s+)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b)|-(?P<hy>[a-z]+)\b|"
    r"\s+(?P<unit>sq\.?\s?km\b|square\s+(?:kilomet(?:er|re)s|miles)\b|km²|km\b|"
    r"kilomet(?:er|re)s?\b|miles?\b|[a-z]+\b))?"
    r"|(?P<vague>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions)\s+of)"
    r"|(?P<dozen>a\s+dozen))"
)
_NOT_UNITS = frozenset(
    "of in on and or the to at by for from with as is are was were has had have a an that "
    "than per".split()
)
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "second"})
_HEAD_WORDS = re.compile(r"\s+([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
_NOT_NOUNS = _NOT_UNITS | frozenset("who which whom whose were be been will would".split())


def _head_noun(text: str, start: int, end: int) -> str | None:
    """The counted thing after 'thousands of': 'Ukrainian troops' -> 'troop'."""
    m = _HEAD_WORDS.match(text, start, end)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    for i, word in enumerate(words):
        if word[0].isupper():
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt and nxt[0].islower() and nxt not in _NOT_NOUNS:
                continue  # an adjective: "Ukrainian troops"
            return _singular(_strip_possessive(word).lower())
        return None if word in _NOT_NOUNS else _singular(word)
    return None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _unit(raw: str) -> str:
    raw = " ".join(raw.lower().replace(".", "").split())
    if raw in ("sq km", "sqkm", "square kilometers", "square kilometres", "km²"):
        return "sq km"
    if raw.startswith("kilomet"):
        return "km"
    return _singular(raw)


# "Forty-seven people": a count written in words, tens and units joined by a hyphen (a
# single number word, "two men", is too common to be a claim's figure)
_TENS = {w: 10 * k for k, w in enumerate("x x twenty thirty forty fifty sixty seventy".split())}
_TENS |= {"eighty": 80, "ninety": 90}
_UNITS_WORDS = {
    w: k for k, w in enumerate("x one two three four five six seven eight nine".split())
}
_WORDS_QTY = re.compile(
    rf"(?<![\w-])(?P<tens>{'|'.join(w for w in _TENS if w != 'x')})-"
    rf"(?P<ones>{'|'.join(w for w in _UNITS_WORDS if w != 'x')})(?![\w-])"
    r"\s+(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)


def _quantities(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _WORDS_QTY.finditer(text, start, end):
        unit_word = m.group("unit").lower()
        if unit_word in _NOT_UNITS or any(a <= m.start() < b for a, b in masked):
            continue
        tens, ones = _TENS[m.group("tens").lower()], _UNITS_WORDS[m.group("ones").lower()]
        out.append(
            Quantity(text=m.group().strip(), value=float(tens + ones), unit=_unit(unit_word))
        )
    value: float | None
    for m in _QTY.finditer(text, start, end):
        if any(a <= m.start("num" if m.group("num") else 0) < b for a, b in masked):
            continue
        if m.group("num") is not None:
            nxt = text[m.end() : m.end() + 1]
            if nxt and (nxt.isalnum() or nxt in "/:"):
                continue  # "1358ET", "03/14", "13:58"
            value = float(m.group("num").replace(",", ""))
            qtext = m.group()
            unit: str | None = None
            if m.group("pct"):
                unit = "percent"
            elif m.group("hy"):
                unit = _singular(m.group("hy"))
            elif m.group("unit"):
                raw = m.group("unit")
                if raw.lower() in _NOT_UNITS or raw in ("percent",):
                    qtext = text[m.start() : m.start("unit")].rstrip()
                else:
                    unit = _unit(raw)
            if unit is None and m.group("q") is None and value.is_integer() and value < 10:
                continue  # bare small numbers ("3 of them") are rarely the point
            out.append(Quantity(text=qtext.strip(), value=value, unit=unit))
        else:
            value = 12.0 if m.group("dozen") else None
            unit = _head_noun(text, m.end(), end)
            out.append(Quantity(text=m.group().strip(), value=value, unit=unit))
    return out


def _significant(q: Quantity) -> bool:
    """A figure that is the point of a claim: a share, an area, a count of things."""
    if q.value is None or q.unit in _TIME_UNITS:
        return False
    return q.unit is not None and any(ch.isdigit() for ch in q.text)
