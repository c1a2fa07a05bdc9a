"""Alignment (pipeline step 3, clustering): scored pairs -> groups of claims, by
greedy union-find with the compatibility and link rules; the public `align` and `Group`.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consensus.merge.compare import PairContext
from consensus.merge.features import _build_features, _Feat, _speakers_compatible, _Tok
from consensus.merge.lexicon import _DISPLAY, _SYNONYMS
from consensus.merge.link import VERBATIM_AT, link_edges, link_model
from consensus.merge.periods import periods_clash
from consensus.merge.score import _Edge
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.merge.tunables import LINK_AT_ONE_VOICE, MAX_LINK_SAMPLE
from consensus.models import Claim, Polarity
from consensus.vectors import Vectors


@dataclass(frozen=True)
class Group:
    """Claims aligned as one proposition, with the features that joined them.

    `members` are (article id, claim index) in canonical order; `conflicts` name other
    groups (by index in `align`'s result) that would have joined but for a conflicting
    polarity, quantity or date, with the reason.
    """

    members: tuple[tuple[str, int], ...]
    features: tuple[str, ...] = ()
    conflicts: tuple[tuple[int, str], ...] = ()


@dataclass
class _Cluster:
    members: list[int]
    speakers: set[str | None]
    polarity: Polarity
    quantities: dict[str, frozenset[float]]
    dates: set[str]
    leads: set[str]
    periods: set[str] = field(default_factory=set)
    scores: list[float] = field(default_factory=list)
    synonyms: set[str] = field(default_factory=set)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x


def _merge_quantities(
    a: dict[str, frozenset[float]], b: dict[str, frozenset[float]]
) -> dict[str, frozenset[float]]:
    out = dict(a)
    for unit, vals in b.items():
        out[unit] = out.get(unit, frozenset()) | vals
    return out


def _raw_by_concept(toks: tuple[_Tok, ...]) -> dict[str, frozenset[str]]:
    """Synonym-table concept -> the lower-case words that state it."""
    raw_by: dict[str, set[str]] = {}
    for t in toks:
        if t.concept in _SYNONYMS:
            raw_by.setdefault(t.concept, set()).add(t.low)
    return {c: frozenset(v) for c, v in raw_by.items()}


def _synonyms_used(
    a: _Feat, b: _Feat, memo: dict[int, dict[str, frozenset[str]]] | None = None
) -> set[str]:
    """Synonym pairs that met in a join; `memo` keeps `_raw_by_concept` per claim position."""
    memo = {} if memo is None else memo
    raw_a = memo[a.pos] if a.pos in memo else memo.setdefault(a.pos, _raw_by_concept(a.toks))
    raw_b = memo[b.pos] if b.pos in memo else memo.setdefault(b.pos, _raw_by_concept(b.toks))
    out: set[str] = set()
    if not raw_a or not raw_b:
        return out
    for concept in raw_a.keys() & raw_b.keys():
        ra, rb = raw_a[concept], raw_b[concept]
        if not (ra & rb):
            out.add(f"{min(ra)}~{min(rb)}" if min(ra) < min(rb) else f"{min(rb)}~{min(ra)}")
    return out


def _may_join(
    ci: _Cluster,
    cj: _Cluster,
    sim_cache: dict[tuple[int, int], float],
    ctx: PairContext,
    verbatim: bool,
    join_at: float,
) -> bool:
    """Whether two clusters may join (the compatibility and link rules of `_align`);
    `verbatim`: the edge links at >= `link.VERBATIM_AT`, so speakers do not matter;
    `join_at`: the mean link probability two multi-claim clusters need (the link model's
    threshold)."""
    if ci.polarity != cj.polarity:
        return False
    si, sj = ci.speakers, cj.speakers
    if (
        not verbatim
        and not (len(si) == 1 and si == sj)
        and not all(_speakers_compatible(s, t) for s in si for t in sj)
    ):  # (one equal speaker on both sides is compatible)
        return False
    if (ci.dates or cj.dates) and len(ci.dates | cj.dates) > 1:
        return False
    if any(periods_clash(a, b) for a in ci.periods for b in cj.periods):
        return False
    if len(ci.members) > 1 or len(cj.members) > 1:
        sample_i = ci.members[:MAX_LINK_SAMPLE]
        sample_j = cj.members[:MAX_LINK_SAMPLE]
        # the mean link probability of the sampled member pairs that were scored; at
        # least half of them must have been candidates (the rest were never near)
        cached = [sim_cache.get((x, y) if x < y else (y, x)) for x in sample_i for y in sample_j]
        got = [v for v in cached if v is not None]
        if 2 * len(got) < len(cached):
            return False
        mean = sum(got) / len(got)
        if mean < join_at:
            return False
        # the remarks of one voice share its speakers and one speech's vocabulary, which
        # lifts the link probability of different statements: a stricter mean for them
        if mean < LINK_AT_ONE_VOICE and _one_voice(si | sj):
            return False
        relations = [ctx.figure_relation(x, y) for x in sample_i for y in sample_j]
        if any(clash and not same for same, clash in relations):
            return False  # one slot, two figures: never one item
    return True


def _one_voice(speakers: set[str | None]) -> bool:
    """Named speakers only, each speaking for each other ("Vladimir Putin", "Russia")."""
    if None in speakers:
        return False
    named = sorted(s for s in speakers if s)
    return all(_speakers_compatible(s, t) for k, s in enumerate(named) for t in named[k + 1 :])


def _align(
    feats: Sequence[_Feat], vectors: Vectors | None = None, *, remember_refusals: bool = True
) -> tuple[list[list[int]], list[_Cluster | None], list[_Edge], list[tuple[int, int]]]:
    """Greedy union-find over linked pairs (`link.link_edges`). Returns member lists
    (canonical order), the cluster records (None for a claim that joined nothing), the
    conflict edges (between claim positions) and the candidate pairs. `remember_refusals`
    off asks the rules again for every edge (the same result, slower: for tests)."""
    n = len(feats)
    edges, pairs, ctx, prob = link_edges(feats, vectors or Vectors.empty())
    sim_cache = prob  # (read only)
    join_at = link_model().threshold
    uf = _UnionFind(n)
    clusters: dict[int, _Cluster] = {}  # made when a claim first takes part in a join
    raw_memo: dict[int, dict[str, frozenset[str]]] = {}

    def cluster(r: int) -> _Cluster:
        got = clusters.get(r)
        if got is None:
            f = feats[r]
            got = clusters[r] = _Cluster(
                members=[f.pos],
                speakers={f.speaker},
                polarity=f.claim.polarity,
                quantities=dict(f.quantities),
                dates={f.date} if f.date else set(),
                leads={f.lead} if f.lead else set(),
                periods={f.period} if f.period else set(),
            )
        return got

    conflicts: list[_Edge] = []
    parent = uf.parent
    # A refused join of two clusters is refused again until one of them grows: `_may_join`
    # reads only the two clusters (members, speakers, dates, polarity), fixed pair data and
    # whether the edge is verbatim; edges come by falling score, so a later edge is never
    # verbatim when an earlier one was not (the rules only get stricter). `grown[r]` counts
    # the joins into root r; a refusal is kept with both counts.
    grown = [0] * n
    refused: set[int] = set()  # (ri, rj, grown[ri], grown[rj]), ri < rj, as one number
    for e in edges:
        if e.conflict:
            conflicts.append(e)
            continue
        ri = e.i  # uf.find(e.i) and uf.find(e.j), inlined (the same path halving)
        while parent[ri] != ri:
            parent[ri] = parent[parent[ri]]
            ri = parent[ri]
        rj = e.j
        while parent[rj] != rj:
            parent[rj] = parent[parent[rj]]
            rj = parent[rj]
        if ri == rj:
            continue
        lo, hi = (ri, rj) if ri < rj else (rj, ri)
        key = ((lo * n + hi) * n + grown[lo]) * n + grown[hi]
        if key in refused:
            continue
        ci, cj = clusters.get(ri) or cluster(ri), clusters.get(rj) or cluster(rj)
        if not _may_join(ci, cj, sim_cache, ctx, e.score >= VERBATIM_AT, join_at):
            if remember_refusals:
                refused.add(key)
            continue
        # merge the later root into the earlier one (canonical)
        root, other = (ri, rj) if ri < rj else (rj, ri)
        keep, gone = clusters[root], clusters.pop(other)
        parent[other] = root
        grown[root] += 1
        keep.members = sorted(keep.members + gone.members)
        keep.speakers |= gone.speakers
        keep.quantities = _merge_quantities(keep.quantities, gone.quantities)
        keep.dates |= gone.dates
        keep.periods |= gone.periods
        keep.leads |= gone.leads
        keep.scores += [*gone.scores, e.score]
        keep.synonyms |= gone.synonyms | _synonyms_used(feats[e.i], feats[e.j], raw_memo)
    roots = [x for x in range(n) if uf.parent[x] == x]
    kept = [clusters.get(r) for r in roots]
    members = [c.members if c is not None else [r] for r, c in zip(roots, kept, strict=True)]
    return members, kept, conflicts, pairs


def _group_features(feats: Sequence[_Feat], cluster: _Cluster | None) -> tuple[str, ...]:
    if cluster is None or len(cluster.members) < 2:
        return ()
    members = [feats[m] for m in cluster.members]
    arts_by_entity: dict[str, set[str]] = defaultdict(set)
    for f in members:
        for e in f.entities:
            if e != f.speaker:
                arts_by_entity[e].add(f.article)
    shared = sorted(e for e, arts in arts_by_entity.items() if len(arts) >= 2)
    out: list[str] = []
    if shared:
        out.append("entities: " + ", ".join(_display(e) for e in shared))
    for unit, vals in sorted(cluster.quantities.items()):
        counts = sum(1 for f in members if unit in f.quantities)
        if counts >= 2:
            out.append(
                "quantity: " + ", ".join(f"{v:g}" for v in sorted(vals)) + f" {unit}".rstrip()
            )
    speakers = sorted(_display(s) for s in cluster.speakers if s)
    if speakers:
        out.append("speaker: " + ", ".join(speakers))
    if cluster.scores:
        out.append(f"link: {min(cluster.scores):.2f}")
    if any(m.enorm == members[0].enorm for m in members[1:]):
        out.append("same quote")
    for syn in sorted(cluster.synonyms):
        out.append(f"synonym: {syn}")
    return tuple(out)


def _display(entity: str | None) -> str:
    return _display_name(entity) if entity else ""


@lru_cache(maxsize=1 << 16)
def _display_name(entity: str) -> str:
    if entity in _DISPLAY:
        return _DISPLAY[entity]
    return " ".join(
        "-".join(p if p[:1].isupper() else p[:1].upper() + p[1:] for p in w.split("-"))
        for w in entity.split(" ")
    )  # "pierre-henry brandet" -> "Pierre-Henry Brandet"


def align(claims: Sequence[tuple[str, int, Claim]], vectors: Vectors | None = None) -> list[Group]:
    """Group (article id, index, claim) triples that state one proposition.

    Deterministic: the result depends only on the multiset of inputs, not their order.
    Groups are listed in canonical order of their first member.
    """
    feats = _build_features(claims)
    index = Speakers({f.speaker: [f.claim.statement] for f in feats if f.speaker})
    with speakers_in_scope(index):
        members, clusters, conflicts, _pairs = _align(feats, vectors)
    index_of = {m: gi for gi, ms in enumerate(members) for m in ms}
    by_group: dict[int, set[tuple[int, str]]] = defaultdict(set)
    for e in conflicts:
        gi, gj = index_of[e.i], index_of[e.j]
        if gi != gj:
            by_group[gi].add((gj, e.conflict))
            by_group[gj].add((gi, e.conflict))
    return [
        Group(
            members=tuple((feats[m].article, feats[m].index) for m in ms),
            features=_group_features(feats, clusters[gi]),
            conflicts=tuple(sorted(by_group.get(gi, ()))),
        )
        for gi, ms in enumerate(members)
    ]
