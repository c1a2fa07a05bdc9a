"""A clause of a longer claim backs another origin's item that states it (pipeline step 6).

A sentence often states one fact in a clause beside others ("Penrose Capital said it would
vote against the sale, calling the price opportunistic"); another outlet states that fact
alone. The whole sentence does not link to the short one (its other clauses differ), so the
fact looks single-source. Each clause of a long quote is a part (`clause_cuts.py`): a claim
of the clause's own words that joins no group and prints nowhere, but when it links to a
claim of another origin, the item of that claim counts the clause's article as one more
origin, citing the clause's exact span.

Rule (`clause_backing`): a clause part P backs the group of claim Q when

* P and Q make a join edge (`link.link_edges` over every claim and part: no link rule keeps
  them apart: speakers, polarity, figures, dates, two remarks ...) scored at least
  `BACKING_AT`, above the join threshold, or `AGREED_HOST_AT` when P's own sentence is in a
  group of two or more origins (its facts are mostly counted there: a second agreed item
  for one of them is a split fact);
* Q is of another origin than P, is no part itself, and its group is no side of a
  contested point (the item stays under one verdict);
* Q holds at least half of P's content words (`SHARED_OF_CLAUSE`): a clause names little
  but who it is about, so a shared name is no reason; Q's other words are not counted (Q
  may be a longer sentence, as P's is: unlike a phrase part's, `nested.part_may_link`).
  Or Q is the short claim inside P (`_short_inside`): the edge scores at least `SURE_AT`
  and P holds at least half of Q's content words, two or more (`SHORT_SHARED`), though
  they are under half of P's ("It lost 41 million crowns" / the clause "lost 41m crowns
  last year"; a clause states its fact with the time, place or manner around it);
* the group of P's own sentence is not Q's group (it is counted there already);
* P's speaker is compatible with every speaker of Q's group, as a claim joining it must be
  (`clusters._may_join`, link rule 1: a news medium speaks for no party), even when the
  words are the same (a clause is someone's words: "donors should send more salts, Relief
  Without Walls urged" is no stance of "aid groups"); a clause without a speaker whose
  sentence tells, outside it, that someone says it backs no group with a speaker; and P
  gives no slot another figure than the group's first `MAX_LINK_SAMPLE` members give;
* P is not most of its sentence (`MOST_OF_SENTENCE` of the sentence's content words) when
  that sentence's own group is agreed: such a clause says what its sentence says, and the
  joins chose where that goes ("officials said 40 people were hurt in the crash that
  happened near the bridge" is the item of the hurt, and its clause does not also back
  "about 40 people were taken to hospital");
* when P is an apposition ("Jan Roe, the agency's chief executive": `clause_cuts`), Q names
  the same one (`clause_cuts.names_the_same`), and P's sentence's group, if agreed, has no
  other origin's apposition of that name (`role_told_in_host`: it states who they are
  already; `clause_agreement` reads it too).

Each part backs one group: the one of its best edge (highest score; ties: lower position).
Returns target group -> the parts backing it, each with its feature text (as
`compound_support._compound_support`, whose supporters are claims of the groups). Cost: a second
`link_edges` pass over the claims and their parts, so a batch of more than `MAX_CLAIMS`
claims (many stories merged at once, as `bench/merge_scale.py` does; `consensus batch` and
every report merge one story at a time) is not backed: the pass would double the merge's
time and memory there (100k claims: 2.8 GB against a 2 GB budget).
PURE: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from consensus.merge.clause_attribution import (
    SAYING,
    frame_only,
    says_only_who,
    teller_outside,
)
from consensus.merge.clause_cuts import apposition_name, names_the_same
from consensus.merge.compare import PairContext
from consensus.merge.compared_pairs import LARGE_BATCH
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.link import link_edges
from consensus.merge.score import _Edge
from consensus.merge.tunables import MAX_LINK_SAMPLE
from consensus.vectors import Vectors

Key = tuple[str, int]  # (article, claim index)
# A clause holding this share of its sentence's content words says what the sentence says:
# when the sentence's own group is agreed, the joins chose where that goes.
MOST_OF_SENTENCE = 0.5
SHARED_OF_CLAUSE = 0.5  # of a clause's content words, the share the other claim must hold
# ... or the other claim is a short one inside the clause: the clause holds this share of
# its content words, at least `SHORT_SHARED` of them (one shared word, a title or a place,
# is chance), and the link model is at least `SURE_AT` sure of the pair (bench/README "Session
# 47 (longshort47)": 0.7 gave the same training figures; without the share, a clause backed
# another fact's long sentence)
SHARED_OF_SHORT = 0.5
SHORT_SHARED = 2
SURE_AT = 0.8
# A clause links on fewer words than a sentence, and its sentence's other clauses (the time
# or place that makes it another event) are not read: its bar is higher than a join's.
# Re-fit on labelled part pairs (bench/compound_gates.py --pairs, session 51): of the
# training clusters' part-claim join edges whose ends cover gold facts, 0.6-0.7 state one
# fact as often as 0.7-0.8 (91 % / 89 %); 0.5-0.6, 85 %.
BACKING_AT = 0.6
# ... but a clause of a sentence whose own group is agreed keeps the bar of 0.7: its fact is
# most often counted there already, and a second agreed item for it is a split fact
AGREED_HOST_AT = 0.7
# Above this many claims no clause backs an item (the cost, above); as `compared_pairs.LARGE_BATCH`,
# where the merge already trades detail for scale
MAX_CLAIMS = LARGE_BATCH


def clause_backing(
    feats: Sequence[_Feat],
    parts: Mapping[Key, Key],
    pos_of: Mapping[Key, int],
    vectors: Vectors | None,
    group_of: Mapping[int, int],
    groups: Sequence[Sequence[_Feat]],
    contested: Collection[int],
    linked: tuple[list[_Edge], PairContext] | None = None,
) -> dict[int, list[tuple[_Feat, str]]]:
    """Groups backed by a clause part (see the module docstring). `feats`: the features of
    every claim, parts included (positions of their own); `parts`: each part's key -> the
    key of the claim whose quote holds it; `pos_of`: key -> position of a claim that is no
    part in the features the groups were made of (`group_of`: position -> group; `groups`:
    their members); `linked`: the join edges and context of `feats` when already scored."""
    part_at = {f.pos for f in feats if (f.article, f.index) in parts}
    if not part_at:
        return {}
    if linked is None:
        edges, _pairs, ctx, _prob = link_edges(feats, vectors or Vectors.empty())
    else:
        edges, ctx = linked
    at = {(f.article, f.index): f.pos for f in feats}

    n_origins = Counter({g: len({f.origin for f in ms}) for g, ms in enumerate(groups)})
    named = apposition_hosts(feats, parts)

    def fits_group(p: int, g: int) -> bool:
        part = feats[p]
        host_key = parts[(part.article, part.index)]
        held = group_of.get(pos_of.get(host_key, -1))
        if held is not None and n_origins[held] >= 2:
            host = feats[at[host_key]]
            if len(part.content & host.content) >= MOST_OF_SENTENCE * len(host.content):
                return False
        sample = [at[(f.article, f.index)] for f in groups[g][:MAX_LINK_SAMPLE]]
        relations = (ctx.figure_relation(p, y) for y in sample)
        return not any(clash and not same for same, clash in relations)

    best: dict[int, tuple[float, int, int]] = {}  # part -> (score, -other, group)
    for e in edges:
        if e.conflict or e.score < BACKING_AT:
            continue
        for p, q in ((e.i, e.j), (e.j, e.i)):
            if p not in part_at or q in part_at:
                continue
            part, other = feats[p], feats[q]
            if other.origin == part.origin:
                continue
            if not _says_the_clause(part, other) and not _short_inside(part, other, e.score):
                continue
            if says_only_who(part) or frame_only(part):
                continue  # an attribution: what it attributes is outside it
            if not names_the_same(part.claim, other.claim):
                continue  # an apposition: another claim of that role names another one
            g = group_of.get(pos_of.get((other.article, other.index), -1))
            if g is None or g in contested:
                continue
            host_key = parts[(part.article, part.index)]
            held = group_of.get(pos_of.get(host_key, -1))
            if held == g:
                continue  # the sentence holding the clause is counted there already
            if e.score < AGREED_HOST_AT and held is not None and n_origins[held] >= 2:
                continue  # (a clause of an agreed sentence: the bar before session 51)
            if held is not None and n_origins[held] >= 2:
                if role_told_in_host(part, named, groups[held]):
                    continue  # (an apposition its sentence's agreed group states)
            host = feats[at[host_key]]
            if not _speakers_fit(part, host, groups[g]):
                continue
            if not fits_group(p, g):
                continue
            key = (e.score, -q, g)
            if p not in best or key > best[p]:
                best[p] = key
    out: dict[int, list[tuple[_Feat, str]]] = defaultdict(list)
    for p, (score, _, g) in sorted(best.items()):
        part = feats[p]
        out[g].append((part, f"support: a clause of {part.article} links at {score:.2f}"))
    return out


def apposition_hosts(feats: Sequence[_Feat], parts: Mapping[Key, Key]) -> dict[Key, set[str]]:
    """The names each sentence's apposition parts name (`clause_cuts.apposition_name`),
    by the key of the sentence's claim."""
    out: dict[Key, set[str]] = defaultdict(set)
    for f in feats:
        host = parts.get((f.article, f.index))
        name = apposition_name(f.claim.evidence[0].quote) if host else None
        if host and name:
            out[host].add(name)
    return out


def role_told_in_host(part: _Feat, named: Mapping[Key, set[str]], members: Sequence[_Feat]) -> bool:
    """Whether the apposition `part` names one whom another origin's member of its
    sentence's agreed group (`members`) names in an apposition too (`named`:
    `apposition_hosts`): that group states who they are already, and a second item of it
    would split the fact."""
    name = apposition_name(part.claim.evidence[0].quote)
    return name is not None and any(
        m.origin != part.origin and name in named.get((m.article, m.index), ()) for m in members
    )


def _speakers_fit(part: _Feat, host: _Feat, members: Sequence[_Feat]) -> bool:
    """Link rule 1 as two groups meet it (`clusters._may_join`): one equal speaker on both
    sides, or every pair compatible; a news medium is no speaker. A clause without a
    speaker backs no group that has one when its sentence says, in words the clause leaves
    out, that someone says it ("Donors should send more salts, Relief Without Walls
    urged")."""
    mine = {None if part.medium else part.speaker}
    theirs = {None if f.medium else f.speaker for f in members}
    told = _told_outside(part, host) or teller_outside(part)
    if mine == {None} and theirs != {None} and told:
        return False
    if len(mine) == 1 and mine == theirs:
        return True
    return all(_speakers_compatible(s, t) for s in mine for t in theirs)


_SAYING = SAYING
_WORD = re.compile(r"[a-z]+")


def _told_outside(part: _Feat, host: _Feat) -> bool:
    """Whether the host's quote has a verb of saying (or of a stance told: "urged") outside
    the part's span."""
    (mine,) = part.claim.evidence
    outside = [
        ev.quote[: max(0, mine.start - ev.start)] + " " + ev.quote[max(0, mine.end - ev.start) :]
        for ev in host.claim.evidence
    ]
    return any(w in _SAYING for text in outside for w in _WORD.findall(text.lower()))


def _says_the_clause(part: _Feat, other: _Feat) -> bool:
    """Whether `other` holds at least `SHARED_OF_CLAUSE` of the clause's content words."""
    shared = len(part.content & other.content)
    return shared > 0 and shared >= SHARED_OF_CLAUSE * len(part.content)


def _short_inside(part: _Feat, other: _Feat, score: float) -> bool:
    """Whether `other` is a short claim the clause holds: the pair scored at least
    `SURE_AT`, and the clause holds `SHARED_OF_SHORT` of the other's content words, at
    least `SHORT_SHARED` of them."""
    shared = len(part.content & other.content)
    return (
        score >= SURE_AT
        and shared >= SHORT_SHARED
        and shared >= SHARED_OF_SHORT * len(other.content)
    )
