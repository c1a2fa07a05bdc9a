"""What first stops a missed "two values of one attribute" dispute (the census kind V of
bench/assertion_sides_kinds.tsv: counts, amounts, shares, dates, times, durations, places,
updates included) from becoming a contested point.

For each such dispute (tunable made-up clusters and the dev clusters; HELD_OUT.txt names
are never read) the best cross-side pair, as `assertion_sides.census` picks it (the link
model's probability, from a fresh comparison context for pairs the merge never compared),
is walked through `link.link_edges`'s steps for one pair, in its order, and the first
step that leaves it without a conflict edge is named (`stop`): never compared (blocking),
under the live bar (neither p >= threshold nor p with its figures made equal >= the
conflict bar), rule 8/9, rule 0 (names, owners, offsets, reversed leads), then for figures
on both sides the two-voice bar (`SPEAKERS_CONFLICT_AT`), a past event, rule 3's frames
(places, owners, states, terms told apart), the clash's own edge bars (two voices, acts
apart, two groups, two things counted), counts that neither clash nor agree, counts of
two acts, no clash read; for two named voices without figures on both sides the speakers
veto (only negations are read: rule 6); then dates, days, periods, weekdays, clock times;
else the pair joins or is left below the threshold with no value read. A pair the merge
put in one group or gave a conflict edge is named so (`missed_links.pair_status`).

A census, not the merge: each step is the merge's own test read for one pair, and a
disagreement with the merge shows as "conflict edge expected" (the walk would have made
one). Prints one line per dispute (cluster, id, voices, link p, the two short starts with
their speakers, the stop) and tallies by stop and voices.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/value_vetoes.py [--kind V] [cluster ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from assertion_sides import _kinds, _voices, cross_pairs
from dispute_sides import cluster_and_gold, side_claims
from missed_links import Trace, pair_status, traced_report, unblocked_scores
from quality_lib import Locator, madeup, score_report, tunable

SHORT = 60
EVEN: dict[tuple[int, int], float] = {}  # (the link probability with figures made equal)


def _start(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 3] + "..."


def stop(trace: Trace, i: int, j: int, model: Any) -> str:
    """The first step of `link.link_edges` (read for the pair alone) that leaves it no
    conflict edge; see the module docstring."""
    import consensus.merge.link as L
    import consensus.merge.value_conflicts as V
    from consensus.merge.link import CONFLICT_MARGIN, VERBATIM_AT
    from consensus.merge.value_conflicts import SPEAKERS_CONFLICT_AT
    from consensus.models import Polarity

    i, j = min(i, j), max(i, j)
    status = pair_status(trace, i, j, model.threshold)
    if status == "same group" or status.startswith("conflict:"):
        return status.split(" (")[0] if status == "same group" else "conflict edge, no point"
    row = trace.row_of().get((i, j))
    if row is None:
        return "blocking: never compared, " + _unblocked_bar(trace, i, j, model)
    feats, ctx = trace.feats, trace.ctx
    pi, pj = np.asarray([i]), np.asarray([j])
    x = np.asarray(trace.x[row], dtype=np.float64)[None, :]
    x_even = x.copy()
    x_even[:, L._CLASH] = 0.0
    x_even[:, L._SAME_FIG] = 1.0
    p, p_even = float(model.prob(x)[0]), float(model.prob(x_even)[0])
    EVEN[(i, j)] = p_even
    rounded = round(p, 4)
    conflict_at = model.threshold - CONFLICT_MARGIN
    rival = (i, j) in ctx.rival_only
    opposed = (feats[i].claim.polarity == Polarity.denies) != (
        feats[j].claim.polarity == Polarity.denies
    )
    if opposed:
        return "opposite polarity (rule 2's reading)"
    starts = L._start_days(feats)
    start_clash = (
        i in starts
        and j in starts
        and starts[i][0] != starts[j][0]
        and bool(starts[i][1] & starts[j][1])
    )
    rivals_t = bool(L.timed_rivals(feats, pi, pj)[0])
    live = p >= model.threshold or p_even >= conflict_at or (start_clash and not rival) or rivals_t
    if not live:
        return f"under the live bar (p_even < {conflict_at:.2f})"
    habitual = L._habitual(feats)
    if habitual[i] != habitual[j]:
        return "rule 8: habitual against once"
    asks = L._asks(feats)
    negations = L._Negations(feats)
    found_not = np.fromiter(negations.hinted, dtype=bool, count=len(feats)) & ~asks
    if (asks[i] and found_not[j]) or (asks[j] and found_not[i]):
        return "rule 9: an open question and a negative finding"
    apart = L.Substitutions(feats)
    xr = trace.x[row]
    alike = xr[L._COMMON_RUN] > 0 or xr[L._LEXICAL] >= L.SWAP_LEXICAL
    if xr[L._NAMES_CLASH] > 0 and alike and apart.swapped(i, j):
        return "rule 0: another name in the same place"
    if xr[L._NAMES_CLASH] > 0 and apart.may_own(pi, pj)[0] and apart.owners_apart(i, j):
        return "rule 0: one thing of two owners"
    si, sj = feats[i].claim.statement, feats[j].claim.statement
    if L.offsets(si) and L.offsets(sj) and L.offsets_differ(si, sj):
        return "rule 0: two offsets"
    if L.pairs_among([f.lead for f in feats], pi, pj, L.REVERSED_LEADS)[0]:
        return "rule 0: a predicate and its reversal"
    heard = bool(L.compatible_speakers(feats, pi, pj)[0])
    heard |= rounded >= VERBATIM_AT
    heard |= bool(L.reported(feats, pi, pj)[0]) and rounded >= L.REPORTED_AT
    heard |= bool(L.told_by_two(feats, pi, pj)[0]) and rounded >= L.TOLD_BY_TWO_AT
    heard &= not bool(L.own_words_alone(feats, pi, pj)[0]) or rounded >= L.REPORTED_AT
    both_figs = bool(ctx.figs[i]) and bool(ctx.figs[j])
    if not heard and not both_figs and not rivals_t:
        return "speakers veto (no figures on both sides: rule 6 reads negations only)"
    fig_note = ""
    if both_figs:
        compatible = bool(L.compatible_speakers(feats, pi, pj)[0]) or rounded >= VERBATIM_AT
        two_voices = heard and not compatible
        later = p_even >= conflict_at and V.told_later(
            ctx, i, j, feats[i].published, feats[j].published
        )
        named = not heard and p_even >= conflict_at and V.one_named_count(ctx, i, j)
        if not (heard or p_even >= SPEAKERS_CONFLICT_AT or later or named):
            if rivals_t:
                fig_note = "figures unheard; "
            else:
                return "two-voice figure bar (unheard, p_even < SPEAKERS_CONFLICT_AT)"
        else:
            fsame, clash = ctx.figure_relation(i, j)
            if feats[i].past != feats[j].past and (
                not feats[i].entities & feats[j].entities
                or (clash and not fsame and V.tells_earlier_event(V._past_one(feats[i], feats[j])))
            ):
                return "figures: a past event"
            if not fsame:
                if ctx.other_places(i, j):
                    return "rule 3: figures of two places"
                if ctx.other_owners(i, j):
                    return "rule 3: figures of two owners"
                if V.other_states(ctx, i, j):
                    return "rule 3: figures of two states"
                if clash and ctx.told_apart(i, j):
                    return "rule 3: two terms told apart"
                if clash and V.counted_in_other_frames(
                    feats[i], feats[j], ctx.figs[i], ctx.figs[j]
                ):
                    return "rule 3: counted in other frames"
            if clash and not fsame and not ctx.figures_agree(i, j):
                if not (
                    p_even >= SPEAKERS_CONFLICT_AT
                    or (
                        p_even >= conflict_at
                        and (later or named or (not two_voices and not ctx.acts_apart(i, j)))
                    )
                ):
                    if p_even < conflict_at:
                        return "figure clash: under the conflict bar"
                    if two_voices:
                        return "figure clash: two-voice bar (heard, p_even < SPEAKERS_CONFLICT_AT)"
                    return "figure clash: acts apart"
                if V.two_groups(ctx, i, j):
                    return "figure clash: two groups"
                if V.counts_two_things(ctx, i, j):
                    return "figure clash: counts two things (slot model)"
                return "conflict edge expected (figure)"
            if (
                not fsame
                and not clash
                and V._counts_apart(ctx.figs[i], ctx.figs[j], si, sj)
                and not ctx.figures_agree(i, j)
            ):
                kinds = V.people_kind_clash(
                    ctx.figs[i], ctx.figs[j], V.part_kinds([f.claim.statement for f in feats])
                ) or V.one_verb_clash(ctx, i, j)
                if not kinds:
                    return "rule 3: counts neither clash nor agree (no kind/verb clash)"
                return "rule 3: counts neither clash nor agree (under its bar)"
            if (
                not fsame
                and not clash
                and V.counts_of_two_acts(ctx.figs[i], ctx.figs[j], feats[i], feats[j])
            ):
                return "rule 3: counts of two acts"
            fig_note = "figures same" if fsame else "figures read no clash"
            fig_note += "; "
    if rival and not rivals_t:
        return fig_note + "figure-rival pair only (no other rule reads it)"
    di, dj = feats[i].date, feats[j].date
    if di and dj and di != dj:
        return fig_note + (
            "dates: conflict edge expected"
            if rounded >= conflict_at
            else "dates: under the conflict bar"
        )
    if (
        feats[i].period
        and feats[j].period
        and L.periods_clash(*sorted((feats[i].period, feats[j].period)))
    ):
        if rounded < conflict_at:
            return fig_note + "periods: under the conflict bar"
        if V.periods_of_two_events(feats, i, j, ctx.words_meet):
            return fig_note + "periods: two events (timed_acts)"
    ci, cj = V.clock_times(si), V.clock_times(sj)
    if ci and cj:
        clash = V.matched_clash(ci, cj)
        if not clash:
            pass
        elif not (rounded >= conflict_at or V.clause_meets(ci, cj) or rivals_t):
            return fig_note + "times: under the conflict bar, clauses apart"
        elif V.times_of_two_events(
            feats, [V.clock_times(f.claim.statement) for f in feats], i, j, ctx.words_meet
        ):
            return fig_note + "times: two events (timed_acts)"
        else:
            return fig_note + "times: conflict edge expected"
    if not heard:
        return fig_note + "speakers veto (figures read no clash)"
    if rounded >= model.threshold:
        return fig_note + f"linked, no value rule ({status})"
    return fig_note + "no value rule reads it, under the link threshold"


def _unblocked_bar(trace: Trace, i: int, j: int, model: Any) -> str:
    """Where a pair the merge never compared would score, from a fresh comparison context:
    at or over the link threshold, over the conflict bar only with its figures made equal
    (rule 3 would read it), or under both (blocking alone finds nothing)."""
    import consensus.merge.link as L
    from consensus.merge.compare import PairContext
    from consensus.merge.compared_pairs import lexical_scores, views

    ctx = PairContext(views(trace.feats), trace.vectors)
    x = np.asarray(ctx.features([(i, j)], lexical_scores(trace.feats, [(i, j)])))
    x_even = x.copy()
    x_even[:, L._CLASH] = 0.0
    x_even[:, L._SAME_FIG] = 1.0
    p, p_even = float(model.prob(x)[0]), float(model.prob(x_even)[0])
    EVEN[(i, j)] = p_even
    same = " (one article)" if trace.feats[i].article == trace.feats[j].article else ""
    if p >= model.threshold:
        return "would link" + same
    if p_even >= model.threshold and ctx.figs[i] and ctx.figs[j]:
        return "would reach the figure bar only" + same
    return "under both bars" + same


def run(event: str, want: set[str], rows: list[dict[str, Any]]) -> None:
    from consensus.merge.link import link_model

    articles, exp = cluster_and_gold(event)
    report, trace = traced_report(articles, None)
    missed = set(score_report(event, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats
    model = link_model()
    for point in exp.get("contested", []):
        if point["id"] not in want:
            continue
        if point["id"] not in missed:
            rows.append({"cluster": event, "id": point["id"], "stop": "found now", "voices": "-"})
            continue
        sides = side_claims(point, loc, trace)
        cross = cross_pairs(sides)
        if not cross:
            rows.append(
                {
                    "cluster": event,
                    "id": point["id"],
                    "stop": "no claims on two sides",
                    "voices": "-",
                }
            )
            continue
        scores = unblocked_scores(trace, cross, model)
        i, j = max(cross, key=lambda q: (scores.get(q, (0.0, 0.0))[0], q))
        p = scores.get((i, j), (0.0, 0.0))[0]
        a, b = feats[i], feats[j]
        why = stop(trace, i, j, model)
        rows.append(
            {
                "cluster": event,
                "id": point["id"],
                "stop": why,
                "voices": _voices(a, b),
                "p": p,
                "a": f"[{a.speaker or '-'}] {_start(a.claim.statement)}",
                "b": f"[{b.speaker or '-'}] {_start(b.claim.statement)}",
            }
        )
        r = rows[-1]
        print(
            f"{event}\t{point['id']}\t{r['voices']}\tp={p:.2f}\t"
            f"p_even={EVEN.get((min(i, j), max(i, j)), -1):.2f}\t{r['a']!r}\t{r['b']!r}\t{why}",
            flush=True,
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--kind", default="V", help="the hand-labelled kind read (default V)")
    ap.add_argument(
        "--kinds", default=str(Path(__file__).resolve().parent / "assertion_sides_kinds.tsv")
    )
    args = ap.parse_args(argv)
    labels = _kinds(Path(args.kinds))
    held = set(madeup()) - set(tunable(madeup()))
    by_cluster: dict[str, set[str]] = {}
    for (cluster, point), kind in labels.items():
        if kind == args.kind and cluster not in held:  # (never a held-out cluster)
            by_cluster.setdefault(cluster, set()).add(point)
    rows: list[dict[str, Any]] = []
    for name in sorted(by_cluster):
        if args.clusters and name not in args.clusters:
            continue
        run(name, by_cluster[name], rows)
    print(f"== {len(rows)} disputes of kind {args.kind}: by stop | two voices / one / none")
    tally = Counter(r["stop"] for r in rows)
    for what, k in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        by = Counter(r["voices"] for r in rows if r["stop"] == what)
        print(
            f"  {k:4d} | {by['two voices']:3d} {by['one voice']:3d} {by['no voice']:3d}"
            f" {by['same voice']:3d}  {what}"
        )
    print("  (columns: total | two voices, one voice, no voice, same voice)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
