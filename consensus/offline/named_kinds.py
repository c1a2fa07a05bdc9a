"""A body the article names in full, named again by the last word of its name: "Tarnby
Regional Airport will stay closed ... . The airport rejected that. '…,' a spokesman said".

The kind ("airport") is the text's own: the last word of one capitalised name that the
same text also writes lower case after "the" ("the airport"). No list of kinds: a word the
article never writes so is a surname or part of a place's name. A kind that ends two
different names ("Tarnby Regional Airport", "Holm Airport") names neither. A place's kind
is learned too ("the valley" after "Holm Valley"): it matters only where a clause with no
speaker opens on it and a bare "a spokesman said" follows. Read by
`story_follow.body_subject`, so the spokesman after "The airport rejected that." is the
named airport's, not a bare "spokesman".

Never reads a Title Case headline line or a title ("Prime Minister") as a body, nor a name
the text shows to be a person's: one given "he" or "she" (`_Names.genders`) or whose last
word follows "Mr", "Ms" or "Dr" ("Tom Marsh ... Mr Marsh", whatever "the marsh" is). A
name that merely looks like a person's ("Holm Qualifications Board") is no person here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from consensus.offline.names import _TITLES, _headline_ranges

__all__ = ["named_kinds"]

# two to five capitalised words, the last one a plain word ("Tarnby Regional Airport"); a
# name's "of" tail is left out ("Northgate Museum of Natural History" ends on "Museum")
_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&.-]*[ \t]+){1,4}[A-Z][a-z]{2,}(?![\w’'-])")
# what opens a sentence or a line before a name and is no part of it
_LEADS = frozenset("The A An In On At By For From To Of And But As".split())
# the word after each courtesy title ("Mr Marsh") and after each "the" ("the airport"),
# every one (lookaheads: "Mr Dr Marsh" gives "Dr" and "Marsh")
_AFTER_TITLE = re.compile(r"\b(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(\w+))")
_AFTER_THE = re.compile(r"\b(?=[Tt]he[ \t]+(\w+))")


def named_kinds(text: str, persons: Collection[str] = ()) -> dict[str, str]:
    """The kinds the text names one body by: {"airport": "Tarnby Regional Airport"}
    (`persons`: the names the text gives "he" or "she", `_Names.genders`)."""
    heads = _headline_ranges(text)
    # (a name's last word is all letters, so "Mr Marsh" holds it when the whole word after
    # the title is it: what a search for "Mr Marsh" with word ends finds)
    titled = set(_AFTER_TITLE.findall(text))
    after_the = set(_AFTER_THE.findall(text))
    found: dict[str, set[str]] = {}
    for m in _NAME.finditer(text):
        if any(a <= m.start() < b for a, b in heads):
            continue
        words = m.group().split()
        while words and words[0] in _LEADS:
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or name in persons or any(w.endswith(".") for w in words):
            continue
        if words[-1] in titled:
            continue
        kind = words[-1].lower()
        if kind in _TITLES:
            continue  # "Prime Minister", "Chief Executive": a person's title, no body
        if kind not in after_the:
            continue  # the kind never stands alone, lower case: a surname or a place's word
        found.setdefault(kind, set()).add(name)
    out = {}
    for kind, names in found.items():
        # "Regional Airport" is a shorter writing of "Tarnby Regional Airport"
        longest = max(names, key=len)
        if all(longest.endswith(n) for n in names):
            out[kind] = longest
    return out
