"""The accused's answer (link rule 2, read inside one article): "Medicines Watch accused
Brandt-Ostler of playing down liver harm. ... Brandt-Ostler denied hiding anything." A
denial whose speaker is the party an accusation a few sentences before it names as the
accused ("accused X of", "blamed X for", "X was accused of") answers that accusation,
though it rejects it in a word or two of its own ("hiding anything": fewer than the two
rejected words `answers.denied_before` asks for, and too few for
`answers.answered_in_other_words` to read a paraphrase). News tells the accusation and
the accused's answer next to each other; the accused is named in the accusation, so no
word of what is denied has to meet it.

Read only for denials no other reading answered (`answers.answered`,
`answers.stated_answers`), and only when the accusation is told by another side (a
speaker of its own, never the denier's side) and the denial does not state something
else (when it rejects two or more words, at least one of them is the accusation's, by
stem or word vector: "Acme denied that its chief executive had resigned" answers no
"accused Acme of price fixing").

PURE: reads the claims' statements, speakers and citations and the pair context's word
vectors.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from consensus.merge.answers import (
    ACT_REACH,
    DENY_OBJECT,
    _rejected_words,
    _spans_by_article,
    _stated,
    _without_own_account,
    other_sides_before,
)
from consensus.merge.claim_words import denied_content
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat
from consensus.models import Polarity

_NAME = r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,4}"
# "accused Brandt-Ostler of", "blamed the Harlow Company for", "criticised Acme for"
_ACCUSES = re.compile(
    r"\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|criticis(?:ed|es|e|ing)|"
    rf"criticiz(?:ed|es|e|ing))\s+(?:the\s+)?(?P<who>{_NAME})(?:['’]s?)?\s+(?:of|for)\b"
)
# "Brandt-Ostler has been accused of"
_IS_ACCUSED = re.compile(
    rf"(?P<who>{_NAME})\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
    r"stands?|stood)\s+)accused\s+of\b"
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# words of a name too common to tell who is accused
_COMMON = frozenset("the group company government party board union council".split())


def _accused(quote: str) -> list[str]:
    """The names an accusation in `quote` accuses, lower-cased."""
    found = [m.group("who") for m in _ACCUSES.finditer(quote)]
    found += [m.group("who") for m in _IS_ACCUSED.finditer(quote)]
    return [w.casefold() for w in found]


def _is_the_denier(accused: str, denier: str) -> bool:
    """Whether the accused name is the denier's: the words of four letters or more of one
    (not a common word of a body's name) are all the other's ("brandt-ostler" /
    "brandt-ostler pharma", "smith" / "john smith"; not "harlow energy" / "harlow county
    council")."""
    theirs = {w for w in _WORD.findall(accused) if len(w) > 3 and w not in _COMMON}
    mine = {w for w in _WORD.findall(denier.casefold()) if len(w) > 3 and w not in _COMMON}
    return bool(theirs and mine) and (theirs <= mine or mine <= theirs)


def accused_answers(
    feats: Sequence[_Feat], done: Collection[int], ctx: PairContext
) -> dict[int, int]:
    """Each denial (not in `done`) whose speaker an accusation before it in its article,
    within `ACT_REACH`, accuses -> that accusation (see the module docstring); denials
    without one are left out."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for d, f in enumerate(feats):
        if d in done or f.claim.polarity != Polarity.denies or not f.citations:
            continue
        if not f.speaker:
            continue
        denied = denied_content(f.claim.statement)
        what = _rejected_words(_without_own_account(denied)) if denied else []
        for k in other_sides_before(feats, by_article, d, ACT_REACH):
            accused = [a for c in feats[k].citations for a in _accused(c.quote)]
            if not any(_is_the_denier(a, f.speaker) for a in accused):
                continue
            if len(what) >= DENY_OBJECT and _stated(ctx, what, k) < 1:
                break  # it rejects something else
            out[d] = k
            break
    return out
