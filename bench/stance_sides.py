"""Census of the gold disputes that are one side's stance against another's (gold kind
denial / rebuttal / account / accounts): found or missed, the step that loses each missed
one (`missed_disputes._cause`), the form each side is told in, and what a plain stance
reader would make of them.

Per dispute of those kinds with two anchored sides (as bench/quality_lib.score_report
counts them), each side's form is read from the claims that cover its anchors:
`denial` (a claim the extractor gives polarity "denies"), `negation` (a claim with a
closed-class negator: not, no, never, n't, none, nothing, nobody), else `assertion`.

The stance reader measured (`--reader`, not shipped): every claim with a denial cue
(`claim_words.denied_content`: "denied that X" -> "X") or a negator is compared, by the
offline word vectors of its denied content (or its whole statement), with every
assertion of another origin (a claim with no stance of its own); its best match is the
claim it would be set against. For a missed dispute the reader hits (HIT@k) when one of a
denial-side claim's `TOP` best matches lies on the other side. Over every
such claim of the cluster (found, missed or on no dispute at all) the best match is
tallied by where it lands (and whether the match is mutual: the assertion's own nearest
stance claim of another origin is this one): the other side of a gold dispute the claim is
on (right), a claim on no side of that dispute (a point with no gold or a mixed side if it
were made), or a stance claim on no gold side at all, with the cosine of the match in
bands, so a bar can be read off: how many right matches a bar keeps against wrong ones.

Reads nothing of the clusters in HELD_OUT.txt (tunable clusters only). Prints only short
starts of statements. Usage (two processes):
  PYTHONPATH=.:bench .venv/bin/python bench/stance_sides.py [--reader] [--rows] [cluster ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Container, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

KINDS = ("denial", "rebuttal", "account", "accounts")
_NEGATOR = re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor)\b|n't\b", re.I)
SHORT = 50
TOP = 3
BANDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _band(cos: float) -> str:
    low = max((b for b in BANDS if cos >= b), default=0.0)
    return f">={low:.1f}"


def _form(trace: Any, side: set[int]) -> str:
    from consensus.models import Polarity

    claims = [trace.feats[m].claim for m in side]
    if not claims:
        return "none"
    if any(c.polarity == Polarity.denies for c in claims):
        return "denial"
    if any(_NEGATOR.search(c.statement) for c in claims):
        return "negation"
    return "assertion"


def _stance_text(claim: Any) -> str | None:
    """What a claim's stance is about: a denial's denied content, a negation's statement."""
    from consensus.merge.claim_words import denied_content

    got = denied_content(claim.statement)
    if got:
        return str(got)
    if _NEGATOR.search(claim.statement):
        return str(claim.statement)
    return None


def ranked_assertions(
    sims: Any, feats: Sequence[Any], m: int, stance: Container[int]
) -> list[tuple[float, int]]:
    """The assertions of other origins than claim `m`'s (claims not in `stance`), as
    (cosine rounded to 4 places, index) by `sims` (claim m's row), best first."""
    import numpy as np

    return sorted(
        (
            (float(np.round(sims[j], 4)), j)
            for j, f in enumerate(feats)
            if f.origin != feats[m].origin and j not in stance
        ),
        reverse=True,
    )


def _best_matches(
    trace: Any,
) -> tuple[dict[int, list[tuple[int, float]]], dict[int, int]]:
    """Every stance claim's `TOP` best matches among the assertions of other origins (claims
    with no stance of their own), best first, as (index, cosine); and every assertion's
    nearest stance claim of another origin (so a match can be read as mutual)."""

    from consensus.vectors import offline_embed

    feats = trace.feats
    stance = {m: t for m, f in enumerate(feats) if (t := _stance_text(f.claim))}
    if not stance or len(feats) < 2:
        return {}, {}
    statements = offline_embed([f.claim.statement for f in feats])
    keys = sorted(stance)
    queries = offline_embed([stance[m] for m in keys])
    sims = queries @ statements.T
    out: dict[int, list[tuple[int, float]]] = {}
    for row, m in enumerate(keys):
        ranked = ranked_assertions(sims[row], feats, m, stance)
        if ranked:
            out[m] = [(j, cos) for cos, j in ranked[:TOP]]
    back: dict[int, int] = {}
    for j, f in enumerate(feats):
        rows = [r for r, m in enumerate(keys) if feats[m].origin != f.origin and j not in stance]
        if rows:
            back[j] = keys[max(rows, key=lambda r: float(sims[r, j]))]
    return out, back


def load_cluster(event: str) -> tuple[list[Any], dict[str, Any]]:
    """A dev event's or a made-up cluster's articles and gold expectations."""
    from quality_lib import (
        DEV,
        MADEUP_GOLD,
        annotated_articles,
        events,
        load_annotated_expectations,
        load_expectations,
    )

    from consensus.ingest import load_articles

    if event in events():
        return load_articles([str(DEV / event / "articles.jsonl")]), load_expectations(event)
    return annotated_articles(event, MADEUP_GOLD), load_annotated_expectations(event, MADEUP_GOLD)


def census(job: tuple[str, bool, bool]) -> tuple[list[str], Counter[str]]:
    """One cluster's rows and tallies."""
    from missed_disputes import _cause
    from missed_links import covering, traced_report
    from quality_lib import Locator, score_report

    from consensus.merge.link import link_model

    event, reader, rows = job
    articles, exp = load_cluster(event)
    report, trace = traced_report(articles, None)
    threshold = link_model().threshold
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    tally: Counter[str] = Counter()
    lines: list[str] = []
    best, back = _best_matches(trace) if reader else ({}, {})
    on_side: dict[int, list[tuple[str, int]]] = {}  # claim -> [(dispute id, side number)]
    all_sides: dict[str, list[set[int]]] = {}
    counted: set[str] = set()  # disputes with two anchored sides (as score_report counts)
    for point in exp.get("contested", []):
        sides: list[set[int]] = []
        anchored = 0
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            anchored += bool(side["anchors"]) and any(
                loc.span(a, t) for a, t in side["anchors"].items()
            )
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        all_sides[point["id"]] = sides
        if anchored >= 2:
            counted.add(point["id"])
        for n, s in enumerate(sides):
            for m in s:
                on_side.setdefault(m, []).append((point["id"], n))
    for point in exp.get("contested", []):
        kind = point.get("kind", "?")
        if kind not in KINDS or point["id"] not in counted:
            continue
        sides = all_sides[point["id"]]
        forms = "/".join(sorted(_form(trace, s) for s in sides))
        if point["id"] not in missed:
            tally[f"kind | found | {kind}"] += 1
            tally[f"form | found | {forms}"] += 1
            continue
        cause = _cause(trace, sides, threshold)
        tally[f"kind | missed | {kind}"] += 1
        tally[f"form | missed | {forms}"] += 1
        tally[f"cause | {kind} | {cause}"] += 1
        hit = "-"
        if reader:
            hit = "no stance claim"
            for n, s in enumerate(sides):
                others = set().union(*(x for k, x in enumerate(sides) if k != n))
                for m in s:
                    if m in best and m not in others:
                        hit = "miss" if hit == "no stance claim" else hit
                        for rank, (j, _) in enumerate(best[m], 1):
                            if j in others and (hit in ("miss",) or int(hit[-1]) > rank):
                                hit = f"HIT@{rank}"
            tally[f"reader on missed | {cause} | {hit}"] += 1
        if rows:
            lines.append(f"{event}\t{point['id']}\t{kind}\t{forms}\t{cause}\t{hit}")
    if reader:
        from consensus.merge.claim_words import denied_content

        for m, ((j, cos), *_) in best.items():
            cue = "cue" if denied_content(trace.feats[m].claim.statement) else "negator"
            mine = on_side.get(m, [])
            if not mine:
                where = "denial on no gold side"
            else:
                right = any(
                    j in set().union(*(x for k, x in enumerate(all_sides[d]) if k != n))
                    and j not in all_sides[d][n]
                    for d, n in mine
                )
                where = "other side (right)" if right else "no side of its dispute (wrong)"
            tally[f"best match | {cue} | {where} | {_band(cos)}"] += 1
            mutual = "mutual" if back.get(j) == m else "one-way"
            tally[f"best match, {mutual} | {cue} | {where}"] += 1
    return lines, tally


def main(argv: Sequence[str] | None = None) -> int:
    from quality_lib import events, madeup, tunable

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--reader", action="store_true", help="measure the stance reader")
    ap.add_argument("--rows", action="store_true", help="one row per missed dispute")
    args = ap.parse_args(argv)
    names = args.clusters or [*events(), *tunable(madeup())]
    allowed = set(events()) | set(tunable(madeup()))
    names = [n for n in names if n in allowed]  # never a held-out cluster
    total: Counter[str] = Counter()
    with Pool(2) as pool:
        for lines, tally in pool.imap(
            census, [(n, args.reader, args.rows) for n in names], chunksize=1
        ):
            for line in lines:
                print(line)
            total.update(tally)
    for key, n in sorted(total.items()):
        print(f"{n:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
