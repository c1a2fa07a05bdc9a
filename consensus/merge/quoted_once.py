"""A side of a contested point that an agreed item already quotes in full is quoted there
once (pipeline step 5, after the point's agreed items are known).

A group stated by two or more origins stays an agreed item when it is in a point only
through its figures, dates or a negation, or as a party's side (`verdicts`, `party_sides`):
"At least seven people were killed", six outlets, is agreed, and the point of the death
toll shows "seven" against "five". The point's side "seven" held the same six quotations
the agreed item shows, so an editor read one fact's quotes twice, once under each heading.
Now such a side (every quotation of it is a member's of one agreed group of the point, or a
clause of one: `update_sides`, `figure_rivals_told.clause_cited`)
quotes one origin only (the one it quotes most often), and lists only the speakers that
origin's quotes name; its sources and origin count stay whole (the
coverage matrix and the side's weight are unchanged), and the point's rule says where the
other quotations are. A side with quotations of claims outside the agreed group, or of a
single origin, is left as it was; so is every side of a point that is not of figures alone
(`verdicts` asks: a denial, a party's accusation, a negation or a date is told by its
sentences, and which of them the side needs is not read here).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from consensus.merge.features import _Feat
from consensus.models import Citation, ContestedItem, Position

Span = tuple[str, int, int]

NOTE = "quoted once: a side an agreed item states is quoted in full there"


def _span(c: Citation) -> Span:
    return (c.article, c.start, c.end)


def _says(f: _Feat, name: str) -> bool:
    """Whether `f`'s own attribution names `name` (one holds the other's words)."""
    said = (f.claim.speaker or "").casefold()
    return bool(said) and (name.casefold() in said or said in name.casefold())


def _within(span: Span, spans: Iterable[Span]) -> bool:
    """Whether `span` is one of `spans` or lies inside one (a clause of a quote)."""
    article, start, end = span
    return any(a == article and s <= start and end <= e for a, s, e in spans)


def _holder(span: Span, held: dict[Span, str]) -> str | None:
    """The origin of the member quote `span` is, or lies inside (a clause of it); None.
    `held` is in span order, so the first quote holding a clause decides."""
    got = held.get(span)
    if got is not None:
        return got
    return next((o for s, o in held.items() if _within(span, (s,))), None)


def _once(p: Position, groups: Sequence[Sequence[_Feat]]) -> Position | None:
    """`p` quoting one origin only, when an agreed group holds all its quotes: the origin
    it quotes most often (ties: its statement's claim's, then the first), all of that
    origin's quotes on the side; the speakers its quotes name stay, so every listed speaker
    is in a quote shown."""
    if p.origins < 2:
        return None
    mine = {_span(c) for c in p.citations}
    for members in groups:
        held = dict(sorted({_span(c): f.origin for f in members for c in f.citations}.items()))
        # (a clause of a member's quote, cut for the side: `update_sides`, `clause_cited`)
        origin_of = {s: o for s in mine if (o := _holder(s, held)) is not None}
        if not mine <= origin_of.keys():
            continue
        quotes = Counter(origin_of[s] for s in mine)
        on_side = [
            f for f in members if any(_within(s, [_span(c) for c in f.citations]) for s in mine)
        ]
        named = {
            o: {n for n in p.speakers if any(f.origin == o and _says(f, n) for f in on_side)}
            for o in quotes
        }
        stated = {f.origin for f in members if f.claim.statement == p.statement}
        best = min(quotes, key=lambda o: (-quotes[o], o not in stated, o))
        kept = tuple(c for c in p.citations if origin_of[_span(c)] == best)
        speakers = tuple(n for n in p.speakers if n in named[best])
        return p.model_copy(update={"citations": kept, "speakers": speakers})
    return None


def quoted_once(point: ContestedItem, groups: Sequence[Sequence[_Feat]]) -> ContestedItem:
    """`point` with each side that one of `groups` (the point's groups that are agreed items
    too) quotes in full cut to the quotation of its own statement."""
    positions = list(point.positions)
    changed = False
    for k, p in enumerate(positions):
        once = _once(p, groups)
        if once is not None and once.citations != p.citations:
            positions[k] = once
            changed = True
    if not changed:
        return point
    return point.model_copy(
        update={"positions": tuple(positions), "rule": f"{point.rule} — {NOTE}"}
    )
