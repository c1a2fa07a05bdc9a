"""Two counts that open their clauses as the subjects of one verb ("Organisers said 250,000
people took part" / "Police said about 65,000 took part"): one count given two values, a
dispute (link rule 3), where two counts that open clauses of two verbs ("Two voted for a
smaller rise" / "three of the nine rate-setters dissented") or of no verb read here stay
two statements (`claim_reads._counts_apart`). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from consensus.merge.claim_reads import _subject
from consensus.merge.compare import PairContext
from consensus.merge.figures import Figure
from consensus.merge.lexicon import _AUX, _STOP, FIGURE_GENERIC_NOUNS
from consensus.merge.slots import _stem

__all__ = ["one_verb_clash", "subjects_of_one_verb", "two_groups", "vague_counts_of_two_verbs"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S")
# words that may stand between a count and its verb, never the verb ("have now joined")
_BETWEEN = frozenset("also all now still already reportedly later then".split())
_WORDS_AFTER = 6  # the verb is within this many words of the count


def _verb_after(f: Figure, text: str) -> str:
    """The verb a count is the subject of, as written: the first lower-case word after the
    count, past its counted noun (up to its head) and any auxiliary ("250,000 people took
    part": took; "six people were detained": detained), or '' when a function word, a name,
    a figure or punctuation comes first ("three of the nine ...")."""
    words = _words_after(f, text)
    k = 0
    if _vague_noun(f, words):
        k = 1  # ("several hundred protesters tried": the noun a vague count leaves unread)
    elif f.noun and words[:1] and words[0].casefold() == f.noun:
        k = 1
        if f.head and f.head != f.noun:  # ("four police officers were hurt": to "officers")
            while k < min(len(words), 4) and words[k - 1].casefold() != f.head:
                k += 1
    for n, word in enumerate(words[k:_WORDS_AFTER]):
        low = word.casefold()
        if low in _AUX or low in _BETWEEN or (n == 0 and low in FIGURE_GENERIC_NOUNS):
            continue  # ("45,000 people marched": a generic noun names no slot)
        if not word.isalpha() or word[:1].isupper() or low in _STOP:
            return ""
        return low
    return ""


def _words_after(f: Figure, text: str) -> list[str]:
    return _WORD.findall(text[f.start + len(f.text) : f.start + len(f.text) + 80])


def _vague_noun(f: Figure, words: Sequence[str]) -> str:
    """The plural noun right after a vague count, which `Figure.noun` leaves unread
    ("several hundred protesters"), lower-case; '' for none."""
    if not f.vague or f.noun or not words:
        return ""
    low = words[0].casefold()
    ok = words[0].isalpha() and words[0].islower() and low.endswith("s")
    return low if ok and low not in _AUX and low not in _STOP else ""


def _noun(f: Figure) -> str:
    """What a count counts, by its head, when a noun follows the number; '' for a generic
    noun ("people") or none ("65,000 took part", whose `head` is no noun of its own)."""
    noun = (f.head or f.noun) if f.noun else ""
    return "" if noun in FIGURE_GENERIC_NOUNS else noun


def subjects_of_one_verb(a: Sequence[Figure], b: Sequence[Figure], text_a: str, text_b: str) -> str:
    """'take: 250,000 vs about 65,000' when a definite count (no unit; not vague, earlier,
    forecast or a condition) opening a clause of `text_a` and one opening a clause of
    `text_b` are the subjects of one verb (`_verb_after`, by stem) and count one noun, or
    each a generic one or none ("people"); '' otherwise. The caller has found no value in common."""
    for x in a:
        if x.unit or x.vague or x.prior or x.expected or x.condition or not _subject(x, text_a):
            continue
        verb = _stem(_verb_after(x, text_a))
        if not verb:
            continue
        for y in b:
            if y.unit or y.vague or y.prior or y.expected or y.condition:
                continue
            if x.value == y.value or not _subject(y, text_b):
                continue
            nx, ny = _noun(x), _noun(y)
            if (nx or ny) and _stem(nx) != _stem(ny):
                continue  # ("12 people were killed" / "15 soldiers were killed": rule 3's)
            if _stem(_verb_after(y, text_b)) == verb:
                return f"{verb}: {x.text} vs {y.text}"
    return ""


def vague_counts_of_two_verbs(
    a: Sequence[Figure],
    b: Sequence[Figure],
    text_a: str,
    text_b: str,
    meet: Callable[[str, str], bool],
) -> bool:
    """A vague count ("several hundred", "dozens") and another count of one noun, each the
    subject of its verb, the verbs not meeting (`meet`: a stem, a concept or word vectors in
    common): "a group of several hundred protesters tried to push through" / "more than 100
    protesters had been hurt" count two groups, no rival values ("hundreds were injured" /
    "120 were hurt" meet by their verbs and are still compared)."""
    for x in a:
        vx = _verb_after(x, text_a) if not x.unit else ""
        if not vx:
            continue
        for y in b:
            if not (x.vague or y.vague) or y.unit:
                continue
            nx = _noun(x) or _vague_noun(x, _words_after(x, text_a))
            ny = _noun(y) or _vague_noun(y, _words_after(y, text_b))
            if (nx or ny) and _stem(nx) != _stem(ny):
                continue
            vy = _verb_after(y, text_b)
            if vy and not meet(vx, vy):
                return True
    return False


def one_verb_clash(ctx: PairContext, i: int, j: int) -> str:
    """`subjects_of_one_verb` of claims `i` and `j` of the batch (link rule 3)."""
    a, b = ctx.views[i].statement, ctx.views[j].statement
    return subjects_of_one_verb(ctx.figs[i], ctx.figs[j], a, b)


def two_groups(ctx: PairContext, i: int, j: int) -> bool:
    """`vague_counts_of_two_verbs` of claims `i` and `j`, verbs met by the batch's words."""
    a, b = ctx.views[i].statement, ctx.views[j].statement
    return vague_counts_of_two_verbs(ctx.figs[i], ctx.figs[j], a, b, ctx.words_meet)
