"""Why gold disputes are missed, and what the points that show no gold dispute pair.

For each cluster (dev: bench/quality.py's pipeline, shipped weights or --held-out; made-up:
tests/data/madeup with its gold in tests/data/madeup_gold), every gold contested point the
report misses is listed with, per side, the claims whose citations cover its anchors (article,
claim position, group, polarity, a short start of the statement), and for the best pairs of
claims across two sides: the link probability, the comparison columns that moved it most,
and what kept the pair from a conflict edge (bench/missed_links.py's statuses). Every point
of the report that shows no gold dispute is listed with its positions' short starts.

With `--causes` tallies close the run, each line "what | gold kind": every missed dispute by
its one cause (`_cause`: a side no claim covers, the sides linked into one group, one claim
covering two sides, a conflict edge that made no point, an anaphoric denial, a pair compared
for the figure or time rule alone (no probability), no cross-side pair compared, the best
pair below the threshold, else linked but vetoed or refused), and by the signal a surface
reading could tell its sides apart by across two origins (`_signal`: opposite polarity, a
negation in one, one slot given two figures, none, or both sides told in one article only).
A third tally bands each blocking miss by what its best cross-side pair would score were it
compared (`_unblocked_band`): whether better blocking alone could find it. A fourth tallies
the points without gold by what their positions cite in the gold (`_no_gold_cause`: sides
of two different disputes, one side twice, a side against an agreed fact ...) and the rule
that made them. A fifth tallies the missed disputes one article's claims cover two sides
of, by what those pairs are (`_one_article`: two speakers with a signal or none, a side
without a speaker ...) and the dispute's cause.

Prints only short starts of statements (the dev texts belong to their publishers).

Usage: .venv/bin/python bench/missed_disputes.py [--held-out] [--pairs N] [--causes] [event ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edge_fates import edge_fate
from missed_links import (
    SHORT,
    Trace,
    covering,
    held_out_model,
    pair_status,
    top_columns,
    traced_report,
    unblocked_scores,
)
from quality_lib import (
    DEV,
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    events,
    gold_origin_map,
    load_annotated_expectations,
    load_expectations,
    madeup,
    score_report,
    tunable,
)

from consensus.ingest import load_articles


def _cause(trace: Trace, sides: list[set[int]], threshold: float) -> str:
    """The one cause a missed dispute is tallied under (`--causes`), in this order: a side
    no claim covers (extraction); two sides' claims in one group (two claims linked, no
    conflict edge between them); one claim that covers two sides (extraction: a claim that
    tells both); a conflict edge across the sides that made no point of them; a side whose
    denial points back at what it rejects ("denied the report": anaphoric); no cross-side
    pair compared (blocking), unless one was compared for the figure or time rule alone
    (`rival_only`: no probability, no conflict edge came of it); the best pair scored below
    the threshold; else vetoed/refused."""
    from consensus.merge.answers import points_back
    from consensus.models import Polarity

    if any(not s for s in sides):
        return "extraction: a side no claim covers"
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    cross = [(i, j) for x, si in enumerate(sides) for sj in sides[x + 1 :] for i in si for j in sj]
    if any(i != j and group.get(i) == group.get(j) for i, j in cross):
        return "linked into one group"
    if any(i == j for i, j in cross):  # (one claim tells both: "police say 9, others 11")
        return "extraction: one claim covers two sides"
    conflicts = {
        (min(e.i, e.j), max(e.i, e.j))
        for e in trace.edges
        if e.conflict and not e.conflict.startswith("join")
    }
    if any((min(i, j), max(i, j)) in conflicts for i, j in cross):
        return "conflict edge, no point"
    for s in sides:
        for m in s:
            f = trace.feats[m]
            if f.claim.polarity == Polarity.denies and points_back(f.claim.statement):
                return "anaphoric denial"
    probs = [trace.prob.get((min(i, j), max(i, j))) for i, j in cross if i != j]
    if all(p is None for p in probs):
        # pairs compared for the figure or time rule alone (`PairContext.rival_only`) have
        # no probability in `trace.prob`, yet they were compared: not a blocking miss
        rival_only = getattr(trace.ctx, "rival_only", frozenset())
        if any((min(i, j), max(i, j)) in rival_only for i, j in cross):
            return "figure/time rivals compared, no conflict edge"
        return "blocking: no pair compared"
    if max(p for p in probs if p is not None) < threshold:
        return "scored below threshold"
    return "linked, vetoed or refused"


def _signal(trace: Trace, sides: list[set[int]]) -> str:
    """What could tell a missed dispute's sides apart without reading their meaning (the
    second `--causes` tally): over the pairs of claims of two origins on two sides, opposite
    polarity, a negation word in exactly one, one slot given two figures; else none; or
    "one article only" when no such pair exists (both sides told in one article)."""
    feats = trace.feats
    found: set[str] = set()
    cross = False
    for i, j in _cross_pairs(sides):
        if feats[i].origin != feats[j].origin:
            cross = True
            found.update(_surface(trace, i, j))
    if not cross:
        return "one article only"
    return "+".join(sorted(found)) or "no signal"


def _cross_pairs(sides: list[set[int]]) -> list[tuple[int, int]]:
    """The pairs of two claims on two sides (a claim on both sides left out)."""
    return [
        (i, j)
        for x, si in enumerate(sides)
        for sj in sides[x + 1 :]
        for i in si
        for j in sj
        if i != j
    ]


def _surface(trace: Trace, i: int, j: int) -> list[str]:
    """What tells two claims apart on their surface: opposite polarity, a negation word in
    exactly one, one slot given two figures."""
    from consensus.merge.denial_strength import _NEG_HINT

    a, b = trace.feats[i].claim, trace.feats[j].claim
    out = []
    if a.polarity != b.polarity:
        out.append("polarity")
    if bool(_NEG_HINT.search(a.statement)) != bool(_NEG_HINT.search(b.statement)):
        out.append("negation")
    same, clash = trace.ctx.figure_relation(min(i, j), max(i, j))
    if clash and not same:
        out.append("figure clash")
    return out


def _one_article(trace: Trace, sides: list[set[int]], group: dict[int, int]) -> str | None:
    """What the pairs of one article's claims on two sides of a missed dispute are (the
    fifth `--causes` tally; None when no article's claims cover two sides): the most telling
    of their readings, in this order: two speakers (named, not compatible) with a signal
    (opposite polarity, a negation in one, a figure clash), two speakers with none,
    compatible speakers, a side with no speaker, one group."""
    from consensus.merge.features import _speakers_compatible

    feats = trace.feats
    found: set[str] = set()
    for i, j in _cross_pairs(sides):
        a, b = feats[i], feats[j]
        if a.article != b.article:
            continue
        if group.get(i) == group.get(j):
            found.add("4 one group")
        elif not a.speaker or not b.speaker:
            found.add("3 a side without speaker")
        elif _speakers_compatible(a.speaker, b.speaker):
            found.add("2 compatible speakers")
        else:
            sig = _surface(trace, i, j)
            found.add(f"{0 if sig else 1} two speakers, " + ("+".join(sig) or "none"))
    return min(found)[2:] if found else None


def _unblocked_band(trace: Trace, sides: list[set[int]], model: Any) -> str:
    """What a blocking miss's best cross-side pair of two articles would score, were it
    compared (`missed_links.unblocked_scores`), as a band: at or over the link threshold
    (better blocking alone could link it), over `VOICES_REBUT_AT` (two named voices' rule 6
    would read it), or under both (blocking alone finds nothing)."""
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT

    feats = trace.feats
    cross = [
        (i, j)
        for x, si in enumerate(sides)
        for sj in sides[x + 1 :]
        for i in si
        for j in sj
        if feats[i].article != feats[j].article
    ]
    would = unblocked_scores(trace, cross, model)
    if not would:
        return "no pair of two articles"
    best = max(p for p, _ in would.values())
    if best >= model.threshold:
        return f"would link (best p={best:.3f})"
    if best >= VOICES_REBUT_AT:
        return f"would reach the two-voice bar only (best p={best:.3f})"
    return f"would score under both bars (best p={best:.3f})"


def _no_gold_cause(point: Any, exp: dict[str, Any], loc: Locator) -> tuple[str, str]:
    """Why a point of the report shows no gold dispute (the fourth `--causes` tally), by what
    its positions cite in the gold: each position read as the gold dispute sides its citations
    cover ("d3.0": dispute 3, side 0), else the agreed facts they cover, else nothing. In
    this order: two positions on sides of two different gold disputes (one point answering
    different propositions); positions on one side of one dispute only (the point splits a
    side); a position on a dispute side against one on an agreed fact (an agreed fact taken
    for the other side); positions on agreed facts only (agreed facts set against each
    other); a position citing no gold item (what the annotator did not list, or a remark).
    Returns (cause, what each position cites: "d3.0" a side, "f5" an agreed fact, "-" none)."""
    from quality_lib import _cites_any, _covered, _side_spans

    def anchors_of(raw: dict[str, str]) -> dict[str, tuple[int, int]]:
        return {a: sp for a, t in raw.items() if (sp := loc.span(a, t)) is not None}

    sides = [
        (n, k, _side_spans(side, anchors_of(side["anchors"]), loc))
        for n, d in enumerate(exp.get("contested", []))
        for k, side in enumerate(d["sides"])
    ]
    facts = [anchors_of(f["anchors"]) for f in exp.get("agreed", [])]
    reads: list[tuple[set[tuple[int, int]], set[int]]] = []
    for p in point.positions:
        on = {(n, k) for n, k, sp in sides if sp and _cites_any(p.citations, sp)}
        fs = {i for i, an in enumerate(facts) if _covered(p.citations, an)}
        reads.append((on, fs))
    cited = " / ".join(
        ",".join([*(f"d{n}.{k}" for n, k in sorted(on)), *(f"f{i}" for i in sorted(fs))]) or "-"
        for on, fs in reads
    )
    return _no_gold_reason(reads), cited


def _no_gold_reason(reads: list[tuple[set[tuple[int, int]], set[int]]]) -> str:
    """`_no_gold_cause`'s cause, from what each position cites."""
    disputes = [{n for n, _ in on} for on, _ in reads]
    if any(a and b and not (a & b) for x, a in enumerate(disputes) for b in disputes[x + 1 :]):
        return "sides of two different gold disputes"
    if sum(1 for on, _ in reads if on) >= 2:
        return "one side of one gold dispute on both positions"
    if any(on for on, _ in reads) and any(fs and not on for on, fs in reads):
        return "a dispute side against an agreed fact"
    if all(fs for _, fs in reads):
        return "agreed facts against each other"
    if any(on or fs for on, fs in reads):
        return "a position on a gold item, another on none"
    return "no position on any gold item"


def diagnose(
    event: str,
    held_out: bool,
    n_pairs: int,
    causes: Counter[str] | None = None,
    signals: Counter[str] | None = None,
    unblocked: Counter[str] | None = None,
    no_gold: Counter[str] | None = None,
    one_article: Counter[str] | None = None,
    fates: Counter[str] | None = None,
) -> tuple[int, int]:
    """Print one cluster's missed disputes and unconfirmed points; (missed, unconfirmed)."""
    from consensus.merge.link import link_model

    dev = event in events()
    if dev:
        articles = load_articles([str(DEV / event / "articles.jsonl")])
        exp = load_expectations(event)
    else:
        articles = annotated_articles(event, MADEUP_GOLD)
        exp = load_annotated_expectations(event, MADEUP_GOLD)
    scoped = event if held_out and dev else None
    report, trace = traced_report(articles, scoped)
    model = held_out_model(event) if scoped else link_model()
    threshold = model.threshold
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    gold = gold_origin_map(exp, [a.id for a in articles])
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    missed = set(score.disputes_missed)
    print(f"== {event}: {len(missed)} missed, {score.points_unconfirmed} without gold")

    def shown(m: int) -> str:
        f = trace.feats[m]
        return f"#{m} g{group.get(m)} {f.claim.polarity.value[0]} {f.claim.statement[:SHORT]!r}"

    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        print(f"  MISSED {point['id']} ({point.get('kind', '?')})")
        sides = []
        for n, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            also = [(a, sp) for a, t in side.get("also", []) if (sp := loc.span(a, t))]
            for a, sp in also:  # an "also" sentence of an article without an anchor shows too
                anchors.setdefault(a, sp)
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
            for a in sorted(anchors):
                got = "; ".join(shown(m) for m in cov.get(a, [])) or "(no claim)"
                print(f"    side {n} {a} [{gold[a]}]: {got}")
        if causes is not None:
            cause = _cause(trace, sides, threshold)
            causes[f"{cause} | {point.get('kind', '?')}"] += 1
            print(f"    cause: {cause}")
            if cause == "conflict edge, no point":
                fate = edge_fate(trace, sides)
                print(f"    edge fate: {fate}")
                if fates is not None:
                    fates[f"{fate} | {point.get('kind', '?')}"] += 1
            if cause.startswith("blocking"):
                band = _unblocked_band(trace, sides, model)
                print(f"    unblocked: {band}")
                if unblocked is not None:
                    unblocked[band.split(" (")[0]] += 1
        if one_article is not None and (told := _one_article(trace, sides, group)):
            one_article[f"{told} | {_cause(trace, sides, threshold)}"] += 1
            print(f"    one article: {told}")
        if signals is not None:
            signal = _signal(trace, sides)
            signals[f"{signal} | {point.get('kind', '?')}"] += 1
            print(f"    signal: {signal}")
        pairs = []
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        if i != j:
                            q = (min(i, j), max(i, j))
                            pairs.append((trace.prob.get(q, -1.0), q))
        rival_only = getattr(trace.ctx, "rival_only", frozenset())
        for p, (i, j) in sorted(set(pairs), reverse=True)[:n_pairs]:
            st = pair_status(trace, i, j, threshold)
            shown_p = "rival-only" if (i, j) in rival_only else f"p={p:.3f}"
            print(f"      #{i}-#{j} {shown_p} {st}  [{top_columns(trace, i, j, model)}]")
    for topic in score.unconfirmed_items:
        point = next(c for c in report.contested if c.topic.startswith(topic))
        print(f"  NO GOLD {topic[:SHORT]!r} ({point.rule[:70]})")
        for p in point.positions:
            print(f"    {p.polarity.value}: {p.statement[:SHORT]!r}")
        if no_gold is not None:
            why, cited = _no_gold_cause(point, exp, loc)
            family = point.rule.removeprefix("contested: ").split(" (")[0].split(" — ")[0]
            no_gold[f"{why} | {family[:40]}"] += 1
            print(f"    no-gold cause: {why} ({cited})")
    return len(missed), score.points_unconfirmed


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--pairs", type=int, default=3, help="cross-side pairs shown per dispute")
    ap.add_argument("--causes", action="store_true", help="tally missed disputes by cause")
    args = ap.parse_args(argv)
    causes: Counter[str] | None = Counter() if args.causes else None
    signals: Counter[str] | None = Counter() if args.causes else None
    unblocked: Counter[str] | None = Counter() if args.causes else None
    no_gold: Counter[str] | None = Counter() if args.causes else None
    one_article: Counter[str] | None = Counter() if args.causes else None
    fates: Counter[str] | None = Counter() if args.causes else None
    total = [0, 0]
    for event in args.events or [*events(), *tunable(madeup())]:
        got = diagnose(
            event,
            args.held_out,
            args.pairs,
            causes,
            signals,
            unblocked,
            no_gold,
            one_article,
            fates,
        )
        total = [total[0] + got[0], total[1] + got[1]]
    print(f"== {total[0]} disputes missed, {total[1]} points without gold")
    tallies = (
        ("cause | gold kind", causes),
        ("signal across origins | gold kind", signals),
        ("what a blocking miss's best pair would score", unblocked),
        ("cause | rule", no_gold),
        ("what one article's claims on two sides are | cause", one_article),
        ("the step a cross-side conflict edge reached (edge_fates.py) | gold kind", fates),
    )
    for title, tally in tallies:
        if tally:
            what = "points without gold" if tally is no_gold else "missed disputes"
            if tally is one_article:
                what += f" with two sides in one article ({sum(tally.values())})"
            print(f"== {what} by {title}")
        for what, n in sorted((tally or Counter()).items(), key=lambda t: (-t[1], t[0])):
            print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
