"""The accusation a bare rejection answers when its article names the rejecting party as the
accusation's target (link rule 2, `answers.answered`).

A denial that points back ("Vellor called the report false") answers the claim told just
before it by another side. An accusation is often told a sentence further up, with the
accuser's later remark in between: "... a report by the short seller Brannock, which accused
Vellor of overstating its sales. Brannock said it had bet against the shares. Vellor called
the report false." The nearest claim of another side ("had bet against the shares") does not
name the denier; the accusation does, as the object of an accusing verb. The party that
rejects is the accused one, so when the claim `answered` picks does not accuse the denier
(it names none of the denier's names after an accusing verb: a remark that only names the
party, "an analyst said Vellor looked sound", is no accusation of it), the nearest earlier
claim within `ACCUSED_REACH` whose quotes accuse one of the denier's names ("accused Vellor
of", "blamed Vellor for", "alleging that Vellor ...") is what the denial answers
(`accusing_the_denier`); the denier's own side's claims are not read. Without such a claim
the pick stands.

The denier's names are the words of its speaker and the capitalised words its quote tells
before the rejecting verb ("Vellor chief executive Ana Roe rejected the allegations" ->
vellor, ana, roe). Grammar only (the accusing verbs are a closed class of speech acts), no
event's words. PURE.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from consensus.merge.features import _Feat
from consensus.merge.lexicon import _STOP
from consensus.models import Polarity

# how far up an article (characters from the end of the claim to the denial's start) the
# accusation may be told: a few sentences, as `answers.ACT_REACH`
ACCUSED_REACH = 800
# the verbs that make their object the accused party, and the few words (an article or a
# title) that may stand between the verb and the party's name
_ACCUSING = r"(?:accus\w*|blam\w*|alleg\w*(?:\s+that)?|charg\w*)"
_BETWEEN = r"(?:[\w'’-]+\s+){0,2}?"
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")
# the rejecting verbs of a bare rejection: the denier's names are told before one
_REJECTING = re.compile(
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|"
    r"disput(?:ed|es)|rebut(?:ted|s)?|call(?:ed|s)?)\b",
    re.IGNORECASE,
)


def denier_names(f: _Feat) -> frozenset[str]:
    """The names (lower case) of a denial's party: its speaker's words and the capitalised
    words its last quote tells before the rejecting verb (see the module docstring)."""
    words = {w.casefold() for w in (f.speaker or "").split() if len(w) > 2}
    if f.citations:
        quote = max(f.citations, key=lambda c: c.start).quote
        verb = _REJECTING.search(quote)
        head = quote[: verb.start()] if verb else ""
        words |= {w.casefold() for w in _NAME_WORD.findall(head)}
    return frozenset(w for w in words if len(w) > 2 and w not in _STOP)


def accusing_the_denier(
    feats: Sequence[_Feat],
    before: Sequence[tuple[int, int, int]],
    start: int,
    k: int,
    denier: _Feat,
    one_side: Callable[[str | None, str | None], bool],
) -> int:
    """Claim k, or, when k accuses none of the denier's names (`denier_names`), the nearest
    asserted claim in `before` (first quote start, last quote end, claim; nearest first)
    within `ACCUSED_REACH` of the denial's `start` whose quotes accuse one of them, not of
    the denier's side (`one_side`): see the module docstring."""
    names = denier_names(denier)
    if not names:
        return k
    alternatives = "|".join(re.escape(n) for n in sorted(names))
    accuses = re.compile(rf"\b{_ACCUSING}\s+{_BETWEEN}(?:{alternatives})\b", re.IGNORECASE)
    if any(accuses.search(c.quote) for c in feats[k].citations):
        return k
    for _, end, j in before:
        if start - end > ACCUSED_REACH:
            break
        other = feats[j]
        if other.claim.polarity != Polarity.asserts or one_side(denier.speaker, other.speaker):
            continue
        if any(accuses.search(c.quote) for c in other.citations):
            return j
    return k
