"""Which step of rule 6 (a negation against the statement unnegated) drops each missed
dispute that a negation could tell apart.

For every gold dispute the report misses (tunable made-up clusters; HELD_OUT.txt is
filtered by `quality_lib.tunable` and never read), the cross-side pairs of two origins
that the merge scored at `VOICES_REBUT_AT` or over (the bar rule 6 reads two speakers'
pairs at) and where exactly one claim has a negation word are each read through the steps
of `score._negation_clash` and, for two speakers, of `voice_rebuttals` in their order; the
dispute is tallied under the step its best such pair (by probability) stops at:

- `denial`: the negating claim is a denial (rule 2 reads it, not rule 6);
- `no concept read`: `negation` reads no negated concept of the negating claim;
- `restating word`: a word of `negation_equivalent` ("first", "only") at the concept in
  the other claim (`restated_near`);
- `concept not stated`: no negated concept is stated by the other claim (a paraphrase:
  "not cut" / "trimmed");
- `concept not content`, `negated by verb`, `before a contrast`, `instructed`,
  `not free`: the later tests of `_negation_clash`;
- `two things`, `told apart`: two speakers' clash dropped by `about_two_things` /
  `told_apart`;
- `clash`: the pair reads as a rebuttal (its edge, if any, lost later: pair status shown).

Disputes with no such pair are tallied by their cause (`missed_disputes._cause`) under
`no negation pair`. Prints only short starts of statements.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/rebuttal_steps.py [--rows] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, Trace, covering, pair_status, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)


def step_of(trace: Trace, i: int, j: int) -> str:
    """The step of rule 6 a pair with one negation stops at (see the module doc)."""
    import consensus.merge.score as S
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.implied_negation import negated_by_verb, stated_before_contrast
    from consensus.merge.negated_instructions import only_instructed
    from consensus.merge.restated_near import restated_at
    from consensus.merge.verb_lemmas import lemmas, with_lemmas
    from consensus.merge.voice_rebuttals import about_two_things, told_apart
    from consensus.models import Polarity

    feats = trace.feats
    negs = getattr(trace, "_negs", None)
    if negs is None:
        negs = _Negations(feats)
        trace._negs = negs  # type: ignore[attr-defined]
    hinted = negs.hinted
    x, y = (feats[i], feats[j]) if hinted[i] else (feats[j], feats[i])
    if x.claim.polarity != Polarity.asserts:
        return "denial"
    neg_x = negs(x.pos)
    if not neg_x.concepts:
        return "no concept read"
    said = set(y.concepts) | {S._stem(t.low) for t in y.toks if t.low in S._NEGATION_SPEECH}
    acts = {S._stem(t.low) for t in x.toks if t.low in S._NEGATION_SPEECH}
    said_as = with_lemmas(said, y.toks)
    bases, y_bases = lemmas(x.toks), lemmas(y.toks)
    last = "concept not stated"
    order = [
        "concept not stated",
        "restating word",
        "concept not content",
        "negated by verb",
        "before a contrast",
        "instructed",
        "not free",
    ]
    for c in sorted(neg_x.concepts):
        if c not in said_as and bases.get(c) not in said_as:
            step = "concept not stated"
        elif restated_at(
            y.toks, y.claim.statement, {c, bases.get(c, c)}, S._NEGATION_SAME, y_bases
        ):
            step = "restating word"
        elif c not in x.content and c not in acts:
            step = "concept not content"
        elif negated_by_verb(y.toks, c):
            step = "negated by verb"
        elif stated_before_contrast(x.toks, c):
            step = "before a contrast"
        elif only_instructed(x.toks, c):
            step = "instructed"
        elif c in neg_x.free or any(cc == c and s in said for cc, s in neg_x.of_subject):
            two = bool(x.claim.speaker and y.claim.speaker and x.claim.speaker != y.claim.speaker)
            if two and about_two_things(x, y, c, bare=True):
                return "two things"
            if two and told_apart(trace.ctx, x, y, c):
                return "told apart"
            return "clash"
        else:
            step = "not free"
        if order.index(step) > order.index(last):
            last = step  # (the step the furthest-read concept stopped at)
    return last


def census(event: str, rows: bool, tally: Counter[str]) -> None:
    """Tally one cluster's missed disputes by the rule-6 step their best pair stops at."""
    from missed_disputes import _cause

    from consensus.merge.link import link_model
    from consensus.merge.voice_rebuttals import VOICES_REBUT_AT

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    threshold = link_model().threshold
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    from consensus.merge.denial_strength import _Negations

    hinted = _Negations(trace.feats).hinted
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        best: tuple[float, int, int] | None = None
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        q = (min(i, j), max(i, j))
                        p = trace.prob.get(q)
                        if i == j or p is None or p < VOICES_REBUT_AT:
                            continue
                        if trace.feats[i].origin == trace.feats[j].origin:
                            continue
                        if hinted[i] == hinted[j]:
                            continue
                        if best is None or p > best[0]:
                            best = (p, *q)
        kind = point.get("kind", "?")
        if best is None:
            step = f"no negation pair ({_cause(trace, sides, threshold)})"
        else:
            step = step_of(trace, best[1], best[2])
        tally[f"{step} | {kind}"] += 1
        if rows and best is not None:
            p, i, j = best
            a, b = trace.feats[i], trace.feats[j]
            print(
                f"{event}\t{point['id']}\t{kind}\t{step}\tp={p:.3f}\t"
                f"{pair_status(trace, i, j, threshold)}"
            )
            print(f"    {a.claim.speaker!s:.30} | {a.claim.statement[: SHORT * 2]!r}")
            print(f"    {b.claim.speaker!s:.30} | {b.claim.statement[: SHORT * 2]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--rows", action="store_true", help="list each pair read")
    args = ap.parse_args(argv)
    names: list[Any] = args.names or tunable(madeup())
    allowed = set(tunable(madeup()))
    tally: Counter[str] = Counter()
    for name in names:
        if name not in allowed:
            print(f"skipped {name}: not a tunable made-up cluster", file=sys.stderr)
            continue
        census(name, args.rows, tally)
    print(f"== {sum(tally.values())} missed disputes by rule-6 step | gold kind")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
