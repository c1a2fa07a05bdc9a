"""Session 63's reading of missed rebuttal and denial disputes, one block per dispute.

For each named made-up cluster (never a held-out one: `quality_lib.tunable` filters them),
every gold contested point of kind "denial" or "rebuttal" the report misses is printed with,
per side, the claims that cover its anchors in full: polarity, speaker, statement; then what
the merger reads of each denial (`claim_words.denied_content`, `cross_answers._party`) and
of each assertion (`cross_answers._subjects`), and the best cross-side pairs' link
probability, word-vector cosine of the two statements and of the denial's object against
the other claim, and trace status. Used to label `bench/rebuttals63.tsv` by hand.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/rebuttals63.py [--kinds denial,rebuttal] NAME ...
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import covering, pair_status, traced_report, unblocked_scores
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)


def _show(trace: object, m: int) -> str:
    f = trace.feats[m]  # type: ignore[attr-defined]
    return (
        f"#{m} {f.article[:14]} {f.claim.polarity.value[0]} spk={f.speaker!r}: {f.claim.statement}"
    )


def read(event: str, kinds: set[str], clashes: list[str] | None = None) -> int:
    """Print the cluster's missed disputes of `kinds`; how many."""
    from consensus.merge.claim_words import denied_content
    from consensus.merge.cross_answers import _party, _subjects
    from consensus.merge.link import link_model
    from consensus.models import Polarity

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    model = link_model()
    threshold = model.threshold
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    n = 0
    for point in exp.get("contested", []):
        if point["id"] not in missed or point.get("kind") not in kinds:
            continue
        n += 1
        print(f"== {event} {point['id']} ({point['kind']}): {point.get('topic', '')}")
        sides = []
        for k, side in enumerate(point["sides"]):
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            cov = covering(trace, anchors)
            ms = sorted({m for v in cov.values() for m in v})
            sides.append(ms)
            print(f"  side {k}: {side.get('position', side.get('summary', ''))}")
            for m in ms:
                f = trace.feats[m]
                print(f"    {_show(trace, m)}")
                if f.claim.polarity == Polarity.denies:
                    denied = denied_content(f.claim.statement)
                    print(f"      denied={denied!r} party={sorted(_party(f))}")
                else:
                    print(f"      subjects={sorted(_subjects(f.claim.statement))}")
        pairs = []
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si:
                    for j in sj:
                        if i != j and trace.feats[i].origin != trace.feats[j].origin:
                            q = (min(i, j), max(i, j))
                            pairs.append((trace.prob.get(q, -1.0), q))
        for p, (i, j) in sorted(set(pairs), reverse=True)[:4]:
            print(f"    pair #{i}-#{j} p={p:.3f} {pair_status(trace, i, j, threshold)}")
        if clashes is not None:
            clashes.extend(_clashes(event, point["id"], trace, sorted(set(pairs)), model))
    return n


def _clashes(
    event: str, gold: str, trace: Any, pairs: list[tuple[float, tuple[int, int]]], model: Any
) -> list[str]:
    """One line per cross-side pair of two origins where exactly one claim has a negation
    word: what rule 6 would read of it (see `link.link_edges`)."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.paraphrased_negations import paraphrase_clash
    from consensus.merge.score import NO_NEGATION, _negation_clash
    from consensus.merge.voice_rebuttals import about_two_things, told_apart
    from consensus.models import Polarity

    feats = trace.feats
    negs = _Negations(feats)
    todo = [q for p, q in pairs if p < 0]
    fresh = unblocked_scores(trace, todo, model)
    out = []
    for p, (i, j) in pairs:
        if negs.hinted[i] == negs.hinted[j]:
            continue
        a, b = feats[i], feats[j]
        n_i = negs(i) if a.claim.polarity == Polarity.asserts else NO_NEGATION
        n_j = negs(j) if b.claim.polarity == Polarity.asserts else NO_NEGATION
        what = _negation_clash(a, b, n_i, n_j)
        how = "same"
        if not what:
            what, how = paraphrase_clash(trace.ctx, a, b, n_i, n_j), "para"
        if p < 0:
            p = fresh.get((i, j), (-1.0, 0.0))[0]
            how += "/unblocked"
        two = about_two_things(a, b, what, bare=True) if what else None
        apart = told_apart(trace.ctx, a, b, what) if what else None
        out.append(
            f"{event}\t{gold}\t#{i}-#{j}\tp={p:.3f}\t{what or '-'}\t{how}\t"
            f"two_things={two}\ttold_apart={apart}\t{a.speaker}|{b.speaker}\t"
            f"{a.claim.polarity.value[0]}{b.claim.polarity.value[0]}"
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="+")
    ap.add_argument("--kinds", default="denial,rebuttal")
    ap.add_argument("--clash", help="write the negation pairs' readings (TSV) here")
    args = ap.parse_args(argv)
    allowed = set(tunable(madeup()))
    kinds = set(args.kinds.split(","))
    total = 0
    clashes: list[str] | None = [] if args.clash else None
    for event in args.events:
        if event not in allowed:
            print(f"skipped {event}: not a tunable made-up cluster")
            continue
        total += read(event, kinds, clashes)
    print(f"== {total} missed")
    if args.clash:
        Path(args.clash).write_text("".join(f"{line}\n" for line in clashes or []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
