"""The points without gold whose one side is a short pointing-back denial (session 45,
pointback45): for each opposite-polarity point of a made-up cluster's report that shows no
gold dispute, every denial bound by `answers.answered`, `pronoun_denials.pronoun_answers`,
`charge_antecedents.charged_answers` and `reason_answers.reasoned_answers` (the step that
set the final binding is shown) whose claim and whose answer are the point's two sides:
the denial, the claim it was tied to (and the first tie when a later step moved it), the
gold dispute side the denial cites (or none) with the other side's anchor in its article,
and with `--context` the article text before the denial (made-up clusters only: their
texts are ours).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/pointback_denials.py [--context] [cluster ...]
(default: the tunable made-up clusters; never a held-out one)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)


def _cites(position: Any, f: Any) -> bool:
    return any(
        c.article == pc.article and c.start < pc.end and pc.start < c.end
        for c in f.citations
        for pc in position.citations
    )


def diagnose(event: str, context: bool, n: int) -> int:
    """Print one cluster's pointing-back denials on points without gold; the running count."""
    from consensus.merge.answers import answered
    from consensus.merge.charge_antecedents import charged_answers
    from consensus.merge.pronoun_denials import pronoun_answers
    from consensus.merge.reason_answers import reasoned_answers

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    feats = trace.feats
    first = answered(feats)
    told = dict(first)
    told.update(pronoun_answers(feats, first))
    charged = charged_answers(feats, told)
    final = reasoned_answers(feats, charged, trace.ctx.idf)
    loc = Locator({a.id: a for a in articles})
    texts = {a.id: a.text for a in articles}
    for topic in score.unconfirmed_items:
        point = next(c for c in report.contested if c.topic.startswith(topic))
        if "opposite polarity" not in point.rule:
            continue
        for d, t in final.items():
            fd, ft = feats[d], feats[t]
            on_d = [p for p in point.positions if _cites(p, fd)]
            on_t = [p for p in point.positions if _cites(p, ft)]
            if not on_d or not on_t or on_d[0] is on_t[0]:
                continue
            step = (
                "reason"
                if final[d] != charged.get(d)
                else "charge"
                if charged.get(d) != told.get(d)
                else "answered"
                if d in first
                else "pronoun"
            )
            n += 1
            art = fd.article
            print(f"== {n} {event} [{step}] {art} speaker={fd.speaker!r}")
            print(f"  denial : {fd.claim.statement}")
            print(f"  tied to: ({ft.speaker!r}) {ft.claim.statement}")
            if told.get(d) is not None and told[d] != t:
                print(f"  first tie: {feats[told[d]].claim.statement}")
            sides = []
            for i, dispute in enumerate(exp.get("contested", [])):
                for k, side in enumerate(dispute["sides"]):
                    span = loc.span(art, side["anchors"][art]) if art in side["anchors"] else None
                    if span and any(
                        c.article == art and c.start < span[1] and span[0] < c.end
                        for c in fd.citations
                    ):
                        other = [
                            s["anchors"].get(art) for j, s in enumerate(dispute["sides"]) if j != k
                        ]
                        sides.append(f"d{i}.{k} {dispute['id']} (other side here: {other})")
            print(f"  gold   : {'; '.join(sides) or 'the denial cites no gold dispute side'}")
            if context:
                last = max(fd.citations, key=lambda c: c.start)
                print(f"  context: ...{texts[art][max(0, last.start - 700) : last.end]!r}")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--context", action="store_true", help="print the text before the denial")
    args = ap.parse_args(argv)
    n = 0
    for event in args.events or tunable(madeup()):
        n = diagnose(event, args.context, n)
    print(f"== {n} pointing-back denials on points without gold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
