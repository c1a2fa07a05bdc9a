"""An adjective negated by its prefix rebuts the adjective, as "not" does.

"Council inspectors said the stand was unsafe" rebuts "the club said the stand was safe"
as "the stand was not safe" does; "the strike was illegal" rebuts "the strike was legal",
"the defences were inadequate" rebuts "the defences were adequate". No negation word marks
such a pair, so rule 6 (a plain negation against the same statement unnegated) never read
it. Here a word is read as the prefix negation of another's adjective only when both are
told the same way, as what a thing is: each is a predicate after a form of "be" or of
"seem" (adverbs between: "was structurally unsafe"), the prefixed word is a negating
prefix (un-, in-, il-, im-, ir-, dis-) and the rest of it, of at least `MIN_REST` letters,
is the other's word (its concept); neither is a participle ("was uncovered" is an act, not
"not covered"). Words whose prefix does not negate ("intense" is no "not tense",
"invaluable" no "not valuable") are listed in `_NOT_NEGATING`.

A statement with a negation word is left to `score._negation_clash` ("was not safe" and
"was unsafe" say one thing: both negate).

PURE: reads the claims' tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _concept, _Feat, _Tok
from consensus.merge.score import NO_NEGATION, Negation
from consensus.models import Polarity

__all__ = ["prefix_clash", "prefix_read", "prefixed_claims", "prefixed_negations"]

_PREFIXES = ("un", "in", "il", "im", "ir", "dis")
_OPENINGS = frozenset(p[:2] for p in _PREFIXES)  # (a cheap first test of each word)
MIN_REST = 4  # letters left after the prefix ("unfit": "fit" is too short to read)
# forms of "be" and of "seem" a predicate adjective follows
_COPULA = frozenset(
    """is are was were be been being am remains remained remain seems seemed seem
    appears appeared appear looked looks became become becomes""".split()
)
# adverbs that may stand between the copula and the adjective
_BETWEEN = frozenset(
    """very too so completely entirely totally wholly utterly clearly structurally
    fundamentally simply still also now already legally fully quite""".split()
)
# words whose prefix is no negation of the rest
_NOT_NEGATING = frozenset(
    """intense invaluable inflammable infamous indifferent impassioned inherent intimate
    impressive impatient immediate""".split()
)


def _predicative(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is a predicate after a copula ("the stand was (structurally) X")."""
    at = k - 1
    while at >= 0 and toks[at].low in _BETWEEN:
        at -= 1
    return at >= 0 and toks[at].low in _COPULA


def _participle(low: str) -> bool:
    return low.endswith(("ed", "ing"))


def _rest(low: str) -> str:
    """The word a negating prefix stands before ("unsafe" -> "safe"), or ''."""
    if low in _NOT_NEGATING or _participle(low) or not low.isalpha():
        return ""
    for prefix in _PREFIXES:
        if low.startswith(prefix) and len(low) - len(prefix) >= MIN_REST:
            return low[len(prefix) :]
    return ""


def prefixed_negations(f: _Feat) -> frozenset[str]:
    """The concepts the statement negates by a prefixed predicate adjective ("the strike
    was illegal" -> legal's concept)."""
    out: set[str] = set()
    for k, t in enumerate(f.toks):
        if t.low[:2] not in _OPENINGS:
            continue
        rest = _rest(t.low)
        if rest and _predicative(f.toks, k):
            concept = _concept(rest)
            if concept:
                out.add(concept)
    return frozenset(out)


def _stated(f: _Feat) -> frozenset[str]:
    """The concepts the statement states as a predicate adjective, unprefixed."""
    return frozenset(
        t.concept
        for k, t in enumerate(f.toks)
        if t.concept and not _participle(t.low) and _predicative(f.toks, k)
    )


def prefix_clash(a: _Feat, b: _Feat) -> str:
    """A concept one statement negates by a prefixed predicate adjective that the other
    states as its predicate ("was unsafe" / "was safe"): the first such concept, or ''.
    Only when exactly one of them negates it."""
    neg_a, neg_b = prefixed_negations(a), prefixed_negations(b)
    for negs, other, own in ((neg_a, b, neg_b), (neg_b, a, neg_a)):
        for c in sorted(negs - own):
            if c in _stated(other):
                return c
    return ""


def prefixed_claims(feats: Sequence[_Feat]) -> list[bool]:
    """Whether each claim asserts (a denial is rule 2's) and negates a concept by a
    prefixed predicate adjective."""
    return [f.claim.polarity == Polarity.asserts and bool(prefixed_negations(f)) for f in feats]


def prefix_read(a: _Feat, b: _Feat) -> tuple[str, Negation, Negation]:
    """`prefix_clash` of two asserted claims with what each negates so, as
    `score.negation` gives it (free: of no subject)."""
    if Polarity.denies in (a.claim.polarity, b.claim.polarity):
        return "", NO_NEGATION, NO_NEGATION
    what = prefix_clash(a, b)
    if not what:
        return "", NO_NEGATION, NO_NEGATION
    return what, Negation(prefixed_negations(a)), Negation(prefixed_negations(b))
