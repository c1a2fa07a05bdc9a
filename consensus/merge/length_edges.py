"""Two sources' lengths of one thing (link rule 3, lengths of time): "was freed after
being held for 52 days" / "has been released after 47 days in captivity"; "the
inspection lasted a little over five hours" / "officers kept staff in the building for
nine hours"; "the fireball was visible for about six seconds" / "sparks that lasted a
good ten seconds".

Such claims say little else alike (the verbs that tell what lasted differ: "held" /
"released", "lasted" / "kept"), so they seldom link and often are no candidate pair; the
figure rule never reads them, and minutes and hours are no figures (`figure_terms`). Here
every two claims of two articles are read whose statements each give exactly one length
(`lengths.lengths`), both asserting, both told as done or both as a plan, neither of
another occurrence (`_Feat.scope`, `_Feat.past`), naming a year or placing the length at
an earlier time (`figure_scope.event_time`: "In 2023, three miners were trapped for 11
hours", "last month"): when the two lengths clash (`lengths.lengths_clash`) and the claims
tell one thing (the pair's link probability at least `LENGTH_AT`: a pair the blocking
never compared tells nothing here), the pair is a CONFLICT edge ("length: 47 days vs 52
days", at `conflict_at` as the other answers' edges), unless an edge holds it already or
it joins. (Clauses sharing a content word were read as one thing too: "closed for 40
minutes" / "closed for an hour" of two airports, training no-gold.)

Session 65: a length belongs to an act and an occurrence, and two lengths are rivals only
when both agree. The *act* is the past verb forms of the clause before the length
(`timed_acts.acts_before`), the verbs that only make it a length ("lasted", "spent",
"took", "waited": `_LENGTH_VERBS`) left out: "the compound was cleared within forty
minutes" / "officers had arrived within 11 minutes" time two acts, and so do "schools were
closed for two days" / "combined with almost no wind for five days"; acts apart as
`timed_acts.acts_apart` reads them (no act of one meets one of the other by word, stem,
concept or word vector). A clause whose only act is a length verb times what does it
(`length_doers`): "Fenn spent four hours at the clinic" / "officers spent three hours in the
hall" time two parties' stays (their doers apart, as `timed_acts.doers_apart`), "the
inspection at the depot lasted five hours" / "the officers had spent nine hours at the
depot" one search. The *occurrence* is the story's own unless the words before
the length in its clause place it earlier (`_EARLIER`: "a previous", "an earlier", "the
former", "last year", "two years ago"; besides `_earlier`'s year and `event_time`) or plan
it (`Length.planned`: "would take", "was meant to hold for", "is due to last"); a plan and
a done act are never rivals.

PURE: reads the claims' statements, speakers, articles and the pairs' probabilities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.figure_scope import event_time
from consensus.merge.lengths import Length, lengths, lengths_clash
from consensus.merge.score import _Edge
from consensus.merge.timed_acts import acts_apart, acts_before, doers_apart, doers_before
from consensus.models import Polarity

__all__ = ["LENGTH_AT", "length_act", "length_edges", "length_thing"]

LENGTH_AT = 0.1  # the link probability at which two claims' lengths are of one thing
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# words before a length, in its clause, that place it at another, earlier occurrence
_EARLIER = re.compile(
    r"\b(?:previous|prior|earlier|former|last\s+(?:year|month|week|time|summer|winter|"
    r"spring|autumn|season)|(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
# verbs that make what follows a length, no act of their own ("the search lasted", "spent")
_LENGTH_VERBS = frozenset(
    """last lasted lasting lasts take took taken taking takes spend spent spending spends
    wait waited waiting waits need needed needs""".split()
)
_CLAUSE_END = re.compile(r"[.;:!?]\s")
# the thing a length is of, right after it: "two days of talks", "five hours of questioning"
_OF_THING = re.compile(r"\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?([a-z][a-z-]+)")


def _one_length(text: str) -> Length | None:
    """The statement's one length, or None when it gives none or two values."""
    found = lengths(text)
    if not found or len({(x.value, x.side) for x in found}) != 1:
        return None
    return found[0]


def _earlier(text: str, at: Length) -> bool:
    """The statement names a year, or places the length at an earlier time
    (`figure_scope.event_time`: "last month", "In June 2023, ..."): another event's, maybe."""
    if _YEAR.search(text) is not None or event_time(text, at.start, at.start + len(at.text)):
        return True
    head = text[max(0, at.start - 80) : at.start]
    ends = list(_CLAUSE_END.finditer(head))
    return _EARLIER.search(head, ends[-1].end() if ends else 0) is not None


def length_act(text: str, at: Length) -> frozenset[str]:
    """The acts (past verb forms) of the clause before the length, the verbs that only make
    it a length left out ("lasted", "spent"): "was freed after 47 days" -> {freed}."""
    return acts_before(text, at.start) - _LENGTH_VERBS


def length_thing(text: str, at: Length) -> frozenset[str]:
    """The noun a length is of ("after two days of talks" -> {talks}), or none: "two days
    of talks" and "three days of fighting" time two things whatever act the clause names."""
    m = _OF_THING.match(text, at.start + len(at.text))
    return frozenset({m.group(1)}) if m else frozenset()


def length_doers(text: str, at: Length) -> frozenset[str]:
    """Who or what a length verb alone times ("the inspection lasted", "officers spent":
    `timed_acts.doers_before`), when the clause names no other act; else none."""
    if length_act(text, at) or not acts_before(text, at.start) & _LENGTH_VERBS:
        return frozenset()
    return doers_before(text, at.start)


def length_edges(
    feats: Sequence[_Feat],
    prob: Mapping[tuple[int, int], float],
    conflict_at: float,
    taken: Collection[tuple[int, int]],
    meet: Callable[[str, str], bool] | None = None,
) -> list[_Edge]:
    """The conflict edges of two sources' lengths of one thing (see the module docstring),
    but for pairs in `taken` (an edge, or a join, holds them); `meet(x, y)`: whether two
    act words meet."""
    told: list[tuple[int, Length, frozenset[str], frozenset[str]]] = []
    for k, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or f.scope or f.past:
            continue
        text = f.claim.statement
        one = _one_length(text)
        if one is not None and not _earlier(text, one):
            told.append((k, one, length_act(text, one), length_doers(text, one)))
    out: list[_Edge] = []
    for x, (i, a, act_a, doers_a) in enumerate(told):
        for j, b, act_b, doers_b in told[x + 1 :]:
            if feats[i].article == feats[j].article or (i, j) in taken:
                continue
            if a.planned != b.planned or not lengths_clash(a, b):
                continue
            if acts_apart(act_a, act_b, meet) or doers_apart(doers_a, doers_b, meet):
                continue
            if acts_apart(
                length_thing(feats[i].claim.statement, a),
                length_thing(feats[j].claim.statement, b),
                meet,
            ):
                continue  # lengths of two things ("days of talks" / "days of fighting")
            p = prob.get((i, j), 0.0)
            if p < LENGTH_AT:
                continue
            first, second = sorted((a, b), key=lambda q: (q.value, q.text))
            said = f"length: {first.text} vs {second.text}"
            out.append(_Edge(conflict_at, i, j, said))
    return out
