"""Contested points (pipeline step 5) and stories (step 7): denial links between
groups, hub-grown points, positions and their topics.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import combinations

from consensus.merge.accounts import account_head
from consensus.merge.clock import clock_times
from consensus.merge.clusters import _UnionFind
from consensus.merge.features import (
    _concept,
    _Feat,
    _speakers_compatible,
    _stem,
)
from consensus.merge.figure_count_subjects import LEVEL_VERBS, writes_both
from consensus.merge.figure_inclusions import inclusions_apart
from consensus.merge.figure_pairs import (
    earlier_value,
    generic,
    names_differ,
    other_kind,
    places_differ,
)
from consensus.merge.figure_partitives import parts_apart
from consensus.merge.figure_payments import payments_apart
from consensus.merge.figure_point_folds import one_slot_host
from consensus.merge.figure_possessed import owned_echo
from consensus.merge.figure_rivals_told import clause_cited, own_values, told_rivals
from consensus.merge.figure_told_updates import told_updates
from consensus.merge.figure_updates import bound_passed
from consensus.merge.figures import (
    SCALES,
    TERMS,
    Figure,
    figures,
)
from consensus.merge.items import _citations, _hedges, _medoid, _speaker_names
from consensus.merge.lexicon import _TIME_WORD_FORMS, FIGURE_PEOPLE_KINDS
from consensus.merge.prefix_negation import prefixed_negations
from consensus.merge.score import _quantities_conflict, side_negated
from consensus.merge.slots import _comparable, _overlap, owner_key, slot_stem
from consensus.merge.tunables import BLOCK_CAP, STORY_LINK
from consensus.merge.weekdays import weekdays_named
from consensus.models import DisputedFigure, DisputedSlot, Polarity, Position


def _stories(groups: Sequence[list[_Feat]]) -> list[int]:
    """Story of each group: the story (`_article_stories`) of its first article.

    A denial is matched only within its story, so a multi-story batch cannot join two
    events that share nothing but a predicate and a common word.
    """
    art_ids = sorted({f.article for ms in groups for f in ms})
    pos = {a: k for k, a in enumerate(art_ids)}
    story = _article_stories(len(art_ids), [[pos[f.article] for f in ms] for ms in groups])
    return [story[pos[ms[0].article]] for ms in groups]


def _article_stories(n: int, shared: Iterable[Sequence[int]]) -> list[int]:
    """Story of each article 0..n-1, from the article lists of shared groups (or items).

    Two articles sharing >= `STORY_LINK` groups are in one story, transitively: such
    stories are *established*. Then, in article order, each pair sharing fewer groups joins
    its two stories unless both are established: a weak link may add an article (or a
    weakly linked set) to a story but never bridge two established stories, so a few false
    joins cannot chain every event of a large batch into one story, while a small batch
    whose articles share one group each is still one story. A story's id is its lowest
    article index.
    """
    pair_n: Counter[tuple[int, int]] = Counter()
    for arts in shared:
        members = set(arts)
        if len(members) > 1:  # every (a, b), a < b, counted in C
            pair_n.update(combinations(sorted(members), 2))
    uf = _UnionFind(n)
    established = [False] * n
    ordered = sorted(pair_n.items())
    for weak in (False, True):
        for (a, b), k in ordered:
            if (k < STORY_LINK) != weak:
                continue
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb or (weak and established[ra] and established[rb]):
                continue
            root, other = min(ra, rb), max(ra, rb)
            uf.parent[other] = root
            established[root] = not weak or established[ra] or established[rb]
    return [uf.find(k) for k in range(n)]


def _points(polarity: Sequence[Polarity], links: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Contested points from the links between groups: group -> point id.

    Links never chain: a point grows from a HUB, the group with the most links (ties: the
    lower group) not yet in a point, over groups within two links of it, nearest first
    (ties: lower group). A group joins unless some member of its polarity is neither
    linked to it nor shares a linked group with it: two claims on one side of a point are
    opposed by a common party (Trump's and Gerasimov's "encircled" by both Ukrainian
    denials), never related only through a chain A1-D1-A2-D2-A3. A group is in at most one
    point; a point's id is its lowest group.
    """
    adj: dict[int, set[int]] = defaultdict(set)
    for gi, gj in links:
        if gi != gj:
            adj[gi].add(gj)
            adj[gj].add(gi)
    point_of: dict[int, int] = {}
    for hub in sorted(adj, key=lambda g: (-len(adj[g]), g)):
        if hub in point_of:
            continue
        members = [hub]
        near = sorted(g for g in adj[hub] if g not in point_of)
        second = {x for g in near for x in adj[g]} - adj[hub] - {hub}
        for g in near + sorted(x for x in second if x not in point_of):
            if all(polarity[m] != polarity[g] or m in adj[g] or adj[m] & adj[g] for m in members):
                members.append(g)
        if len(members) > 1:
            root = min(members)
            for g in members:
                point_of[g] = root
    return point_of


def _fold_figure_points(
    point_of: Mapping[int, int], links: Iterable[tuple[int, int, str, str]]
) -> dict[int, int]:
    """Points (`_points`) with a figure point folded into the point it is one dispute with.

    A point made of figure conflicts alone ("at least 84 now lay dead" vs "nearly 80
    killed") whose figures, as the conflicts write them, are all figures of the conflicts
    of another point it is linked to by a figure conflict (a point of 60 / 77 / 80 / 84
    killed) is part of that dispute: its groups join that point (the one with the most
    groups, ties: the lower id). A figure point no figure conflict links to any other
    point ("at least 84 now lay dead" vs "more than 70 dead", one side told as later) is
    that dispute too when its slots and its figures are all the larger point's. `links`:
    (group, group, kind, reason) as `_merge` makes them; a point's id stays its lowest
    group."""
    figs: dict[int, set[str]] = defaultdict(set)  # point -> the figures its conflicts name
    mixed: set[int] = set()  # points with a link that is no figure conflict
    across: dict[int, set[int]] = defaultdict(set)  # points linked by a figure conflict
    slots: dict[int, set[str]] = defaultdict(set)  # point -> the slots its conflicts name
    reach: dict[int, set[int]] = defaultdict(set)  # group -> points it conflicts with
    for gi, gj, _kind, why in links:
        ri, rj = point_of.get(gi), point_of.get(gj)
        if ri is None or rj is None:
            continue
        if not why.startswith("quantity "):
            if ri == rj:
                mixed.add(ri)
            continue
        texts = {
            " ".join(t.split()).casefold()
            for what in why.split("; ")
            for t in what.rpartition(": ")[2].split(" vs ")
        }
        if ri == rj:
            figs[ri] |= texts
            slots[ri] |= {what.rpartition(": ")[0] for what in why[9:].split("; ")}
        else:
            across[ri].add(rj)
            across[rj].add(ri)
            reach[gi].add(rj)
            reach[gj].add(ri)
    size = Counter(point_of.values())
    into: dict[int, int] = {}
    for q in sorted(figs, key=lambda r: (size[r], r)):
        hosts = [
            p
            for p in across[q]
            if p not in into
            and (size[p], -p) > (size[q], -q)
            and (figs[q] <= figs[p] or one_slot_host(q, p, point_of, slots, reach))
        ]
        if not hosts and not across[q] and slots[q]:
            # no figure conflict links it anywhere: the same slots and figures as a larger
            # point's are still that dispute ("at least 84 now lay dead" vs "more than 70
            # dead" beside the point of 60 / 70 / 77 / 80 / 84 killed or dead)
            hosts = [
                p
                for p in figs
                if p != q
                and p not in into
                and (size[p], -p) > (size[q], -q)
                and slots[q] <= slots[p]
                and figs[q] <= figs[p]
            ]
        if q not in mixed and hosts:
            into[q] = min(hosts, key=lambda p: (-size[p], p))
    folded = {g: into.get(r, r) for g, r in point_of.items()}
    low: dict[int, int] = {}
    for g, r in folded.items():
        low[r] = min(low.get(r, g), g)
    return {g: low[r] for g, r in folded.items()}


def _topic(positions: Sequence[Position]) -> str:
    """The disputed proposition: the statement of the asserting side that most origins give
    (the shortest among equals). (A medoid over every claim of the point showed claims a
    mixed group had brought in: the seeds' encirclement point was headed "Russian troops
    have also crossed the frontier into ... Sumy".)"""
    asserting = [p for p in positions if p.polarity == Polarity.asserts] or list(positions)
    return max(asserting, key=lambda p: (p.origins, -len(p.statement))).statement


def _compound_support(
    feats: Sequence[_Feat],
    groups: Sequence[list[_Feat]],
    group_of: dict[int, int],
    pairs: Sequence[tuple[int, int]],
    contested: set[int],
) -> dict[int, dict[int, str]]:
    """Single-origin groups corroborated by a clause of a claim in an agreed group.

    Extractors that keep whole sentences fold background facts into a longer claim ("Moscow
    reported retaking 86% ..., including Sudzha, seized by Ukrainian forces during the
    Kursk incursion in August 2024"). Such a claim c supports a single-origin group T when
    c's own group is agreed and uncontested (so c stays under one verdict), c comes from
    another origin, polarity is equal, no quantity conflicts, speakers are compatible or T
    is in the outlet's own voice, and they share an ANCHOR (an explicit month-year or a
    quantity with a unit) plus >= 2 more content concepts covering >= 40% of T's content,
    and c states every quantity with a unit T states (T's other figures are no clause of c).
    Returns target group -> {supporter claim position: feature text}.
    """
    del pairs  # support blocks on its own anchor index, below
    n_origins = [len({f.origin for f in ms}) for ms in groups]
    by_anchor: dict[str, list[int]] = defaultdict(list)
    for f in feats:
        for a in f.anchors:
            by_anchor[a].append(f.pos)
    anchor_pairs: set[tuple[int, int]] = set()
    for plist in by_anchor.values():
        if 2 <= len(plist) <= BLOCK_CAP:
            anchor_pairs.update((x, y) for k, x in enumerate(plist) for y in plist[k + 1 :])
    out: dict[int, dict[int, str]] = defaultdict(dict)
    for i, j in sorted(anchor_pairs):
        for t, c in ((i, j), (j, i)):
            gt, gc = group_of[t], group_of[c]
            if gt in contested or gc in contested or n_origins[gt] != 1 or n_origins[gc] < 2:
                continue
            target, sup = feats[t], feats[c]
            if sup.origin == target.origin or sup.claim.polarity != target.claim.polarity:
                continue
            if target.speaker is not None and not _speakers_compatible(target.speaker, sup.speaker):
                continue
            if _quantities_conflict(target.quantities, sup.quantities):
                continue
            anchors = target.anchors & sup.anchors
            if not anchors:
                continue
            if any(not _MONTH_YEAR.fullmatch(a) for a in target.anchors - sup.anchors):
                continue  # ("posted 40 gigabytes, a part of the 1.8 terabytes": 40 unbacked)
            anchor_words = {w for a in anchors for w in a.split(" ")} | {
                _concept(w) for a in anchors for w in re.split(r"[- ]", a)
            }
            month_words = {
                m for a in anchors if re.fullmatch(r"\d{4}-\d{2}", a) for m in _month_names(a)
            }
            shared = target.content & sup.content
            beyond = sorted(shared - anchor_words - month_words - _TIME_WORDS)
            if len(beyond) < 2 or len(shared) < 0.4 * len(target.content):
                continue
            out[gt][c] = (
                f"support: clause of {sup.article} ({', '.join(sorted(anchors))}; "
                f"shared {', '.join(beyond[:4])})"
            )
    return out


_TIME_WORDS = frozenset(_concept(w) for w in _TIME_WORD_FORMS)
_MONTH_YEAR = re.compile(r"\d{4}-\d{2}")


def _month_names(anchor: str) -> set[str]:
    year, month = anchor.split("-")
    names = "january february march april may june july august september october november "
    name = names.split()[int(month) - 1]
    return {year, name, _concept(name), _stem(name)}


def _position_key(
    members: Sequence[_Feat],
    units: Sequence[str],
    dated: bool,
    negated: Iterable[str] = (),
    timed: bool = False,
    clashed: Iterable[str] = (),
    told: str = "",
) -> tuple[str, ...]:
    """What tells a side of a point from the others: polarity, what it negates, and the
    values it gives for the disputed slots (a value the point's conflicts name counts
    whatever word the side counts it with: "nearly 1,000 troops" and "roughly 1,000
    service members" are one side against "about 850 soldiers"), clock times, dates, and
    what an act hit as the side tells it (`told` "target": link rule 10, by the head noun; or
    "instrument": what it was done with)."""
    parts = [members[0].claim.polarity.value]
    named = {text.casefold() for text in clashed}
    if negated:  # a rebuttal: the side that negates what the other states
        concepts = set(negated)
        negates = any((side_negated(f) | prefixed_negations(f)) & concepts for f in members)
        parts.append("negates" if negates else "states")
    slotted = (
        [
            (stem, fig.value, fig.text.strip().casefold() in named)
            for f in members
            for fig in figures(f.claim.statement)
            # a standing whole ("the plant, which has about 900 employees") is no value
            # of the disputed slot, unless the point's conflicts name it
            if not fig.total or fig.text.strip().casefold() in named
            for stem in [slot_stem(fig.slot[0]) if fig.slot else ""]
        ]
        if units
        else []
    )  # each member's figures read once, whatever the number of units
    if named and any(hit for _, _, hit in slotted):
        values = sorted({v for _, v, hit in slotted if hit})
        parts.append(",".join(f"{v:g}" for v in values))
        units = ()  # (the values say it)
    for unit in units:
        # a figure slot (the stem of its nearest word) or an extractor unit
        vals = sorted({value for stem, value, _ in slotted if stem == unit}) or sorted(
            {v for f in members for v in f.quantities.get(unit, ())}
        )
        parts.append(f"{','.join(f'{v:g}' for v in vals)} {unit}".strip())
    if timed:  # a side per clock time (minutes since midnight, zero-padded to sort)
        clocks = {t.minutes for f in members for t in clock_times(f.claim.statement)}
        parts.append(",".join(f"{m:04d}" for m in sorted(clocks)))
    if dated:  # a side per calendar date or period
        dates = {d for f in members for d in (f.date, f.day, f.period) if d}
        parts.append(",".join(sorted(dates or weekdays_named(members))))
    if told:  # a side per thing the act hit ("depot" / "school")
        heads = {account_head(f.claim.statement, told) for f in members}
        parts.append(",".join(sorted(heads - {""})))
    return tuple(parts)


def _figure_text(shown: Sequence[_Feat], units: Sequence[str]) -> str:
    """The disputed figure of a side as its statements write it ("at least 84"): the most
    common written form among `shown` (the side's members that print a figure,
    `_split_figure`) for the disputed slot, else for any slot."""
    written = Counter(
        fig.text.strip()
        for f in shown
        for fig in figures(f.claim.statement)
        if fig.slot and slot_stem(fig.slot[0]) in units
    )
    if not written:
        written = Counter(
            fig.text.strip() for f in shown for fig in figures(f.claim.statement) if fig.slot
        )
    return min(written, key=lambda t: (-written[t], t)) if written else ""


def _figure_timeline(
    sides: Sequence[tuple[str, Sequence[_Feat]]],
    published: Mapping[str, dt.date | None],
    kind: str = "figure",
    updates: bool = True,
) -> str:
    """For a figure point: its figures in order of first publication (publication dates of
    the sources that print them), and whether the latest may be an update ("86
    (2016-08-05)", first published after every other figure was) rather than a disagreement
    of one moment. `sides` are (figure as written, members that print it); '' when a side
    has no dated source, all its dates are one day, or every side spans the same days.
    With `kind` "side" the same for the sides of a point without figures ("Side A", "Side
    B": a denial, a rebuttal); without `updates` the order is shown but no side is called a
    possible update (a denial comes after what it denies)."""
    spans: list[tuple[dt.date, dt.date, str]] = []
    for figure, members in sides:
        days = [published.get(s) for f in members for s in f.sources]
        dated = [d for d in days if d is not None]
        if not dated or not figure:
            return ""
        spans.append((min(dated), max(dated), figure))
    spans.sort()
    if len({d for lo, hi, _ in spans for d in (lo, hi)}) < 2:
        return ""
    if len({(lo, hi) for lo, hi, _ in spans}) == 1:
        return ""  # every side printed over the same days: no order to tell
    shown = " · ".join(
        f"{fig} ({lo.isoformat()}{'' if lo == hi else ' to ' + hi.isoformat()})"
        for lo, hi, fig in spans
    )
    last_lo, _, last_fig = spans[-1]
    if updates and all(hi < last_lo for _, hi, _ in spans[:-1]):
        return (
            f"{kind}s by first publication: {shown}; {last_fig} was first published after "
            f"every other {kind}: possibly an update rather than a disagreement"
        )
    return f"{kind}s by first publication: {shown}"


# a side that gives its figure as an earlier one, in its own words ("police had earlier
# said seven were killed", "initial reports put the toll at 12")
EARLIER_WORDS = re.compile(
    r"\b(?:had (?:earlier|initially|previously|first) (?:said|reported|put|given|estimated)"
    r"|(?:earlier|initial|first|previous) (?:reports?|figures?|estimates?|counts?|tolls?)"
    r"|initially (?:said|reported|put|gave|estimated))\b",
    re.IGNORECASE,
)


def earlier_sides(positions: Sequence[Position]) -> str:
    """For a point's sides (in their shown order): the note naming the sides that give
    their figure as an earlier one in their own words ('Side B gives its figure as an
    earlier one ("had earlier said"): an update rather than a disagreement'); '' when
    none does, or every side does."""
    found = []
    for n, p in enumerate(positions):
        texts = [p.statement, *(c.quote for c in p.citations)]
        m = next((m for t in texts if (m := EARLIER_WORDS.search(t))), None)
        if m is not None:
            found.append((f"Side {chr(65 + n)}", m.group(0)))
    if not found or len(found) == len(positions):
        return ""
    sides = " and ".join(label for label, _ in found)
    gives = "gives its figure" if len(found) == 1 else "give their figures"
    return (
        f'{sides} {gives} as an earlier one ("{found[0][1]}"): an update rather than a disagreement'
    )


def agreed_figures(members: Sequence[_Feat], published: Mapping[str, dt.date | None]) -> str:
    """For an agreed item whose origins print different counts that agree ("at least two
    people were killed", then "the death toll rose to 11"): those counts by first
    publication (`_figure_timeline`), so a rising count is not read as the first one. Read
    only where each member printing a count prints one (the group agrees on one thing, so
    its one count is that thing's); '' when they print one count, or a member prints more."""
    sides: dict[str, list[_Feat]] = defaultdict(list)
    values: set[float] = set()
    for f in members:
        counts = [g for g in figures(f.claim.statement) if not g.unit and not g.vague]
        if len(counts) > 1:
            return ""
        for fig in counts:
            sides[written_figure(f.claim.statement, fig)].append(f)
            values.add(fig.value)
    if len(values) < 2 or len({f.origin for ms in sides.values() for f in ms}) < 2:
        return ""
    timeline = _figure_timeline(sorted(sides.items()), published)
    return timeline.replace(
        "figures by first publication", "the counts its sources print, by first publication"
    )


def _prints_slot(f: _Feat, units: Sequence[str]) -> bool:
    return any(fig.slot and slot_stem(fig.slot[0]) in units for fig in figures(f.claim.statement))


def _split_figure(
    members: Sequence[_Feat],
    units: Sequence[str],
    timed: bool = False,
    clashed: Collection[str] = (),
) -> tuple[list[_Feat], list[_Feat]]:
    """A group in a figure (or clock-time) point, split into the members that print a
    figure of a disputed slot (a clock time) and the rest (claims of the same event without
    it: "a truck plowed into the crowd" beside "at least 84 people were killed when a truck
    plowed into the crowd"). Without such a member, or outside such a point, every member
    is shown. `clashed`: the figures the point's conflicts name, as written ("85")."""
    tests: list[Callable[[_Feat], bool]] = []
    if units:
        # the disputed slot by its own word or a figure a conflict named ("rose to 85",
        # not "more than 10 children were among the dead" beside it; "nearly 1,000 troops"
        # beside "1,000 service members"); else any figure (the point's conflict matched
        # the slot words by vectors: "died" for "dead")
        tests += [
            lambda f: (
                _prints_slot(f, units)
                or any(fig.text in clashed for fig in figures(f.claim.statement))
            ),
            _prints_figure,
        ]
    if timed:
        tests.append(lambda f: bool(clock_times(f.claim.statement)))
    for prints in tests:
        shown = [f for f in members if prints(f)]
        if shown:
            return shown, [f for f in members if not prints(f)]
    return list(members), []


def _prints_disputed(
    f: _Feat,
    units: Collection[str],
    clashed: Collection[str],
    kinds: Collection[tuple[str, bool]] = (),
) -> bool:
    """Does the claim print a figure of a disputed slot (by the slot's word) or a figure
    the point's conflicts name? `kinds`: the (unit, `Figure.change`) of the figures the
    conflicts name, when known; a figure of the slot's word of another kind is no figure
    of the slot ("a two-year trade war" beside "extended by ten years" / "by 15 years")."""
    named = {text.casefold() for text in clashed}
    # (a figure of the slot a thousand times from every one the conflicts name counts
    # another thing: "the previous offer was $10" beside "$105 billion" / "$121 billion")
    values = [g for text in clashed for g in figures(text)[:1]]
    return any(
        fig.text.strip().casefold() in named
        or (
            fig.slot
            and not fig.total  # a standing whole ("..., which has 900 employees")
            and slot_stem(fig.slot[0]) in units
            and (not values or any(_comparable(fig, g) for g in values))
            and (not kinds or (fig.unit, fig.change) in kinds)
        )
        for fig in figures(f.claim.statement)
    )


def _prints_figure(f: _Feat) -> bool:
    return bool(figures(f.claim.statement))


def _position(
    members: Sequence[_Feat],
    units: Sequence[str] = (),
    timed: bool = False,
    clashed: Collection[str] = (),
) -> Position:
    """A side of a point. For a figure point, only the members that print a figure of the
    disputed slot are the side (its statement, sources, origins and citations), so the sides
    show what differs and count only who states each figure."""
    members = _split_figure(members, units, timed, clashed)[0]
    rep = _medoid(members)
    return Position(
        statement=rep.claim.statement,
        polarity=rep.claim.polarity,
        speakers=_speaker_names(members, rep),  # (its medoid: found once)
        sources=tuple(sorted({s for f in members for s in f.sources})),
        origins=len({f.origin for f in members}),
        hedges=_hedges(members),
        citations=_citations(members),
    )


# Words written before a figure that belong to it ("at least 84", "nearly 80", "up to 32").
BOUND_BEFORE = re.compile(
    r"(?:at least|at most|more than|fewer than|less than|up to|as many as|nearly|almost|about|"
    r"around|roughly|some|over|under|approximately|an estimated|a further|another)\s+$",
    re.IGNORECASE,
)
_BOUND_WORDS = frozenset(
    "at more fewer less up as nearly almost about around roughly some over under "
    "approximately an a another".split()
)


def bound_start(statement: str, fig: Figure) -> int:
    """Where a figure starts with the bound written before it ("at least 84")."""
    bound = BOUND_BEFORE.search(statement, max(0, fig.start - 20), fig.start)
    return fig.start if bound is None else bound.start()


def in_line(text: str, fig: Figure) -> str:
    """`text` (a figure as written, from its bound on) as it reads inside a line: "At least
    60", "Forty-two", "Dozens" open their sentence, not the line."""
    first = text.split(" ", 1)[0]
    if first.lower() in _BOUND_WORDS or (text[:1].isupper() and fig.text[:1].isalpha()):
        if first.isupper() and len(first) > 1:  # "AT least two": a tabloid's capitals
            return first.lower() + text[len(first) :]
        return text[:1].lower() + text[1:]
    return text


def written_figure(statement: str, fig: Figure) -> str:
    """The figure with the bound written before it, as it reads inside a line."""
    start = bound_start(statement, fig)
    text = in_line(" ".join(statement[start : fig.start + len(fig.text)].split()), fig)
    if fig.unit in TERMS:  # "12" of "jailed for 12 years" reads "12 years"
        text += f" {fig.unit}" if fig.value == 1 else f" {fig.unit}s"
    return text


# A participle or a state a counted figure is in ("killed", "taken", "dead", "missing").
STATE = re.compile(r"(?:ed|en|dead|hurt|missing)$", re.IGNORECASE)


def count_state(word: str) -> bool:
    """Whether a slot word is a state a count is in ("killed", "dead", "missing"): a verb
    of level ("has risen to 21", "climbed to 40") moves a count and names none of it."""
    return bool(STATE.search(word)) and word.lower() not in LEVEL_VERBS


def counted(statement: str, fig: Figure) -> tuple[str, str]:
    """What a figure of `statement` counts, as written: (a participle or state among its two
    nearest slot words, "killed", "dead"; its noun phrase, "fire rescue units", "barrels"),
    each '' when it has none (a verb such as "fell" or a word before the figure such as
    "share" names nothing)."""
    state = next((w for w in fig.slot[:2] if count_state(w)), "")
    noun = fig.noun
    if fig.noun and fig.head and fig.head != fig.noun:
        end = fig.start + len(fig.text)
        run = re.match(
            rf"\W*({re.escape(fig.noun)}(?:\s+[\w'’-]+){{0,2}}?\s+{re.escape(fig.head)})\b",
            statement[end : end + 60],
            re.IGNORECASE,
        )
        noun = run.group(1).casefold() if run else f"{fig.noun} {fig.head}"
    return state, " ".join(noun.split())


# Words that qualify a count's state ("four are seriously injured", "two still trapped"):
# adverbs in -ly and a few of time, the rest of the words before the state being auxiliaries
_QUALIFIER = re.compile(r"[a-z]+ly|still|now|already|yet", re.IGNORECASE)
_AUXILIARY = frozenset("are were is was have has had been be being people".split())


def _qualified(statement: str, fig: Figure, state: str) -> str:
    """' seriously injured' when the count's state is qualified ("four are seriously
    injured" is not "four injured"; "two still trapped" is not "two trapped"); else ''."""
    if not state:
        return ""
    end = fig.start + len(fig.text)
    words = re.findall(r"[\w'’-]+", statement[end : end + 60])[:5]
    lowered = [w.casefold() for w in words]
    if state not in lowered:
        return ""
    between = [w for w in words[: lowered.index(state)] if w.casefold() not in _AUXILIARY]
    if between and all(_QUALIFIER.fullmatch(w) for w in between):
        return " " + " ".join([*between, state])
    return ""


def _last(name: str) -> str:
    return slot_stem(name.split()[-1])


_KIND_CONCEPTS = frozenset(_concept(slot_stem(w)) for w in FIGURE_PEOPLE_KINDS)


def _key(fig: Figure) -> str:
    return " ".join(fig.text.split()).casefold()


def _shares(fig: Figure, words: Counter[str]) -> int:
    return sum(words[w] for w in set(fig.slot[:3]))


def disputed_slots(
    sides: Sequence[Sequence[_Feat]],
    origins: Sequence[int],
    conflicts: Iterable[tuple[str, str, str]],
) -> tuple[DisputedSlot, ...]:
    """What each side of a figure point gives for each disputed slot.

    `sides`: the members each position shows, in position order; `origins`: each side's
    independent origins; `conflicts`: the slot stem and the figure texts each conflict of
    the point set against each other ("dead", "five", "seven"). Figures linked by conflicts,
    transitively, are one slot (one counted thing: "at least five dead" vs "seven killed";
    "more than 50 injured" vs "at least 40"), so a point whose sides count several things is
    shown slot by slot. A side no conflict names gives the figures its members print for a
    conflict's slot stem ("Scores of people were killed" beside "kill: 60 vs 84").
    A side gives, for a slot, the figure of the slot its members write most often (ties: the
    first in text order); sides giving one figure share an entry. A slot is named by what
    its figures count (`counted`: a participle or state, else a noun phrase), the wording
    whose last word most sides use, then most origins (ties: the shortest, then
    alphabetical); '' when no figure of it names what it counts, or two sides' figures count
    different nouns. Slots in order of the most
    origins a side of each has (ties: the name); figures likewise. Slots where every side
    gives one figure are left out."""
    root: dict[str, str] = {}

    def find(t: str) -> str:
        while root[t] != t:
            root[t] = root[root[t]]
            t = root[t]
        return t

    # A figure is a node of the slot its conflict counts, by the stem's concept: "five" of
    # "dead: five vs seven" and "five" of "trapp: five vs three" are two nodes, so a number
    # two counted things share does not make them one slot.
    stems: dict[str, str] = {}  # a conflict's slot stem -> a node it names
    nodes_of: dict[str, list[str]] = defaultdict(list)  # figure text -> its nodes
    for stem, *pair in sorted(conflicts):
        what = _concept(stem)
        keys = [f"{what}\x00{' '.join(t.split()).casefold()}" for t in pair]
        for k in keys:
            if k not in root:
                root[k] = k
                nodes_of[k.split("\x00", 1)[1]].append(k)
        a, b = find(keys[0]), find(keys[1])
        if a != b:
            root[max(a, b)] = min(a, b)
        stems.setdefault(stem, keys[0])

    def node(fig: Figure) -> str | None:
        """The node a member's figure gives: of its text, the one whose slot its own slot
        words name, else the only one."""
        held = nodes_of.get(_key(fig))
        if not held:
            return None
        if len(held) == 1:
            return held[0]
        if generic(fig):
            # "at least two people were killed", set against "at least four civilians"
            # (`people_kind_clash`): the kind's slot, not another count's of one number
            # ("two dead bodies")
            kinds = [k for k in held if k.split("\x00", 1)[0] in _KIND_CONCEPTS]
            if kinds:
                return kinds[0]
        own = {_concept(slot_stem(w)) for w in fig.slot[:3]}
        mine = [k for k in held if k.split("\x00", 1)[0] in own]
        return mine[0] if mine else None

    written: dict[str, dict[int, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    first_at: dict[tuple[str, int, str], tuple[int, int]] = {}
    # (slot, side, figure as written) -> (origin, what it counts, its counted noun's stem)
    names: dict[tuple[str, int, str], set[tuple[str, str, str]]] = defaultdict(set)
    owners: dict[str, str] = {}  # a slot name with an owner -> the name without it
    where: dict[str, set[str]] = defaultdict(set)  # slot -> the places its figures name
    # (slot, figure as written) -> what it says: its value, bound, unit and qualifier
    same_value: dict[tuple[str, str], tuple[object, ...]] = {}
    # a member may print a named figure twice ("two dead bodies ... two city hospitals"):
    # it gives, for each slot, the one whose slot words the slot's figures share most
    found = [
        [
            [(find(key), fig) for fig in figures(f.claim.statement) if (key := node(fig))]
            for f in members
        ]
        for members in sides
    ]
    for i, members in enumerate(sides):
        if not any(found[i]):
            found[i] = [
                [
                    (find(stems[stem]), fig)
                    for fig in figures(f.claim.statement)
                    if fig.slot and (stem := slot_stem(fig.slot[0])) in stems
                ]
                for f in members
            ]
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for per_member in found:
        for hits in per_member:
            for slot, fig in hits:
                shared[slot].update(set(fig.slot[:3]))
    for i, members in enumerate(sides):
        for n, f in enumerate(members):
            best: dict[str, Figure] = {}
            for slot, fig in found[i][n]:
                held = best.get(slot)
                if held is None or _shares(fig, shared[slot]) > _shares(held, shared[slot]):
                    best[slot] = fig
            for slot, fig in best.items():
                state, noun = counted(f.claim.statement, fig)
                text = written_figure(f.claim.statement, fig)
                qualified = _qualified(f.claim.statement, fig, state)
                text += qualified
                # one value however written ("1.2 million" / "1,200,000") is one entry
                same_value.setdefault(
                    (slot, text.casefold()),
                    (fig.value, fig.high, fig.bound, fig.unit, fig.vague, qualified.casefold()),
                )
                written[slot][i][text] += 1
                first_at.setdefault((slot, i, text), (n, fig.start))
                # a count is named by its state, else its noun ("killed", "barrels"); an
                # amount by its noun ("offer")
                word = noun if fig.unit not in ("", "%") else ("" if fig.vague else state or noun)
                if fig.owner:
                    # a share or an amount by its owner ("profit", "shares"), a count by its
                    # noun and owner ("seats (Labour Party)")
                    plain = word
                    word = f"{word} ({fig.owner})" if word and not fig.unit else fig.owner
                    owners[word] = plain
                elif fig.unit in SCALES:
                    word = fig.unit  # a reading on a scale is named by it ("magnitude")
                elif fig.unit in TERMS:
                    word = "term"  # "sentenced to 12 years": a term
                # (every word of the noun: "six crew members" and "nine crew" count crew)
                stem = (
                    " ".join(slot_stem(w) for w in noun.split()) if not STATE.search(noun) else ""
                )
                names[(slot, i, text)].add((f.origin, word, "" if fig.unit else stem))
                where[slot].add(fig.where)
    out: list[tuple[tuple[int, str], DisputedSlot]] = []
    for slot, per_side in written.items():
        given: dict[tuple[object, ...], list[int]] = {}
        shown: dict[tuple[object, ...], str] = {}
        said: set[tuple[str, str, str]] = set()
        side_nouns: list[set[str]] = []
        sides_saying: Counter[str] = Counter()  # a name's last word -> sides using it
        owner_sides: Counter[str] = Counter()  # an owner's last word -> sides naming it
        for i in sorted(per_side):
            texts = per_side[i]
            text = min(texts, key=lambda t: (-texts[t], first_at[(slot, i, t)]))
            value = same_value.get((slot, text.casefold()), (text.casefold(),))
            shown.setdefault(value, text)
            given.setdefault(value, []).append(i)
            said |= names[(slot, i, text)]
            side_nouns.append({w for *_, stem in names[(slot, i, text)] for w in stem.split()})
            sides_saying.update(
                {_last(owners.get(w) or w) for _o, w, _s in names[(slot, i, text)] if w}
            )
            owner_sides.update({_last(w) for _o, w, _s in names[(slot, i, text)] if w in owners})
        if len(given) < 2:
            continue
        votes = Counter(
            word if word not in owners or owner_sides[_last(word)] > 1 else owners[word]
            for _origin, word, _stem in said
            if word
        )  # (an owner only one side names is no name for every side's figures)
        del votes[""]
        name = (
            min(votes, key=lambda w: (-sides_saying[_last(w)], -votes[w], len(w), w))
            if votes
            else ""
        )
        if any(a and b and not a & b for a, b in combinations(side_nouns, 2)):
            name = ""  # "30 times" against "four ships" counts two things: no one name
        places = where[slot]
        if name and len(places) == 1 and "" not in places:
            name += f" in {next(iter(places))}"  # every figure counts one place: "died in Iraq"
        entries = sorted(given.items(), key=lambda kv: (-max(origins[i] for i in kv[1]), kv[1][0]))
        figs = tuple(DisputedFigure(text=shown[k], positions=tuple(idx)) for k, idx in entries)
        most = max(origins[i] for _k, idx in entries for i in idx)
        out.append(((-most, name), DisputedSlot(slot=name, figures=figs)))
    return tuple(s for _k, s in sorted(out, key=lambda x: x[0]))


def _one_slot(a: Figure, b: Figure) -> bool:
    """Two figures of one group count one thing, by their words alone (no vectors: inside a
    group that joined on what it agrees, a dispute is read only where the words say so):
    one unit, and the same counted noun ("four rescue units" / "five fire rescue units"),
    else, when either has none, the same nearest slot word ("five trapped" / "two
    trapped"); never a named part and a whole ("two children from Algeria" / "10
    children"), nor shares or amounts of two owners ("revenue" / "cloud revenue")."""
    if a.unit != b.unit or a.part != b.part or places_differ(a, b) or other_kind(a, b):
        return False
    if a.owner and b.owner and owner_key(a.owner) != owner_key(b.owner):
        if a.owner[:1].islower() or names_differ(a, b):
            return False
    noun_a, noun_b = a.head or a.noun, b.head or b.noun
    if noun_a and noun_b:
        return slot_stem(noun_a) == slot_stem(noun_b)
    return bool(a.slot and b.slot) and slot_stem(a.slot[0]) == slot_stem(b.slot[0])


def _join_in_other_words(
    values: dict[int, set[float]], figs: Sequence[Sequence[Figure]], slot: Sequence[Figure]
) -> None:
    """Members with no figure of the slot whose one figure of the same unit and value as a
    figure of the slot shares two of its slot words ("four fire and rescue crews" beside
    "eight fire engines and four rescue units": fire, rescue, engines) give that figure
    too."""
    for k, fs in enumerate(figs):
        if k in values:
            continue
        hits = {
            f.value
            for f in fs
            for g in slot
            if f.unit == g.unit and f.value == g.value and len(set(f.slot) & set(g.slot)) >= 2
        }
        if len(hits) == 1:
            values[k] = hits


def inner_disputes(
    members: Sequence[_Feat],
) -> list[tuple[list[list[_Feat]], list[tuple[str, str, str]]]]:
    """Figures disputed inside one group: members of two origins that give different
    figures for one slot (`_one_slot`) while what joined them agrees ("eight fire engines
    and four rescue units" / "eight fire engines, five fire rescue units").

    Figures of one slot are those linked, transitively, by an equal or a clashing pair of
    two origins (a clash: different values that do not overlap, `_overlap`, and are
    comparable, not two vague counts); a member that gives one of them in other words joins
    (`_join_in_other_words`). For each slot with a clash and no member giving two of its
    values (a source that writes both, "up from its initial offer of $70 to $82",
    tells an update, not a dispute): its sides (the members giving each value), in order of
    value, and the clashing figure texts (for `disputed_slots`). Pure; [] for most groups."""
    figs = [figures(f.claim.statement) for f in members]
    statements = [f.claim.statement for f in members]
    nodes = [(k, j) for k, fs in enumerate(figs) for j in range(len(fs))]
    if len({members[k].origin for k, _ in nodes}) < 2:
        return []
    index = {node: n for n, node in enumerate(nodes)}
    uf = _UnionFind(len(nodes))
    clashes: list[tuple[int, str, str, str]] = []
    for (k, j), (m, i) in combinations(nodes, 2):
        if k == m or members[k].origin == members[m].origin:
            continue
        a, b = figs[k][j], figs[m][i]
        if not _one_slot(a, b):
            continue
        same = a.value == b.value
        if not same and (
            (a.vague and b.vague)
            or (
                _overlap(a, b)  # (but a bound a later day's count passed: an update)
                and not bound_passed(a, members[k].published, b, members[m].published)
            )
            or not _comparable(a, b)
            or earlier_value(a, b)
        ):
            continue
        if not same and (
            payments_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or inclusions_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or a.when.isdigit() != b.when.isdigit()  # (a year's event: "in 2022, when ...")
            or parts_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or writes_both(figs[k], a, b)
            or writes_both(figs[m], b, a)
            or owned_echo(statements[k], figs[k], a, b)
            or owned_echo(statements[m], figs[m], b, a)
        ):
            continue  # a reward and a value (`figure_payments`), a part and a count of its
            # own ("14 of the 19 men" / "four men dead": `figure_partitives`)
        x, y = uf.find(index[(k, j)]), uf.find(index[(m, i)])
        uf.parent[max(x, y)] = min(x, y)
        if not same:
            clashes.append(
                (index[(k, j)], slot_stem(a.head or a.noun or a.slot[0]), a.text, b.text)
            )
    out = []
    for slot in sorted({uf.find(n) for n, *_clash in clashes}):
        values: dict[int, set[float]] = defaultdict(set)
        given: dict[int, list[Figure]] = defaultdict(list)
        for n, (k, j) in enumerate(nodes):
            if uf.find(n) == slot:
                values[k].add(figs[k][j].value)
                given[k].append(figs[k][j])
        reads = own_values(values, statements, given)
        if reads is None:
            continue  # one source writes both ("up from its initial $70 to $82"): no dispute
        _join_in_other_words(
            values, figs, [figs[k][j] for n, (k, j) in enumerate(nodes) if uf.find(n) == slot]
        )
        by_value: dict[float, list[_Feat]] = defaultdict(list)
        for k, vals in sorted(values.items()):
            read = reads.get(k) or ((given[k][0], len(statements[k])) if given.get(k) else None)
            member = clause_cited(members[k], *read) if reads and read else members[k]
            by_value[next(iter(vals))].append(member)
        if len(by_value) < 2:
            continue
        texts = sorted({(stem, t, u) for n, stem, t, u in clashes if uf.find(n) == slot})
        out.append(([by_value[v] for v in sorted(by_value)], texts))
    origins = [f.origin for f in members]

    def at(k: int) -> _Feat:  # (a told update's writer is keyed -1 - k on its told side)
        return members[k if k >= 0 else -1 - k]

    for sides, clash, told in [
        *told_rivals(statements, origins, figs),
        *told_updates(statements, origins, figs),
    ]:
        shown = {m.pos for ss, _t in out for side in ss for m in side}
        if not any(at(k).pos in shown for side in sides for k in side):
            cited = [[clause_cited(at(k), *told[k]) for k in side] for side in sides]
            out.append((cited, [clash]))
    return out


def by_slot(
    positions: Sequence[Position], slots: Sequence[DisputedSlot]
) -> tuple[list[Position], tuple[DisputedSlot, ...]]:
    """The sides of a figure point in the order of its slots and their figures (the sides
    giving the first slot's figures first, then the next slot's, then any other side), so a
    point of killed and injured figures lists the killed sides together; `slots` renumbered
    to match. The order within is kept, and the first slot holds the side with most
    origins: it stays first when it gives a figure."""
    order: list[int] = []
    for slot in slots:
        for fig in slot.figures:
            order += [i for i in fig.positions if i not in order]
    order += [i for i in range(len(positions)) if i not in order]
    new = {old: k for k, old in enumerate(order)}
    renumbered = tuple(
        slot.model_copy(
            update={
                "figures": tuple(
                    fig.model_copy(
                        update={"positions": tuple(sorted(new[i] for i in fig.positions))}
                    )
                    for fig in slot.figures
                )
            }
        )
        for slot in slots
    )
    return [positions[i] for i in order], renumbered
