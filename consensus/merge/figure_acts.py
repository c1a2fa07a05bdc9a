"""Counts of opposed acts: "convicted on three counts" and "acquitted on two", "won 40
seats" and "lost 12 seats" count two things, so their figures are never rival values of
one slot (a verdict's counts are no dispute). The acts and their word forms are data
(`opposed_acts`, `act_forms` in data/concepts.toml); a negation among a figure's slot
words ("found him not guilty of the two charges") makes its act the opposed one. Terms
of two kinds of thing ("a four-day weekend festival" / "a five-day jazz festival",
`terms_apart`) are two things too, and so are counts of one noun that are the subjects of
two acts ("Two firefighters were killed" / "3,400 firefighters are battling the blaze",
`subjects_of_two_acts`), and so are terms of two acts by two doers ("a government that
ruled them for a dozen years" / "ran the city hall for six years": `terms_of_two_acts`).

PURE: reads two figures' act, slot words and what a term measures.
"""

from __future__ import annotations

from collections.abc import Callable

from consensus.merge.figure_terms import CLOCK_TERMS
from consensus.merge.figures import Figure
from consensus.merge.lexicon import _NEGATION, ACT_FORMS, OPPOSED_ACTS

# word form -> act
_ACT_OF = {w: act for act, forms in ACT_FORMS.items() for w in forms}
# act -> the acts opposed to it, both ways
_OPPOSED: dict[str, frozenset[str]] = {
    act: frozenset(
        [*OPPOSED_ACTS.get(act, ()), *(a for a, others in OPPOSED_ACTS.items() if act in others)]
    )
    for act in ACT_FORMS
}


def _acts(f: Figure) -> frozenset[str]:
    """The acts a figure's act and slot words tell, each turned into its opposed acts when
    the slot words hold a negation."""
    words = {w.casefold() for w in (f.act, *f.slot) if w}
    acts = frozenset(_ACT_OF[w] for w in words if w in _ACT_OF)
    if words & _NEGATION:
        return frozenset(o for a in acts for o in _OPPOSED.get(a, ()))
    return acts


def opposed_acts(a: Figure, b: Figure) -> bool:
    """Whether `a` and `b` count what two opposed acts did (see the module docstring)."""
    acts_a = _acts(a)
    if not acts_a:
        return False
    acts_b = _acts(b)
    return any(y in _OPPOSED.get(x, ()) for x in acts_a for y in acts_b) and not acts_a & acts_b


def terms_apart(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """Two terms joined to their units by a hyphen that are the lengths of two kinds of
    thing: each measures a noun phrase with a modifier before its head (`Figure.measures`:
    "a four-day weekend festival" / "a five-day jazz festival") and no modifier of one
    meets one of the other (`meet`): the modifiers name two kinds, whatever the heads. A
    bare noun ("a five-year contract" / "a four-year deal") names no kind: no two things;
    but a term "of" a thing (`Figure.measures` of a term not joined: "two days of talks")
    names it, and one whose words meet none of the other's measures another thing. Terms
    of two acts (`terms_of_two_acts`) are two things too."""
    if terms_of_two_acts(a, b, meet):
        return True
    if a.measures and b.measures and not (a.joined and b.joined):
        # a term "of" a thing ("two days of talks" / "three days of fighting"): what it
        # measures is named, so two things whose words do not meet are two slots
        if not any(meet(x, y) for x in a.measures for y in b.measures):
            return True
    if len(a.measures) < 2 or len(b.measures) < 2:
        return False
    return not any(meet(x, y) for x in a.measures[:-1] for y in b.measures[:-1])


def subjects_of_two_acts(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """Two counts of one named noun (never a generic one: "people" counts anyone) that are
    the subjects of verbs that do not `meet` (`Figure.pred`: "Two firefighters were killed"
    / "More than 3,400 firefighters are battling the blaze"): two groups of that noun, the
    killed and the fighting, never rival values of one slot."""
    if not (a.pred and b.pred and a.noun and b.noun) or not meet(a.noun, b.noun):
        return False
    return not meet(a.pred, b.pred)


# the units of a term (`figures._term`): how long something lasted or was given
_TERM_UNITS = frozenset("year month week day hour minute decade".split())
# verbs that only make what follows a length ("took 112 minutes", "lasting three minutes")
_LENGTH_VERBS = frozenset(
    "last lasted lasting lasts take took taken taking takes spend spent spending".split()
)


def terms_of_two_acts(a: Figure, b: Figure, meet: Callable[[str, str], bool]) -> bool:
    """Two terms in one time unit whose clauses' words before them (`Figure.slot` beyond
        the unit word: the act, its doer and object, "ruled them ... government" / "ran ...
        city hall") have no word in common nor any that `meet`: how long two doers did two
        things, never rival values of one slot. A term of no such words, or one joined to its
    unit ("a five-year contract": `terms_apart` reads what it measures), reads as one slot;
    but a length in hours or minutes told by a verb of lasting alone ("It took 112 minutes":
    the whole match) names no act, and is no rival of another's ("a video review lasting
    almost three minutes": session 70, a point without gold)."""
    if a.unit != b.unit or a.unit not in _TERM_UNITS or a.change or b.change:
        return False
    if a.joined or b.joined:
        return False  # "a five-year contract" / "a four-year deal": the words after it tell
    words_a, words_b = a.slot[1:4], b.slot[1:4]
    if a.unit in CLOCK_TERMS and not (
        set(words_a) - _LENGTH_VERBS and set(words_b) - _LENGTH_VERBS
    ):
        return True  # "It took 112 minutes" (the whole match) / "a review lasting three
        # minutes": a length told by its verb of lasting alone times nothing named
    if len(words_a) < 2 or len(words_b) < 2:
        return False
    return not any(meet(x, y) for x in words_a for y in words_b)
