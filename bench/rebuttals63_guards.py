"""Session 63: which `cross_answers` gates stop each missed denial or rebuttal's denial claim.

For each named tunable made-up cluster, every claim given polarity "denies" on a side of a
missed gold dispute of kind denial/rebuttal is read against each claim of another origin on
another side: the denier's party (`_party`), the other claim's accused subject
(`_subjects`), the denial's rejected words it meets by stem, and the gates that stop it
(not a side's words: `_told`; the party is not its subject; one side; agreed by two origins:
`agreed_claims`). One TSV line per pair on stdout.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/rebuttals63_guards.py NAME ...
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np
from missed_links import covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

from consensus.merge import cross_answers as ca
from consensus.merge.answers import _one_side, _rejected_words
from consensus.merge.claim_words import content_stems, denied_content
from consensus.merge.link import link_model
from consensus.merge.slots import _stem
from consensus.models import Polarity

allowed = set(tunable(madeup()))
thr = link_model().threshold
for event in sys.argv[1:]:
    if event not in allowed:
        continue
    arts = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(arts, None)
    score = score_report(event, exp, arts, report)
    loc = Locator({a.id: a for a in arts})
    missed = set(score.disputes_missed)
    feats = trace.feats
    pairs = sorted(trace.prob)
    p = np.array([trace.prob[q] for q in pairs])
    agreed = ca.agreed_claims(feats, pairs, p, thr) if pairs else frozenset()
    for point in exp.get("contested", []):
        if point["id"] not in missed or point.get("kind") not in ("denial", "rebuttal"):
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            sides.append({m for v in covering(trace, anchors).values() for m in v})
        for x, si in enumerate(sides):
            others = set().union(*(s for y, s in enumerate(sides) if y != x))
            for d in sorted(si):
                f = feats[d]
                if f.claim.polarity != Polarity.denies:
                    continue
                party = ca._party(f)
                denied = denied_content(f.claim.statement)
                what = frozenset(_stem(w) for w in _rejected_words(denied or "")) - party
                for s in sorted(others):
                    g = feats[s]
                    if g.origin == f.origin:
                        continue
                    stems = content_stems(g.claim.statement.casefold())
                    why = []
                    if not ca._told(g):
                        why.append("not-told")
                    subj = ca._subjects(g.claim.statement)
                    if not (party & subj):
                        why.append("party-not-subject")
                    if _one_side(f.speaker, g.speaker):
                        why.append("one-side")
                    if s in agreed:
                        why.append("agreed")
                    met = what & stems
                    print(
                        f"{event}\t{point['id']}\t#{d}-#{s}\tparty={sorted(party)}"
                        f"\tsubj={sorted(subj)}\tmet={sorted(met)}/{len(what)}"
                        f"\t{','.join(why) or 'PASS?'}\t{g.claim.polarity.value[0]}"
                    )
