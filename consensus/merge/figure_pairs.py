"""Comparing two figures read by `figures.figures`: whose counts they are, their kind,
earlier values and places (pure functions of two `Figure`s, used where claims are compared
and where contested points are keyed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from consensus.merge.figure_asks import asks_apart
from consensus.merge.figure_capacity import limit_and_count, load_apart
from consensus.merge.figure_compounds import modifier
from consensus.merge.figure_places import named_places, place_words
from consensus.merge.figures import Figure
from consensus.merge.lexicon import FIGURE_CHANGE_NOUNS, FIGURE_GENERIC_NOUNS, FIGURE_PEOPLE_KINDS
from consensus.merge.slots import _overlap, _stem, slots_meet

__all__ = [
    "distance_and_size",
    "earlier_value",
    "generic",
    "names_differ",
    "other_kind",
    "part_kinds",
    "people_and_kind",
    "people_kind_clash",
    "places_differ",
    "remainder_apart",
    "speakers_placed",
    "tellers_apart",
    "untold_slots_meet",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a measure told as a distance from somewhere: its unit, then one of these prepositions
# ("landed 150 feet from the trail", "2 km off the coast", "three miles away")
_DISTANCE_AFTER = re.compile(r"\s*[^\W\d_]*\.?\s+(?:from|off|away)\b", re.IGNORECASE)


def names_differ(a: Figure, b: Figure) -> bool:
    """Both counts belong to names (`Figure.owner` of a count, written with a capital) and
    neither name's words are among the other's ("Civic Union" / "Social Democrats" differ;
    "Liberals" / "Liberal Alliance" and "Germany" / "German" do not): two owners' counts."""
    if not (a.owner[:1].isupper() and b.owner[:1].isupper()):
        return False
    wa, wb = _name_words(a.owner), _name_words(b.owner)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return not all(any(_word_meets(x, y) for y in long) for x in short)


def tellers_apart(a: Figure, b: Figure) -> bool:
    """Both figures' closing attributions name places or parties (`Figure.told_by`:
    "Vardenian officials said" / "Kostrava's emergency ministry said") and none of one's
    is among the other's, a demonym meeting its country ("vardenia" / "vardenian"): counts
    two places or parties tell, never one slot by their untold slot words alone."""
    if not a.told_by or not b.told_by:
        return False
    return not any(_word_meets(x, y) for x in a.told_by for y in b.told_by)


def untold_slots_meet(meet: Callable[[str, str], bool], a: Figure, b: Figure) -> bool:
    """Two figures' slot words meet by `meet` (`slots.slots_meet`) once an attribution
    closing either's clause is cut (`Figure.untold`: "four people, a police spokesman
    said" / "11 people, the city's mayor said": arrested), unless the two attributions
    name two places or parties (`tellers_apart`)."""
    if (not a.untold and not b.untold) or tellers_apart(a, b):
        return False
    slot_a, slot_b = a.untold or a.slot, b.untold or b.slot
    first_a = a.head or (slot_a[0] if slot_a else "")
    return slots_meet(meet, slot_a, slot_b, first_a, b.head or (slot_b[0] if slot_b else ""))


def _name_words(name: str) -> list[str]:
    return [w.casefold().rstrip("s") for w in _WORD.findall(name)]


def _word_meets(x: str, y: str) -> bool:
    """One word of a name is the other, or begins it ("german" / "germany")."""
    return x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))


def other_kind(a: Figure, b: Figure, compounds: frozenset[str] = frozenset()) -> bool:
    """One is a forecast or a request and the other is not ("analysts had expected 2.4
    billion" / "profit fell to 2.1 billion"), or one is a demand and the other an offer
    (`figure_asks`), or the whole another figure is part of ("212 of the 400 seats" / "118
    seats"), or either is some of a group named before (`some`), or one counts two kinds of
    thing and the other one ("homes and businesses" / "homes"), or one counts those still in
    a state ("five still on the run" / "seven broke out"), or one is a limit and the
    other a count ("certified for 350 passengers" / "286 passengers": `figure_capacity`), or
    one is a load and the other what befell some of it ("carrying 48 pilgrims" / "17
    pilgrims lost their lives": `figure_capacity.load_apart`).
    A word before the noun in `compounds` names a kind, no part (`figure_compounds`)."""
    return (
        a.expected != b.expected
        or remainder_apart(a, b)
        or limit_and_count(a, b)
        or load_apart(a, b)
        or asks_apart(a, b)
        or a.also != b.also
        or _share_of_a_thing(a, b)
        or _share_of_a_thing(b, a)
        or a.total != b.total
        or a.some
        or b.some
        or (qualified_part(a, b) and modifier(a) not in compounds)
        or (qualified_part(b, a) and modifier(b) not in compounds)
    )


def remainder_apart(a: Figure, b: Figure) -> bool:
    """One counts those still in a state after the act (`Figure.remaining`) and the other
    what an act did, their words naming no state in common ("seven inmates broke out" /
    "five inmates still on the run"; "40 missing" / "27 still missing" is one state, an
    update)."""
    if a.remaining == b.remaining:
        return False
    rest, act = (a, b) if a.remaining else (b, a)
    nouns = {_stem(w) for w in (a.noun, a.head, b.noun, b.head) if w}
    state = {_stem(w) for w in rest.slot[:4]} - nouns
    done = {_stem(w) for w in (act.pred, act.act, *act.slot[:3]) if w} - nouns
    return not state & done


def _share_of_a_thing(a: Figure, b: Figure) -> bool:
    """`a` is a percentage that qualifies a noun other than a change ("a 32% premium", "a 10
    percent stake": `FIGURE_CHANGE_NOUNS`), `b` a percentage of no noun ("shares jumped 27
    percent"): two measures, no rival values."""
    return (
        a.unit == b.unit == "%"
        and bool(a.noun)
        and not b.noun
        and a.noun not in FIGURE_CHANGE_NOUNS
        and _stem(a.noun) not in FIGURE_CHANGE_NOUNS
    )


def qualified_part(a: Figure, b: Figure) -> bool:
    """`a` counts its noun with a word before it that `b`, counting the bare noun, does not
    name among its slot words ("13 successful launches" / "the first failure in 14
    launches"): a part of what `b` counts, no rival value."""
    if a.vague or b.vague or a.joined or not a.noun or not a.head or a.noun == a.head:
        return False
    if not b.noun or (b.head or b.noun) != b.noun or _stem(a.head) != _stem(b.noun):
        return False
    return a.noun not in b.slot


def earlier_value(a: Figure, b: Figure) -> bool:
    """One is an earlier value the other is not ("turnout was 64 percent, up from 58
    percent" / "turnout was 61 percent"), or either is a condition (`Figure.condition`:
    "drinking three cups a day lowers the risk" / "drinking more than five cups brought no
    benefit"), or the two are placed at two times (`Figure.when`: "in 2011" / "in 2023"), or
    one is summed over the years since another year than the other (`Figure.since`):
    equal, they agree; different, no dispute."""
    if a.when and b.when and a.when != b.when:
        return True  # "In 2011 ... 300 jobs" / "In 2023 ... 1,100 jobs": two events
    if a.since != b.since:
        return True  # "lost 120 officers since 2022" / "40 officers were on duty"
    return a.before != b.before or a.condition or b.condition


def places_differ(a: Figure, b: Figure) -> bool:
    """Both figures name where they count and the places are not one ("in Iran" / "in
    Iraq"; "in Nice" / "in Nice, France" are one)."""
    if not a.where or not b.where:
        return False
    la, lb = _place_list(a.where), _place_list(b.where)
    if len(la) > 1 or len(lb) > 1:
        return la != lb  # "Florida, Alabama and Georgia" is more than "Florida"
    return _place_words(a.where).isdisjoint(_place_words(b.where))


@lru_cache(maxsize=1 << 14)  # (a batch names few places, compared pair by pair)
def _place_words(where: str) -> frozenset[str]:
    """The words of a place, folded, hyphens as spaces."""
    return frozenset(where.casefold().replace("-", " ").split())


@lru_cache(maxsize=1 << 14)
def _place_list(where: str) -> frozenset[str]:
    """The places of a list ("Florida, Alabama and Georgia"), folded; one for a name."""
    return frozenset(p.strip() for p in re.split(r",|\band\b", where.casefold()) if p.strip())


def people_and_kind(a: Figure, b: Figure) -> bool:
    """One figure counts people with a generic noun ("at least 14 people ... were killed")
    and the other a kind of people (`figure_people_kinds`: "killed 12 civilians"), and the
    verb nearest the generic count is among the kind's first slot words: one count, told
    with two nouns (the toll of one act), not a count and its part. The caller has checked
    that neither is some of a group ("more than 10 children were among the dead": `some`)
    or a named part."""
    people, kind = (a, b) if generic(a) else (b, a)
    if not generic(people) or generic(kind):
        return False
    noun = kind.head or kind.noun
    if noun not in FIGURE_PEOPLE_KINDS or noun != kind.noun or not people.slot:
        return False
    verb = _stem(people.slot[0])
    return any(_stem(w) == verb for w in kind.slot[1:5])


def generic(f: Figure) -> bool:
    """A count of people by a generic noun (`figure_generic_nouns`: \"14 people\")."""
    return not f.noun and f.counted in FIGURE_GENERIC_NOUNS


def people_kind_clash(
    a: Sequence[Figure], b: Sequence[Figure], parts: frozenset[str] = frozenset()
) -> str:
    """The first two figures of two claims that count one group as people and as a kind of
    people (`people_and_kind`) and do not agree, as a clash ("kill: 12 vs at least 14"), or
    ''. Neither may be vague, a part or some of a group, a whole, a forecast, an earlier
    value or a condition, nor counted in two places; nor the kind one that the batch tells
    as a part of a count (`part_kinds`: "84 people, including 10 children, were killed")."""
    for x in a:
        for y in b:
            if (
                (x.noun in parts or y.noun in parts)
                or not (_plain(x) and _plain(y))
                or x.unit
                or y.unit
                or places_differ(x, y)
                or _overlap(x, y)
                or not people_and_kind(x, y)
            ):
                continue
            # (named by the kind: its slot is the one the kind's own clashes name)
            kind = y if generic(x) else x
            return f"{_stem(kind.noun)}: {x.text} vs {y.text}"
    return ""


def _plain(f: Figure) -> bool:
    return not (
        f.vague
        or f.part
        or f.some
        or f.total
        or f.expected
        or f.before
        or f.condition
        or f.change
        or f.joined
    )


# a kind of people told as some of a count: "including 10 children", "among them seven
# women", "most of them women and children" (the kind among the next five words), "10
# children were among the dead" (the word before "were among")
_PART_CUE = re.compile(
    r"\b(?:includ(?:ing|ed|es|e)|among\s+them|of\s+whom|(?:many|most|all|some)\s+of\s+them)\s+"
    r"(?P<after>(?:[\w-]+[\s,]+){0,4}[\w-]+)"
    r"|\b(?P<before>[a-z]+)\s+(?:were|was)\s+among\s+the\b",
)


def part_kinds(statements: Sequence[str]) -> frozenset[str]:
    """The kinds of people (`figure_people_kinds`) some statement of the batch tells as a
    part of a count ("84 people, including 10 children, were killed": children): in that
    batch a count of the kind is no toll of its own."""
    out: set[str] = set()
    for s in statements:
        for m in _PART_CUE.finditer(s):
            words = re.findall(r"[a-z]+", m.group("after") or m.group("before"))
            out.update(w for w in words if w in FIGURE_PEOPLE_KINDS)
    return frozenset(out)


def speakers_placed(figs: list[list[Figure]], statements: Sequence[str]) -> list[list[Figure]]:
    """The figures, each whose clause names no place placed where whoever tells it is
    (`Figure.told_by`: "Kessel police said six were detained") when the batch names that
    place after a preposition ("in Kessel"): no count of another place."""
    if not any(f.told_by and not f.where for fs in figs for f in fs):
        return figs
    # (the longest name first: "Port Alba" before "Alba")
    names = {n.casefold(): n for s in statements for n in named_places(s)}
    places = sorted(
        ((place_words(n), n) for k, n in names.items()), key=lambda p: (-len(p[0]), p[1])
    )
    return [[_placed(f, places) for f in fs] for fs in figs]


def _placed(f: Figure, places: list[tuple[frozenset[str], str]]) -> Figure:
    if f.where or not f.told_by:
        return f
    name = next((n for words, n in places if words and words <= f.told_by), "")
    return replace(f, where=name) if name else f


def distance_and_size(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """One figure is the size of a thing, joined to it by a hyphen ("a 203-foot blade"),
    and the other a distance from somewhere ("landed about 150 feet from the trail"):
    two measures, never one in other words (two sizes stay comparable: "a 7.1-magnitude
    quake" / "a magnitude 7.0 quake")."""
    if a.joined == b.joined:
        return False
    text, f = (text_b, b) if a.joined else (text_a, a)
    return _DISTANCE_AFTER.match(text, f.start + len(f.text)) is not None
