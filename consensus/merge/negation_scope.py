"""Link rule 6 by what a negation governs: "No Taser was discharged" against "police used a
Taser on the dog" is a rebuttal, though the two share no verb.

Rule 6 (`score._negation_clash`) opposes a negation to a statement that states the concept
it negates. A passive noun negation ("no X was/has been V-ed") negates its verb of the
noun X (`score.Negation.of_subject`: discharge, of taser), and another outlet's account of
the same act seldom uses the same verb: "used a Taser", "police used tear gas" against "No
tear gas was fired", "the board had ordered ... grounded" against "no grounding order has
been received". The static word vectors do not bring such verbs together (discharged /
used 0.08, fired / used 0.06: measured), so the verb is not compared at all. What the
negation governs is: the noun X, its passive verb's subject, is the thing whose act is
denied. A statement that names X as the OBJECT of some act (a content word before it in
its clause: "police used a Taser"), with no negation of its own, tells the act the
negation says never happened, when it states every word of the negated noun phrase ("no
honest player was cheated" rebuts no "apologised to players": the negation is of some
players only): a rebuttal ("negation: not <the negated verb>"), read from
link probability `SCOPE_REBUT_AT` (below the threshold: the two share the noun and little
else) with the two-voice guard on how the two are told (`voice_rebuttals.told_apart`: a modal,
a hedge, a condition, other objects); the noun is the thing both are about, a name or
not ("Taser"), so `about_two_things`, which reads content words, is not asked. A
statement with X as its subject ("crew members told it ..." against "none of the crew
members was hurt") tells something else of X, not the act: no edge.

Not read: an active verb negation ("the driver did not stop"), which `_negation_clash`
reads by its verb; a negation word glued to its next word ("a no-confidence motion"), which
negates nothing.

PURE: reads the claims' tokens, concepts and statements, and the pair context (vectors).
"""

from __future__ import annotations

import re

from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat, clause_ends
from consensus.merge.score import Negation
from consensus.merge.voice_rebuttals import told_apart

__all__ = ["SCOPE_REBUT_AT", "named_as_object", "noun_phrase", "passive_negated", "scope_rebuttal"]

# the link probability from which a passive noun negation and a statement naming its noun
# as an object are read (measured on the tunable made-up clusters: the rebuttals found sit
# at 0.06-0.36; below 0.05 the pairs share a noun and nothing else)
SCOPE_REBUT_AT = 0.05

# a noun negation standing as a word of its own ("no X was ..."; not "no-confidence")
_NOUN_NEGATION = re.compile(r"(?<![\w-])(?:no|none|neither|nobody|nothing)(?![\w-])", re.I)
_NOUN_NEGATION_WORDS = frozenset({"no", "none", "neither", "nobody", "nothing"})
# how many words a negated noun phrase spans before its noun ("no grounding order")
_PHRASE_REACH = 4
# the auxiliaries of a passive ("was fired", "has been received")
_PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are"})
# how far before the verb its passive auxiliary may stand ("was ever done")
_AUX_REACH = 3
# the endings of a past participle, regular and strong ("fired", "taken", "shown", "done",
# "paid", "caught", "built", "sent", "sold")
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "id", "ht", "lt", "nt", "ld")


def passive_negated(f: _Feat, neg: Negation) -> list[tuple[str, str]]:
    """The (verb concept, subject concept) pairs of `neg.of_subject` whose verb is a passive
    participle in `f` ("No Taser was discharged": (discharg, taser)), in order; none when
    `f` has no noun negation standing as a word of its own."""
    if not neg.of_subject or not _NOUN_NEGATION.search(f.claim.statement):
        return []
    toks = f.toks
    out: list[tuple[str, str]] = []
    for concept, subject in neg.of_subject:
        for k, t in enumerate(toks):
            if t.concept != concept or not t.low.endswith(_PARTICIPLE_ENDS):
                continue
            if any(p.low in _PASSIVE_AUX for p in toks[max(0, k - _AUX_REACH) : k]):
                out.append((concept, subject))
                break
    return out


def noun_phrase(f: _Feat, noun: str) -> frozenset[str]:
    """The concepts of the negated noun phrase that ends in `noun`, from the negation word
    on ("no honest player": honest, player; "No tear gas": tear, gas); empty when no
    negation word stands within `_PHRASE_REACH` words before it."""
    toks = f.toks
    for k, t in enumerate(toks):
        if t.concept != noun:
            continue
        for at in range(k - 1, max(-1, k - 1 - _PHRASE_REACH), -1):
            if toks[at].low in _NOUN_NEGATION_WORDS:
                return frozenset(x.concept for x in toks[at + 1 : k + 1] if x.concept)
    return frozenset()


def named_as_object(f: _Feat, concept: str) -> bool:
    """Whether some word of `concept` in `f` has a content word before it in its clause
    ("police used a Taser": taser), so it is no subject the clause opens with."""
    toks = f.toks
    ends = clause_ends(f.claim.statement)
    for k, t in enumerate(toks):
        if t.concept != concept:
            continue
        at = k - 1
        while at >= 0 and at not in ends:
            if toks[at].concept:
                return True
            at -= 1
    return False


def scope_rebuttal(ctx: PairContext, neg: _Feat, other: _Feat, said: Negation) -> str:
    """The verb concept `neg` (its plain negations: `said`) denies of a noun `other` names as
    an object, where the pair is a rebuttal (see the module docstring), or ''. `other` is
    the caller's to check for a negation word of its own."""
    for verb, noun in passive_negated(neg, said):
        if verb in other.concepts or not (noun_phrase(neg, noun) | {noun}).issubset(other.concepts):
            continue  # (a verb both state is `_negation_clash`'s)
        if not named_as_object(other, noun) or told_apart(ctx, neg, other, verb):
            continue
        return verb
    return ""
