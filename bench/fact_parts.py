"""When a citation that covers only part of a gold anchor states the fact (bench/quality_lib).

A report item "covers" an anchor when one of its citations overlaps it by at least half of
the shorter span (`quality_lib._overlaps`). When the citation is the shorter, that credits a
phrase inside the anchor with the whole fact: "Jane Roe, 46" (an item "Jane Roe is 46.")
inside "Jane Roe, 46, died at the scene" was credited with the death, "Harbour chief Jane
Roe" (an item telling the person's role) with "Harbour chief Jane Roe asked the minister
to stop the closure", "keep 15" with "voted to return 12 of them and keep 15". An editor
reads such a part as stating the fact only when it holds what the fact says, not only
whom it is about.

Rule: a citation covering less than half of an anchor (a part) states the fact when
- the part is a clause (a finite verb or an "-ing" form in it: `grammar._is_finite`) that
  holds one of the fact's predicate words ("The council closed the school" for "the school
  was closed because of asbestos"; "it would appeal");
- the part is a phrase (no finite verb: a name with an age or a title, "keep 15") that
  holds half of the fact's predicate words and figures together.
The predicate words are the words of the gold label (the fact as the annotator wrote it)
that are no function word, no figure (a word with a digit) and no name (capitalised in the
label or, for its first word, in the anchor: "Roe shot ..."). "Jane Roe, 46" holds one
of "operator", "46", "killed" ("The operator, Jane Roe, 46, was killed") and no predicate
word: no; "John Doe, 54" holds half of "guard", "54" for "The guard was 54": yes; "Labour
Minister Jane Roe" holds none of "calls both sides to talks at her ministry", "Transport
Minister Jane Roe" one of "minister", "speculate", "cause" ("The minister will not
speculate on the cause"): no; "Regional officer Jane Roe" holds "regional", "officer" of
"Jane Roe is the union's regional officer": yes. A label with
neither predicate word nor figure ("Croydon") asks for one of its names; a label with no
word at all changes nothing. Words match when equal once a plural or verb ending is cut
("denies" / "denied", "raising" / "raised"; "minister" / "ministry" stay apart).
A citation covering half of the anchor or more is credited as before. Whether a report
point shows a dispute's side reads the side by overlap alone (`quality_lib.score_report`):
a side's label is a tag ("not counted twice", "denied") and its part is often the denial
alone ("The hotel denies this"), which states the side. What an agreed item states (agreed
recall, split facts, mixed items, shown statements) reads facts and sides by this rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from consensus.offline.grammar import _is_finite

__all__ = ["FactWords", "fact_words", "part_states"]

_WORD = re.compile(r"[^\W_]+")
# function words and reporting verbs: what a label shares with any sentence
_FUNCTION = frozenset(
    """the a an of to in on at for and or but is are was were be been being has have had by
    with from as that this these those it its their his her he she they them we our you i who
    which what will would shall should can could may might said says say told tell after
    before into about over than then there here so also only other any all some""".split()
)
_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
MIN_STEM = 3  # letters an ending leaves, at least ("died" stays whole)


def _words(text: str) -> list[str]:
    """The words of `text`, hyphenated ones apart ("Singapore-based" -> two), a possessive
    "s" after an apostrophe dropped as a word of its own."""
    return [w for w in _WORD.findall(text) if w.lower() != "s"]


def _stem(word: str) -> str:
    """`word` (lower case) with one plural or verb ending cut, and then a final "e"."""
    for end, put in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM:
            word = word[: len(word) - len(end)] + put
            break
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


class FactWords:
    """A gold fact's label words as `part_states` reads them (lower case)."""

    def __init__(
        self, predicate: Iterable[str], figures: Iterable[str], names: Iterable[str]
    ) -> None:
        self.predicate = tuple(predicate)
        self.figures = tuple(figures)
        self.names = tuple(names)


def fact_words(label: str, anchors: Iterable[str]) -> FactWords:
    """The predicate words, figures and names of a gold label, read as the module says."""
    capitalised = {w for text in anchors for w in _words(text) if w[:1].isupper()}
    predicate: list[str] = []
    figures: list[str] = []
    names: list[str] = []
    for i, w in enumerate(_words(label)):
        low = w.lower()
        if low in _FUNCTION:
            continue
        if any(c.isdigit() for c in w):
            figures.append(_stem(low))
        elif w[:1].isupper() and (i > 0 or w in capitalised):
            names.append(_stem(low))
        else:
            predicate.append(_stem(low))
    return FactWords(predicate, figures, names)


def _verb(word: str) -> bool:
    """Whether `word` makes a clause: a finite verb or a participle ("killing", "towing")."""
    return _is_finite(word) or (word.islower() and len(word) > 4 and word.endswith("ing"))


def part_states(part: str, words: FactWords) -> bool:
    """Whether `part` (the cited words inside an anchor, under half of it) states the fact."""
    tokens = _words(part)
    held = {_stem(w.lower()) for w in tokens}
    said = [*words.predicate, *words.figures]
    if not said:
        return not words.names or any(k in held for k in words.names)
    if any(_verb(w) for w in tokens) and any(k in held for k in words.predicate):
        return True
    return 2 * sum(k in held for k in said) >= len(said)
