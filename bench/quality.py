"""Quality on the annotated real dev clusters: what an editor would check, counted.

Runs the real pipeline as `consensus summarize` does (ingest -> offline extractor -> origins
-> vectors -> merge) on every tests/data/dev/<event> that has an expectations.json, scores the
report against it (bench/quality_lib.py) and prints, per cluster and in total:

- agreed recall: gold facts stated by >= 2 independent (gold) origins that come out as ONE
  agreed item citing >= 2 of those origins (in brackets: missed ones that sit in a dispute)
- disputes found: gold disputes shown as one contested point with two gold sides apart;
  "no gold": contested points that show no gold dispute (wrong, or not annotated: read them)
- copy-inflated: agreed items whose sources are fewer than 2 gold origins
- origin pairs: precision / recall of "these two articles share an origin"
- distinct merged: gold pairs of different propositions that ended in one item
- mixed: agreed items whose origins cite different gold facts and no fact in common (a wrong
  agreement the gold shows; agreed items citing no gold fact are not judged)
- shown statements (below the table): the agreed facts an item states in its OWN statement
  (not only cites), and the origins counted for such items that do not cite the fact shown
  (an editor reads them as confirming it)
- wrong speakers / non-claims: items with a speaker that is no name or absent from the
  quotes; items that are captions, credits or page furniture (patterns + gold examples)
- report size: agreed / contested / single-source items and Markdown bytes
- stories: the clusters shuffled into one feed without story ids; pair precision / recall

Usage: .venv/bin/python bench/quality.py [--verbose] [event ...]
Targets (issue 8): agreed recall >= 80 %, >= 8 disputes, 0 copy-inflated, origin pair
precision 1.0 and recall >= 0.9, no caption/credit item, story pairs P >= 0.95, R >= 0.9.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import DEV, ClusterScore, events, load_expectations, pair_prf, score_report

from consensus.ingest import load_articles
from consensus.models import Article, Report


def run_cluster(event: str) -> tuple[list[Article], Report, str]:
    from consensus.api import build_report
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline
    from consensus.render import render_markdown

    articles = load_articles([str(DEV / event / "articles.jsonl")])
    claim_sets = tuple(extract_offline(a) for a in articles)
    report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))
    return articles, report, render_markdown(report)


def score_cluster(event: str, held_out: bool = False) -> ClusterScore:
    """Score one cluster; with `held_out`, its merge uses link weights fitted on the OTHER
    annotated clusters only (what the weights do on a cluster they have not seen)."""
    if not held_out:
        articles, report, md = run_cluster(event)
    else:
        from consensus.merge.link import weights_in_scope

        with weights_in_scope(held_out_model(event)):
            articles, report, md = run_cluster(event)
    return score_report(event, load_expectations(event), articles, report, md)


def held_out_model(event: str) -> object:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from fit_merge_weights import fit_without

    return fit_without(event)


def story_pairs(names: Sequence[str]) -> tuple[float, float, int]:
    """All dev clusters shuffled into one feed without story ids -> pair precision, recall."""
    from _quality_common import story_pair_scores

    return story_pair_scores(names)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--verbose", "-v", action="store_true", help="list what was missed")
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="score each cluster with link weights fitted on the other clusters only",
    )
    args = ap.parse_args(argv)
    names = args.events or events()
    if not names:
        print("no annotated clusters (tests/data/dev/<event>/expectations.json)")
        return 1
    t0 = time.perf_counter()
    scores = [score_cluster(e, held_out=args.held_out) for e in names]
    if args.held_out:
        print("(held out: each cluster merged with link weights fitted without it)")
    header = (
        f"{'cluster':28} {'agreed recall':>15} {'disputes':>8} {'no gold':>7} {'copy-infl':>9} "
        f"{'origin P/R':>11} {'distinct':>8} {'mixed':>5} {'speaker':>7} {'nonclaim':>8} "
        f"{'A/C/S items':>13} {'md kB':>6}"
    )
    print(header)
    print("-" * len(header))
    for s in scores:
        p, r = pair_prf(s.origin_tp, s.origin_fp, s.origin_fn)
        print(
            f"{s.event:28} {_pct(s.agreed_found, s.agreed_total):>15} "
            f"{f'{s.disputes_found}/{s.disputes_total}':>8} {s.points_unconfirmed:>7} "
            f"{s.copy_inflated:>9} "
            f"{f'{p:.2f}/{r:.2f}':>11} {f'{s.distinct_merged}/{s.distinct_total}':>8} "
            f"{s.agreed_mixed:>5} {s.wrong_speaker:>7} {s.non_claims:>8} "
            f"{f'{s.n_agreed}/{s.n_contested}/{s.n_single}':>13} {s.report_bytes / 1000:>6.0f}"
        )
        if args.verbose:
            for what, items in (
                ("agreed missed", s.agreed_missed),
                ("disputes missed", s.disputes_missed),
                ("point showing no gold dispute", s.unconfirmed_items),
                ("copy-inflated", s.copy_inflated_items),
                ("mixed agreed item", s.agreed_mixed_items),
                ("statement other origins do not state", s.unshown_items),
                ("wrong speaker", s.wrong_speaker_items),
                ("non-claim", s.non_claim_items),
            ):
                for x in items:
                    print(f"    {what}: {x}")
            if s.anchors_missing:
                print(f"    gold anchors not found in the cleaned text: {s.anchors_missing}")
    tot = ClusterScore(event="TOTAL")
    for s in scores:
        for f in (
            "agreed_total agreed_found agreed_in_dispute disputes_total disputes_found "
            "points_unconfirmed "
            "copy_inflated origin_tp origin_fp origin_fn distinct_total distinct_merged "
            "agreed_mixed shown_found shown_judged origins_unshown "
            "wrong_speaker non_claims n_agreed n_contested n_single report_bytes"
        ).split():
            setattr(tot, f, getattr(tot, f) + getattr(s, f))
    p, r = pair_prf(tot.origin_tp, tot.origin_fp, tot.origin_fn)
    print("-" * len(header))
    print(
        f"{'TOTAL':28} {_pct(tot.agreed_found, tot.agreed_total):>15} "
        f"{f'{tot.disputes_found}/{tot.disputes_total}':>8} {tot.points_unconfirmed:>7} "
        f"{tot.copy_inflated:>9} "
        f"{f'{p:.2f}/{r:.2f}':>11} {f'{tot.distinct_merged}/{tot.distinct_total}':>8} "
        f"{tot.agreed_mixed:>5} {tot.wrong_speaker:>7} {tot.non_claims:>8} "
        f"{f'{tot.n_agreed}/{tot.n_contested}/{tot.n_single}':>13} "
        f"{tot.report_bytes / 1000:>6.0f}"
    )
    print(
        f"shown statements: {_pct(tot.shown_found, tot.agreed_total)} of the agreed facts stated "
        f"by an item's own statement; {tot.origins_unshown} origins counted for "
        f"{tot.shown_judged} items stating a gold fact do not cite that fact"
    )
    sp, sr, n = story_pairs(names)
    print(
        f"stories from one shuffled feed: {n} found for {len(names)} events; "
        f"pairs P {sp:.3f} R {sr:.3f}"
    )
    print(
        f"targets: agreed recall >= 80% · disputes >= 8 · copy-inflated 0 · origin P 1.0 R >= 0.9 "
        f"· non-claims 0 · stories P >= 0.95 R >= 0.9   ({time.perf_counter() - t0:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
