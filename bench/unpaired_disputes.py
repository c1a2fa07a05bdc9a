"""What blocking could win at most: the missed disputes no cross-side pair of claims was
ever compared for (`missed_disputes._cause` "blocking: no pair compared"), each read for why
blocking never paired its sides, and the disputes an ORACLE blocking that compares every
such pair (gold-given, so an upper bound, never a rule) finds.

Pass 1 runs a cluster as bench/quality.py does and lists its blocking misses. For each, the
cross-side pairs of claims of two articles are read (`reason`) in this order: no pair of two
articles (both sides told in one article only); one side gives a figure its words do not say
what it counts ("says 5.1 million", "the true number is six": `_bare`)
or no figure against a figure (a denial or an account against a count); two figures of one
unit whose slot words do not meet; opposite polarity (a denial against what it denies); no
content word shared; else "words shared, vectors apart". Pass 2 re-runs the cluster with
every such pair (by article and statement) added to the candidate pairs
(`compared_pairs.candidate_pairs`, patched) and scores it again: the disputes found and the
points without gold, before and after.

Prints only short starts of statements (the dev texts belong to their publishers).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/unpaired_disputes.py [--oracle] [event ...]
(no events: every tunable made-up cluster; never the held-out ones).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_sides import cluster_and_gold, side_claims
from missed_disputes import _cause, _cross_pairs
from missed_links import SHORT, Trace, traced_report
from quality_lib import (
    Locator,
    madeup,
    score_report,
    tunable,
)

Key = tuple[str, str]  # (article, statement): a claim across two runs of one cluster


def _bare(f: Any) -> bool:
    """A figure whose words do not say what it counts: no unit, no counted noun of its own
    ("says 5.1 million", "the true number is six"), or a count noun naming nothing
    (`figure_counts.names_no_thing`)."""
    from consensus.merge.figure_counts import names_no_thing

    return not (f.unit or f.head or f.noun or f.counted) or names_no_thing(f)


def reason(trace: Trace, sides: list[set[int]]) -> str:
    """Why blocking never paired two sides (the module docstring's order)."""
    from consensus.merge.claim_words import content_stems
    from consensus.merge.figure_blocks import _unit_key

    feats, ctx = trace.feats, trace.ctx
    cross = [(i, j) for i, j in _cross_pairs(sides) if feats[i].article != feats[j].article]
    if not cross:
        return "no pair of two articles"
    found: set[str] = set()
    for i, j in cross:
        fi, fj = ctx.figs[i], ctx.figs[j]
        si, sj = feats[i].claim.statement, feats[j].claim.statement
        if any(_bare(f) for f in (*fi, *fj)):
            found.add("1 a figure that does not say what it counts")
        elif bool(fi) != bool(fj):
            found.add("2 a figure against no figure")
        elif fi and fj and {_unit_key(f) for f in fi} & {_unit_key(f) for f in fj}:
            found.add("3 figures of one unit, slot words apart")
        elif feats[i].claim.polarity != feats[j].claim.polarity:
            found.add("4 opposite polarity")
        elif not content_stems(si) & content_stems(sj):
            found.add("5 no content word shared")
        else:
            found.add("6 words shared, vectors apart")
    return min(found)[2:]


@contextmanager
def _oracle(pairs: set[tuple[Key, Key]]) -> Iterator[None]:
    """`compared_pairs.candidate_pairs` with `pairs` (by article and statement) added."""
    import consensus.merge.compared_pairs as cp

    real = cp.candidate_pairs

    def patched(feats: Any, ctx: Any, blocked: Any = None) -> list[tuple[int, int]]:
        got = real(feats, ctx, blocked)
        at: dict[Key, list[int]] = {}
        for i, f in enumerate(feats):
            at.setdefault((f.article, f.claim.statement), []).append(i)
        extra = {
            (min(i, j), max(i, j))
            for a, b in pairs
            for i in at.get(a, [])
            for j in at.get(b, [])
            if i != j and feats[i].article != feats[j].article
        }
        return sorted(set(got) | extra)

    cp.candidate_pairs = patched
    try:
        yield
    finally:
        cp.candidate_pairs = real


def run(event: str, oracle: bool, reasons: Counter[str], moved: Counter[str]) -> None:
    from consensus.merge.link import link_model

    articles, exp = cluster_and_gold(event)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    threshold = link_model().threshold
    pairs: set[tuple[Key, Key]] = set()
    blocked: set[str] = set()
    feats = trace.feats
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = side_claims(point, loc, trace)
        if not _cause(trace, sides, threshold).startswith("blocking"):
            continue
        why = reason(trace, sides)
        blocked.add(point["id"])
        reasons[f"{why} | {point.get('kind', '?')}"] += 1
        print(f"== {event} {point['id']} ({point.get('kind', '?')}): {why}")
        for n, side in enumerate(sides):
            for m in sorted(side):
                f = feats[m]
                print(
                    f"    side {n} {f.article[:24]} {f.claim.polarity.value[0]}"
                    f" {f.claim.statement[:SHORT]!r}"
                )
        for i, j in _cross_pairs(sides):
            a, b = feats[i], feats[j]
            if a.article != b.article:
                pairs.add(((a.article, a.claim.statement), (b.article, b.claim.statement)))
    if not (oracle and pairs):
        return
    with _oracle(pairs):
        after, trace2 = traced_report(articles, None)
    again = score_report(event, exp, articles, after)
    still = set(again.disputes_missed)
    for point in exp.get("contested", []):
        if point["id"] in blocked and point["id"] in still:
            cause = _cause(trace2, side_claims(point, loc, trace2), threshold)
            moved[f"still missed, compared: {cause}"] += 1
            print(f"    {point['id']} compared: {cause}")
    gained = missed - set(again.disputes_missed)
    lost = set(again.disputes_missed) - missed
    moved["disputes gained"] += len(gained)
    moved["disputes lost"] += len(lost)
    moved["clusters better"] += again.disputes_found > score.disputes_found
    moved["clusters worse"] += again.disputes_found < score.disputes_found
    moved["no-gold before"] += score.points_unconfirmed
    moved["no-gold after"] += again.points_unconfirmed
    print(
        f"== {event} oracle: disputes {score.disputes_found} -> {again.disputes_found}"
        f" (+{sorted(gained)} -{sorted(lost)}), no-gold {score.points_unconfirmed}"
        f" -> {again.points_unconfirmed}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--oracle", action="store_true", help="re-run with the pairs compared")
    args = ap.parse_args(argv)
    reasons: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    for event in args.events or tunable(madeup()):
        run(event, args.oracle, reasons, moved)
    print("== blocking misses by why no pair was compared | gold kind")
    for what, n in sorted(reasons.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    if moved:
        print("== oracle blocking (every gold cross-side pair of two articles compared)")
        for what, n in moved.items():
            print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
