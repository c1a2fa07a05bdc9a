"""An item's speaker labels as a reader should see them: no sentence adverb read as a name,
and one speaker shown once.

The speaker reader can hold a sentence's capitalised opening word as a one-word name ("Back
in Tolvane, the budget argument continues: ..." gives the speaker "Back"), and can hold one
speaker under two labels in one item (a body and its own spokesman, "Vardel Foods, Vardel
spokesman"; one role with two nouns, "the Harbour Police spokesman, Harbour Police
spokesperson"). A display stage after the merge (run by `speaker_case`): only the labels
the report shows change, never an id, a citation, a statement or a verdict.

* A one-word label is no name when every place the cluster's articles write it with its
  capital opens a sentence or line and goes on as an adverb: a comma at once ("Elsewhere,
  ...", but not "<Word>, which" or "<Word>, X and Y said") or a preposition's short phrase
  and a comma ("Back in Tolvane, the ..."); a word with a capital inside it is a name. A name is
  written with its capital inside a sentence somewhere ("said Brenna Fitch"); a role opens a
  sentence as its subject ("Investigators said", "Police in Tolvane said"). It is dropped.
* A label that is an owner and a spokes-noun ("Vardel spokesman") is one speaker with a
  label of the item that opens on that owner ("Vardel Foods", "Vardel spokeswoman"): the
  later one is dropped, a body's own label kept before its spokesman's.

Prepositions and spokes-nouns are closed classes; the words come from the articles' own
text. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["adverb_label", "shown_labels", "spoken_for"]

# prepositions (closed class): a sentence opening "<Word> in ..." is an adverb, not a name
_PREPOSITIONS = frozenset(
    "about above across after against along amid among around at before behind below beneath "
    "beside besides between beyond by despite down during for from in inside into near of off "
    "on onto out outside over past since through throughout to toward towards under until up "
    "upon with within without".split()
)
# relative pronouns and list conjunctions (closed classes): "<Word>, which" and "<Word>, X
# and Y said" open on a noun
_RELATIVES = frozenset("which who whom whose that".split())
_LISTS = frozenset("and or nor".split())
# the nouns for one who speaks for a body (closed class)
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
_OPENS = re.compile(r"(?:^|[.!?:][\"”’')\]]*\s+|\n\s*)[\"“‘'(\[]*$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens a sentence or a line of `text`."""
    return _OPENS.search(text[max(0, pos - 12) : pos]) is not None


def _adverbial(rest: str) -> bool:
    """Whether `rest` (the text after a sentence's opening word) goes on as an adverb's: a
    comma at once, not opening a relative clause or a list ("GateLine, which ...";
    "Witnesses, doctors and reporters said"), or a preposition's phrase of up to five words
    and then a comma ("Back in Tolvane, the ...")."""
    m = re.match(r"\s*(,|[A-Za-z]+)", rest)
    if m is None:
        return False
    if m.group(1) == ",":
        after = rest[m.end() :].split(None, 7)[:6]
        words = [w.strip(",;:").casefold() for w in after]
        return not words or (words[0] not in _RELATIVES and not _LISTS & set(words))
    phrase = r"[^\S\n]+(?:[\w’'.-]+[^\S\n]+){0,4}?[\w’'.-]+,"
    return m.group(1) in _PREPOSITIONS and re.match(phrase, rest[m.end() :]) is not None


def adverb_label(label: str, texts: Sequence[str]) -> bool:
    """Whether the one-word `label` is a sentence-opening adverb `texts` never write as a name
    (module doc)."""
    if " " in label.strip() or not label[:1].isupper() or not label.isalpha():
        return False
    if any(c.isupper() for c in label[1:]):
        return False  # a capital inside a word: a name ("GateLine")
    # a possessive ("Back's") is a hit that goes on as no adverb
    word = re.compile(r"(?<![\w’'-])" + re.escape(label) + r"(?![\w-])")
    seen = False
    for text in texts:
        for m in word.finditer(text):
            if not _opens_sentence(text, m.start()) or not _adverbial(text[m.end() :]):
                return False  # a capital inside a sentence, or a subject: a name or a role
            seen = True
    return seen


def _owner(label: str) -> tuple[str, ...] | None:
    """The words before a closing spokes-noun ("Vardel spokesman" -> ("Vardel",))."""
    words = label.split()
    if len(words) < 2 or words[-1].casefold() not in _SPOKES:
        return None
    if words[0].casefold() in ("a", "an", "the"):
        words = words[1:]
    return tuple(w.casefold() for w in words[:-1]) or None


def spoken_for(label: str, other: str) -> bool:
    """Whether `label` (an owner and a spokes-noun) names the speaker `other` names: `other`
    opens on the same owner (module doc)."""
    owner = _owner(label)
    if owner is None:
        return False
    words = other.split()
    if words and words[0].casefold() in ("a", "an", "the"):
        words = words[1:]
    return tuple(w.casefold() for w in words[: len(owner)]) == owner and len(words) >= len(owner)


def shown_labels(labels: Sequence[str], texts: Sequence[str]) -> tuple[str, ...]:
    """`labels` without a sentence adverb read as a name or a second label of one speaker
    (module doc); `texts` are the cluster's articles. Order kept."""
    kept = [s for s in labels if not adverb_label(s, texts)]
    out: list[str] = []
    for i, s in enumerate(kept):
        if not any(
            spoken_for(s, o) and (_owner(o) is None or j < i) for j, o in enumerate(kept) if j != i
        ):
            out.append(s)
    return tuple(out)
