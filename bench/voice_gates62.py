"""Which of rule 6's two-voice gates stops a missed dispute's best two-speaker pair.

For each missed gold dispute (as `missed_disputes.py` finds them) whose cross-side pairs of
two origins include one the merge compared at `VOICES_REBUT_AT` or over with no conflict
edge, the best such pair is replayed through link rule 6's two-voice reading
(`link.link_edges`, the `of_voices` branch) and tallied by the first gate that stops it:

1. both negate or neither does (a negation word in both or in none: rule 6 reads one
   negation against the same thing unnegated);
2. no negated concept met: the negated side's concepts are not stated by the other, in its
   words (`score._negation_clash`) nor in other words (`paraphrase_clash`);
3. about two things (`voice_rebuttals.about_two_things`, bare);
4. told apart (`voice_rebuttals.told_apart`: a modal, a contrast, a hedge ...);
5. passes every gate (the pair was not among `two_speakers`, or a later step took it).

Prints one line per such dispute (cluster, gold id, kind, p, gate, short starts) and the
tally. Usage: PYTHONPATH=.:bench .venv/bin/python bench/voice_gates62.py [event ...]
(no events: every tunable made-up cluster; never the held-out ones).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_disputes import _cross_pairs
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


def gate(trace: Any, i: int, j: int) -> str:
    """The first rule-6 two-voice gate that stops the pair (the module docstring's order)."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.paraphrased_negations import paraphrase_clash
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voice_rebuttals import about_two_things, told_apart
    from consensus.models import Polarity

    feats = trace.feats
    negs = trace.memo.setdefault("negations", _Negations(feats))
    hinted = list(negs.hinted)
    if hinted[i] == hinted[j]:
        return "1 both negate or neither"

    def asserted(k: int) -> Any:
        return negs(k) if feats[k].claim.polarity == Polarity.asserts else NO_NEGATION

    neg_i, neg_j = asserted(i), asserted(j)
    what = _negation_clash(feats[i], feats[j], neg_i, neg_j)
    if not what:
        what = paraphrase_clash(trace.ctx, feats[i], feats[j], neg_i, neg_j)
    if not what:
        return "2 no negated concept met"
    if about_two_things(feats[i], feats[j], what, bare=True):
        return f"3 about two things (not {what})"
    if told_apart(trace.ctx, feats[i], feats[j], what):
        return f"4 told apart (not {what})"
    return f"5 passes the gates (not {what})"


def run(event: str, tally: Counter[str]) -> None:
    """Print and tally one cluster's missed disputes' best two-voice pairs."""
    from consensus.merge.speakers import same_speaker
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    conflicts = {(min(e.i, e.j), max(e.i, e.j)) for e in trace.edges if e.conflict}
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        best: tuple[float, int, int] | None = None
        for i, j in _cross_pairs(sides):
            a, b = trace.feats[i], trace.feats[j]
            q = (min(i, j), max(i, j))
            p = trace.prob.get(q)
            if p is None or p < VOICES_REBUT_AT or a.origin == b.origin or q in conflicts:
                continue
            if not a.speaker or not b.speaker or same_speaker(a.speaker, b.speaker):
                continue
            if best is None or p > best[0]:
                best = (p, *q)
        if best is None:
            continue
        p, i, j = best
        why = gate(trace, i, j)
        tally[f"{why.split(' (')[0]} | {point.get('kind', '?')}"] += 1
        sa, sb = trace.feats[i].claim.statement, trace.feats[j].claim.statement
        print(
            f"{event}\t{point['id']}\t{point.get('kind', '?')}\tp={p:.3f}\t{why}\t"
            f"{sa[:SHORT]!r} / {sb[:SHORT]!r}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    names = list(argv if argv is not None else sys.argv[1:]) or tunable(madeup())
    held = set(madeup()) - set(tunable(madeup()))
    tally: Counter[str] = Counter()
    for event in names:
        if event in held:
            raise SystemExit(f"{event} is held out")
        run(event, tally)
    print(f"== {sum(tally.values())} missed disputes with a two-voice pair at the rule-6 bar")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
