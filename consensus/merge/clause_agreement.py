"""Two origins that each state a fact inside a longer sentence agree on it (pipeline step 6).

`clause_backing.py` counts a clause of a long quote for another origin's item that states
the fact; when the other origin also states it only as a clause ("Penrose Capital said it
would vote against the sale, calling the price opportunistic" / "The fund, which owns 4
percent, has called the price opportunistic and urged other holders to reject it") there is
no such item, and the fact looked single-source twice. Here two clause parts
(`clause_cuts.py`) of different origins that link to each other make an agreed item of their
own: its statement is a clause given its sentence's subject (`clause_subjects.py`) and it
cites exactly the two clauses.

Rule (`clause_agreement`): parts P and Q make an item when

* they make a join edge (the same `link.link_edges` pass `clause_backing` reads: no link
  rule keeps them apart) scored at least `AGREED_AT`, above the backing bar (both sides are
  fragments: neither has a sentence around it to say what else it is about);
* they are of two origins, each holds at least `SHARED` of the other's content words, or
  one holds two or more, all in the other (a clause names little beyond who it is about,
  so a shared name is no reason: `_says_the_same`), an apposition ("Jan Roe, the agency's
  chief executive") names the one the other clause names and is not stated by its agreed
  sentence's group already (`clause_backing.role_told_in_host`), their speakers are compatible
  (`features._speakers_compatible`; a news medium speaks for no party), both give
  figures or neither does (`_values`), a clause with a word of negation agrees with none
  without one, and a clause in the first or second person ("I had no idea") only with one
  of the same named speaker;
* neither backs an item already (`clause_backing`), their sentences are not in one group
  (the fact is counted there), no sentence of theirs is a side of a contested point (the
  clause would stand under two verdicts), each has a subject of its own or one its
  sentence gives (`clause_subjects.subject_for`: no bare "be ...", no "where ..." clause),
  and not both are most of their sentences (`MOST_OF_SENTENCE`) whose groups are agreed:
  the joins chose where those go (two quotes of one remark, each most of a sentence that
  says more), while one fragment of a longer sentence may still meet such a clause.

Pairs are taken best first; an item holds one clause per origin, and a further clause joins
it only when it makes such a pair with at least `JOIN_SHARE` of the item's clauses (one
member's link is no agreement with the rest: "the debate runs on public radio tonight" links
to "the mayor said in a public radio interview", which links to "the mayor said in an
interview on public radio", and the first and the last say two things). Its statement is
the clause most of its members make a pair with (the one the item was joined around), then
the one that reads best as a sentence (`clause_subjects.shown_rank`: a verb given its
sentence's subject, then a clause with a subject of its own), the shorter on a tie.
PURE: no I/O.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from consensus.merge.clause_backing import MOST_OF_SENTENCE, apposition_hosts, role_told_in_host
from consensus.merge.clause_cuts import names_the_same
from consensus.merge.clause_subjects import shown_rank, subject_for, with_subject
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.figures import figures
from consensus.merge.lexicon import _NEGATION, ADVERB_SUFFIXES, DERIVATIONAL_SUFFIXES
from consensus.merge.roles import ROOT_CHARS
from consensus.merge.score import _Edge
from consensus.merge.substitutions import relation_opens_other

Key = tuple[str, int]  # (article, claim index)
AGREED_AT = 0.7  # the join edge two clauses need
SHARED = 0.5  # of each clause's content words, the share the other clause holds
JOIN_SHARE = 0.5  # of an item's clauses, the share a further clause must agree with
_PERSONAL = frozenset("i me my mine we us our ours you your yours".split())


def clause_agreement(
    feats: Sequence[_Feat],
    edges: Sequence[_Edge],
    parts: Mapping[Key, Key],
    pos_of: Mapping[Key, int],
    group_of: Mapping[int, int],
    groups: Sequence[Sequence[_Feat]],
    contested: Collection[int],
    backing: Collection[int],
) -> list[list[_Feat]]:
    """The new groups of clause parts (see the module docstring), each member's claim
    carrying the statement its item shows. `feats`: every claim and part (positions of
    their own); `edges`: their join edges; `parts`: part key -> the key of its sentence's
    claim; `pos_of`: key -> position in the features the groups were made of (`group_of`,
    `groups`); `contested`: groups that are sides of points; `backing`: positions of parts
    already backing a group."""
    at = {(f.article, f.index): f.pos for f in feats}
    n_origins = Counter({g: len({f.origin for f in ms}) for g, ms in enumerate(groups)})
    named = apposition_hosts(feats, parts)

    def host_group(p: int) -> int | None:
        part = feats[p]
        return group_of.get(pos_of.get(parts[(part.article, part.index)], -1))

    def usable(p: int, strict: bool = True) -> bool:
        part = feats[p]
        if (part.article, part.index) not in parts or p in backing:
            return False
        g = host_group(p)
        if g is None or g in contested:
            return False
        host = feats[at[parts[(part.article, part.index)]]]
        if subject_for(part.claim, host.claim) is None:
            return False  # a fragment whose subject no statement can give
        most = len(part.content & host.content) >= MOST_OF_SENTENCE * len(host.content)
        return not (strict and most and n_origins[g] >= 2)

    candidates: list[tuple[float, int, int]] = []
    for e in edges:
        p, q = feats[e.i], feats[e.j]
        if e.conflict or e.score < AGREED_AT:
            continue
        if p.origin == q.origin or not (usable(e.i, False) and usable(e.j, False)):
            continue
        if not (usable(e.i) or usable(e.j)):
            continue  # both most of their agreed sentences
        if host_group(e.i) == host_group(e.j) or not _says_the_same(p, q):
            continue
        if not (names_the_same(p.claim, q.claim) and names_the_same(q.claim, p.claim)):
            continue  # two appositions of two people
        hp, hq = (feats[at[parts[(f.article, f.index)]]].claim.statement for f in (p, q))
        if relation_opens_other(hp, hq) or relation_opens_other(hq, hp):
            continue  # a relation of a name and that name: two subjects (`substitutions`)
        told = False
        for k in (e.i, e.j):
            g = host_group(k)
            if g is not None and n_origins[g] >= 2:
                told = told or role_told_in_host(feats[k], named, groups[g])
        if told:
            continue  # an apposition its sentence's agreed group states already
        if _negative(p) != _negative(q) or bool(_values(p)) != bool(_values(q)):
            continue
        mine = None if p.medium else p.speaker
        theirs = None if q.medium else q.speaker
        if not _speakers_compatible(mine, theirs):
            continue
        if (_personal(p) or _personal(q)) and (mine is None or mine != theirs):
            continue
        candidates.append((-e.score, min(e.i, e.j), max(e.i, e.j)))
    agree = {(i, j) for _score, i, j in candidates}
    item_of: dict[int, int] = {}
    items: list[list[int]] = []
    for _score, i, j in sorted(candidates):
        a, b = item_of.get(i), item_of.get(j)
        if a is not None and b is not None:
            continue  # (both placed: one item each already)
        if a is None and b is None:
            item_of[i] = item_of[j] = len(items)
            items.append([i, j])
            continue
        into, new = (a, j) if a is not None else (b, i)
        assert into is not None
        if feats[new].origin in {feats[m].origin for m in items[into]}:
            continue
        if _agreeing(new, items[into], agree) < JOIN_SHARE * len(items[into]):
            continue  # it agrees with too few of the item's clauses: another fact's look-alike
        item_of[new] = into
        items[into].append(new)
    out: list[list[_Feat]] = []
    for members in items:
        shown = []
        for m in members:
            part = feats[m]
            host = feats[at[parts[(part.article, part.index)]]]
            statement = with_subject(part.claim, host.claim)
            rank = shown_rank(part.claim, host.claim)
            shown.append((-_agreeing(m, members, agree), rank, len(statement), statement))
        statement = min(shown)[3]  # the one most agree with, then the best read as a sentence
        out.append(
            [
                dataclasses.replace(
                    feats[m], claim=feats[m].claim.model_copy(update={"statement": statement})
                )
                for m in sorted(members)
            ]
        )
    return out


def _agreeing(m: int, members: Sequence[int], agree: Collection[tuple[int, int]]) -> int:
    """How many of `members` (other than `m`) make an agreeing pair with `m` (`agree`: the
    candidate pairs, lower position first)."""
    return sum(1 for k in members if k != m and (min(k, m), max(k, m)) in agree)


def _negative(part: _Feat) -> bool:
    """Whether the clause has a word of negation ("the dam was not damaged"): a clause
    carries no polarity of its own (its claim's is the sentence's), so a negated clause
    and a plain one are no agreement ("the dam had cracked")."""
    return any(t.low in _NEGATION or t.low.endswith(("n’t", "n't")) for t in part.toks)


def _values(part: _Feat) -> frozenset[float]:
    """The values of the figures the clause's own words give: two clauses agree when both
    give figures or neither does ("16 who were walking wounded" is not "described many of
    those hurt as walking wounded"); two figures of one slot that differ make a conflict
    edge, no join, and two of two slots may both be told ("$82 a share" / "$121 billion")."""
    return frozenset(f.value for f in figures(part.claim.evidence[0].quote))


def _personal(part: _Feat) -> bool:
    """Whether the clause speaks in the first or second person ("you had no idea where it
    was going"): someone's own words, which agree only with the same speaker's."""
    return any(t.low in _PERSONAL for t in part.toks)


def _says_the_same(p: _Feat, q: _Feat) -> bool:
    """Each clause holds `SHARED` of the other's content words, or the one with fewer holds
    at least two, all of them in the other ("was adopted in September" / "in apparent
    violation of sanctions adopted by the United Nations in September"). A word the other
    clause gives in another form of one root counts as held (`_kin`: "nationally
    televised" / "a national television address")."""
    small, big = (p, q) if len(p.content) <= len(q.content) else (q, p)
    if len(small.content) >= 2 and _held(small.content, big.content) == len(small.content):
        return True
    return _share(p, q) and _share(q, p)


def _share(part: _Feat, other: _Feat) -> bool:
    """Whether `other` holds at least `SHARED` of `part`'s content words (or their kin)."""
    shared = _held(part.content, other.content)
    return shared > 0 and shared >= SHARED * len(part.content)


def _held(words: frozenset[str], other: frozenset[str]) -> int:
    """How many of `words` `other` holds, itself or in another form of its root (`_kin`)."""
    roots = frozenset().union(*(_kin(w) for w in other - words))
    return sum(1 for w in words if w in other or not _kin(w).isdisjoint(roots))


_SUFFIXES = sorted(DERIVATIONAL_SUFFIXES | ADVERB_SUFFIXES)


@lru_cache(maxsize=1 << 14)
def _kin(word: str) -> frozenset[str]:
    """The roots a content word may stand for: itself and itself less one derivational
    or adverb suffix, at least `ROOT_CHARS` long ("nationally": national, nation;
    "television": televis). Two words with a root in common are one word in two forms."""
    return frozenset(
        [word]
        + [
            word[: -len(s)]
            for s in _SUFFIXES
            if word.endswith(s) and len(word) - len(s) >= ROOT_CHARS
        ]
    )
