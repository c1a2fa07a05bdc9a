"""Link rules 3, 4 and 5 (see `link`'s docstring): one slot given two figures, two dates
or two clock times. `link.link_edges` reads them, in that order, on the pairs of one
polarity left after rule 0 (`same`), before any join: `figure_conflicts` (rule 3, and
rule 1's two speakers' figures) and `when_conflicts` (rules 4 and 5). Each appends its
conflict edges to the edges it is given.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from consensus.merge.article_places import counted_in_other_frames
from consensus.merge.claim_reads import (
    _counts_apart,
    _day_slot,
    _day_text,
    _weekday_days,
    counts_of_two_acts,
)
from consensus.merge.clock import clause_meets, clock_times, matched_clash
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat
from consensus.merge.figure_pairs import part_kinds, people_kind_clash
from consensus.merge.figure_states import other_states
from consensus.merge.figure_subjects import one_verb_clash, two_groups
from consensus.merge.periods import describe, periods_clash, tells_earlier_event
from consensus.merge.score import _Edge
from consensus.merge.slot_model import counts_two_things
from consensus.merge.timed_acts import periods_of_two_events, times_of_two_events
from consensus.merge.voice_counts import one_named_count
from consensus.merge.voice_updates import told_later
from consensus.merge.voices import compatible_speakers
from consensus.merge.weekdays import weekday_clashes

# two speakers' figures for one slot (rule 1) conflict at this probability of the pair
# with the figures taken as equal, or above (the dev clusters' disputes between two
# sources are at 0.64-0.68, figures of two things said by two people at 0.36-0.56)
SPEAKERS_CONFLICT_AT = 0.6


def _past_one(a: _Feat, b: _Feat) -> str:
    """The statement of the one of two claims that names a past period."""
    return a.claim.statement if a.past else b.claim.statement


def figure_conflicts(
    feats: Sequence[_Feat],
    ctx: PairContext,
    pairs: Sequence[tuple[int, int]],
    same: np.ndarray,
    heard: np.ndarray,
    pi: np.ndarray,
    pj: np.ndarray,
    rounded: np.ndarray,
    p_even: np.ndarray,
    conflict_at: float,
    rivals_t: np.ndarray,
    rival: np.ndarray,
    verbatim_at: float,
    edges: list[_Edge],
) -> tuple[np.ndarray, np.ndarray]:
    """Rule 3 of the pairs `same` (`heard`: those whose speakers may join; `rounded`,
    `p_even`: each pair's link probability, and with its figures taken as equal; `rivals_t`,
    `rival`: rule 5's timed rivals and the pairs compared for these rules alone; two
    speakers' claims join at `verbatim_at`): appends its conflict edges to `edges`, and
    returns `same` without the pairs it decided (no edge but its own) and the pairs of two
    speakers that never join (`two_speakers`, which rule 6 reads too)."""
    # pairs with figures on both sides: the figure rule first (in Python, few pairs); two
    # speakers who give one slot two figures dispute it ("31 killed, the ministry said" /
    # "38 have died, a local official said"), though their statements are never one claim
    has_fig = np.fromiter((bool(f) for f in ctx.figs), dtype=bool, count=len(feats))
    both_figs = has_fig[pi[same]] & has_fig[pj[same]]
    decided = np.zeros(len(pairs), dtype=bool)
    unheard = np.zeros(len(pairs), dtype=bool)
    unheard[same[~heard]] = True
    unheard &= ~rivals_t  # (two speakers' times of one thing: read by rule 5)
    decided[unheard] = True  # (no edge but a figure conflict)
    # (rule 6 reads them too: `voice_rebuttals`; timed rivals are rule 5's)
    two_speakers = same[~heard & ~both_figs & ~rivals_t[same]]
    part_of: frozenset[str] | None = None  # (kinds of people the batch tells as parts)
    # a speaker who reports a fact (`_Feat.reports`) joins another's statement of it, but
    # two speakers' figures dispute a slot only at the higher bar: two people's figures
    # of other things ("the first duties, on $34 billion" / "tariffs on $50 billion")
    two_voices = np.zeros(len(pairs), dtype=bool)
    told = same[both_figs & heard]
    two_voices[told] = ~(
        compatible_speakers(feats, pi[told], pj[told]) | (rounded[told] >= verbatim_at)
    )
    # two voices' figures of two days, the later one told as later (`voice_updates`): an
    # update, read at the plain conflict bar
    later = np.zeros(len(pairs), dtype=bool)
    for k in same[both_figs & (p_even[same] >= conflict_at)].tolist():
        i, j = pairs[k]
        later[k] = told_later(ctx, i, j, feats[i].published, feats[j].published)
    # two voices' counts of one named thing: the plain bar (`voice_counts`)
    named = np.zeros(len(pairs), dtype=bool)
    for k in same[both_figs & ~heard & (p_even[same] >= conflict_at)].tolist():
        named[k] = one_named_count(ctx, *pairs[k])
    # a count told as the correction of another ("the real number is 30,000":
    # `figure_read_back`): a dispute at the plain bar, whoever tells the two
    corrected = np.zeros(len(pairs), dtype=bool)
    for k in same[both_figs & (p_even[same] >= conflict_at)].tolist():
        i, j = pairs[k]
        corrected[k] = any(f.corrects for f in (*ctx.figs[i], *ctx.figs[j]))
    for k in same[
        both_figs & (heard | (p_even[same] >= SPEAKERS_CONFLICT_AT) | later[same] | named[same])
        | corrected[same]
    ]:
        i, j = pairs[k]
        fsame, clash = ctx.figure_relation(i, j)
        if feats[i].past != feats[j].past and (
            not feats[i].entities & feats[j].entities
            or (clash and not fsame and tells_earlier_event(_past_one(feats[i], feats[j])))
        ):
            # a past event's figure, no name in common: another event, whether its figure
            # differs or happens to be the same ("seven killed" today and "in 2004, when
            # seven people were killed in a rail crash"); with a name in common, a figure
            # that differs is still another event's when the text says it was an earlier
            # one ("17 dead" this week and "the valley's flooding in 2011, when 42 people
            # died"), never a side of today's count
            decided[k] = True
        elif not fsame and (
            ctx.other_places(i, j)
            or ctx.other_owners(i, j)
            or other_states(ctx, i, j)
            or (clash and ctx.told_apart(i, j))
            or (clash and counted_in_other_frames(feats[i], feats[j], ctx.figs[i], ctx.figs[j]))
        ):
            # one thing counted in two places or in two states (all of them / those still
            # in it), shares or amounts of two owners, or two terms an article tells apart
            # (a defendant's and a co-defendant's): two claims
            decided[k] = True
        elif clash and not fsame and not ctx.figures_agree(i, j):
            decided[k] = True
            # counts of things two acts do: a dispute only of a pair that is one claim but
            # for its figures ("seized two ships" / "denied port access to four ships")
            if (
                p_even[k] >= SPEAKERS_CONFLICT_AT
                or (
                    p_even[k] >= conflict_at
                    and (
                        later[k]
                        or named[k]
                        or corrected[k]
                        or (not two_voices[k] and not ctx.acts_apart(i, j))
                    )
                )
            ) and not (two_groups(ctx, i, j) or counts_two_things(ctx, i, j)):
                edges.append(_Edge(round(float(p_even[k]), 4), i, j, f"quantity {clash}"))
        elif (
            not fsame
            and not clash
            and _counts_apart(
                ctx.figs[i], ctx.figs[j], feats[i].claim.statement, feats[j].claim.statement
            )
            and not ctx.figures_agree(i, j)
        ):
            # two counts of one thing that neither clash nor agree ("at least two killed" /
            # "at least four civilians killed"): two statements, no edge (rule 3); a
            # dispute when they count one group as people and as a kind of people
            decided[k] = True
            if part_of is None:
                part_of = part_kinds([f.claim.statement for f in feats])
            kinds = people_kind_clash(ctx.figs[i], ctx.figs[j], part_of) or one_verb_clash(
                ctx, i, j
            )
            bar = SPEAKERS_CONFLICT_AT if two_voices[k] else conflict_at
            if kinds and p_even[k] >= bar:
                edges.append(_Edge(round(float(p_even[k]), 4), i, j, f"quantity {kinds}"))
        elif (
            not fsame
            and not clash
            and counts_of_two_acts(ctx.figs[i], ctx.figs[j], feats[i], feats[j])
        ):
            decided[k] = True  # the wounded and the dead of one event: two facts, no edge
    same = same[~decided[same] & ~(rival[same] & ~rivals_t[same])]
    return same, two_speakers


def when_conflicts(
    feats: Sequence[_Feat],
    ctx: PairContext,
    pairs: Sequence[tuple[int, int]],
    same: np.ndarray,
    pi: np.ndarray,
    pj: np.ndarray,
    rounded: np.ndarray,
    conflict_at: float,
    starts: dict[int, tuple[str, frozenset[str]]],
    start_clash: np.ndarray,
    rivals_t: np.ndarray,
    edges: list[_Edge],
    rivals_d: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Rules 4 and 5 of the pairs `same` left after rule 3 (`starts`, `start_clash`: the
    days things start on, and the pairs that give one thing two): appends their conflict
    edges to `edges`, and returns the pairs of `same` given two dates (a mask over `same`)
    and those given two clock times (a mask over `pairs`). `rivals_d` (over `pairs`): two
    parties' dates (`dated_rivals`), read as a linked pair's whatever their probability."""
    rd = np.zeros(len(pairs), dtype=bool) if rivals_d is None else rivals_d

    # explicit calendar dates that differ
    date_no = {d: q for q, d in enumerate(sorted({f.date for f in feats if f.date}))}
    date = np.fromiter((date_no.get(f.date or "", -1) for f in feats), np.int64, len(feats))
    di, dj = date[pi[same]], date[pj[same]]
    other_date = (di >= 0) & (dj >= 0) & (di != dj)
    for k in same[other_date & ((rounded[same] >= conflict_at) | rd[same])].tolist():
        i, j = pairs[k]
        a, b = feats[i].date or "", feats[j].date or ""
        edges.append(_Edge(float(rounded[k]), i, j, f"date: {min(a, b)} vs {max(a, b)}"))
    # a day written without its year against another day ("from April 1" / "on July 1")
    # (or a weekday resolved against its article's date, never against another weekday)
    wdays = _weekday_days(feats)
    days = [f.day or (f.date[5:] if f.date else None) or wdays.get(k) for k, f in enumerate(feats)]
    yearless = np.fromiter((f.day is not None or k in wdays for k, f in enumerate(feats)), bool)
    wd = np.fromiter((k in wdays for k in range(len(feats))), bool, len(feats))
    has_day = np.fromiter((d is not None for d in days), bool, len(feats))
    either = (yearless[pi[same]] | yearless[pj[same]]) & ~(wd[pi[same]] & wd[pj[same]])
    day_pairs = ~other_date & either & has_day[pi[same]] & has_day[pj[same]]
    for k in same[day_pairs & ((rounded[same] >= conflict_at) | rd[same])].tolist():
        i, j = pairs[k]
        if days[i] != days[j] and (rd[k] or _day_slot(feats[i]) & _day_slot(feats[j])):
            other_date[np.searchsorted(same, k)] = True
            first, second = sorted((i, j), key=lambda q: days[q] or "")
            said = f"date: {_day_text(feats[first])} vs {_day_text(feats[second])}"
            edges.append(_Edge(float(rounded[k]), i, j, said))
    for q in np.flatnonzero(start_clash[same] & ~other_date).tolist():
        k = int(same[q])
        i, j = pairs[k]
        other_date[q] = True
        first, second = sorted((i, j), key=lambda r: starts[r][0])
        said = f"date: {_day_text(feats[first])} vs {_day_text(feats[second])}"
        edges.append(_Edge(float(rounded[k]), i, j, said))
    # periods that cannot overlap ("this week" / "last week" in articles of one week)
    has_period = np.fromiter((f.period is not None for f in feats), bool, len(feats))
    dated = ~other_date & has_period[pi[same]] & has_period[pj[same]]
    for k in same[dated & (rounded[same] >= conflict_at)].tolist():
        i, j = pairs[k]
        a, b = sorted((feats[i].period or "", feats[j].period or ""))
        if periods_clash(a, b):
            other_date[np.searchsorted(same, k)] = True
            if not periods_of_two_events(feats, i, j, ctx.words_meet):  # (else: no edge)
                said = f"date: {describe(a)} vs {describe(b)}"
                edges.append(_Edge(float(rounded[k]), i, j, said))
    # two weekdays of one act ("would decide on Monday" / "remanded on Sunday"; weekdays)
    linked_days = same[~other_date & (rounded[same] >= conflict_at)].tolist()
    for k, said in weekday_clashes(feats, pairs, linked_days, ctx.words_meet):
        other_date[np.searchsorted(same, k)] = True
        edges.append(_Edge(float(rounded[k]), pairs[k][0], pairs[k][1], said))
    # one clock time each, too far apart ("at around 11pm" / "at 11:30pm")
    clocks = [clock_times(f.claim.statement) for f in feats]
    has_clock = np.fromiter((bool(c) for c in clocks), dtype=bool, count=len(feats))
    other_time = np.zeros(len(pairs), dtype=bool)
    timed = ~other_date & has_clock[pi[same]] & has_clock[pj[same]]
    for k in same[timed].tolist():
        i, j = pairs[k]
        clash = matched_clash(clocks[i], clocks[j])
        # linked, or linked were the times one, told in clauses that share a word
        if clash and (
            rounded[k] >= conflict_at or clause_meets(clocks[i], clocks[j]) or rivals_t[k]
        ):
            other_time[k] = True
            if not times_of_two_events(feats, clocks, i, j, ctx.words_meet):  # (timed_acts)
                edges.append(_Edge(float(rounded[k]), i, j, f"time: {clash}"))  # (else none)
    return other_date, other_time
