"""Measures of one thing that sources give differently (pipeline step 5c): "a 30-tonne
crane" / "a 22-ton harbour crane", "a town of 48,000" / "the town of 52,000", "moved at
20-25 mph" / "at 40mph". Claims that state such a measure rarely link (the rest of what they
say differs), so the measures are compared across the whole batch, by what they measure.

A *measure* is read from the words alone, in four forms:

* a unit-bearing modifier of a noun, after a determiner: "a 30-tonne crane", "the 30-ton,
  yellow crane", "a 22-ton harbour crane" (what is measured: the noun phrase's head);
* a size a noun is "of", from a thousand up (the size of a population or a crowd): "a
  harbour town of 48,000", "a crowd of 40,000 people" (what: the noun);
* a measure a noun of units.toml's `nouns` names: "at a depth of 10 km", "a top speed of
  about 60mph" (what: the noun, with the word before it: "top speed" is no "speed");
* a speed something moved "at": "the bus left the road at 40mph" (what: "speed"; two speeds
  compare only when their claims share a content noun, the thing that moved).

Units come from consensus/merge/data/units.toml (a user may extend it): values compare in
the dimension's base unit, within the rounding of the numbers as written ("48,000" is
48,000 give or take 500), a tenth for "about", the bound of "more than" / "up to", and a
unit's conversion slack ("ton"). Strict, because a wrong dispute costs an editor more than
a missed one: an article that gives one thing two measures that do not agree (two cranes,
two towns) takes that thing out of the batch's comparison; values more than `MAX_RATIO`
apart are of two things, not two accounts of one.

PURE: no I/O after the table is loaded, no clock or randomness.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations

from consensus.errors import ConfigError
from consensus.merge.slots import _stem

__all__ = ["MAX_RATIO", "Measure", "agree", "measure_disputes", "measures", "rounding"]

MAX_RATIO = 2.0  # measures further apart than this are of two things
ABOUT = 0.1  # "about 25 mph": 25 give or take a tenth
MAX_HELD = 64  # a thing more claims measure is many things (and pairs stay few)


def _load_units() -> tuple[dict[str, tuple[str, float]], dict[str, float], frozenset[str]]:
    where = "consensus/merge/data/units.toml"
    try:
        text = (resources.files("consensus.merge") / "data" / "units.toml").read_text("utf-8")
        table = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{where}: cannot be read as TOML: {exc}") from exc
    units: dict[str, tuple[str, float]] = {}
    slack: dict[str, float] = {}
    nouns = table.pop("nouns", [])
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise ConfigError(f"{where}: 'nouns' must be a list of strings")
    for dim, entries in table.items():
        if not isinstance(entries, dict):
            raise ConfigError(f"{where}: [{dim}] must be a table of numbers")
        for unit, size in entries.items():
            if not isinstance(size, int | float) or isinstance(size, bool) or size <= 0:
                raise ConfigError(f"{where}: [{dim}] {unit!r} must be a positive number")
            if dim == "slack":
                slack[unit] = float(size)
            else:
                units[unit] = (dim, float(size))
    return units, slack, frozenset(nouns)


UNITS, SLACK, MEASURE_NOUNS = _load_units()

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_BOUNDS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "more than": "min",
    "over": "min",
    "at least": "min",
    "upwards of": "min",
    "up to": "max",
    "less than": "max",
    "under": "max",
    "at most": "max",
}
_BOUND_RE = "|".join(sorted((re.escape(b) for b in _BOUNDS), key=len, reverse=True))
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_DETERMINERS = "a|an|the|its|his|her|their|this|that"
# "a 30-tonne crane", "the 30-ton, yellow crane", "a 40-foot-long wall"
_MODIFIER = re.compile(
    rf"\b(?:{_DETERMINERS})\s+(?:(?P<bound>{_BOUND_RE})\s+)?(?P<num>{_NUM})"
    rf"(?:\s?[-–]\s?(?P<top>{_NUM}))?[- ]?(?P<unit>{_UNIT_RE})"
    r"(?:-(?P<suffix>long|high|wide|tall|deep|heavy))?(?![\w/])"
    r"(?P<rest>(?:,\s*[a-z][\w-]*,?)?(?:\s+[a-z][\w-]*){1,3})",
    re.IGNORECASE,
)
# "a harbour town of 48,000", "a crowd of 40,000 people", "a city of 1.2 million"
_SIZE = re.compile(
    r"(?:(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+|\s+(?:is|was)\s+))?"
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z]+)\s+of\s+"
    rf"(?:(?P<bound>{_BOUND_RE})\s+)?(?P<num>{_NUM})(?:\s(?P<scale>thousand|million|billion))?"
    r"(?:\s+(?:people|residents|inhabitants))?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:has|had|have|is|was|which|that|who|where|and|but|in|on)\b)",
)
# "at a depth of 10 km", "a top speed of about 60mph", "its length of 200 metres"
_NOUN_OF = re.compile(
    rf"\b(?:{_DETERMINERS})\s+(?:(?P<adj>[a-z]+)\s+)?(?P<noun>{'|'.join(sorted(MEASURE_NOUNS))})"
    rf"\s+of\s+(?:(?P<bound>{_BOUND_RE})\s+)?(?P<num>{_NUM})(?:\s?[-–]\s?(?P<top>{_NUM}))?"
    rf"\s?(?P<unit>{_UNIT_RE})(?![\w/])",
    re.IGNORECASE,
)
# "the bus left the road at 40mph", "moved at 20-25 mph", "at about 25 mph"
_SPEED = re.compile(
    rf"\bat\s+(?:(?P<bound>{_BOUND_RE})\s+)?(?P<num>{_NUM})(?:\s?[-–]\s?(?P<top>{_NUM}))?"
    rf"\s?(?P<unit>{_UNIT_RE})(?![\w/])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][\w-]*")
_DIGIT = re.compile(r"\d")
_UNIT_AFTER_NUMBER = re.compile(rf"\d\s?[-–]?\s?(?:{_UNIT_RE})(?![\w/])", re.IGNORECASE)
_OF_NUMBER = re.compile(rf"\bof\s+(?:(?:{_BOUND_RE})\s+)?\d")
# words that end a noun phrase after a measure (function words and prepositions)
_PHRASE_END = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been has
    have had it its into onto across through along near during inside outside toward
    towards against behind that which who when while after before than""".split()
)
# nouns a size is of that name a quantity, not a thing ("a total of 84", "a toll of 80")
_QUANTITY_NOUNS = frozenset(
    """total number toll tally count sum figure amount average maximum minimum rate age
    speed height weight length depth distance value price cost fine sentence term score
    majority margin share percentage estimate record budget salary capacity population
    turnout loss losses profit revenue debt deficit increase rise drop fall""".split()
)
_SIZE_FLOOR = 1000.0  # a size from a thousand up: a population or a crowd


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure of one thing as a statement gives it."""

    what: str  # the stem of what is measured ("crane", "town", "speed")
    dim: str  # the unit's dimension ("mass", "speed"), "size" for a bare size
    low: float  # in the dimension's base unit
    high: float  # = low unless a range ("20-25 mph")
    bound: str  # "", "about", "min", "max"
    slack: float  # relative error of the value as written (its rounding)
    text: str  # as written: "30-tonne", "20-25 mph", "48,000"
    size: float = 1.0  # the unit's size in the base unit: one size, one unit
    conversion: float = 0.0  # relative error of converting it to another unit ([slack])
    name: str = ""  # the name it is said of ("Eastport, a town of 48,000": "Eastport")
    # what it measures is a thing the statement names ("a 30-tonne crane", "a town of
    # 48,000"), not a measure a noun names ("a depth of 10 km") or a speed
    thing: bool = True


def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def rounding(raw: str) -> float:
    """Half the step of the last written digit, relative to the value ("48,000": 500 of
    48,000; "25": 0.5 of 25; "19.5": 0.05 of 19.5); trailing zeros of a whole number are
    its rounding, up to its second digit ("48,000": 500; "100": 5; "40": 0.5)."""
    digits = raw.replace(",", "")
    value = float(digits)
    if not value:
        return 0.0
    if "." in digits:
        step = 10.0 ** -len(digits.split(".", 1)[1])
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10.0 ** min(zeros, max(0, len(digits) - 2))
    return 0.5 * step / value


_POSSESSIVE = re.compile(r"['’]s\b")


def _head(rest: str) -> str:
    """The last word of the noun phrase `rest` opens (after an aside adjective: ", yellow
    crane"), '' when it opens with a function word; a possessive ends it ("the 30-tonne
    crane's driver": crane)."""
    rest = _POSSESSIVE.split(rest, maxsplit=1)[0]
    words = _WORD.findall(rest.replace(",", " ").casefold())
    head = ""
    for w in words:
        if w in _PHRASE_END:
            break
        head = w
    return head


@lru_cache(maxsize=1 << 14)
def measures(text: str) -> tuple[Measure, ...]:
    """The measures `text` gives (see the module docstring), in text order."""
    out: list[tuple[int, Measure]] = []
    if not _DIGIT.search(text):
        return ()
    # (a number before a unit, or after "of": the cheap scans that rule out most texts)
    has_unit = _UNIT_AFTER_NUMBER.search(text) is not None
    for m in _MODIFIER.finditer(text) if has_unit else ():
        what = _head(m.group("rest"))
        if what and not what.endswith("-old"):
            out.append((m.start("num"), _measure(m, _stem(what), m.group("unit"))))
    for m in _NOUN_OF.finditer(text) if has_unit else ():
        adj = (m.group("adj") or "").casefold()
        noun = m.group("noun").casefold()
        what = noun if not adj or adj in _PHRASE_END else f"{adj} {noun}"  # "top speed"
        out.append((m.start("num"), _measure(m, what, m.group("unit"), thing=False)))
    for m in _SPEED.finditer(text) if has_unit else ():
        unit = m.group("unit").casefold()
        if UNITS[unit][0] == "speed":
            out.append((m.start("num"), _measure(m, "speed", unit, thing=False)))
    for m in _SIZE.finditer(text) if _OF_NUMBER.search(text) else ():
        noun = m.group("noun")
        value = _number(m.group("num")) * _SCALES.get(m.group("scale") or "", 1.0)
        if noun in _QUANTITY_NOUNS or noun in _PHRASE_END or value < _SIZE_FLOOR:
            continue
        out.append(
            (
                m.start("num"),
                Measure(
                    what=_stem(noun),
                    dim="size",
                    low=value,
                    high=value,
                    bound=_BOUNDS.get((m.group("bound") or "").casefold(), ""),
                    slack=rounding(m.group("num")),
                    text=text[_text_start(m) : m.end("num")]
                    + (f" {m.group('scale')}" if m.group("scale") else ""),
                    name=m.group("name") or "",
                ),
            )
        )
    return tuple(mm for _at, mm in sorted(out, key=lambda x: x[0]))


# a length a modifier's adjective names ("a 5-metre-high wall" is no "5-metre-long wall")
_LENGTHS = {"high": "height", "tall": "height", "wide": "width", "deep": "depth"}


def _measure(m: re.Match[str], what: str, unit: str, thing: bool = True) -> Measure:
    dim, size = UNITS[unit.casefold()]
    if dim == "length" and thing:
        dim = _LENGTHS.get((m.groupdict().get("suffix") or "").casefold(), dim)
    low = _number(m.group("num")) * size
    top = m.groupdict().get("top")
    high = _number(top) * size if top else low
    slack = max(rounding(m.group("num")), rounding(top) if top else 0.0)
    return Measure(
        what=what,
        dim=dim,
        low=low,
        high=max(low, high),
        bound=_BOUNDS.get((m.group("bound") or "").casefold(), ""),
        slack=slack,
        text=m.group(0)[_text_start(m) - m.start() : _text_end(m) - m.start()].strip(),
        size=size,
        conversion=SLACK.get(unit.casefold(), 0.0),
        thing=thing,
    )


def _text_start(m: re.Match[str]) -> int:
    return m.start("bound") if m.group("bound") else m.start("num")


def _text_end(m: re.Match[str]) -> int:
    return m.end("suffix") if "suffix" in m.re.groupindex and m.group("suffix") else m.end("unit")


def _span(x: Measure, converted: bool) -> tuple[float, float]:
    """The values a measure admits: its range widened by its rounding (and, `converted` to
    another unit, its unit's conversion slack), "about" by a tenth, a lower bound up without
    end, an upper bound down to nothing."""
    slack = x.slack + (ABOUT if x.bound == "about" else 0.0)
    slack += x.conversion if converted else 0.0
    lo, hi = x.low * (1 - slack), x.high * (1 + slack)
    if x.bound == "min":
        hi = float("inf")
    elif x.bound == "max":
        lo = 0.0
    return lo, hi


def agree(x: Measure, y: Measure) -> bool:
    """Two measures of one dimension admit a value in common (`_span`); the edges of two
    rounded numbers one step apart do not meet ("48,000" / "49,000"); two values in one
    unit compare without its conversion slack ("25-ton" / "19-ton")."""
    converted = x.size != y.size
    lo_x, hi_x = _span(x, converted)
    lo_y, hi_y = _span(y, converted)
    return lo_x < hi_y and lo_y < hi_x


def _apart(x: Measure, y: Measure) -> bool:
    """Values more than `MAX_RATIO` apart, nearest ends compared: two things' measures."""
    lo = min(x.high, y.high) if x.low > y.high or y.low > x.high else 0.0
    hi = max(x.low, y.low)
    return lo > 0 and hi / lo > MAX_RATIO


_CONTENT = re.compile(r"[a-z][a-z-]{2,}")


def measure_disputes(
    statements: Sequence[str], articles: Sequence[str], origins: Sequence[str]
) -> list[tuple[list[list[int]], str, str, list[str]]]:
    """The measures of one thing the batch gives differently: for each, its sides (the
    indexes of the statements giving each value, sides in order of value), what is measured,
    the dimension ("mass", "speed", "size" ...) and each side's measure as its statements
    write it most often (ties: the first).

    Statements of one thing and dimension are compared; the thing is left out when an
    article gives it two measures that do not agree, when two sides' values are more than
    `MAX_RATIO` apart, when two measures are said of two names, when its sides are of
    one origin, when more than `MAX_HELD` claims measure it, or when it is a thing
    (`Measure.thing`) fewer than two origins write as one ("the crane": `_known_things`).
    Sides are the measures that agree, joined transitively. A speed ("at 40mph") compares
    only with a speed of a statement sharing such a thing with it (the thing that moved).
    Pure; [] for most batches."""
    found: dict[tuple[str, str], list[tuple[int, Measure]]] = defaultdict(list)
    for k, s in enumerate(statements):
        for x in measures(s):
            found[(x.what, x.dim)].append((k, x))
    if not found:
        return []
    known = _known_things(statements, origins)
    out: list[tuple[list[list[int]], str, str, list[str]]] = []
    for (what, dim), held in sorted(found.items()):
        if len({origins[k] for k, _x in held}) < 2 or len(held) > MAX_HELD:
            continue  # (one thing measured by many claims: many things, or many stories)
        if held[0][1].thing and known[what] < 2:
            continue  # "a 10-metre yacht" / "a 12-metre yacht": no one yacht of the story
        per_article: dict[str, list[Measure]] = defaultdict(list)
        for k, x in held:
            per_article[articles[k]].append(x)
        if any(not agree(x, y) for xs in per_article.values() for x, y in combinations(xs, 2)):
            continue  # one article gives two measures: two things, or an update it tells
        if any(_apart(x, y) for (_i, x), (_j, y) in combinations(held, 2)):
            continue
        if len({x.name for _k, x in held} - {""}) > 1:
            continue  # "Eastport, a town of 48,000" / "Westport, a town of 52,000"
        # sides: measures that agree, transitively
        side_of = list(range(len(held)))

        def root(n: int, side_of: list[int] = side_of) -> int:
            while side_of[n] != n:
                n = side_of[n]
            return n

        for (n, (_i, x)), (m, (_j, y)) in combinations(enumerate(held), 2):
            if agree(x, y):
                a, b = root(n), root(m)
                side_of[max(a, b)] = min(a, b)
        sides: dict[int, list[int]] = defaultdict(list)
        for n in range(len(held)):
            sides[root(n)].append(n)
        if len(sides) < 2:
            continue
        if what == "speed" and not _speeds_meet(statements, held, list(sides.values()), known):
            continue
        side_origins = [{origins[held[n][0]] for n in ns} for ns in sides.values()]
        if len(set().union(*side_origins)) < 2:
            continue
        ordered = sorted(sides.values(), key=lambda ns: min(held[n][1].low for n in ns))
        out.append(
            (
                [sorted({held[n][0] for n in ns}) for ns in ordered],
                what,
                dim,
                [_written(held[n][1].text for n in ns) for ns in ordered],
            )
        )
    return out


def _written(texts: Iterable[str]) -> str:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, t in enumerate(texts):
        counts[t] += 1
        first.setdefault(t, n)
    return min(counts, key=lambda t: (-counts[t], first[t]))


_FUNCTION = _PHRASE_END | frozenset(
    "said says told also before reportedly she he they mph km/h kph".split()
)


_THE = re.compile(r"\bthe\s+", re.IGNORECASE)


def _known_things(statements: Sequence[str], origins: Sequence[str]) -> Counter[str]:
    """Stem -> how many origins write a singular word of that stem among the four words after
    "the", before a function word ("the crane", "the 30-ton, yellow crane", "the town's
    waterfront"): the things the story knows as one."""
    seen: dict[str, set[str]] = defaultdict(set)
    for s, origin in zip(statements, origins, strict=True):
        if "the" not in s.casefold():
            continue
        for m in _THE.finditer(s):
            for w in s[m.end() : m.end() + 60].casefold().replace(",", " ").split()[:4]:
                if w in _PHRASE_END:
                    break  # (the noun phrase ends)
                w = w.strip('.;:!?"“”()')
                stem = _stem(w)
                if stem == w or not w.endswith("s") or w.endswith(("ss", "'s", "’s")):
                    seen[stem].add(origin)  # (a plural is many things: "the cranes")
    return Counter({w: len(o) for w, o in seen.items()})


def _speeds_meet(
    statements: Sequence[str],
    held: Sequence[tuple[int, Measure]],
    sides: list[list[int]],
    known: Counter[str],
) -> bool:
    """Every two sides of a speed have statements that share a content word the story knows
    as one thing (`_known_things`: the thing that moved: "the bus moved at 20-25 mph" /
    "the bus left the road at 40mph")."""
    words = [
        set().union(
            *(
                {
                    _stem(w)
                    for w in _CONTENT.findall(statements[held[n][0]].casefold())
                    if not w.endswith(("ing", "ed"))  # (a verb: what moved is a noun)
                }
                - {_stem(w) for w in _FUNCTION}
                for n in ns
            )
        )
        for ns in sides
    ]
    return all({w for w in a & b if known[w] >= 2} for a, b in combinations(words, 2))
