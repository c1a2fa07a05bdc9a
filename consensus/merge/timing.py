"""When the sides of a contested point were given, so an editor sees an update apart from a
disagreement of one moment.

A contested point's sides and figures get the first and last publication dates of the
sources that print them, and a `timing` ("earlier" / "later") when their own words place
them ("five people were initially trapped" / "two people still trapped", "the toll rose to
85", "police had earlier said seven") or, without such words, when one was first published
after every other. A disputed slot, and the point, says why it reads as an update
(`UpdateBy`): its figures' own words, a count that only rose as it was published, or a last
figure first published after every other.

PURE: reads the point's sides and the articles' publication dates; never decides a verdict.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.figure_timeline import EARLIER_WORDS
from consensus.merge.figures import Figure, figures
from consensus.merge.lexicon import FIGURE_EARLIER_CUES, FIGURE_LATER_CUES
from consensus.merge.slots import slot_stem
from consensus.models import (
    ContestedItem,
    DisputedSlot,
    Position,
    Timing,
    UpdateBy,
)

# words either side of a figure, within its clause, searched for a time cue
_CUE_WORDS = 4
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]\"“”]")
_CUES = tuple(
    (when, tuple(cue.split()))
    for when, cues in (("earlier", FIGURE_EARLIER_CUES), ("later", FIGURE_LATER_CUES))
    for cue in cues
)


def _has_cue(words: Sequence[str], cue: Sequence[str]) -> bool:
    n = len(cue)
    return any(tuple(words[k : k + n]) == tuple(cue) for k in range(len(words) - n + 1))


def figure_cue(text: str, fig: Figure) -> tuple[str, str]:
    """When a figure's own words place it against other figures of its slot: ("earlier",
    "initially") for "five people were initially trapped", ("later", "still") for "two
    people still trapped", ("later", "rose to") for "the toll rose to 85"; ('', '') when
    its clause has no cue (`figure_earlier_cues` / `figure_later_cues` in
    merge/data/words.toml, read within `_CUE_WORDS` words either side of the figure and
    its clause), or cues of both kinds (no order told). `fig` is a figure of `text`."""
    before = _CLAUSE_BREAK.split(text[: fig.start])[-1].casefold().split()[-_CUE_WORDS:]
    after = _CLAUSE_BREAK.split(text[fig.start + len(fig.text) :])[0]
    sides = (before, after.casefold().split()[:_CUE_WORDS])  # never a cue across the figure
    found = {(when, " ".join(cue)) for when, cue in _CUES for near in sides if _has_cue(near, cue)}
    kinds = {when for when, _ in found}
    if len(kinds) != 1:
        return "", ""
    # the longest cue tells most ("has risen to" before "risen to")
    return max(found, key=lambda wc: (len(wc[1]), wc[1]))


__all__ = ["timed"]

_Span = tuple[dt.date | None, dt.date | None]
# strongest reason first: a point reads as an update by its slots' strongest
_STRENGTH = (UpdateBy.words, UpdateBy.rise, UpdateBy.publication)


def _span(sources: Iterable[str], published: Mapping[str, dt.date | None]) -> _Span:
    days = [d for s in sources if (d := published.get(s)) is not None]
    return (min(days), max(days)) if days else (None, None)


def _texts(p: Position) -> list[str]:
    return [p.statement, *(c.quote for c in p.citations)]


def _of_slot(fig: Figure, stems: set[str], others: set[str]) -> bool:
    """Whether a figure may count what a slot names: its words name the slot, or name no
    other slot of the point ("seven people are now confirmed as having died" for the
    slot "killed"; not "five people were initially trapped" where "trapped" is a slot)."""
    words = {slot_stem(w) for w in (*fig.slot[:3], fig.noun, fig.head) if w}
    return bool(words & stems) or not words & others


def _cue(
    sides: Sequence[Position], value: float, stems: set[str], others: set[str]
) -> tuple[str, str]:
    """The time cue of a figure (`figures.figure_cue`) in the first text of its sides that
    prints it for the slot; else a side calling its figure an earlier one ("had earlier
    said", `figure_timeline.EARLIER_WORDS`); ('', '') when none does."""
    for p in sides:
        for text in _texts(p):
            for fig in figures(text):
                if fig.value == value and _of_slot(fig, stems, others):
                    when, cue = figure_cue(text, fig)
                    if when:
                        return when, cue
    for p in sides:
        for text in _texts(p):
            m = EARLIER_WORDS.search(text)
            if m is not None:
                return "earlier", m.group(0)
    return "", ""


def _last_alone(spans: Sequence[_Span]) -> int | None:
    """The one entry first published after every other was last published; None when
    none is, or an entry has no date."""
    if len(spans) < 2 or any(lo is None or hi is None for lo, hi in spans):
        return None
    dated = [(lo, hi) for lo, hi in spans if lo is not None and hi is not None]
    late = max(range(len(dated)), key=lambda i: (dated[i][0], -i))
    if all(hi < dated[late][0] for i, (_, hi) in enumerate(dated) if i != late):
        return late
    return None


# a rise tells an update only over this many figures: two figures of two days rise or fall
_RISE_FIGURES = 3


def _rose(values: Sequence[float | None], spans: Sequence[_Span]) -> bool:
    """A count whose figures, ordered by first publication, only rise: every figure first
    published on a later day than another is higher than it, over at least `_RISE_FIGURES`
    figures of which some are first published on different days."""
    if sum(v is not None for v in values) < _RISE_FIGURES:
        return False
    ordered = 0
    for i, (vi, (fi, _)) in enumerate(zip(values, spans, strict=True)):
        for vj, (fj, _) in list(zip(values, spans, strict=True))[i + 1 :]:
            if vi is None or vj is None or fi is None or fj is None or fi == fj:
                continue
            (lo_v, hi_v) = (vi, vj) if fi < fj else (vj, vi)
            if hi_v <= lo_v:
                return False
            ordered += 1
    return ordered > 0


def _count(text: str) -> float | None:
    """The value of a figure as a side writes it ("at least seven"), when it is a plain count
    (no unit, not vague: "dozens" orders nothing); else None."""
    found = figures(text)
    if len(found) != 1 or found[0].unit or found[0].vague:
        return None
    return found[0].value


def _timed_slot(
    slot: DisputedSlot,
    siblings: Sequence[DisputedSlot],
    positions: Sequence[Position],
    published: Mapping[str, dt.date | None],
    may_update: bool,
) -> DisputedSlot:
    stems = {slot_stem(w) for w in slot.slot.split()}
    others = {slot_stem(w) for o in siblings if o is not slot for w in o.slot.split()} - stems
    spans: list[_Span] = []
    cues: list[tuple[str, str]] = []
    for fig in slot.figures:
        sides = [positions[i] for i in fig.positions]
        spans.append(_span((s for p in sides for s in p.sources), published))
        value = next((f.value for f in figures(fig.text)), None)
        cues.append(_cue(sides, value, stems, others) if value is not None else ("", ""))
    late = _last_alone(spans) if may_update else None
    figs = []
    for k, (fig, (lo, hi), (when, cue)) in enumerate(zip(slot.figures, spans, cues, strict=True)):
        timing = Timing(when) if when else (Timing.later if k == late else None)
        figs.append(
            fig.model_copy(
                update={
                    "first_published": lo,
                    "last_published": hi,
                    "timing": timing,
                    "timing_cue": cue,
                }
            )
        )
    update: UpdateBy | None = None
    if len({when for when, _ in cues}) > 1:  # some figure's words place it, not all alike
        update = UpdateBy.words
    elif _rose([_count(f.text) for f in slot.figures], spans):
        update = UpdateBy.rise
    elif late is not None:
        update = UpdateBy.publication
    return slot.model_copy(update={"figures": tuple(figs), "update": update})


def _side_timing(
    n: int, slots: Sequence[DisputedSlot], late: int | None
) -> tuple[Timing | None, str]:
    """A side's timing: that of the first figure it gives that has one, else "later" when
    it is the side first published after every other."""
    for slot in slots:
        for fig in slot.figures:
            if n in fig.positions and fig.timing is not None:
                return fig.timing, fig.timing_cue
    return (Timing.later, "") if n == late else (None, "")


def timed(
    point: ContestedItem, published: Mapping[str, dt.date | None], may_update: bool = True
) -> ContestedItem:
    """`point` with the publication span and timing of each side and each disputed figure,
    and why its slots and itself read as an update (`UpdateBy`), if they do. Without
    `may_update` (a denial answers what it denies) no side is later by publication alone."""
    slots = tuple(
        _timed_slot(s, point.slots, point.positions, published, may_update) for s in point.slots
    )
    spans = [_span(p.sources, published) for p in point.positions]
    late = _last_alone(spans) if may_update else None
    positions = []
    for n, (p, (lo, hi)) in enumerate(zip(point.positions, spans, strict=True)):
        timing, cue = _side_timing(n, slots, late if not slots else None)
        positions.append(
            p.model_copy(
                update={
                    "first_published": lo,
                    "last_published": hi,
                    "timing": timing,
                    "timing_cue": cue,
                }
            )
        )
    reasons = {s.update for s in slots if s.update is not None}
    if not slots and late is not None:
        reasons.add(UpdateBy.publication)
    update = next((r for r in _STRENGTH if r in reasons), None)
    return point.model_copy(
        update={"positions": tuple(positions), "slots": slots, "update": update}
    )
