"""Blocking for rival figures (pipeline step 3): pairs of claims of two articles that give
one slot two different figures, whatever else their statements share ("The coast guard said
at least 24 people died" / "The aid group believes as many as 100 people died"; "agreed a
five-year contract" / "signed a four-year deal"). Such pairs share few rare words, so the
key blocking (`candidates`) and the vector neighbours often never compare them, and a
dispute is only found when its two claims are compared.

A figure's slot keys are its unit (a unit of measure by its dimension: "12 miles" and "19
km" block together) with each of the words that can make two figures one slot in
`compare.PairContext._one_thing`: the counted noun (its head, else the first word after the
number) and the first three slot words, each by its concept (`features._concept`: "died",
"killed" and "dead" are one). Figures that are never rivals of another (some of a group, an
earlier value, a forecast, a condition, a whole, a place in a sequence) have no key. Two
claims are a candidate when a key holds a figure of each, the two values differ and the two
figures are one slot (`PairContext.same_slot`); what they then are (a dispute, an update,
two things) is left to the link rules. A figure whose words do not say what it counts
("Organisers put the number at 120,000") meets one speaker's close figures of its unit
instead (`_voice_keys`), a candidate when the two clash (`PairContext.figure_relation`).
A plain count meets the counts of its size too (`_band_keys`), a candidate when the two are
one slot (an act in other words: `figure_act_alike`).
Two moves of one direction, close in size, whose slot words do not meet ("Kestrel shares
jumped 27 percent" / "Shares of Kestrel closed up 24.6%": `moved`, a verb of rising or
falling just before the figure, and "up"/"down" are no slot word) meet by their unit,
direction and size instead (`_move_keys`), a candidate when the pair context reads a clash
(`PairContext.figure_relation`), which the link rule then takes only for a pair that
links with the figures taken as equal. A level ("fell to 29.6 percent") is no move: the
keys of any close figures of one unit met turnout and vote shares, a main shock and an
aftershock.
A claim's lone figure of a unit that is no percentage ("asking the council for $1.8
million" / "payment of $2.4 million would unlock the key") meets the close lone figures of
its unit by size too (`_size_keys`), a candidate as two moves are; an amount whose thing is
named after it ("$1.3 billion of loans"), a bound or a figure among others is left to its
slot keys (tried on every unit figure and on percentages: pairs of two things, "points
without gold" +8, session 50).
A bare count, told as a speech verb's whole object with nothing of what it counts ("The
ministry says 5.1 million."), has a slot of words that are no slot (the speaker); met by a
slot or size key, it is a candidate when the pair context reads a clash
(`PairContext.figure_relation`, which reads the other figure's slot), not only when the two
are one slot (session 58: disputes +2 on the tunable clusters, nothing else moved).

Near-linear: a key held by more than `cap` figures is skipped (as the composite keys of
`candidates`), so a block yields at most cap * (cap - 1) / 2 pairs and the pairs are bounded
by the number of figures times `cap`; the slot test runs once per distinct pair of claims.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import math
import re

import numpy as np

from consensus.merge.codes import _distinct
from consensus.merge.compare import PairContext
from consensus.merge.features import _concept
from consensus.merge.figure_act_alike import MAX_RATIO, plain_count
from consensus.merge.figure_counts import names_no_thing
from consensus.merge.figures import ORDINAL, Figure
from consensus.merge.measures import UNITS
from consensus.merge.slots import NEAR_RATIO

__all__ = ["bare", "figure_rival_codes", "rival_keys"]

_NONE = np.zeros(0, dtype=np.int64)
SLOT_WORDS = 3  # slot words read per figure (`_one_thing` reads the first three)


def _may_rival(f: Figure) -> bool:
    """Whether `f` can give a slot a figure another claim disputes: not some of a group, an
    earlier value, a forecast, a condition, a whole or an ordinal (`figure_pairs.other_kind`,
    `earlier_value` keep those from any clash)."""
    return not (
        f.some
        or f.before
        or f.expected
        or f.condition
        or f.total
        or f.unit == ORDINAL
        or (f.vague and f.high is None)
    )


def _unit_key(f: Figure) -> str:
    """A figure's unit, a unit of measure by its dimension ("mile" and "km": length)."""
    for word in (f.head, f.noun, f.unit):
        got = UNITS.get(word.casefold()) if word else None
        if got is not None:
            return "=" + got[0]
    return f.unit


def rival_keys(f: Figure) -> tuple[str, ...]:
    """The slot keys of a figure (see the module docstring), sorted; () for a figure that
    is never a rival."""
    if not _may_rival(f):
        return ()
    unit = _unit_key(f)
    words = [f.head or f.noun, *f.slot[:SLOT_WORDS]]
    concepts = {c for w in words if w and (c := _concept(w))}
    return tuple(sorted(f"{unit}|{c}" for c in concepts))


def _band(value: float, ratio: float) -> int:
    """The size band of a positive value: values within `ratio` of each other share a band
    or sit in neighbouring ones (each key function emits its band and the next)."""
    return math.floor(math.log(value) / math.log(ratio))


def _band_keys(f: Figure) -> tuple[str, ...]:
    """Keys of a plain count (`figure_act_alike.plain_count`) by its size alone, so that
    two counts of one thing whose acts are worded apart ("2,400 residents were evacuated" /
    "3,000 people moved out of their homes") meet: two keys, its band of
    `figure_act_alike.MAX_RATIO` and the next. The slot test (`PairContext.same_slot`,
    through `ActAliases.alike`) decides."""
    if not plain_count(f):
        return ()
    band = _band(f.value, MAX_RATIO)
    return tuple(f"#{b}" for b in (band, band + 1))


def _voice_keys(f: Figure, speaker: str | None) -> tuple[str, ...]:
    """Keys of a figure by its claim's speaker, its unit and its size, so that one
    speaker's close figures of one unit meet when the words of one do not say what it
    counts (`figure_counts.names_no_thing`: "Organisers put the number at 120,000" / "The
    organisers said 150,000 had marched"): two keys, its band of `NEAR_RATIO` and the next,
    so that values within that ratio share one."""
    if not speaker or f.value <= 0:
        return ()
    band = _band(f.value, NEAR_RATIO)
    return tuple(f"{_unit_key(f)}@{speaker}#{b}" for b in (band, band + 1))


# a verb (or "up"/"down") of a move told just before its size: "jumped 27 percent", "closed
# down 4.1 percent", "fell by about 3 percent"; never "fell to" (a level)
_MOVE = re.compile(
    r"\b(?:(?P<up>rose|risen|rises|rising|up|jumped|jumps|climbed|climbs|gained|gains|surged"
    r"|soared|grew|grown|grows|increased|advanced|rallied|added)"
    r"|(?P<down>fell|fallen|falls|falling|down|dropped|drops|slid|slides|slipped|lost|loses"
    r"|declined|slumped|plunged|plummeted|tumbled|sank|shed|decreased|eased|retreated))"
    r"(?:\s+by)?(?:\s+(?:about|around|almost|nearly|some|roughly|more\s+than|as\s+much\s+as))?"
    r"\s*$",
    re.IGNORECASE,
)
_BEFORE = 40  # characters before a figure read for its move verb


def moved(statement: str, f: Figure) -> str:
    """The direction, "up" or "down", when the statement tells figure `f` as the size of a
    move (a verb of rising or falling just before it: `_MOVE`), else ""."""
    got = _MOVE.search(statement[max(0, f.start - _BEFORE) : f.start])
    if got is None:
        return ""
    return "up" if got.group("up") else "down"


def _move_keys(f: Figure, statement: str) -> tuple[str, ...]:
    """Keys of a figure of a unit (a percentage, a price: not a count, "added 900 jobs")
    told as a move (`moved`) by its unit, direction and size, so that two close moves
    whose other words do not say the same meet (module docstring): two keys, its band of
    `NEAR_RATIO` and the next, as `_voice_keys`."""
    way = moved(statement, f) if f.value > 0 and f.unit else ""
    if not way:
        return ()
    band = _band(f.value, NEAR_RATIO)
    return tuple(f"{_unit_key(f)}~{way}~{b}" for b in (band, band + 1))


# what an amount is of, named just after it: "$1.3 billion of loans", "$1.1 billion in deposits"
_NAMED_AFTER = re.compile(r"\s{1,3}(?:of|in)\b", re.IGNORECASE)


def _size_keys(f: Figure, statement: str) -> tuple[str, ...]:
    """Keys of a figure of a unit (money, a percentage, a measure, a term: not a plain
    count, which `_band_keys` meets by its size) by its unit and size alone, so that two
    close figures of one unit whose slot words do not meet ("the city's asking price of $1.8
    million" / "$2.4 million, payable for the decryption key") meet: two keys, its band of
    `NEAR_RATIO` and the next, as `_voice_keys`. A candidate when the pair context reads a
    clash and no figure in common (`PairContext.figure_relation`, its near clash), which
    the link rule takes only for a pair that links with the figures taken as equal, as
    for two moves (`_move_keys`)."""
    if f.value <= 0 or not f.unit or f.unit == "%" or f.bound in ("min", "max"):
        return ()
    if _NAMED_AFTER.match(statement, f.start + len(f.text)):
        return ()  # ("$1.3 billion of loans": what it is of is named, its slot keys meet it)
    band = _band(f.value, NEAR_RATIO)
    return tuple(f"{_unit_key(f)}~size~{b}" for b in (band, band + 1))


# a speech verb (and a bound) told just before a count, which ends its clause: the count is
# the verb's whole object ("The ministry says 5.1 million.", "He says about six, and ...")
_TOLD_BEFORE = re.compile(
    r"\b(?:says|said|say|puts|put|gives|gave|estimates|estimated|counts|counted)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|only|at\s+least|more\s+than))?"
    r"\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def bare(statement: str, f: Figure) -> bool:
    """A count told with nothing of what it counts: no unit, no counted noun or head of its
    own, told as a speech verb's whole object (`_TOLD_BEFORE`, then the clause ends)."""
    if f.unit or f.head or f.noun or f.counted:
        return False
    before = statement[max(0, f.start - _BEFORE) : f.start]
    return bool(_TOLD_BEFORE.search(before)) and bool(
        _CLAUSE_END.match(statement, f.start + len(f.text))
    )


def _bare_clash(ctx: PairContext, i: int, j: int, a: Figure, b: Figure) -> bool:
    """Two figures met by a slot or size key, one of them bare (`bare`), whose claims the
    pair context reads as a clash (`PairContext.figure_relation`): the bare figure's slot
    is the other's, read from the pair (session 58)."""
    told = bare(ctx.views[i].statement, a) or bare(ctx.views[j].statement, b)
    return told and bool(ctx.figure_relation(i, j)[1])


def figure_rival_codes(ctx: PairContext, cap: int) -> np.ndarray:
    """Pairs (i, j), i < j, of claims of two articles that give one slot two different
    figures (the module docstring), as sorted codes i * len(ctx.views) + j."""
    n = len(ctx.views)
    key_no: dict[str, int] = {}
    rows: list[tuple[int, int, int]] = []  # (key, claim, figure of the claim)
    for i, figs in enumerate(ctx.figs):
        speaker = ctx.views[i].speaker
        for x, f in enumerate(figs):
            keys = rival_keys(f)
            statement = ctx.views[i].statement
            sized = _size_keys(f, statement) if len(figs) == 1 else ()
            moves = (*_move_keys(f, statement), *sized)
            bands = _band_keys(f)
            for key in (*keys, *bands, *_voice_keys(f, speaker), *moves) if keys else ():
                rows.append((key_no.setdefault(key, len(key_no)), i, x))
    if len(rows) < 2:
        return _NONE
    table = np.array(sorted(set(rows)), dtype=np.int64)
    block, claim, fig = table[:, 0], table[:, 1], table[:, 2]
    first = np.flatnonzero(np.r_[True, block[1:] != block[:-1]])
    sizes = np.diff(np.r_[first, len(block)])
    art_no = {a: q for q, a in enumerate(dict.fromkeys(v.article for v in ctx.views))}
    art = np.fromiter((art_no[v.article] for v in ctx.views), dtype=np.int64, count=n)
    value = np.fromiter(
        (ctx.figs[c][x].value for c, x in zip(claim.tolist(), fig.tolist(), strict=True)),
        dtype=np.float64,
        count=len(claim),
    )
    # the kind of each key: 0 a slot key, 1 a speaker's (`_voice_keys`), 2 a move's
    voice_key = np.zeros(len(key_no), dtype=np.int64)
    voice_key[[k for key, k in key_no.items() if "@" in key]] = 1
    voice_key[[k for key, k in key_no.items() if "~" in key and "@" not in key]] = 2
    found: list[np.ndarray] = [_NONE]  # (claim, claim, figure, figure, voice) rows
    for size in sorted(set(sizes[(sizes >= 2) & (sizes <= cap)].tolist())):
        rows_at = first[sizes == size][:, None] + np.arange(size)
        pa, pb = np.triu_indices(size, 1)
        ra, rb = rows_at[:, pa].ravel(), rows_at[:, pb].ravel()
        keep = (art[claim[ra]] != art[claim[rb]]) & ~np.isclose(
            value[ra], value[rb], rtol=1e-6, atol=0.0
        )
        ra, rb = ra[keep], rb[keep]
        found.append(np.stack([claim[ra], claim[rb], fig[ra], fig[rb], voice_key[block[ra]]]))
    ci, cj, fi, fj, voice = np.concatenate([f.reshape(5, -1) for f in found], axis=1)
    if not len(ci):
        return _NONE
    # one test per distinct (claim, figure, kind of key) row, in code order
    lo, hi = np.minimum(ci, cj), np.maximum(ci, cj)
    flo = np.where(ci < cj, fi, fj)
    fhi = np.where(ci < cj, fj, fi)
    width = int(max(int(fig.max()) + 1, 1))
    code = _distinct(((lo * n + hi) * width * width + flo * width + fhi) * 3 + voice)
    pair, figs_code, by_voice = code // (3 * width * width), code // 3 % (width * width), code % 3
    out: list[int] = []
    last = -1
    for p, fc, v in zip(pair.tolist(), figs_code.tolist(), by_voice.tolist(), strict=True):
        if p == last:
            continue
        i, j = divmod(p, n)
        a, b = ctx.figs[i][fc // width], ctx.figs[j][fc % width]
        if math.isclose(a.value, b.value, rel_tol=1e-6):
            continue
        if (
            (not v and (ctx.same_slot(a, b) or _bare_clash(ctx, i, j, a, b)))
            or (
                v == 1
                and ctx.views[i].speaker == ctx.views[j].speaker
                and (names_no_thing(a) or names_no_thing(b))
                and ctx.figure_relation(i, j)[1]
            )
            or (v == 2 and _move_rivals(ctx, i, j))
        ):
            out.append(p)
            last = p
    return np.asarray(out, dtype=np.int64)


def _move_rivals(ctx: PairContext, i: int, j: int) -> bool:
    """Claims `i` and `j`, met by a move each (`_move_keys`), clash and give no figure in
    common (`PairContext.figure_relation`)."""
    same, clash = ctx.figure_relation(i, j)
    return bool(clash) and not same
