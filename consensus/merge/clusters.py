"""Alignment (pipeline step 3, clustering): scored pairs -> groups of claims, by
greedy union-find with the compatibility and link rules, then a split of the groups that
one claim bridges (`_split_bridges`) and a move of the members their group holds by too few
links (`_move_members`, moves.py); the public `align` and `Group`.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consensus.merge.clause_views import ViewEdges, undo_view, with_views
from consensus.merge.compare import PairContext
from consensus.merge.features import (
    _build_features,
    _Feat,
    _speakers_compatible,
    _Tok,
)
from consensus.merge.figure_states import other_states
from consensus.merge.join_model import JoinInputs
from consensus.merge.join_model import joins as group_joins
from consensus.merge.join_signals import join_signals
from consensus.merge.lexicon import _DISPLAY, _SYNONYMS
from consensus.merge.link import ONE_VOICE, VERBATIM_AT, link_edges, remarks_apart
from consensus.merge.link_models import group_bar, join_link_model
from consensus.merge.moves import move_members
from consensus.merge.nested import nested_claims, part_may_link
from consensus.merge.periods import periods_clash
from consensus.merge.quoters import Quoter, quoter, quoters_apart
from consensus.merge.reporters import named_by_kind
from consensus.merge.sample_scores import SampleScorer, sample_scorer
from consensus.merge.score import _Edge
from consensus.merge.speakers import Speakers, compatibility, same_speaker, speakers_in_scope
from consensus.merge.statement_claims import statement_claim
from consensus.merge.tunables import (
    LINK_AT_ONE_VOICE,
    MAX_LINK_SAMPLE,
    REPORTED_AT,
    TOLD_BY_TWO_AT,
)
from consensus.merge.voices import reported_pair, told_alone
from consensus.merge.weekdays import WhenApart
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
    joins: list[tuple[int, int, float]] = field(default_factory=list)  # (i, j, score) joined it
    media: set[str] = field(default_factory=set)  # speakers that are news media (`_Feat.medium`)
    facts: bool = True  # every member with a speaker states an event fact (`_Feat.event`)
    statement: int | None = None  # the member its item shows, when not the medoid
    quoters: set[Quoter] = field(default_factory=set)  # persons it quotes (`quoters.quoter`)


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
    one_voice: bool = False,
    reported: bool = False,
    told: bool = False,
    unscored: SampleScorer | None = None,
    apart: Mapping[int, set[int]] | None = None,
) -> bool:
    """Whether two clusters may join (the compatibility and link rules of `_align`);
    `verbatim`: the edge links at >= `link.VERBATIM_AT`, so speakers do not matter;
    `reported`: it links a speaker named by its kind stating an event fact and another
    speaker's statement of one at >= `REPORTED_AT` (`voices.reported_pair`), so such
    speakers report the event facts of both groups and keep neither apart (`_heard`);
    so do they when every speaker of both groups is named by its kind or is a news medium
    (`_kinds_only`: "police", "a fire service spokesman"): no person's account is at stake;
    `join_at`: the mean link probability two multi-claim clusters need (the link model's
    threshold; the link test is `join_model.joins`); `one_voice`: the edge joins a denial
    and a plain negation of one voice, of no named other or of one named by its kind
    (`link.ONE_VOICE`), the one join
    across polarity, where speakers named by their kind keep no groups apart (`_heard`).
    `told`: it links two named speakers' statements of an event fact at >= `TOLD_BY_TWO_AT`
    (`voices.told_by_two`), so when every speaker of both groups states event facts only
    the speakers keep neither apart (the item lists both).
    Quotations of two different named persons never join, verbatim or not (`quoters.py`).
    `unscored`: when the sample fails the link test with fewer than half its pairs scored,
    the pairs never compared are scored (`sample_scores.py`) and the test is asked again.
    `apart`: `ctx.never_together` as each claim's partners (`_apart_index`), when the caller
    has it (the same test, read per member instead of per member pair)."""
    if ci.polarity != cj.polarity and not one_voice:
        return False
    facts = ((reported or _kinds_only(ci, cj)) and ci.facts and cj.facts) or one_voice
    si, sj = _heard(ci, facts), _heard(cj, facts)
    sources = told and ci.facts and cj.facts  # (two sources of event facts: `told_by_two`)
    if not verbatim and not sources and not (len(si) == 1 and si == sj):
        compatible = compatibility()  # (`_speakers_compatible`, the index read once)
        if not all(compatible(s, t) for s in si for t in sj):
            return False
    if (ci.dates or cj.dates) and len(ci.dates | cj.dates) > 1:
        return False
    if any(periods_clash(a, b) for a in ci.periods for b in cj.periods):
        return False
    if ci.quoters and cj.quoters and quoters_apart(ci.quoters, cj.quoters):
        return False  # (two persons' quotations: `quoters.py`)
    if ctx.never_together and (
        any(not apart[x].isdisjoint(cj.members) for x in ci.members if x in apart)
        if apart is not None
        else any(
            (min(x, y), max(x, y)) in ctx.never_together for x in ci.members for y in cj.members
        )
    ):
        return False  # (one thing of two owners: link rule 0)
    if len(ci.members) > 1 or len(cj.members) > 1:
        sample_i = ci.members[:MAX_LINK_SAMPLE]
        sample_j = cj.members[:MAX_LINK_SAMPLE]
        # the link probabilities of the sampled member pairs that were scored (the rest
        # were never near)
        get = sim_cache.get
        got = [
            v
            for x in sample_i
            for y in sample_j
            if (v := get((x, y) if x < y else (y, x))) is not None
        ]
        sampled = len(sample_i) * len(sample_j)
        inputs = lambda: _join_inputs(ci, cj, si, sj, ctx, sim_cache, join_at)  # noqa: E731
        if not group_joins(got, sampled, join_at, inputs):
            if unscored is None or 2 * len(got) >= sampled:
                return False  # (the link test: half scored and the mean, or learned: `join_model`)
            if not unscored.may_rescore(got, join_at, ci.members, cj.members):
                return False  # (`SampleScorer.may_rescore`: the compared pairs' guards)
            missing = [
                (x, y)
                for x in sample_i
                for y in sample_j
                if get((x, y) if x < y else (y, x)) is None
            ]
            got = got + unscored.score(missing)  # (the sample's pairs never compared, scored now)
            if not group_joins(got, sampled, join_at, inputs):
                return False
        mean = sum(got) / len(got)
        # the remarks of one voice share its speakers and one speech's vocabulary, which
        # lifts the link probability of different statements: a stricter mean for them,
        # when both groups name one speaker alike (`same_speaker`); a body and the person
        # speaking for it ("the museum" / "the museum spokesman", "the guild" / its
        # president), named apart, join at the plain threshold
        hi, hj = _heard(ci), _heard(cj)
        if mean < LINK_AT_ONE_VOICE and _one_voice(hi | hj) and _named_alike(hi, hj):
            return False
        figs = ctx.figs  # (a claim without figures clashes with none: `figure_relation`)
        for x in (x for x in sample_i if figs[x]):
            for y in (y for y in sample_j if figs[y]):
                same, clash = ctx.figure_relation(x, y)
                if (clash or other_states(ctx, x, y)) and not same:
                    return False  # one slot, two figures (or two states): never one item
    return True


def _apart_index(pairs: set[tuple[int, int]]) -> dict[int, set[int]]:
    """Each claim's partners in `pairs` (both directions)."""
    out: dict[int, set[int]] = defaultdict(set)
    for x, y in pairs:
        out[x].add(y)
        out[y].add(x)
    return dict(out)


def _join_inputs(
    ci: _Cluster,
    cj: _Cluster,
    si: set[str | None],
    sj: set[str | None],
    ctx: PairContext,
    prob: dict[tuple[int, int], float],
    join_at: float,
) -> JoinInputs:
    """What a learned link test reads of two groups besides their pair probabilities."""
    views, k = ctx.views, MAX_LINK_SAMPLE
    return JoinInputs(
        articles=(
            tuple(views[x].article for x in ci.members[:k]),
            tuple(views[y].article for y in cj.members[:k]),
        ),
        sizes=(len(ci.members), len(cj.members)),
        named=None not in si and None not in sj,
        members=(tuple(ci.members), tuple(cj.members)),
        signals=join_signals(ctx, ci.members, cj.members, prob, join_at),
    )


def _heard(c: _Cluster, facts: bool = False) -> set[str | None]:
    """The speakers that keep groups apart: a news medium (`_Feat.medium`) is none, as an
    outlet's own voice; with `facts` (both groups state event facts only) neither is a
    speaker named by its kind ("local officials", "the health ministry": `reporters.py`)."""
    if facts:
        return {None if s in c.media or named_by_kind(s) else s for s in c.speakers}
    if not c.media:
        return c.speakers
    return {None if s in c.media else s for s in c.speakers}


def _kinds_only(ci: _Cluster, cj: _Cluster) -> bool:
    """Every speaker of both groups is none, a news medium or one named by its kind
    (`reporters.named_by_kind`): two groups of event facts that bodies and officials report
    ("crews freed three people, the fire service said" / "three were rescued, police said")
    join by their link alone, their speakers keeping neither apart (the item lists both)."""
    return all(s is None or s in c.media or named_by_kind(s) for c in (ci, cj) for s in c.speakers)


def _named_alike(si: set[str | None], sj: set[str | None]) -> bool:
    """Two groups name one speaker alike (`same_speaker`: "roe" / "jane roe", "transport
    police spokesperson" / "transport police spokesman"), not only as a body and its voice
    named apart."""
    return any(s and t and same_speaker(s, t) for s in si for t in sj)


def _one_voice(speakers: set[str | None]) -> bool:
    """Named speakers only, each speaking for each other ("Vladimir Putin", "Russia")."""
    if None in speakers:
        return False
    named = sorted(s for s in speakers if s)
    return all(_speakers_compatible(s, t) for k, s in enumerate(named) for t in named[k + 1 :])


def _align(
    feats: Sequence[_Feat],
    vectors: Vectors | None = None,
    *,
    remember_refusals: bool = True,
    parts: set[int] | None = None,
    statement_of: Callable[[Sequence[_Feat]], _Feat] | None = None,
    views: ViewEdges | None = None,
) -> tuple[list[list[int]], list[_Cluster | None], list[_Edge], list[tuple[int, int]]]:
    """Greedy union-find over linked pairs (`link.link_edges`), then `_split_bridges` and
    `_move_members`; given `statement_of` (`items._medoid`), each group's record names the
    member its item shows when that is not the medoid (`statement_claims.statement_claim`).
    Returns member lists (canonical order), the cluster records (None for a claim that
    joined nothing), the conflict edges (between claim positions) and the candidate pairs.
    `remember_refusals` off asks the rules again for every edge (the same result, slower:
    for tests). `parts`: `nested.nested_claims(feats)` when the caller has it already.
    `views`: given the edges and pair probabilities, the join edges a long claim's clauses
    give it (`clause_views.view_edges`), read in place of the pairs compared whole."""
    n = len(feats)
    edges, pairs, ctx, prob = link_edges(feats, vectors or Vectors.empty())
    view_pairs: set[tuple[int, int]] = set()  # (the pairs of the views' edges)
    if views is not None:
        made = views(edges, prob, join_link_model().threshold)
        view_pairs = {(e.i, e.j) for e in made}
        edges = with_views(edges, made)
    two_remarks = remarks_apart(feats, ctx)  # (link rule 7, asked of joining edges only)
    if parts is None:  # parts of a longer claim join on what they say (nested.py)
        parts = nested_claims(feats)
    sim_cache = prob  # (read only, but for a view's pair: its score while it is asked)
    apart = _apart_index(ctx.never_together)  # (final once `link_edges` returns)
    unscored = sample_scorer(feats, vectors or Vectors.empty(), prob, edges)
    join_at = join_link_model().threshold
    group_at = group_bar()  # (the groups' bar: the JOIN file's own, `link_models.group_bar`)
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
                media={f.speaker} if f.medium and f.speaker else set(),
                facts=f.event or not f.speaker,
                polarity=f.claim.polarity,
                quantities=dict(f.quantities),
                dates={f.date} if f.date else set(),
                leads={f.lead} if f.lead else set(),
                periods={f.period} if f.period else set(),
                quoters={q} if (q := quoter(f.claim, f.speaker, f.medium)) else set(),
            )
        return got

    told_memo: dict[int, bool] = {}  # (`told_by_two_pair` reads each claim alone: once)

    def told_of(x: int) -> bool:
        got = told_memo.get(x)
        if got is None:
            got = told_memo[x] = told_alone(feats[x])
        return got

    conflicts: list[_Edge] = []
    when_apart = WhenApart((e.i, e.j, e.conflict) for e in edges if e.conflict)
    parent = uf.parent
    # A refused join of two clusters is refused again until one of them grows: `_may_join`
    # reads only the two clusters (members, speakers, dates, polarity), fixed pair data and
    # whether the edge is verbatim; edges come by falling score, so a later edge is never
    # verbatim when an earlier one was not (the rules only get stricter). `grown[r]` counts
    # the joins into root r; a refusal is kept with both counts.
    grown = [0] * n
    refused: set[int] = set()  # (ri, rj, grown[ri], grown[rj]), ri < rj, as one number
    for e in edges:
        if e.conflict and e.conflict != ONE_VOICE:
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
        if parts and (e.i in parts or e.j in parts):
            part, partner = (feats[e.i], feats[e.j]) if e.i in parts else (feats[e.j], feats[e.i])
            if not part_may_link(part, partner):
                continue
        lo, hi = (ri, rj) if ri < rj else (rj, ri)
        key = ((lo * n + hi) * n + grown[lo]) * n + grown[hi]
        if key in refused:
            continue
        ci, cj = clusters.get(ri) or cluster(ri), clusters.get(rj) or cluster(rj)
        if when_apart and when_apart.apart(ci.members, cj.members):
            continue  # (two claims of a when-conflict: `weekdays.WhenApart`)
        view = bool(view_pairs) and (e.i, e.j) in view_pairs
        if view:  # (a clause view: `clause_views.py`)
            was = sim_cache.get((e.i, e.j))
            sim_cache[(e.i, e.j)] = e.score  # (the joins' samples read it; undone if none)
        verbatim = e.score >= VERBATIM_AT
        one_voice = e.conflict == ONE_VOICE
        # (a speaker named by its kind reports the facts of both groups only by a strong
        # link of its own claim to another speaker's: `voices.reported_pair`)
        reported = e.score >= REPORTED_AT and reported_pair(feats[e.i], feats[e.j])
        # (two named sources of one event fact: `voices.told_by_two`)
        told = e.score >= TOLD_BY_TWO_AT and told_of(e.i) and told_of(e.j)
        joins = _may_join(
            ci, cj, sim_cache, ctx, verbatim, group_at, one_voice, reported, told, unscored, apart
        )
        if not joins and remember_refusals:
            refused.add(key)
        if not joins or two_remarks(e.i, e.j):
            if view:
                undo_view(sim_cache, (e.i, e.j), was)
            continue  # (no refusal kept for two remarks: another edge may join the groups)
        # merge the later root into the earlier one (canonical)
        root, other = (ri, rj) if ri < rj else (rj, ri)
        keep, gone = clusters[root], clusters.pop(other)
        parent[other] = root
        grown[root] += 1
        keep.members = sorted(keep.members + gone.members)
        keep.speakers |= gone.speakers
        keep.media |= gone.media
        keep.quoters |= gone.quoters
        keep.facts = keep.facts and gone.facts
        keep.quantities = _merge_quantities(keep.quantities, gone.quantities)
        keep.dates |= gone.dates
        keep.periods |= gone.periods
        keep.leads |= gone.leads
        keep.scores += [*gone.scores, e.score]
        keep.synonyms |= gone.synonyms | _synonyms_used(feats[e.i], feats[e.j], raw_memo)
        keep.joins += [*gone.joins, (e.i, e.j, e.score)]
    _split_bridges(feats, clusters, parent, sim_cache, group_at)
    _move_members(feats, clusters, parent, edges, sim_cache, ctx, group_at, two_remarks, parts)
    if statement_of is not None:  # (the member each group's item shows: statement_claims.py)
        reach = ctx.link_prob or sim_cache  # (the link model's; the same dict but a join file)
        for c in clusters.values():
            c.statement = statement_claim(feats, c.members, reach, statement_of, join_at)
    roots = [x for x in range(n) if uf.parent[x] == x]
    kept = [clusters.get(r) for r in roots]
    members = [c.members if c is not None else [r] for r, c in zip(roots, kept, strict=True)]
    return members, kept, conflicts, pairs


def _split_bridges(
    feats: Sequence[_Feat],
    clusters: dict[int, _Cluster],
    parent: list[int],
    prob: dict[tuple[int, int], float],
    join_at: float,
) -> None:
    """Split the groups that one claim bridges: a compound sentence ("the attacker zigzagged
    through a crowd gathered to watch the fireworks"; a quoted tweet holding two remarks)
    links to the claims of each of its clauses, and the greedy joins chain both clauses'
    claims through it into one group, whose item then counts the origins of one clause as
    confirming the other.

    A group's link graph joins two members of two articles that link at >= `join_at`. A
    member whose removal cuts that graph into two or more parts that each hold claims of
    two origins (two facts corroborated without it) is a bridge: the group splits into those
    parts, the bridge going with the part it links to best (the highest mean link
    probability to its members of other articles; ties: the part with the earlier first
    member), and so do the parts of fewer origins (claims that hung on the bridge alone).
    Each part is split again the same way. Bridges are tried in position order (the first
    that splits is used); a group needs five members (two facts of two origins and the
    bridge). Positions are canonical, so the result does not depend on input order. The
    joined groups are rebuilt from their members (`_rebuilt`)."""
    for root in sorted(clusters):
        c = clusters[root]
        if len(c.members) < 5:
            continue
        parts = _bridge_parts(feats, c.members, prob, join_at)
        if len(parts) == 1:
            continue
        del clusters[root]
        for part in parts:
            for m in part:
                parent[m] = part[0]
            if len(part) > 1:
                clusters[part[0]] = _rebuilt(feats, c, part)


def _bridge_parts(
    feats: Sequence[_Feat], members: list[int], prob: dict[tuple[int, int], float], join_at: float
) -> list[list[int]]:
    """`members` as the parts `_split_bridges` leaves (one part when no bridge splits it)."""
    if len(members) < 5:
        return [members]

    def origins(ms: list[int]) -> int:
        return len({feats[m].origin or feats[m].article for m in ms})

    linked: dict[int, set[int]] = {m: set() for m in members}
    for k, x in enumerate(members):
        for y in members[k + 1 :]:
            if prob.get((x, y), 0.0) >= join_at:  # (members are sorted: x < y)
                linked[x].add(y)
                linked[y].add(x)
    for m in _cut_vertices(members, linked):
        rest = [x for x in members if x != m]
        parts = _components(rest, {x: linked[x] - {m} for x in rest})
        facts = [p for p in parts if origins(p) >= 2]
        if len(facts) < 2:
            continue
        home = max(facts, key=lambda p: (_mean_link(feats, m, p, prob), -p[0]))
        home += [m, *(x for p in parts if origins(p) < 2 for x in p)]
        out: list[list[int]] = []
        for p in facts:
            out += _bridge_parts(feats, sorted(p), prob, join_at)
        return out
    return [members]


def _mean_link(
    feats: Sequence[_Feat], m: int, part: list[int], prob: dict[tuple[int, int], float]
) -> float:
    """The mean link probability of `m` to the members of `part` from other articles (a pair
    never scored counting 0)."""
    others = [x for x in part if feats[x].article != feats[m].article]
    if not others:
        return 0.0
    return sum(prob.get((m, x) if m < x else (x, m), 0.0) for x in others) / len(others)


def _components(nodes: list[int], linked: dict[int, set[int]]) -> list[list[int]]:
    """The connected parts of the graph, each in node order, by first node."""
    seen: set[int] = set()
    out: list[list[int]] = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        part, todo = [start], [start]
        while todo:
            for y in linked[todo.pop()]:
                if y not in seen:
                    seen.add(y)
                    part.append(y)
                    todo.append(y)
        out.append(sorted(part))
    return out


def _cut_vertices(nodes: list[int], linked: dict[int, set[int]]) -> list[int]:
    """The nodes whose removal disconnects their part of the graph (articulation points,
    by one depth-first pass keeping each node's discovery time and lowest reachable time),
    sorted."""
    disc: dict[int, int] = {}
    low: dict[int, int] = {}
    cut: set[int] = set()
    for root in nodes:
        if root in disc:
            continue
        disc[root] = low[root] = len(disc)
        children = 0
        stack = [(root, iter(sorted(linked[root])))]
        while stack:
            v, todo = stack[-1]
            for w in todo:
                if w not in disc:
                    disc[w] = low[w] = len(disc)
                    stack.append((w, iter(sorted(linked[w]))))
                    break
                low[v] = min(low[v], disc[w])  # (the parent edge too: harmless for cuts)
            else:
                stack.pop()
                if not stack:
                    continue
                u = stack[-1][0]
                low[u] = min(low[u], low[v])
                if u == root:
                    children += 1
                elif low[v] >= disc[u]:
                    cut.add(u)
        if children >= 2:
            cut.add(root)
    return sorted(cut)


def _move_members(
    feats: Sequence[_Feat],
    clusters: dict[int, _Cluster],
    parent: list[int],
    edges: list[_Edge],
    prob: dict[tuple[int, int], float],
    ctx: PairContext,
    join_at: float,
    two_remarks: Callable[[int, int], bool],
    parts: set[int],
) -> None:
    """The second pass (`moves.move_members`): a member its group holds by too few links
    moves to the group it links to best, when `_may_join` (a lone claim joining that group),
    link rule 7 (`two_remarks`) and `nested.part_may_link` allow it, each with the member of
    the group it links to best. Records are keyed by their first member (`_align`'s roots)."""

    def best_of(x: int, members: list[int]) -> int:
        return max(members, key=lambda y: (prob.get((x, y) if x < y else (y, x), -1.0), -y))

    def record(members: list[int]) -> _Cluster:
        return clusters[members[0]]  # (kept up to date by `moved`)

    def accept(x: int, members: list[int]) -> bool:
        lone = _rebuilt(feats, _lone(feats[x]), [x])
        if not _may_join(lone, record(members), prob, ctx, False, join_at):
            return False
        best = best_of(x, members)
        if two_remarks(x, best):
            return False
        return not (x in parts and not part_may_link(feats[x], feats[best]))

    def partners_of(suspects: set[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for e in edges:
            if not e.conflict:
                if e.i in suspects:
                    out[e.i].append(e.j)
                if e.j in suspects:
                    out[e.j].append(e.i)
        return out

    def moved(x: int, here: list[int], there: list[int]) -> None:
        old, target = clusters.pop(here[0]), clusters.pop(there[0])
        left = [m for m in here if m != x]
        for m in left:
            parent[m] = left[0]
        if len(left) > 1:
            clusters[left[0]] = _rebuilt(feats, old, left)
        y = best_of(x, there)
        pair = (x, y) if x < y else (y, x)
        target.joins = [*target.joins, (*pair, prob.get(pair, 0.0))]
        joined = sorted([*there, x])
        for m in joined:
            parent[m] = joined[0]
        clusters[joined[0]] = _rebuilt(feats, target, joined)

    article = [f.article for f in feats]
    groups = [c.members for c in clusters.values() if len(c.members) > 1]  # (not lone claims)
    move_members(groups, article, prob, join_at, partners_of, accept, moved)


def _lone(f: _Feat) -> _Cluster:
    """A bare record of one claim (its polarity; `_rebuilt` fills the rest)."""
    return _Cluster(members=[f.pos], speakers=set(), polarity=f.claim.polarity, quantities={},
                    dates=set(), leads=set())  # fmt: skip


def _rebuilt(feats: Sequence[_Feat], old: _Cluster, members: list[int]) -> _Cluster:
    """The cluster record of `members` (part of `old`'s), with the joins inside it."""
    fs = [feats[m] for m in members]
    quantities: dict[str, frozenset[float]] = {}
    for f in fs:
        quantities = _merge_quantities(quantities, f.quantities)
    inside = set(members)
    joins = [j for j in old.joins if j[0] in inside and j[1] in inside]
    return _Cluster(
        members=sorted(members),
        speakers={f.speaker for f in fs},
        media={f.speaker for f in fs if f.medium and f.speaker},
        facts=all(f.event or not f.speaker for f in fs),
        polarity=old.polarity,
        quantities=quantities,
        dates={f.date for f in fs if f.date},
        leads={f.lead for f in fs if f.lead},
        periods={f.period for f in fs if f.period},
        scores=[score for _, _, score in joins],
        synonyms={syn for i, j, _ in joins for syn in _synonyms_used(feats[i], feats[j])},
        joins=joins,
        quoters={q for f in fs if (q := quoter(f.claim, f.speaker, f.medium))},
    )


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
    )  # "jean-marc leroy" -> "Jean-Marc Leroy"


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
