"""A count noun that names nothing, read back in its article: "The agency says 12,000 fish
died." then "The anglers' club thinks the real number is 30,000." The second figure's words
say only that it is a number (`figure_counts.names_no_thing`); its sentence holds no figure
before it to take the thing from (`figure_counts._as_previous`), so it met no count of the
fish in other articles and two outlets' rival figures of one slot were never one slot.

`read_back` gives such a figure the counted words (noun, head, counted noun, slot words, act
and predicate) of
the nearest figure of its unit told before it in its own article, within `REACH` claims, that
says what it counts: the count the sentence answers or restates. An article's later "the
number" speaks of what it last counted, as a pronoun does of the last noun. Nothing is read
back across articles, nor from a figure that is some of a group, an earlier value, a
forecast or a whole (`figure_blocks._may_rival`'s kinds), nor into a share, a measure or a
vague count; where the figure's own clause names a place the earlier figure must not name
another. A figure between them that says nothing of what it counts ("Its first estimate was
4,000") is passed over.

PURE: reads figures and the claims' article order; decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from consensus.merge.figure_counts import names_no_thing
from consensus.merge.figures import ORDINAL, Figure
from consensus.merge.lexicon import FIGURE_COUNT_CORRECTIVE

__all__ = ["REACH", "corrective", "read_back"]

REACH = 4  # claims of its article read back from a number that names nothing


def corrective(f: Figure) -> bool:
    """A number that names nothing, its count noun qualified as the true one ("the real
    number is 30,000": its slot words are the count noun, then the modifier)."""
    return names_no_thing(f) and len(f.slot) > 1 and f.slot[1] in FIGURE_COUNT_CORRECTIVE


def _says_what(g: Figure) -> bool:
    """A figure whose words say what it counts, and that can stand for a count another
    sentence answers: no part of a group, earlier value, forecast, condition or whole."""
    return (
        bool(g.head or g.noun or g.counted)
        and not names_no_thing(g)
        and not (g.some or g.before or g.expected or g.condition or g.total or g.vague)
        and g.unit != ORDINAL
    )


def _source(f: Figure, earlier: Sequence[list[Figure]]) -> Figure | None:
    """The nearest figure of `f`'s unit that says what it counts, among the figures of the
    claims before `f`'s (nearest last), within `REACH` claims; None for none."""
    for figs in reversed(earlier[-REACH:]):
        for g in reversed(figs):
            if g.unit != f.unit or not (g.head or g.noun or g.counted):
                continue  # (another unit, or a count that says nothing: "it was 4,000")
            if not _says_what(g):
                return None  # (the nearest count of the unit is another kind: no guess)
            if f.where and g.where and f.where.casefold() != g.where.casefold():
                return None
            return g
    return None


def read_back(articles: Sequence[str], figs: Sequence[list[Figure]]) -> list[list[Figure]]:
    """`figs` (one list per claim, claims of one article in their order), each number that
    names nothing (`names_no_thing`, a plain count or an amount, not vague) given the counted
    words of the nearest earlier figure of its article that says what it counts (see the
    module docstring); every other figure as it is."""
    out: list[list[Figure]] = []
    seen: dict[str, list[list[Figure]]] = {}
    for article, fs in zip(articles, figs, strict=True):
        before = seen.setdefault(article, [])
        new = list(fs)
        for k, f in enumerate(fs):
            if f.vague or f.unit == "%" or not names_no_thing(f):
                continue
            g = _source(f, [*before, fs[:k]])  # (`before` holds `REACH` claims at most)
            if g is not None:
                new[k] = replace(
                    f,
                    noun=g.noun,
                    head=g.head,
                    counted=g.counted,
                    act=g.act,
                    pred=g.pred,
                    slot=tuple(dict.fromkeys([*g.slot, *f.slot[1:]])),
                    where=f.where or g.where,
                    corrects=corrective(f),
                )
        before.append(list(fs))  # (as told: a read-back figure is no source)
        del before[:-REACH]  # (bounded: a long article reads back as a short one)
        out.append(new)
    return out
