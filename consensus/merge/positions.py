"""The sides of a contested point (pipeline step 5): what tells a side from the others
(`_position_key`), which members of a figure point print a disputed figure, and a side as
shown (`_position`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from consensus.merge.accounts import account_head
from consensus.merge.clock import clock_times
from consensus.merge.features import _Feat
from consensus.merge.figures import figures
from consensus.merge.items import _citations, _hedges, _medoid, _speaker_names
from consensus.merge.lengths import lengths
from consensus.merge.prefix_negation import prefixed_negations
from consensus.merge.score import side_negated
from consensus.merge.slots import _comparable, slot_stem
from consensus.merge.weekdays import weekdays_named
from consensus.models import Position


def _position_key(
    members: Sequence[_Feat],
    units: Sequence[str],
    dated: bool,
    negated: Iterable[str] = (),
    timed: bool = False,
    clashed: Iterable[str] = (),
    told: str = "",
    spans: bool = False,
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
    if spans:  # a side per length of time ("for 52 days": `length_edges`)
        told_spans = {(x.value, x.side) for f in members for x in lengths(f.claim.statement)}
        parts.append(",".join(f"{v:012.0f}{s:+d}" for v, s in sorted(told_spans)))
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


def _prints_slot(f: _Feat, units: Sequence[str]) -> bool:
    return any(fig.slot and slot_stem(fig.slot[0]) in units for fig in figures(f.claim.statement))


def _split_figure(
    members: Sequence[_Feat],
    units: Sequence[str],
    timed: bool = False,
    clashed: Collection[str] = (),
    spans: bool = False,
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
    if spans:  # (a point of two lengths of time: `length_edges`)
        tests.append(lambda f: bool(lengths(f.claim.statement)))
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
    spans: bool = False,
) -> Position:
    """A side of a point. For a figure point, only the members that print a figure of the
    disputed slot are the side (its statement, sources, origins and citations), so the sides
    show what differs and count only who states each figure."""
    members = _split_figure(members, units, timed, clashed, spans)[0]
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


def _clashed_kinds(members: Sequence[_Feat], clashed: Collection[str]) -> set[tuple[str, bool]]:
    """The (unit, `Figure.change`) of the figures of a point's members that its conflicts
    name, as written ("ten", "15"): the kinds of figure the point disputes."""
    named = {text.strip().casefold() for text in clashed}
    return {
        (fig.unit, fig.change)
        for m in members
        for fig in figures(m.claim.statement)
        if fig.text.strip().casefold() in named
    }
