"""Negation words that negate no predicate: a bound or a comparative ("no more than 300
jobs", "not later than Friday", "none other than the mayor") and a few fixed idioms ("not
only ... but also", "no doubt", "not until Friday did ...", "no matter how").

"the depot will cut no more than 300 jobs" says the depot cuts jobs, at most 300: no
rebuttal of "the depot will cut 250 jobs". The merge's negation readers (`score.negation`
and the negation-word precheck `denial_strength._hinted`) pass over such a word, read
here in one place (`bound_at` on a statement's words, `unbound` on its text). The
comparatives are read only with `COMPARATIVES` on (off: see there); the idioms always.

Only closed grammatical classes are listed: the negation word, a comparative before "than"
(any word: "no bigger than", "not earlier than") and the adverbs and particles of the
idioms (`_IDIOM_NEXT`). A negation that is no bound stays one ("no longer operating",
"no more flights", "not far-reaching").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# the negation words a bound opens with ("nothing less than", "none other than")
_BOUND_OPENERS = frozenset({"no", "not", "nothing", "none"})
# a negation word followed by one of these negates nothing: "not only", "not just", "not
# merely" (... but also), "not least", "not until" (a fronted time: "not until Friday did
# the mayor speak"), "no sooner" (... than), "no doubt", "no wonder", "no matter" (how)
_IDIOM_NEXT: dict[str, frozenset[str]] = {
    "not": frozenset({"only", "just", "merely", "least", "until", "till"}),
    "no": frozenset({"sooner", "doubt", "wonder", "matter"}),
    "nothing": frozenset({"short"}),  # "nothing short of a disaster"
    "none": frozenset({"the"}),  # "none the less", "none the wiser"
}
# the words a comparative's "than" may stand after, past one adverb ("no more than", "not
# much more than"): the comparative itself is any word
_DEGREE = frozenset({"much", "far", "any", "significantly", "substantially"})
# the comparatives of quantity a bound may give a few words after its negation word
_QUANTITY_COMPARATIVES = frozenset({"more", "less", "fewer"})
# words that open another clause, which a bound's negation word does not reach into
_CLAUSE_OPENERS = frozenset({"whether", "if", "that", "when", "because", "which", "who", "but"})
BOUND_REACH = 6  # words from a negation word to the "more than" that makes it a bound
# "not to mention", "not far from": three-word idioms (the negation word first)
_IDIOM_THREE = frozenset(
    {("not", "to", "mention"), ("not", "far", "from"), ("none", "other", "than")}
)
# whether the merge reads a comparative bound ("no more than 300") as no negation: measured
# on the tunable clusters (session 57) it traded one missed dispute for one agreed fact (a
# figure dispute found only because the false negation put its two claims in one
# negation block: `negation_blocks`), so it is off; `bench/bound_negations.py
# --comparatives` reads it
COMPARATIVES = False


def bound_at(words: Sequence[str], i: int, *, comparatives: bool | None = None) -> bool:
    """Whether the lower-case word at i is a negation word of an idiom that negates no
    predicate: "not only", "no doubt" (`_IDIOM_NEXT`), "not to mention", "none other than";
    with `comparatives` (default `COMPARATIVES`) of a bound or a comparative too: "no more
    than 300", "not later than Friday", "no patient will pay more than $50"."""
    w = words[i]
    if w not in _BOUND_OPENERS:
        return False
    n = len(words)
    nxt = words[i + 1] if i + 1 < n else ""
    if nxt in _IDIOM_NEXT.get(w, ()):
        return w != "none" or (i + 2 < n and words[i + 2] in {"less", "wiser", "worse", "better"})
    if tuple(words[i : i + 3]) in _IDIOM_THREE:
        return True
    if not (COMPARATIVES if comparatives is None else comparatives):
        return False
    # a comparative: "no more than", "not later than", "none other than", "not much more than"
    at = i + 2
    if nxt in _DEGREE and at < n and words[at] != "than":
        at += 1
    if at < n and words[at] == "than" and nxt.isalpha():
        return True
    # a bound further on: "no patient will pay more than $50", "did not wait longer than"
    for k in range(i + 1, min(n - 1, i + 1 + BOUND_REACH)):
        if words[k] in _CLAUSE_OPENERS:
            return False  # ("did not say whether it cut more than 300 jobs": a negation)
        if words[k] in _QUANTITY_COMPARATIVES and words[k + 1] == "than":
            return True
    return False


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*")


def unbound(text: str) -> str:
    """The text with each bound's negation word (`bound_at`) blanked out (spaces of its
    length), so a negation-word test reads only the negations that negate something."""
    return _unbound(text, COMPARATIVES)


@lru_cache(maxsize=1 << 15)  # (per statement: several readers ask of one claim)
def _unbound(text: str, comparatives: bool) -> str:
    spans = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    words = [w for _, _, w in spans]
    out = text
    for k, (s, e, _) in enumerate(spans):
        if bound_at(words, k, comparatives=comparatives):
            out = out[:s] + " " * (e - s) + out[e:]
    return out
