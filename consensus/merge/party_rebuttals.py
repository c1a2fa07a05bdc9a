"""Link rule 6 for a party's account of itself: a plain negation a party states of its own
act against another origin's statement of that act about the party ("Brisca said it did
not know of the fault until this year" / "Internal emails showed Brisca knew of the fault
in 2024, a consumer group said"; "Vesta's coach said: 'It was never a penalty'" / "The
league defended the penalty ... Vesta ...") is a rebuttal, though the two are worded too
far apart to link at `voice_rebuttals.VOICES_REBUT_AT` (p 0.12-0.13), or are read there
and dropped for the "until".

What stands for the link the model cannot see is who the statements are about: the
negating claim's speaker is named in the other claim, as who did or underwent the act
(not as its speaker). A pair is read when it links at `PARTY_REBUT_AT` at least, the two
speakers are named and neither speaks for the other (two sides), and the other claim
states the negated concept (`score._negation_clash`) unhedged, with no modal or
instruction in the negation (`voice_rebuttals.told_apart`), and neither is a condition or
an open question ("If it is confirmed that there are violations, China will deal ...").

A verb negation that "until" limits ("did not know of the fault until this year") says
when, not whether, and negates nothing in `score.negation`; it rebuts only a statement that
places the act at another time ("knew of the fault in 2024"): a year, a month or a period
named by the statement that the "until" phrase does not name. "did not arrive until 5pm"
against "arrived at 5pm" is the same fact.

PURE: reads the claims' speakers, statements, tokens and periods.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.answers import _one_side
from consensus.merge.bound_negations import unbound
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _STOP
from consensus.merge.score import NO_NEGATION, Negation, _Edge, _negation_clash, negation
from consensus.merge.voice_rebuttals import _CONDITION, _NEGATION, told_apart

__all__ = ["PARTY_REBUT_AT", "party_edges", "party_rebuttal"]

# the link probability from which a party's negation of its own act is read against
# another side's statement of it about that party (below `VOICES_REBUT_AT`, 0.2)
PARTY_REBUT_AT = 0.1

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_UNTIL = re.compile(r"\b(?:until|till)\s+([^,.;:!?]+)", re.IGNORECASE)
# a time a statement places an act at: a year, a month or a relative period word
_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|yesterday|today|last|this|ago|earlier)\b",
    re.IGNORECASE,
)


def _named_in(party: str, f: _Feat) -> bool:
    """Whether `f`'s statement names a word (four letters or more, no stop word) of the
    speaker `party`, outside its own speaker's name."""
    own = set(_WORD.findall((f.speaker or "").casefold()))
    words = {w for w in _WORD.findall(party.casefold()) if len(w) > 3 and w not in _STOP}
    said = set(_WORD.findall(f.claim.statement.casefold())) - own
    # (a plural and its singular: "residents" / "resident")
    return bool(words & said) or any(w[:-1] in said or f"{w}s" in said for w in words)


def _times(text: str) -> frozenset[str]:
    return frozenset(m.group(0).casefold() for m in _TIME.finditer(text))


def _until_negation(neg: _Feat, other: _Feat) -> Negation:
    """What `neg` negates when "until" limits its verb negation, if `other` places its act
    at a time the "until" phrase does not name; else no negation."""
    found = _UNTIL.search(neg.claim.statement)
    if not found:
        return NO_NEGATION
    until, when = _times(found.group(1)), _times(other.claim.statement)
    if not until or not when or until & when:
        return NO_NEGATION
    return negation(neg, through_until=True)


def party_rebuttal(ctx: PairContext, a: _Feat, b: _Feat) -> str:
    """The concept a party negates of its own act that the other claim, another side's,
    states about it (see the module docstring), or ''."""
    if not a.speaker or not b.speaker or _speakers_compatible(a.speaker, b.speaker):
        return ""
    if _one_side(a.speaker, b.speaker) or _one_side(b.speaker, a.speaker):
        return ""
    if any(f.conditional or _CONDITION.search(f.claim.statement) for f in (a, b)):
        return ""
    for neg, other in ((a, b), (b, a)):
        if not _named_in(neg.speaker or "", other) or _NEGATION.search(
            unbound(other.claim.statement)
        ):
            continue
        said = negation(neg)
        if said is NO_NEGATION:
            said = _until_negation(neg, other)
        what = _negation_clash(neg, other, said, NO_NEGATION)
        if what and not told_apart(ctx, neg, other, what):
            return what
    return ""


def party_edges(
    feats: Sequence[_Feat],
    ctx: PairContext,
    pairs: Sequence[tuple[int, int]],
    two_speakers: np.ndarray,
    rounded: np.ndarray,
    hinted: np.ndarray,
    made: Sequence[_Edge],
) -> list[_Edge]:
    """Rebuttal edges ("negation: not <concept>") of the pairs of two speakers' statements
    (positions into `pairs`) linked at `PARTY_REBUT_AT`, exactly one with a negation word
    (`hinted`), that have no edge in `made` yet."""
    taken = {(e.i, e.j) for e in made}
    low = two_speakers[rounded[two_speakers] >= PARTY_REBUT_AT]
    ends = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    out: list[_Edge] = []
    for k in low[hinted[ends[low, 0]] != hinted[ends[low, 1]]].tolist():
        i, j = pairs[k]
        if (i, j) not in taken and (what := party_rebuttal(ctx, feats[i], feats[j])):
            out.append(_Edge(float(rounded[k]), i, j, f"negation: not {what}"))
    return out
