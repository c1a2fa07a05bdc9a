"""Whether a word of a statement is written as a verb, read from its shape and the words
before it, not from a list of the verbs an event uses.

A statement's lead predicate (`features._lead_predicate`: what a denial rejects, what a
reversal undoes) was once looked up in a table of verbs written for the seed event
("encircle", "retake", "shell", "surrender" ...). Any news text tells its acts in the same
few shapes, so the shape is read instead:

* a regular past or past participle ("captured", "halted", "signed");
* an irregular past (data/irregular_verbs.toml, a closed grammatical list: "sold", "took");
* a base form after a modal, "to" or a "do" auxiliary, with negations and adverbs between
  ("will sign", "agreed to withdraw", "did not sign", "would never accept").

A user's `predicates` in data/concepts.toml still count as predicates wherever they stand.

PURE: reads lower-case words only.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.lexicon import _NEGATION, _SKIP_ADVERB, IRREGULAR_BASE

__all__ = ["verb_shaped"]

# The closed class of words a bare verb follows: modals, the infinitive's "to" and the
# "do" auxiliary ("will sign", "to withdraw", "did not sign").
_BEFORE_BASE = frozenset(
    ["can", "could", "did", "do", "does", "may", "might", "must", "shall", "should", "to",
     "will", "would"]
)  # fmt: skip
# (an irregular past only, never its base: "take" is as often a noun)
_IRREGULAR_PASTS = frozenset(IRREGULAR_BASE) - frozenset(IRREGULAR_BASE.values())


def verb_shaped(lows: Sequence[str], i: int) -> bool:
    """Whether `lows[i]` is written as a verb (module docstring)."""
    low = lows[i]
    if not low.isalpha():
        return False
    if (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PASTS:
        return True
    j = i - 1
    while j >= 0 and (lows[j] in _SKIP_ADVERB or lows[j] in _NEGATION or lows[j].endswith("ly")):
        j -= 1
    return j >= 0 and lows[j] in _BEFORE_BASE
