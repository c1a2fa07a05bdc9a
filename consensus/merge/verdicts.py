"""The merge itself (pipeline steps 0-6): ground, fold copies, align, count
origins, link disputes, decide verdicts and build the Report. The steps' parts that read
no state of `_merge` have modules of their own (`grounded_claims.py`, `conflict_vetoes.py`,
`inner_points.py`, `clause_items.py`, `report.py`, `merge_scope.py`); their names that
tests and bench scripts import from here stay importable from here.

PURE: no I/O, clock or randomness; the same inputs in any order give the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import partial

from consensus.errors import UsageError
from consensus.merge import clause_backing as backing_step
from consensus.merge.answered_citations import answered_apart, denial_heads
from consensus.merge.answered_elsewhere import without_answered_elsewhere
from consensus.merge.article_places import frames_in_scope
from consensus.merge.background_groups import background_group, without_background
from consensus.merge.background_sides import both_dated_apart
from consensus.merge.clause_agreement import clause_agreement
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.clause_items import _clause_speakers, _without_parts
from consensus.merge.clause_views import ViewEdges, view_edges
from consensus.merge.clusters import _align, _display, _group_features
from consensus.merge.compare import PairContext
from consensus.merge.compound_support import _compound_support
from consensus.merge.conflict_vetoes import _dated, _earlier_event_side, _self_rebuttal
from consensus.merge.denial_reasons import denial_reasons
from consensus.merge.denial_scope import denial_misses_group
from consensus.merge.disputed_slots import by_slot, disputed_slots
from consensus.merge.disputes import _fold_figure_points, _points, _topic
from consensus.merge.features import _build_features, _Feat
from consensus.merge.figure_leftovers import left_out_figures
from consensus.merge.figure_timeline import _figure_timeline, agreed_figures, earlier_sides
from consensus.merge.figure_told_updates import on_both_sides
from consensus.merge.figures import figures
from consensus.merge.grounded_claims import grounded_claims
from consensus.merge.group_rebuttals import group_rebuttals
from consensus.merge.inner_disputes import inner_disputes
from consensus.merge.inner_points import _inner_point, _shown_apart
from consensus.merge.items import (
    Medoids,
    OriginsLike,
    _citations,
    _claim_origin,
    _digest,
    _fold_copies,
    _hedges,
    _kind,
    _medoid,
    _speaker_names,
    _unique_ids,
    renamed_points,
)
from consensus.merge.link import link_edges
from consensus.merge.measure_points import measure_points
from consensus.merge.merge_scope import _no_cycle_collection, _speaker_texts
from consensus.merge.negation_meets import meets
from consensus.merge.nested import nested_claims
from consensus.merge.occurrences import read_occurrences
from consensus.merge.one_voice_points import one_voice_clash
from consensus.merge.party_points import fold_party_points
from consensus.merge.party_sides import party_sides, told_by_party
from consensus.merge.periods import names_past, period_named
from consensus.merge.place_slots import PLACE, side_places
from consensus.merge.point_vetoes import no_dispute
from consensus.merge.positions import (
    _clashed_kinds,
    _figure_text,
    _position,
    _position_key,
    _prints_disputed,
    _split_figure,
)
from consensus.merge.quoted_once import quoted_once
from consensus.merge.repeated_singles import without_repeated_singles
from consensus.merge.report import built_report
from consensus.merge.score import _Edge, side_negated
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.merge.time_leftovers import LEFT_OUT_TIME, left_out_times
from consensus.merge.timing import timed as with_timing
from consensus.merge.tunables import CONFLICT_PARTNERS
from consensus.merge.update_sides import update_sides
from consensus.models import (
    Article,
    ArticleFailure,
    Citation,
    Claim,
    ClaimSet,
    ContestedItem,
    Item,
    Polarity,
    Report,
)
from consensus.vectors import Vectors, as_vectors

# what two sides' accounts of one act give apart (link rule 10, `accounts`)
_ACCOUNT_SLOTS = {"target": "what one act hit", "instrument": "what one act was done with"}

# the reason a point of a claim and its opposite polarity gives (read back by `denial_heads`)
_OPPOSITE = "opposite polarity on one proposition"


def merge(
    articles: Sequence[Article],
    claim_sets: Sequence[ClaimSet],
    origins: OriginsLike,
    *,
    failures: Sequence[ArticleFailure] = (),
    vectors: Vectors | Mapping[str, Sequence[float]] | None = None,
) -> Report:
    """ClaimSets (+ origins, + vectors of the statements) -> Report. See the module
    docstring for every rule. Without vectors, the vector comparisons are 0 for every pair
    (lexical, name and figure comparisons still link)."""
    with _no_cycle_collection():  # (the speakers too: a full collection there costs ~0.4 s)
        index = Speakers(_speaker_texts(articles, claim_sets))
        with speakers_in_scope(index), frames_in_scope(articles):
            return _merge(articles, claim_sets, origins, failures, as_vectors(vectors))


def _merge(
    articles: Sequence[Article],
    claim_sets: Sequence[ClaimSet],
    origins: OriginsLike,
    failures: Sequence[ArticleFailure],
    vectors: Vectors,
) -> Report:
    by_id: dict[str, Article] = {}
    for a in articles:
        if a.id in by_id and by_id[a.id] != a:
            raise UsageError(f"two different articles share the id {a.id!r}")
        by_id[a.id] = a

    # 0. exact copies (identical text, one origin) fold into their smallest id
    rep_of = _fold_copies(by_id.values(), origins)
    published = {a.id: a.published for a in by_id.values()}

    # 1. grounding check; claims without a grounded quote are dropped
    entries, cites_of, holders_of, per_article = grounded_claims(by_id, claim_sets, rep_of)

    # 2-3. features and alignment (copies folded: they never change what joins); the
    # clauses of long quotes (`clause_cuts.py`) are left out of both: clause_backing.py
    texts = {a: by_id[a].text for a in per_article}

    def features_of(entries: Sequence[tuple[str, int, Claim]]) -> list[_Feat]:
        feats = _build_features(entries, texts)
        for f in feats:
            f.period = period_named(f.claim.statement, published.get(f.article))
            f.past = names_past(f.claim.statement, published.get(f.article))
            f.published = published.get(f.article)
            f.citations = cites_of[(f.article, f.index)]
            f.origin = _claim_origin(origins, f.article, f.citations)
        read_occurrences(feats, texts, published)  # (each claim's own article's)
        for f in feats:
            held = holders_of.get((f.article, f.index))
            if held is not None:  # expand: a copy states what its representative states
                f.holders = tuple(sorted(held))
                f.citations = tuple(
                    c.model_copy(update={"article": h}) for h in f.holders for c in f.citations
                )
        return feats

    # the clauses of long quotes, as parts with indices after their article's claims (none
    # in a batch of many stories: `clause_backing.MAX_CLAIMS` claims, counted as
    # `api.embed_for_merge` counts them when it embeds the clauses)
    clauses: dict[tuple[str, int], tuple[str, int]] = {}  # part -> the claim holding it
    part_entries: list[tuple[str, int, Claim]] = []
    n_claims = sum(len(cs.claims) for cs in claim_sets)
    backable = entries if n_claims <= backing_step.MAX_CLAIMS else []
    for art_id, index, claim in backable:
        text = texts[art_id]
        for clause in clause_claims(claim):
            ev = clause.evidence[0]
            if text[ev.start : ev.end] != ev.quote:
                continue  # (a quote the merger had to find elsewhere in the text)
            part_key = (art_id, per_article[art_id])
            per_article[art_id] += 1
            clauses[part_key] = (art_id, index)
            part_entries.append((art_id, part_key[1], clause))
            cites_of[part_key] = (
                Citation(article=art_id, quote=ev.quote, start=ev.start, end=ev.end),
            )
            if (art_id, index) in holders_of:
                holders_of[part_key] = holders_of[(art_id, index)]
    all_entries = entries + part_entries
    linked: tuple[list[_Edge], PairContext] | None = None
    views: ViewEdges | None = None
    if clauses:  # (one pass over claims and parts: the views, then clause backing)
        all_feats = features_of(all_entries)
        # the claims' own features are those of the pass over claims and parts: a part adds
        # no name, text or sentence its claim lacks (`clause_cuts.clause_claims`), so each
        # claim reads the same, at its place among the claims alone
        feats = [replace(f, pos=k) for k, f in enumerate(_claims_only(all_feats, clauses))]
        pos_of = {(f.article, f.index): f.pos for f in feats}
        part_edges, _pairs, part_ctx, _prob = link_edges(all_feats, vectors or Vectors.empty())
        linked = (part_edges, part_ctx)
        views = partial(view_edges, all_feats, clauses, pos_of, part_edges)
    else:
        feats, pos_of = features_of(entries), {}
    nested = nested_claims(feats)  # (read by the joins and by the single-source list)
    # each group's medoid is read by `_align` (the statement its item shows) and again for
    # its item below: computed once per member list
    medoid = Medoids(_medoid)
    member_lists, _clusters, conflict_edges, pairs = _align(
        feats, vectors, parts=nested, statement_of=medoid, views=views
    )
    groups = [[feats[m] for m in ms] for ms in member_lists]
    features = [_group_features(feats, c) for c in _clusters]
    group_of = {m: gi for gi, ms in enumerate(member_lists) for m in ms}

    # 5. contested points: groups linked by conflicts or denials, around hubs
    reasons: dict[int, set[str]] = defaultdict(set)
    conflict_units: dict[int, set[str]] = defaultdict(set)
    clashed: dict[int, set[str]] = defaultdict(set)  # the figures a point's conflicts name
    clash_pairs: dict[int, set[tuple[str, str, str]]] = defaultdict(set)  # ... each one's
    dated: set[int] = set()
    timed: set[int] = set()  # points with a clock-time conflict
    spanned: set[int] = set()  # points with a conflict of lengths of time
    placed: dict[int, set[str]] = defaultdict(set)  # place points -> the places named
    accounts: dict[int, str] = {}  # points of two sides' accounts of one act -> the slot
    denied_preds: dict[int, set[str]] = defaultdict(set)
    denial_words: dict[int, set[str]] = defaultdict(set)
    links: list[tuple[int, int, str, str]] = []
    opposed: set[int] = set()  # groups in a point through a denial or opposite polarity
    negating: set[int] = set()  # groups in a point through a negation (a rebuttal)
    negated_in: dict[int, set[str]] = defaultdict(set)  # point -> concepts one side negates
    # A conflict links two groups when it is among each one's `CONFLICT_PARTNERS` best
    # conflict partners (highest score; ties: lower group); `_points` then grows points from
    # hubs, so a slot with several figures (60 / 77 / 84 dead) is one point, and conflicts
    # cannot chain unrelated propositions into one huge point.
    ranked: dict[int, list[tuple[float, int, str]]] = defaultdict(list)
    background: dict[tuple[int, int], int] = {}  # group pair -> its retold earlier event
    for edge in conflict_edges:
        gi, gj = group_of[edge.i], group_of[edge.j]
        if gi == gj:
            continue
        if edge.conflict.startswith("negation") and _self_rebuttal(groups, feats, edge, gi, gj):
            continue
        if no_dispute(edge.conflict, feats[edge.i].claim.statement, feats[edge.j].claim.statement):
            continue  # a demand against its unmet act, two acts' times (`point_vetoes`)
        if not meets(
            edge.conflict, feats[edge.i].claim.statement, feats[edge.j].claim.statement, vectors.get
        ):
            continue  # one word negated and stated of two acts or things (`negation_meets`)
        if one_voice_clash(edge.conflict, feats[edge.i], feats[edge.j], (groups[gi], groups[gj])):
            continue  # one voice on both sides (`one_voice_points`)
        if edge.conflict.startswith("quantity") and (
            _earlier_event_side(groups, feats, edge, gi, gj)
            or both_dated_apart(*_dated(feats[edge.i]), *_dated(feats[edge.j]))
        ):
            continue  # (two claims of past occurrences: `background_sides`)
        if edge.conflict.startswith("quantity"):
            back = background_group(groups, feats, edge, gi, gj)
            if back is not None:  # (a retold earlier event: no side, `without_background`)
                background[(min(gi, gj), max(gi, gj))] = back
        if edge.conflict.startswith("polarity") and any(
            denial_misses_group(feats[x], feats[y], groups[g])
            for x, y, g in ((edge.i, edge.j, gj), (edge.j, edge.i, gi))
        ):
            continue  # a denial of another fact of a compound member (`denial_scope`)
        for g, other in ((gi, gj), (gj, gi)):
            ranked[g].append((-edge.score, other, edge.conflict))
    top: dict[int, dict[int, str]] = {}
    for g, cands in ranked.items():
        mine: dict[int, str] = {}
        for _, other, why in sorted(cands):
            if other not in mine:
                mine[other] = why
            if len(mine) >= CONFLICT_PARTNERS:
                break
        top[g] = mine
    for g, mine in sorted(top.items()):
        for other, why in sorted(mine.items()):
            if g < other and g in top.get(other, {}):
                links.append((g, other, "conflict", why))
    set_against = group_rebuttals(groups, links)  # (two parties' accounts side by side)
    links += set_against
    polarity = [ms[0].claim.polarity for ms in groups]
    point_of = _points(polarity, [(gi, gj) for gi, gj, _, _ in links])
    point_of = _fold_figure_points(point_of, links)
    point_of = fold_party_points(point_of, links, groups)  # (one accusation, two outlets)
    point_of = without_background(point_of, links, background)
    point_of = left_out_figures(point_of, links, background)  # (another slot's conflict)
    point_of = without_answered_elsewhere(point_of, links, groups, feats, group_of)
    ranked_all = ((-s, g, o, w) for g, cs in ranked.items() for s, o, w in cs)
    point_of, time_joins = left_out_times(point_of, links, ranked_all, background)
    links += time_joins  # (a time side of a point of figures: `time_leftovers`)
    for gi, gj, kind, why in sorted(set(links)):
        root = point_of.get(gi, -1)
        if root < 0 or point_of.get(gj) != root:
            continue  # a link between two points (or to a group in none) adds nothing
        if kind == "denial" or why.startswith("polarity"):
            opposed.update((gi, gj))
        if kind == "denial":
            pred, words = why.split("|", 1)
            denied_preds[root].add(pred)
            denial_words[root].update(words.split(","))
        elif why.startswith("polarity"):
            reasons[root].add(_OPPOSITE)
        elif why.startswith("negation"):
            negating.update((gi, gj))
            concept = why.removeprefix("negation: not ")
            negated_in[root].add(concept)
            reasons[root].add(f"one side negates what the other states (negated: {concept})")
        elif why.startswith("quantity"):
            for what in why.removeprefix("quantity ").split("; "):  # (a clash per slot)
                unit = what.split(":", 1)[0]
                conflict_units[root].add("" if unit == "count" else unit)
                reasons[root].add(f"conflicting quantities for one slot ({what})")
                stem, _, figs = what.rpartition(": ")
                fig_a, _, fig_b = figs.partition(" vs ")
                clashed[root].update((fig_a, fig_b))
                clash_pairs[root].add((stem, fig_a, fig_b))
        elif why.startswith("time"):
            if kind != LEFT_OUT_TIME:  # (a left-out time keeps the point's figure sides)
                timed.add(root)
            reasons[root].add(f"conflicting times for one event ({why.removeprefix('time: ')})")
        elif why.startswith("length: "):  # (a side per length: `positions._position_key`)
            spanned.add(root)
            reasons[root].add(f"conflicting lengths of time for one thing ({why[8:]})")
        elif why.startswith("account"):
            what = why.removeprefix("account: ")
            told = what.removeprefix("instrument: ")  # (else what the act hit)
            accounts[root] = "instrument" if told != what else "target"
            reasons[root].add(f"two sides' accounts of {_ACCOUNT_SLOTS[accounts[root]]} ({told})")
        elif why.startswith(PLACE):  # (a side per place its members print)
            placed[root].update(why.removeprefix(PLACE).casefold().split(" vs "))
            reasons[root].add(f"conflicting places for one slot ({why.removeprefix(PLACE)})")
        else:
            dated.add(root)
            reasons[root].add(f"conflicting dates for one slot ({why.removeprefix('date: ')})")
    for g in {g for gi, gj, _, _ in set_against for g in (gi, gj)}:  # (both: a party's)
        negating.discard(g)
        opposed.add(g)

    clusters_of: dict[int, list[int]] = defaultdict(list)
    for gi in range(len(groups)):
        clusters_of[point_of.get(gi, -1 - gi)].append(gi)

    contested: list[ContestedItem] = []
    used: set[int] = set()
    also_agreed: dict[int, list[str]] = defaultdict(list)  # group -> figure points it is in
    shown_on: dict[int, tuple[int, tuple[str, ...]]] = {}  # claim -> (point, side) it is on
    by_negation: set[int] = set()  # ... a point of a negation, not (only) of figures
    by_party: dict[int, str] = {}  # ... a side of a party's assertion or denial: that point
    explained: set[int] = set()  # groups shown as a bare denial's reasons (`denial_reasons`)
    for root, gis in sorted(clusters_of.items()):
        if len(gis) < 2:
            continue
        units = sorted(conflict_units.get(root, ()))
        by_pos: dict[tuple[str, ...], list[_Feat]] = defaultdict(list)
        whole: set[int] = set()  # groups all of whose members are on sides
        kinds = _clashed_kinds([f for gi in gis for f in groups[gi]], clashed.get(root, ()))
        reasons_of = denial_reasons(feats, groups, group_of, point_of, gis)
        for gi in gis:
            side = _position_key(
                groups[gi],
                units,
                root in dated,
                negated_in.get(root, ()),
                root in timed,
                clashed.get(root, ()),
                accounts.get(root, ""),
                root in spanned,
            ) + side_places(groups[gi], placed.get(root, ()))
            if not units or root in dated or root in timed or root in spanned or root in negated_in:
                by_pos[side].extend(groups[gi])
                for f in reasons_of.get(gi, ()):  # (a bare denial's reasons: its side)
                    by_pos[side].append(f)
                    if len(groups[group_of[f.pos]]) == 1:  # (else still an item of its own)
                        explained.add(group_of[f.pos])
                continue
            # a figure point: a member printing a disputed figure is on the side of the
            # figures it prints (a group can hold "77 died" and "80 were killed"); the
            # others (the event without the figure) are on no side unless none prints one
            named = clashed.get(root, set())
            printing = [f for f in groups[gi] if _prints_disputed(f, units, named, kinds)]
            for f in printing:
                figure_side = _position_key([f], units, False, (), False, named)
                by_pos[figure_side].append(f)
                shown_on[f.pos] = (root, figure_side)
            if not printing:
                by_pos[side].extend(groups[gi])
            elif gi in opposed:
                # a group in the point through a denial too ("X said three were killed" /
                # "Y denied the accusation"): its members that print no figure are still
                # the side of the denial they make or answer, not an agreed item apart
                printed = {f.pos for f in printing}
                rest = [f for f in groups[gi] if f.pos not in printed]
                if rest:
                    by_pos[_position_key(rest, units, False, (), False, named)].extend(rest)
                    whole.add(gi)
        if units and not (root in dated or root in timed or root in spanned or root in negated_in):
            by_pos = defaultdict(list, update_sides(by_pos))  # (a one-sentence update's two)
        if len(by_pos) < 2:
            continue
        shown_figs = clashed.get(root, set())
        keyed = sorted(by_pos.items())
        positions = [
            _position(ms, units, root in timed, shown_figs, root in spanned) for _, ms in keyed
        ]
        positions = answered_apart([ms for _, ms in keyed], positions)  # (what a denial answers)
        if not units and (root in denied_preds or _OPPOSITE in reasons[root]):
            positions = denial_heads([ms for _, ms in keyed], positions)
        timeline = ""
        if units:  # a figure point: its figures by publication date (an update?)
            shown = [
                _split_figure(ms, units, False, shown_figs)[0] for _, ms in sorted(by_pos.items())
            ]
            timeline = _figure_timeline([(_figure_text(f, units), f) for f in shown], published)
        order = sorted(
            range(len(positions)),
            key=lambda k: (
                positions[k].polarity != Polarity.asserts,
                -positions[k].origins,
                positions[k].statement,
            ),
        )
        positions = [positions[k] for k in order]
        may_update = (
            root not in denied_preds
            and bool(reasons.get(root))
            and all(r.startswith("one side negates") for r in reasons[root])
        )
        if not units:  # a denial or rebuttal: its sides by publication date; a
            # rebuttal of what was so when first written ("no group has claimed it", then
            # "the group claimed it") may be an update, a denial answers what it denies
            timeline = _figure_timeline(
                [(f"Side {chr(65 + n)}", keyed[k][1]) for n, k in enumerate(order)],
                published,
                kind="side",
                updates=may_update,
            )
        slots = (
            disputed_slots(
                [
                    _split_figure(keyed[k][1], units, root in timed, shown_figs, root in spanned)[0]
                    for k in order
                ],
                [p.origins for p in positions],
                clash_pairs.get(root, ()),
            )
            if units
            else ()
        )
        positions, slots = by_slot(positions, slots)
        all_cites = [c for p in positions for c in p.citations]
        topic = _topic(positions)
        why_all = set(reasons.get(root, ()))
        if root in denied_preds:
            deniers = sorted(
                {
                    _display(f.speaker)
                    for gi in gis
                    for f in groups[gi]
                    if f.claim.polarity == Polarity.denies and f.speaker
                }
            )
            why_all.add(
                f"{_OPPOSITE} — "
                + (", ".join(deniers) or "a party")
                + f" {'deny' if len(deniers) != 1 else 'denies'} it (denial matched by topic: "
                + f"predicate {', '.join(sorted(denied_preds[root]))}; shared "
                + f"{', '.join(sorted(denial_words[root])[:6])})"
            )
        rule = "contested: " + "; ".join(sorted(why_all or {"conflicting positions"}))
        if timeline:
            rule += f" — {timeline}"
        earlier = earlier_sides(positions) if units else ""
        if earlier:
            rule += f" — {earlier}"
        point = ContestedItem(
            id="c-" + _digest(all_cites),
            topic=topic,
            rule=rule,
            positions=tuple(positions),
            slots=slots,
        )
        contested.append(with_timing(point, published, bool(units) or may_update))
        # A figure (or date) dispute does not take away what several origins agree on: a
        # group stated by >= 2 origins that is in the point only through figure or date
        # conflicts stays an agreed item too, and its rule names the point where the other
        # figures are shown ("7 killed" agreed by six outlets; "at least 5" vs "7"
        # contested). So does the negating side of a rebuttal ("so far no group has
        # claimed it", stated by three origins, against a later "the group claimed it"):
        # its origins agree on what was not so when they wrote, and the point shows the
        # statement against it (the statement, often a later update, is in the point
        # only). A group denied, or denying, is in the point only.
        negated_here = negated_in.get(root, set())
        parties = party_sides(groups, [gi for gi in gis if gi in opposed])
        for gi in gis:
            states = gi in negating and not any(side_negated(f) & negated_here for f in groups[gi])
            states &= not told_by_party(groups[gi])  # (a voice's words: `voiced_origins`)
            several = len({f.origin for f in groups[gi]}) >= 2
            if several and not states and (gi not in opposed or gi in parties):
                also_agreed[gi].append(contested[-1].id)
                if gi in negating:
                    by_negation.add(gi)
                if gi in opposed or root in accounts:  # (two sides' accounts: parties too)
                    by_party.setdefault(gi, contested[-1].id)
                continue
            used.add(gi)
            if gi in whole:
                continue
            # A side shows only the members that print the disputed figure; the others
            # (the same event without the figure) are an item of their own, a new group.
            rest = _split_figure(groups[gi], units, root in timed, shown_figs, root in spanned)[1]
            if rest:
                group_of.update((f.pos, len(groups)) for f in rest)
                groups.append(rest)
                features.append(features[gi])
        agreed_here = [groups[gi] for gi in gis if contested[-1].id in also_agreed.get(gi, ())]
        if agreed_here and all(r.startswith("conflicting quantities") for r in why_all):
            # (a figure side an agreed item quotes in full: quoted once, `quoted_once`)
            contested[-1] = quoted_once(contested[-1], agreed_here)
    # 5b. figures disputed inside an agreed group: the group stays agreed on what joined
    # it, and the slot its members give different figures for is a point of its own
    for gi, ms in enumerate(groups):
        if gi in used or len({f.origin for f in ms}) < 2:
            continue
        for sides, clash in inner_disputes(ms):
            if _shown_apart(sides, shown_on):
                continue  # a figure point already shows each figure as a side of its own
            if on_both_sides(sides) and any(f.pos in shown_on for s in sides for f in s):
                continue  # (a told update a figure point shows already: `figure_told_updates`)
            point = _inner_point(sides, clash, published, {c.topic for c in contested})
            contested.append(quoted_once(point, [ms]))
            also_agreed[gi].append(point.id)
    # 5c. measures of one thing given differently across the batch ("a 25-tonne truck" /
    # "a 19-ton truck"): the claims stay where they are, the measure is a point of its own
    contested.extend(measure_points(groups, contested, published))
    contested.sort(key=lambda c: (-sum(p.origins for p in c.positions), c.topic, c.id))

    # 6. agreed and single-source, after compound-sentence support and clause backing
    supports = _compound_support(feats, groups, group_of, pairs, used)
    del pairs  # (a list of ~1M tuples at 100k claims: its memory serves the items below)
    backers: dict[int, _Feat] = {}  # clause parts backing a group, by a position of their own
    n_groups = len(groups)  # (the groups after it are of clauses: `clause_agreement.py`)
    if linked is not None:
        edges = linked[0]
        for gi, backed in backing_step.clause_backing(
            all_feats, clauses, pos_of, vectors, group_of, groups, used, linked
        ).items():
            for backer, why in backed:
                at = len(feats) + len(backers)  # (no claim's position)
                backers[at] = backer
                supports.setdefault(gi, {})[at] = why
        backs = {b.pos for b in backers.values()}
        for ms in clause_agreement(
            all_feats, edges, clauses, pos_of, group_of, groups, used, backs
        ):
            groups.append(ms)
            features.append(("two clauses of longer claims link",))
    agreed: list[Item] = []
    single: list[Item] = []
    for gi, ms in enumerate(groups):
        if gi in used:
            continue
        record = _clusters[gi] if gi < len(_clusters) else None  # (its chosen statement)
        rep = feats[record.statement] if record and record.statement is not None else medoid(ms)
        if gi in also_agreed:
            # the figures are disputed: the item states what its origins agree on, so the
            # members printing no figure speak for it when more origins give them than
            # give a figure (else the figure is what the group is about: a statement
            # without it would be a side remark of a few members)
            plain, with_figure = [], set()
            for f in ms:
                if figures(f.claim.statement):
                    with_figure.add(f.origin)
                else:
                    plain.append(f)
            plain_origins = len({f.origin for f in plain})
            if plain_origins >= 2 and plain_origins > len(with_figure):
                rep = medoid(plain)
        backing = [backers[p] if p in backers else feats[p] for p in sorted(supports.get(gi, {}))]
        everyone = [*ms, *backing]
        n_origins = len({f.origin for f in everyone})
        if n_origins < 2 and all(f.pos in nested for f in ms):
            continue  # a part of a claim that prints whole, stated by no other origin
        sources = tuple(sorted({s for f in everyone for s in f.sources}))
        item_cites = _citations(everyone)
        if n_origins >= 2 and gi in by_party:
            prefix = "a-"
            rule = (
                f"agreed: {n_origins} independent origins report it; it is a side of the "
                f"point {by_party[gi]}, where another party disputes it"
            )
            others = [p for p in also_agreed[gi] if p != by_party[gi]]
            if others:
                rule += f"; the figures they give for it are contested in {', '.join(others)}"
        elif n_origins >= 2 and gi in by_negation:
            prefix = "a-"
            rule = (
                f"agreed: {n_origins} independent origins; the point {also_agreed[gi][0]} "
                "shows what it negates stated"
            )
        elif n_origins >= 2 and gi in also_agreed:
            prefix = "a-"
            rule = (
                f"agreed: {n_origins} independent origins; the figures they give for it "
                f"are contested in {', '.join(also_agreed[gi])}"
            )
        elif n_origins >= 2:
            prefix, rule = "a-", f"agreed: {n_origins} independent origins, no opposing claim"
            if backing:
                rule += " (counting a clause of a longer claim, see features)"
            elif gi >= n_groups:
                rule += " (each states it in a clause of a longer claim)"
            told = agreed_figures(ms, published)
            if told:
                rule += f"; {told}"  # "at least two (Wednesday) · 11 (Friday)": a rising toll
        elif gi in explained:
            continue  # (a bare denial's reasons, shown on its side: no item of their own)
        else:
            prefix = "s-"
            rule = "single source: one origin"
            if len(sources) > 1:
                # an article of an origin of its own whose sentence is a passage copied from
                # another origin's text (a broadcaster's paragraph lifted from a wire story)
                lifted = sorted({f.article for f in ms if f.origin != origins.origin_of(f.article)})
                copied = f": a passage copied in {', '.join(lifted)}" if lifted else ""
                rule += f" ({len(sources)} articles, one origin{copied})"
        item_features = features[gi] + tuple(sorted(supports.get(gi, {}).values()))
        item = Item(
            id=prefix + _digest(item_cites),
            statement=rep.claim.statement,
            kind=_kind(ms, rep),
            speakers=_clause_speakers(ms, rep, clauses, pos_of, feats)
            if gi >= n_groups
            else _speaker_names(ms, rep),
            sources=sources,
            origins=n_origins,
            rule=rule,
            hedges=_hedges(ms),
            features=item_features,
            citations=item_cites,
            points=tuple(also_agreed.get(gi, ())) if n_origins >= 2 else (),
        )
        (agreed if n_origins >= 2 else single).append(item)
    agreed = _without_parts(agreed)
    single = without_repeated_singles(agreed, single)
    before = [c.id for c in contested]
    agreed, contested, single = _unique_ids(agreed, contested, single)
    agreed = renamed_points(agreed, dict(zip(before, (c.id for c in contested), strict=True)))
    agreed.sort(key=lambda it: (-it.origins, -len(it.sources), it.statement, it.id))
    single.sort(key=lambda it: (-len(it.sources), it.statement, it.id))
    contested.sort(key=lambda c: (-sum(p.origins for p in c.positions), c.topic, c.id))

    return built_report(by_id, origins, failures, rep_of, agreed, contested, single)


def _claims_only(feats: Sequence[_Feat], parts: Collection[tuple[str, int]]) -> list[_Feat]:
    """The features of `feats` that are no clause part (`parts`: the parts' keys), in order:
    the canonical order of the claims alone, as each part sorts among them by its own key."""
    return [f for f in feats if (f.article, f.index) not in parts]
