"""What a count counts, as its own sentence words it, and whether two counts' readings meet.

The slot rules give two figures one slot by their counted noun and the content words near
them; a noun counted twice in one event ("staff", "people", "homes") is often two things:
"40 staff were evacuated" counts those on site, "12 staff were treated" those hurt. The
words that tell them apart are the count's own: the verb it is the subject of, with or
without an auxiliary ("12 staff treated", "were evacuated": `verb_after`), the verb it is
the object of (`Figure.act`: "evacuated 40 staff") and a phrase after its noun opened by a
preposition ("40 staff on shift", "12 in hospital": `prep_noun`). `reading` gathers them;
`reading_best` is the best likeness of two readings' words (1 for a stem or a concept in
common, else the cosine of their word vectors, read through `vec`).

Read only by `bench/slotcount62.py` (session 62): on the figure pairs of quantity points, the
readings of gold-backed pairs and of hand-read wrong ones are alike (AUC 0.50), so no veto
reads them (bench/README.md, "slotcount62"); kept for a later fit beside `slot_reads`.

PURE: reads figures, their statements and word vectors; decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from consensus.merge.features import _concept
from consensus.merge.figures import Figure
from consensus.merge.lexicon import _AUX, _STOP, FIGURE_GENERIC_NOUNS
from consensus.merge.slots import _stem

__all__ = ["prep_noun", "reading", "reading_best", "verb_after"]

Vec = Callable[[str], "np.ndarray | None"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S")
# prepositions that open a phrase telling where or in what state the counted are ("on
# shift", "in hospital", "aboard", "under the rubble"): a closed class
_PREPS = frozenset("on in at aboard under inside outside from with without into".split())
# words that may stand between a count's noun and its verb ("were still", "had now")
_BETWEEN = frozenset("also all now still already reportedly later then being been".split())
_REACH = 6  # words read after the count


def _after(f: Figure, text: str) -> list[str]:
    """The words after a figure's counted noun phrase in its clause, as written."""
    words = _WORD.findall(text[f.start + len(f.text) : f.start + len(f.text) + 90])
    k = 0
    head = (f.head or f.noun or f.counted).casefold()
    if head:
        while k < min(len(words), 4) and words[k].casefold() != head:
            k += 1
        k = k + 1 if k < min(len(words), 4) else 0
    return words[k : k + _REACH]


def verb_after(f: Figure, text: str) -> str:
    """The verb a count is the subject of, lower-case: the first lower-case word after its
    noun phrase past auxiliaries ("12 staff were treated", "12 staff treated": treated),
    when it ends as a verb form does (-ed, -en, -ing) or `Figure.pred` names it; '' for a
    function word, a name, a figure or punctuation first."""
    if f.pred:
        return f.pred
    for word in _after(f, text):
        low = word.casefold()
        if low in _AUX or low in _BETWEEN:
            continue
        if not word.isalpha() or not word.islower() or low in _STOP:
            return ""
        return low if low.endswith(("ed", "en", "ing")) else ""
    return ""


def prep_noun(f: Figure, text: str) -> str:
    """The content word of a phrase a preposition opens right after a count's noun ("40
    staff on shift": shift; "12 in hospital": hospital), lower-case; '' for none."""
    words = _after(f, text)
    if not words or words[0].casefold() not in _PREPS:
        return ""
    for word in words[1:4]:
        low = word.casefold()
        if not word.isalpha():
            return ""
        if low in _STOP:
            continue
        return low if word.islower() and low not in FIGURE_GENERIC_NOUNS else ""
    return ""


def reading(f: Figure, text: str) -> tuple[str, ...]:
    """What a count counts, by its own sentence's words (see the module docstring): its
    subject verb, its object verb (`Figure.act`) and its prepositional noun, those it has."""
    words = (verb_after(f, text), f.act.casefold(), prep_noun(f, text))
    return tuple(dict.fromkeys(w for w in words if w))


def _like(vec: Vec, x: str, y: str) -> float:
    if _stem(x) == _stem(y) or (_concept(x) or "-") == _concept(y):
        return 1.0
    vx, vy = vec(x), vec(y)
    return float(vx @ vy) if vx is not None and vy is not None else 0.0


def reading_best(xs: Sequence[str], ys: Sequence[str], vec: Vec) -> float:
    """The best likeness of a word of `xs` and one of `ys` (1 for a shared stem or
    concept, else their vectors' cosine, 0 without vectors); 1 when either is empty (a
    count whose reading is unknown is never told apart by it)."""
    if not xs or not ys:
        return 1.0
    return max(_like(vec, x, y) for x in xs for y in ys)
