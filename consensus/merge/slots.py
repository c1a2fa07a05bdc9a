"""When two figures are one slot's, and whether their values agree: a word's stem, a
figure's owner and counted thing, rounding, bounds and scale (the figure helpers of
`compare.PairContext`, `disputes` and `link`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from consensus.merge.figure_slot_words import LENGTH_WORD
from consensus.merge.figures import TERMS, Figure
from consensus.merge.lexicon import BOUND_TOLL_WORDS, FIGURE_PERIOD_WORDS

__all__ = [
    "ABOUT_SLACK",
    "BOUND_SLACK",
    "NEAR_RATIO",
    "bound_met",
    "counted_word",
    "owner_key",
    "share_a_word",
    "slot_stem",
    "slots_meet",
]

BOUND_SLACK = 0.05  # "over 50" and "51" agree; "at least five" and "seven" do not
ABOUT_SLACK = 0.1  # "about 100" meets a vague count's range ("dozens": 24-99)
# a bound of at least `BOUND_MET_FROM` is met by a plain figure on its side of it up to
# `BOUND_MET_RATIO` away ("more than 2,000 signed" / "2,140 signed", "more than 50 taken to
# hospital" / "64"): the bound is the same figure told less exactly, never a rival of it. Under
# ten every one counts ("at least five killed" / "seven killed" stays a dispute), and a figure
# past the ratio ("more than 100" / "240") is another count
BOUND_MET_FROM = 10.0
BOUND_MET_RATIO = 1.5


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return w


def _overlap(a: Figure, b: Figure, met: bool = False) -> bool:
    """Ranges that share a value ("20-25 mph" and "about 25 mph") are no clash, nor is a
    lower bound and a figure just above it ("over 50" and "51": within `BOUND_SLACK`), nor a
    maximum term and any shorter one ("faces up to 20 years" and "eight years"), nor two
    minimum terms ("for more than a year" and "for more than two years"), nor
    a vague count and a rough figure near its range ("dozens" and "about 100"), nor (`met`) a
    bound and a plain figure that meets it (`bound_met`)."""
    lo_a, hi_a = a.value, a.high if a.high is not None else a.value
    lo_b, hi_b = b.value, b.high if b.high is not None else b.value
    if lo_a <= hi_b and lo_b <= hi_a:
        return True
    if a.high is None and b.high is None and (_rounds_to(a, b) or _rough_rounds(a, b)):
        return True
    if a.vague != b.vague:  # "dozens" and "about 100": a vague count meets a rough one
        rough = b if a.vague else a
        if rough.bound in ("about", "near"):
            slack = rough.value * ABOUT_SLACK
            return lo_a - slack <= hi_b and lo_b - slack <= hi_a + slack
    if met and bound_met(a, b):
        return True
    for bounded, other in ((a, b), (b, a)):
        if bounded.bound == "min" and 0 < bounded.value < other.value:
            if bounded.unit in TERMS and other.bound == "min":
                return True  # "held for more than a year" / "more than two years": both hold
            step = max(bounded.value * BOUND_SLACK, _bound_step(bounded))
            if other.value < bounded.value + step or other.value <= bounded.value * (
                1 + BOUND_SLACK
            ):
                return True
        if bounded.bound == "max" and 0 < other.value < bounded.value:
            if bounded.unit in TERMS:
                return True  # "faces up to 20 years": the most a court may give, no term
            if other.value > bounded.value - max(bounded.value * BOUND_SLACK, _bound_step(bounded)):
                return True
    return False


def bound_met(a: Figure, b: Figure) -> bool:
    """One of two figures is a bound the other meets (`_bound_met`), neither a toll of harm
    (`bound_toll_words` in data/words.toml: a toll moves through the day)."""
    if any(w in BOUND_TOLL_WORDS for f in (a, b) for w in (*f.slot, f.noun, f.pred)):
        return False
    return _bound_met(a, b) or _bound_met(b, a)


def _bound_met(bounded: Figure, other: Figure) -> bool:
    """A lower or upper bound of at least `BOUND_MET_FROM` and a plain figure (exact or
    "about") on its side of it, within `BOUND_MET_RATIO` of it: "more than 1,000" / "1,380",
    "up to 80" / "about 70"; a term's bound keeps its own reading (`_overlap`). Told on two
    days, a lower bound and a count above it are an update (`figure_updates.bound_passed`:
    the caller reads the days)."""
    if bounded.bound not in ("min", "max") or bounded.value < BOUND_MET_FROM:
        return False
    if bounded.unit in TERMS or other.bound not in ("", "about") or other.vague:
        return False
    if bounded.high is not None or other.high is not None:
        return False
    if bounded.bound == "min":
        return bounded.value < other.value <= bounded.value * BOUND_MET_RATIO
    return bounded.value / BOUND_MET_RATIO <= other.value < bounded.value


_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _rounds_to(a: Figure, b: Figure) -> bool:
    """One of two figures written in digits is the other rounded to its own precision:
    "53.7 percent" and "53.68 percent", "54 percent" and "53.7 percent", "$1.5 billion" and
    "$1.48 billion" (a count written "312" is no rounding of "313")."""
    da, db = _DECIMALS.search(a.text), _DECIMALS.search(b.text)
    if da is None or db is None:
        return False
    places_a, places_b = len(da.group(1) or ""), len(db.group(1) or "")
    if places_a == places_b:
        return False
    rough, exact = (a, b) if places_a < places_b else (b, a)
    written = _FIGURE_NUMBER.search(rough.text)
    if written is None or not rough.value:
        return False
    try:
        literal = float(written.group().replace(",", ""))
    except ValueError:
        return False
    if not literal:
        return False
    places = min(places_a, places_b)
    half_step = 0.5 * 10.0**-places * (rough.value / literal)
    return abs(exact.value - rough.value) < half_step * (1 - 1e-9)  # (a tie is no rounding)


def _rough_rounds(a: Figure, b: Figure) -> bool:
    """A rough round figure and a figure it rounds agree: "about 1,400 groups" and "1,412
    groups", "some 80 people" and "84 people" ("about" admits what rounds to it at its last
    written digit, half a step either side; "nearly 80" only the half step under it, never
    84). "About 2,400" and "2,500" still clash, and a rough figure that is not round,
    "about 84", admits no other count. A rough figure told more finely is admitted as an
    exact one ("roughly 140,000" and "some 142,000"), never one told as roughly ("about
    2,400" and "about 2,500")."""
    for rough, other in ((a, b), (b, a)):
        if rough.bound not in ("about", "near") or other.bound == "near":
            continue
        if rough.vague or other.vague:
            continue
        step = _round_step(rough.value)
        if other.bound == "about" and not _round_step(other.value) < step:
            continue
        above = 0.0 if rough.bound == "near" else step / 2
        if step and rough.value - step / 2 <= other.value <= rough.value + above:
            return True
    return False


_FIGURE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


# words of a period an owner is counted over, not what it is ("quarterly profit" is profit)
_PERIOD_WORDS = FIGURE_PERIOD_WORDS


def owner_key(owner: str) -> str:
    """An owner's words by their stems, period words left out ("third-quarter revenues" ->
    "revenue", "quarterly profit" -> "profit"); the owner as written when all are."""
    words = [_stem(w) for w in owner.split() if w not in _PERIOD_WORDS]
    return " ".join(words) or " ".join(_stem(w) for w in owner.split())


def _counted(f: Figure) -> str:
    """The stem of what a figure counts (its head, else its nearest slot word read without
    an attribution closing its clause, `Figure.untold`): the key of `PairContext._places`."""
    return _stem(f.head or counted_word(f))


def counted_word(f: Figure) -> str:
    """A figure's nearest slot word read without an attribution closing its clause ("killed
    38 people, the interior ministry said": killed, never "interior"), "" for none."""
    slot = f.untold or f.slot
    return slot[0] if slot else ""


def _bound_step(f: Figure) -> float:
    """The step a bound speaks in (`_round_step`), read from the number as written when a
    scale word multiplies it: "more than $4 million" is four million and some, up to the
    next million ("$4.5 million" keeps it), as "more than 70" is 70-something; the value's
    own step otherwise."""
    written = _FIGURE_NUMBER.search(f.text)
    if written is None:
        return _round_step(f.value)
    try:
        literal = float(written.group().replace(",", ""))
    except ValueError:
        return _round_step(f.value)
    scale = f.value / literal if literal else 0.0
    if scale < 1000 or literal != int(literal):  # (no scale word, or "4.5 million")
        return _round_step(f.value)
    return scale * max(1.0, _round_step(literal))


def _round_step(value: float) -> float:
    """The step a bound at a round number speaks in: "more than 70" is 70-something,
    "more than 100" 100-odd, "more than 1,000" a thousand and some hundreds (the bound is
    the figure rounded down to its last written digit); 0 for a number that is not round
    ("more than 84") or under ten."""
    if value < 10 or value != int(value):
        return 0.0
    number = int(value)
    cap = 10 ** max(1, len(str(number)) - 2)
    step = 1
    while number % (step * 10) == 0 and step * 10 <= cap:
        step *= 10
    return float(step) if step > 1 else 0.0


def _comparable(a: Figure, b: Figure) -> bool:
    """Figures a thousand times apart ("$82 a share", "$121 billion") count different
    things, whatever words surround them."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi / lo < 1000


def _one_noun(a: Figure, b: Figure) -> bool:
    """One figure counts a bare noun the other's noun phrase opens with ("nine crew" / "six
    crew members"): one counted thing, though their heads differ (never "eight fire
    engines" / "five fire rescue units", whose phrases both go on past the noun, nor "a 2
    million-barrel cap", whose noun measures its head)."""
    if not a.noun or not b.noun or a.joined or b.joined or _stem(a.noun) != _stem(b.noun):
        return False
    return (a.head or a.noun) == a.noun or (b.head or b.noun) == b.noun


# nouns that count the rest of a group the sentence counted before ("12 were killed and 26
# others were hurt"): they say nothing of what is counted, the act after them does
_REST_NOUNS = frozenset({"others", "more"})


def counted_words(f: Figure) -> tuple[str, str]:
    """(the counted noun, the nearest slot word) that tell what figure `f` counts: its head
    (else the first word after it) and its head or, failing one, its first slot word; a noun
    of the rest of a group (`_REST_NOUNS`) that opens its clause is none, so that "26 others
    were hurt" counts what "31 were injured" counts: by the act after it. Not after any
    word of its clause (`Figure.act`): "The driver, his assistant and 29 others were hurt"
    names the rest of a list, a part of the hurt; "nine were killed and about 20 others
    are missing", a claim of two counts, was read so and set its other facts against a
    count of the missing too (two facts split on the training clusters)."""
    noun = f.head or f.noun
    rest = noun.casefold() in _REST_NOUNS and not f.act
    if rest and len(f.slot) > 1 and f.slot[0] == noun:
        return "", f.slot[1]
    return noun, f.head or (f.slot[0] if f.slot else "")


NEAR_RATIO = 1.5  # close figures of one unit and scale may be one slot in other words


def _scale(f: Figure) -> str:
    """The written scale word of a figure ("billion", "million"), or ''."""
    low = f.text.casefold()
    for word in ("trillion", "billion", "million", "thousand", "bn", "mn"):
        if word in low:
            return word[:1]
    return ""


def share_a_word(a: Figure, b: Figure) -> bool:
    """Two figures' slot words hold one word in two forms ("by the close" / "closed down"),
    a final "e" aside (the stems of "close" and "closed" are "close" and "clos")."""
    return not {_stem(w).rstrip("e") for w in a.slot}.isdisjoint(
        _stem(w).rstrip("e") for w in b.slot
    )


def slot_stem(word: str) -> str:
    return _stem(word)


def slots_meet(
    meet: Callable[[str, str], bool],
    slot_a: tuple[str, ...],
    slot_b: tuple[str, ...],
    first_a: str,
    first_b: str,
) -> bool:
    """The nearest slot words of two figures (the counted noun or its verb: "killed",
    "injured", "offer"), `first_a` and `first_b`, meet by `meet`, or each one's first is
    among the other's first three."""
    if not slot_a or not slot_b:
        return False
    if meet(first_a, first_b):
        return True
    if any(meet(first_a, w) for w in slot_b[1:3]) and any(meet(first_b, w) for w in slot_a[1:3]):
        return True
    # a length unit's "long" is what any length measures: past it when only one gives it
    # ("the closure is five miles long" / "gave the closure as eight miles")
    if (first_a == LENGTH_WORD) != (first_b == LENGTH_WORD):
        if first_a == LENGTH_WORD:
            return slots_meet(meet, slot_a[1:], slot_b, slot_a[1] if slot_a[1:] else "", first_b)
        return slots_meet(meet, slot_a, slot_b[1:], first_a, slot_b[1] if slot_b[1:] else "")
    return False
