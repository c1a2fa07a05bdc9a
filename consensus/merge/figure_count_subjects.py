"""What a figure counts when its clause opens with a count noun far before it and a verb of
level sits right before the figure: "The death toll from a landslide that swept over the
village early on Saturday rose to at least 12" counts the dead, "The number of people
confirmed dead in the landslide that buried part of the town rose to 21" counts the dead
people, "The number of people who died in the crush has risen to nine" too.

`figure_counts` reads a count noun within a few words of its figure; a subject told with a
relative clause or a long prepositional phrase ("the toll from X that Y rose to 12") is out
of its reach, and the figure is then read by the words next to it ("nightfall", "rose"),
which meet no other outlet's figure of the same count. Here the reach is the figure's whole
clause, on three conditions that make the count noun the clause's subject and the figure
its level: the words right before the figure (past its bound) are a verb of level ("rose
to", "has risen to", "stood at", "reached"); the count noun is the first in the clause,
after a determiner ("the number", "the death toll"); and no other figure sits between the
count noun and the figure. With no count noun, a sentence that opens with a plural noun
before such a verb counts that noun ("Reports of suspected side effects reached 57":
reports). Pure: `figure_counts.count_slots` asks it for each plain count its own reading
leaves alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus.merge.figure_places import place_or_none
from consensus.merge.lexicon import (
    _DETERMINERS,
    _STOP,
    FIGURE_COUNT_MEANINGS,
    FIGURE_COUNT_MODIFIERS,
    FIGURE_COUNT_NOUNS,
    FIGURE_GENERIC_NOUNS,
)

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["LEVEL_VERBS", "count_qualifier", "subject_count", "writes_both"]

# verbs that give a count's level ("rose to 12", "stood at 40", "reached 57"), past or
# present, with the particle each takes
LEVEL_VERBS = frozenset(
    "rose risen rising climbed climbing increased jumped grew grown fell fallen dropped "
    "declined reached stood stands stand".split()
)
_LEVEL = re.compile(
    r"\b(?:(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|grown|fell|fallen|"
    r"dropped|declined)\s+to|(?:stood|stands|stand)\s+at|reached)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|roughly)\s+)?$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:!?()\"“”]|\.(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_RELATIVE = frozenset({"who", "that", "which"})
# what may follow a plural subject that a verb of level counts ("Reports of ...", "Cases
# have risen to", "Deaths rose to")
_NEXT_TO_SUBJECT = LEVEL_VERBS | {"of", "have", "has", "had"}
_MAX_THING = 2  # content words read after "of" ("people confirmed dead": people, dead)
# a place the subject names ("the number of people killed by the storm in Marvena"): one to
# three capitalised words after "in", not an event named after it ("in the Paris attacks")
_PLACE_IN = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    r"(?![\w'’-]*\s+(?:attacks?|bombings?|shootings?|crash|earthquake|quake|war|massacre)\b)"
)


def subject_count(text: str, f: Figure, before: list[Figure]) -> Figure | None:
    """`f` with what its clause's count-noun subject counts as its first slot words (and
    the noun as its head or counted word), or None when the conditions of the module
    docstring do not hold. `before`: the figures of `text` before `f`, as read."""
    if not _LEVEL.search(text[max(0, f.start - 40) : f.start]):
        return None
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, f.start):
        lo = m.end()
    if any(lo <= g.start < f.start for g in before):
        return None  # (another figure in the clause: the count noun may be its)
    words = [(w.casefold(), w[:1].isupper()) for w in _WORD.findall(text[lo : f.start])]
    at = _first_count_noun(words)
    if at is None:
        return _plural_subject(f, words) if lo == 0 or text[lo - 1] in ".;:" else None
    if not f.where:
        f = replace(f, where=_subject_place(text[lo : f.start]))
    noun = _singular(words[at][0])
    thing = _of_thing(words, at) if at + 1 < len(words) and words[at + 1][0] == "of" else []
    if not thing:
        qualifier = count_qualifier(words, at)
        meaning = FIGURE_COUNT_MEANINGS.get(noun, "")
        thing = qualifier or ([meaning] if meaning else [])
        if not thing:
            return None
        rest = [w for w in f.slot if w not in thing and _singular(w) not in FIGURE_COUNT_NOUNS]
        return replace(f, slot=tuple(dict.fromkeys([*thing, *rest])))
    rest = [
        w
        for w in f.slot
        if w not in thing and _singular(w) not in FIGURE_COUNT_NOUNS and w not in LEVEL_VERBS
    ]
    if len(thing) == 2 and _plural(thing[1]) and not _plural(thing[0]):
        # a word before the noun ("suspected cases"): the noun is the head, as in "1,400
        # suspected cases"
        return replace(f, slot=tuple(dict.fromkeys([*thing, *rest])), head=thing[1])
    first, state = thing[0], thing[1:]
    if first in FIGURE_GENERIC_NOUNS:  # ("the number of people killed": as "nine people killed")
        return replace(f, slot=tuple(dict.fromkeys([*state, *rest])), counted=first)
    return replace(f, slot=tuple(dict.fromkeys([first, *state, *rest])), head=first)


def _plural_subject(f: Figure, words: list[tuple[str, bool]]) -> Figure | None:
    """`f` counting the plural noun its sentence opens with ("Reports of suspected side
    effects reached 57": reports, "Casualties have risen to 40"), past a determiner, when no
    count noun is there and "of" or the verb follows the noun; None for a name, a function
    word, no plural, or a noun that says something ("Officials said casualties rose to
    40": the officials are no count)."""
    k = 1 if words and words[0][0] in _DETERMINERS else 0
    if k + 1 >= len(words) or words[k + 1][0] not in _NEXT_TO_SUBJECT:
        return None
    word = words[k][0]
    if (
        word in _STOP
        or word in LEVEL_VERBS
        or not word.endswith("s")
        or word.endswith("ss")
        or len(word) < 4
        or (k + 1 < len(words) and words[k + 1][1] and words[k][1])  # ("Acme Systems")
    ):
        return None
    rest = [w for w in f.slot if w != word and w not in LEVEL_VERBS]
    return replace(f, slot=tuple(dict.fromkeys([word, *rest])), head=word)


def _subject_place(clause: str) -> str:
    """The place the clause's subject names ("... killed by the storm in Marvena has risen
    to"), as written, or '' (none, or a month or a weekday: "in July")."""
    m = _PLACE_IN.search(clause)
    return "" if m is None else place_or_none(m.group("place"))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in FIGURE_COUNT_NOUNS else word


def _first_count_noun(words: list[tuple[str, bool]]) -> int | None:
    """The index of the clause's first count noun when a determiner opens its noun phrase
    (within three words before it: "the official death toll"), else None."""
    for at, (word, _capital) in enumerate(words):
        if _singular(word) not in FIGURE_COUNT_NOUNS:
            continue
        for prior, _cap in reversed(words[max(0, at - 3) : at]):
            if prior in _DETERMINERS:
                return at
            if prior in _STOP:
                return None
        return None
    return None


def _of_thing(words: list[tuple[str, bool]], at: int) -> list[str]:
    """What "of ..." after the count noun names: its first content word, then the words
    that say its state ("people confirmed dead": people, dead; "people who died": people,
    died), at most `_MAX_THING`, past the modifiers that say which count ("confirmed")."""
    out: list[str] = []
    k = at + 2
    while k < len(words) and len(out) < _MAX_THING:
        word, capital = words[k]
        k += 1
        if word in _DETERMINERS and not out:
            continue
        if out and word in _RELATIVE and k < len(words):
            out.append(words[k][0])  # ("people who died": died)
            break
        if capital or word in _STOP or word in LEVEL_VERBS:
            break
        if out and word in FIGURE_COUNT_MODIFIERS:
            continue
        out.append(word)
    return [w for w in out if w not in _STOP and w not in LEVEL_VERBS]


def count_qualifier(words: list[tuple[str, bool]], at: int) -> list[str]:
    """The word before the count noun that says what it counts ("death" of "the death
    toll"), past modifiers that say which count ("the official death toll")."""
    for word, capital in reversed(words[max(0, at - 3) : at]):
        if word in FIGURE_COUNT_MODIFIERS:
            continue
        if word in _STOP or word in _DETERMINERS or capital:
            return []
        return [word]
    return []


def writes_both(figs: Sequence[Figure], own: Figure, other: Figure) -> bool:
    """A claim whose figures `figs` hold `own` also writes the value of `other` (of its
    unit) as another figure of another place: it tells the two apart itself ("killed by
    the storm in A has risen to 19 ... B, where two people died" against "killing two
    people"), so the two are no rival figures of one slot inside a group
    (`inner_disputes.inner_disputes`). Of one place the two stay rivals ("about 40 soldiers
    had been detained, a higher figure than the 27 announced")."""
    return any(
        g is not own
        and g.unit == other.unit
        and math.isclose(g.value, other.value)
        and g.where.casefold() != own.where.casefold()
        for g in figs
    )
