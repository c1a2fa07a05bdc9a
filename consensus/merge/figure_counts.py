"""What a figure counts when its clause names a count instead of a thing: "the death toll
rose to 11" counts the dead, "the number of suspected cases has risen to 1,400" the cases,
and in "police said 45,000 people marched, while organisers put the number at 120,000" the
number is the marchers the figure before it counts. Pure: `figures.figures` calls it once
per statement, after reading each number's own slot words.

The count nouns, the modifiers that say which count ("the official toll") and what a count
noun counts when nothing else says ("the toll": the dead) are data/words.toml's
`figure_count_*` entries. Never applied to a figure that names what it counts ("the toll
rose to 11 people" keeps "people"), to a share, an amount, a measure or a vague count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus.merge.figure_count_subjects import (
    LEVEL_VERBS,
    _plural,
    count_qualifier,
    subject_count,
)
from consensus.merge.lexicon import (
    _DETERMINERS,
    _STOP,
    FIGURE_COUNT_MEANINGS,
    FIGURE_COUNT_NOUNS,
)

if TYPE_CHECKING:
    from consensus.merge.figures import Figure

__all__ = ["count_slots", "names_no_thing", "slot_word"]

_REACH = 90  # characters read back from a figure for the count noun of its clause
_AFTER_NOUN = 6  # at most this many words between the count noun and the figure
_CLAUSE_BREAK = re.compile(r"[,;:!?()\"“”]|\.(?!\d)")
_SENTENCE_BREAK = re.compile(r"[;!?]|\.(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def count_slots(text: str, figs: list[Figure]) -> list[Figure]:
    """`figs` (the figures of `text`, in order), each plain count whose clause names a count
    noun given what that noun counts as its first slot words (see the module docstring)."""
    out: list[Figure] = []
    for f in figs:
        out.append(_counted(text, f, out) if _plain(f) else f)
    return out


def _plain(f: Figure) -> bool:
    return not (f.unit or f.vague or f.noun or f.head or f.owner[:1].isupper())


def _counted(text: str, f: Figure, before: list[Figure]) -> Figure:
    lo = max(0, f.start - _REACH)
    clause = _CLAUSE_BREAK.split(text[lo : f.start])[-1]
    words = [(w.casefold(), w[:1].isupper()) for w in _WORD.findall(clause)]
    at = _count_noun(words)
    if at is None:  # (a subject out of reach: "the toll from X that Y rose to 12")
        return subject_count(text, f, before) or f
    noun = _singular(words[at][0])
    of = _of_phrase(words, at)
    thing = of or count_qualifier(words, at)
    if not thing:
        meaning = FIGURE_COUNT_MEANINGS.get(noun, "")
        thing = [meaning] if meaning else []
    if thing:
        if len(words) - at - 1 > _AFTER_NOUN + len(thing):
            return subject_count(text, f, before) or f
        rest = [w for w in f.slot if w not in thing and _singular(w) not in FIGURE_COUNT_NOUNS]
        slot = tuple(dict.fromkeys([*thing, *rest]))
        # ("the number of suspected cases": the cases are its head, as in "900 suspected cases")
        return replace(f, slot=slot, head=_of_head(of) if of else f.head)
    if len(words) - at - 1 > _AFTER_NOUN:
        return f
    return _as_previous(text, f, before)


def _of_head(of: list[str]) -> str:
    """The head of the "of" phrase after a count noun: its last word ("the number of suspected
    cases": cases), or its first when a plural comes before a word that is no plural ("the
    number of households affected", "of jobs lost": a participle after the noun, which says
    which of them are counted, never what is counted)."""
    if len(of) == 2 and _plural(of[0]) and not _plural(of[1]):
        return of[0]
    return of[-1]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in FIGURE_COUNT_NOUNS else word


def _count_noun(words: list[tuple[str, bool]]) -> int | None:
    """The index of the last count noun among `words` that is a noun: a determiner before
    it, past modifiers and a singular qualifier ("the number", "the official death toll"),
    or one that counts something itself ("toll"); "the inspectors count 300" has a verb."""
    for at in range(len(words) - 1, -1, -1):
        word, _capital = words[at]
        noun = _singular(word)
        if noun not in FIGURE_COUNT_NOUNS:
            continue
        if noun in FIGURE_COUNT_MEANINGS:
            return at
        for before, _capital in reversed(words[max(0, at - 3) : at]):
            if before in _DETERMINERS:
                return at
            if before in _STOP or (before.endswith("s") and not before.endswith("ss")):
                return None  # (a plural is the verb's subject, no qualifier)
        return None
    return None


def _of_phrase(words: list[tuple[str, bool]], at: int) -> list[str]:
    """The lower-case content words of "of ..." right after the count noun, at most two
    ("the number of suspected cases" -> suspected, cases)."""
    if at + 1 >= len(words) or words[at + 1][0] != "of":
        return []
    out: list[str] = []
    for word, capital in words[at + 2 :]:
        if word in _DETERMINERS and not out:
            continue
        if word in _STOP or capital or len(out) == 2 or word in LEVEL_VERBS:
            break  # ("the number of survivors rose to 248": survivors)
        out.append(word)
    return out


def _as_previous(text: str, f: Figure, before: list[Figure]) -> Figure:
    """A count noun that names nothing ("organisers put the number at 120,000") counts what
    the figure before it in its sentence counts, when that one says ("45,000 people took
    part in the march"); else `f` as read."""
    for prev in reversed(before):
        if _SENTENCE_BREAK.search(text, prev.start, f.start):
            break
        if prev.unit or prev.vague or not (prev.noun or prev.head or prev.counted):
            continue
        return replace(
            f,
            noun=prev.noun,
            head=prev.head,
            counted=prev.counted,
            slot=prev.slot,
            where=f.where or prev.where,
        )
    return f


def names_no_thing(f: Figure) -> bool:
    """The figure's nearest slot word is a count noun and it has no counted noun of its own
    ("Organisers put the number at 120,000"): its words do not say what it counts."""
    return bool(f.slot) and not (f.head or f.noun) and _singular(f.slot[0]) in FIGURE_COUNT_NOUNS


def slot_word(a: Figure, b: Figure) -> str:
    """The word that names the slot of two figures set against each other: the first slot
    word of `a`, unless `a` names no thing (`names_no_thing`: "organisers put the number at
    120,000" / "the organisers said 150,000 had marched": marched), then `b`'s; the noun of
    `a`, or "figure", when `a` has no slot word."""
    if names_no_thing(a) and b.slot and not names_no_thing(b):
        return b.slot[0]
    return a.slot[0] if a.slot else (a.noun or "figure")
