"""Two agreed accounts that outlets set against each other are one contested point (step
5, before `disputes._points`).

A family's lawyer says the suspect "had been reported to police twice this year"; the
police say he "was not known to police". Each account is told by several outlets, so
each is an agreed group, and their words differ too much for the link model to compare or
link any pair across them: the report shows two agreed facts where an editor reads one
dispute. What tells such a pair apart from two unrelated facts is how the outlets tell
it: they put the two accounts side by side. Two groups become a point when

- each is stated by at least two independent origins (two agreed groups) and neither is
  in a point's link yet;
- each is told as a party's words (`party_sides.told_by_party`: most claims name a
  speaker) and no speaker of one is, or speaks for, a speaker of the other
  (`answers._one_side`): two parties; neither is mostly conditional ("it would be a
  massacre not seen since ..." is no account);
- neither denies (a denial opposes what it denies: link rule 2's, by its target); one
  group negates (most of its claims have a negation word) and the other has no negation
  word at all; a negation that is a wish, a refusal or an instruction
  (`voice_rebuttals`) is no account;
- the two share a content word beyond the speakers' names (one topic); and
- in at least `NEAR_ORIGINS` independent origins a claim of one sits within `NEAR`
  claims of a claim of the other in one article: the outlets answer the one with the
  other.

A group takes at most one such partner (the most origins that set them side by side, then
the most shared words, then the lower group). The link reads as the rebuttal it is: a
negation of a concept the negating group negates (the point's sides are "negates" /
"states"); both groups stay agreed as what each party says (`party_sides`).

PURE: reads the groups' claims (their articles, positions, speakers and statements).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from consensus.merge.answers import _one_side
from consensus.merge.claim_words import content_stems
from consensus.merge.denial_strength import _hinted
from consensus.merge.features import _Feat
from consensus.merge.party_sides import told_by_party
from consensus.merge.score import _negated
from consensus.merge.voice_rebuttals import _IMPERATIVE_NEGATION, _MODAL_NEGATION
from consensus.models import Polarity

__all__ = ["NEAR", "NEAR_ORIGINS", "group_rebuttals"]

NEAR = 3  # claim positions apart in one article: told side by side
NEAR_ORIGINS = 2  # independent origins that tell the two side by side


def _negates(f: _Feat) -> bool:
    """Whether a claim has a negation word that is no wish, refusal or rule."""
    said = f.claim.statement
    if not _hinted(said):  # (a bound's negation word is none: "no more than 300")
        return False
    return not (_MODAL_NEGATION.search(said) or _IMPERATIVE_NEGATION.search(said))


def _speakers(group: Sequence[_Feat]) -> set[str]:
    return {f.speaker for f in group if f.speaker}


def _two_parties(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and not any(
        _one_side(x.casefold(), y.casefold()) or _one_side(y.casefold(), x.casefold())
        for x in a
        for y in b
    )


def _side_by_side(a: Sequence[_Feat], b: Sequence[_Feat]) -> int:
    """How many independent origins tell a claim of `a` within `NEAR` claims of one of `b`
    in one article."""
    return len(
        {
            x.origin
            for x in a
            for y in b
            if x.article == y.article and abs(x.index - y.index) <= NEAR
        }
    )


def _reason(negating: Sequence[_Feat]) -> str:
    """The link's reason: a negation of a concept the negating group negates."""
    concepts = sorted(set().union(*(_negated(f) for f in negating)))
    return f"negation: not {concepts[0]}" if concepts else ""


def group_rebuttals(
    groups: Sequence[Sequence[_Feat]], links: Iterable[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Links (group, group, "conflict", reason) between agreed groups set against each
    other (module docstring); `links`: the links `merge` made so far (their groups are
    left alone)."""
    taken = {g for gi, gj, _, _ in links for g in (gi, gj)}
    agreed: dict[int, tuple[set[str], bool, frozenset[str]]] = {}  # group -> its reads
    at: dict[tuple[str, int], int] = {}  # (article, claim position) -> its agreed group
    for gi, group in enumerate(groups):
        if gi in taken or len({f.origin for f in group}) < 2:
            continue
        speakers = _speakers(group)
        if not speakers or not told_by_party(group):
            continue  # (an outlet's own voice: no party's account)
        if any(f.claim.polarity == Polarity.denies for f in group):
            continue  # (a denial opposes what it denies: link rule 2's, by its target)
        if sum(f.conditional for f in group) * 2 > len(group):
            continue  # (a hypothetical, "it would be a massacre not seen since ...")
        negating = sum(_negates(f) for f in group)
        if negating and negating * 2 <= len(group):
            continue  # (neither a negating account nor a plain one)
        names = frozenset().union(*(content_stems(s) for s in speakers))
        words = frozenset().union(*(content_stems(f.claim.statement) for f in group)) - names
        agreed[gi] = (speakers, negating > 0, words)
        for f in group:
            at[(f.article, f.index)] = gi
    # the pairs told side by side somewhere (a negating group and a plain one), by lookup
    pairs: set[tuple[int, int]] = set()
    for ga, (_, neg, _) in agreed.items():
        if not neg:
            continue
        for f in groups[ga]:
            for k in range(f.index - NEAR, f.index + NEAR + 1):
                gb = at.get((f.article, k))
                if gb is not None and not agreed[gb][1]:
                    pairs.add((min(ga, gb), max(ga, gb)))
    found: list[tuple[int, int, int, int]] = []
    for ga, gb in sorted(pairs):
        (sa, _, wa), (sb, _, wb) = agreed[ga], agreed[gb]
        if not wa & wb or not _two_parties(sa, sb):
            continue
        near = _side_by_side(groups[ga], groups[gb])
        if near >= NEAR_ORIGINS:
            found.append((-near, -len(wa & wb), ga, gb))
    out: list[tuple[int, int, str, str]] = []
    used: set[int] = set()
    for _, _, ga, gb in sorted(found):
        if ga in used or gb in used:
            continue
        why = _reason(groups[ga] if agreed[ga][1] else groups[gb])
        if why:
            used.update((ga, gb))
            out.append((ga, gb, "conflict", why))
    return out
