"""How far link rule 6's two-voice reading gets on the compared pairs of missed disputes of
kind denial / rebuttal / account (the sides compared, no conflict edge between them).

For each tunable made-up cluster named (all when none), every gold contested point of those
kinds the report misses whose cause (`missed_disputes._cause`) is "scored below threshold",
"linked, vetoed or refused" or "linked into one group" is read pair by pair: every compared
cross-side pair (a link probability in the trace) gets the first step of rule 6's reading
(`link.link_edges`, `voice_rebuttals`) that stops it:

  no negation      neither statement has a negation word (`_Negations.hinted`)
  both negate      both have one
  no clash         `score._negation_clash` finds no concept one negates and the other states
  one stance       `denial_strength.denial_agrees`: a denial of what the other negates
  two things       `voice_rebuttals.about_two_things(bare=True)`
  told apart       `voice_rebuttals.told_apart` (modal, hedge, condition, other objects)
  below bar        all guards pass, but p < VOICES_REBUT_AT
  passes           rule 6 would make an edge at the two-voice bar

A dispute is tallied by its most advanced pair (the order above). Prints the statements'
short starts only and per dispute its best pair's step, the negated concepts and p.

Reads nothing of the clusters in HELD_OUT.txt. Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/rebuttal_reads.py [cluster ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_disputes import _cause
from missed_links import SHORT, covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

STEPS = (
    "no negation",
    "both negate",
    "no clash",
    "one stance",
    "two things",
    "told apart",
    "below bar",
    "passes",
)
KINDS = ("denial", "rebuttal", "account", "accounts")
CAUSES = ("scored below threshold", "linked, vetoed or refused", "linked into one group")


def pair_step(trace: object, i: int, j: int, p: float) -> tuple[str, str]:
    """The step (`STEPS`) rule 6's two-voice reading stops pair (i, j) at, and the concept
    one negates that the other states ('' when none)."""
    from consensus.merge.denial_strength import _Negations, denial_agrees
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT, about_two_things, told_apart
    from consensus.models import Polarity

    feats, ctx = trace.feats, trace.ctx  # type: ignore[attr-defined]
    negs = _Negations([feats[i], feats[j]])
    if not negs.hinted[0] and not negs.hinted[1]:
        return STEPS[0], ""
    if negs.hinted[0] and negs.hinted[1]:
        return STEPS[1], ""

    def asserted(k: int) -> object:
        return (
            negs(k) if (feats[i], feats[j])[k].claim.polarity == Polarity.asserts else NO_NEGATION
        )

    a, b = feats[i], feats[j]
    na, nb = asserted(0), asserted(1)
    what = _negation_clash(a, b, na, nb)  # type: ignore[arg-type]
    if not what:
        return STEPS[2], ""
    if denial_agrees(ctx, a, b, na, nb):  # type: ignore[arg-type]
        return STEPS[3], what
    if about_two_things(a, b, what, bare=True):
        return STEPS[4], what
    if told_apart(ctx, a, b, what):
        return STEPS[5], what
    if p < VOICES_REBUT_AT:
        return STEPS[6], what
    return STEPS[7], what


def read_cluster(event: str) -> list[tuple[str, str, str, str, str]]:
    """(cluster, point id, kind, step, detail) per missed dispute read."""
    from consensus.merge.link import link_model

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    threshold = link_model().threshold
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    out = []
    for point in exp.get("contested", []):
        kind = point.get("kind", "?")
        if point["id"] not in missed or kind not in KINDS:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        cause = _cause(trace, sides, threshold)
        if cause not in CAUSES:
            continue
        best, detail = -1, ""
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        q = (min(i, j), max(i, j))
                        p = trace.prob.get(q)
                        if i == j or p is None:
                            continue
                        step, what = pair_step(trace, *q, p)
                        if STEPS.index(step) > best:
                            best = STEPS.index(step)
                            fi, fj = trace.feats[q[0]], trace.feats[q[1]]
                            detail = (
                                f"p={p:.3f} not={what!r} | {fi.claim.statement[:SHORT]!r} | "
                                f"{fj.claim.statement[:SHORT]!r}"
                            )
        if best >= 0:
            out.append((event, point["id"], kind, STEPS[best], f"{cause}: {detail}"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events", nargs="*")
    args = ap.parse_args(argv)
    names = args.events or tunable(madeup())
    tally: Counter[str] = Counter()
    for event in names:
        for row in read_cluster(event):
            print("\t".join(row), flush=True)
            tally[f"{row[3]} | {row[2]}"] += 1
    print("# step | kind: disputes")
    for key, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"# {key}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
