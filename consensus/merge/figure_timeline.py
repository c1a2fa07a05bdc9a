"""When a point's figures or sides were first published (pipeline steps 5 and 6): the
timeline of a figure point, the sides that give their figure as an earlier one, and the
counts an agreed item's sources print by first publication.

PURE: no I/O, clock or randomness (dates are the articles' publication dates).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from consensus.merge.features import _Feat
from consensus.merge.figures import figures
from consensus.merge.written_figures import written_figure
from consensus.models import Position


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
