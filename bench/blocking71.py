"""What blocking lacked for the missed disputes no cross-side pair of was compared (session 71).

For each missed gold dispute of a cluster whose cause is "blocking: no pair compared"
(`missed_disputes._cause`), the cross-side pairs of claims of two articles are scored as if
compared (`missed_links.unblocked_scores`) and the best one is read as never_compared.py
reads a missed agreed fact's pair:

  keys      what the two claims share of their blocking keys (`never_compared.read_pair`: no
            key, one key, keys not among both's rarest, a composite key over `BLOCK_CAP`,
            a composite key cut by `MAX_CANDIDATES`)
  vector    the statement cosine, binned (`never_compared.vector_bin`: under the rare
            floor, between the floors, or over the neighbour floor and crowded out)
  would     the band the pair would score in (`missed_disputes._unblocked_band`)
  figures   whether both claims give a figure of one unit (`Figure.unit`, a plain count's
            "") and with what values: "one unit, values differ", "one unit, same values",
            "figures of two units", "one claim gives no figure", "no figures"

The tallies close the run; `--show` prints each miss's pair (short starts only). Scope: the
tunable made-up clusters (HELD_OUT.txt is never read) or names given.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/blocking71.py [--show] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

SHORT = 60


def _figures(ctx: Any, i: int, j: int) -> str:
    ui = {(f.unit, f.value) for f in ctx.figs[i]}
    uj = {(f.unit, f.value) for f in ctx.figs[j]}
    if not ui and not uj:
        return "no figures"
    if not ui or not uj:
        return "one claim gives no figure"
    units = {u for u, _ in ui} & {u for u, _ in uj}
    if not units:
        return "figures of two units"
    same = all({v for u, v in ui if u == w} == {v for u, v in uj if u == w} for w in units)
    return "one unit, same values" if same else "one unit, values differ"


def census(event: str, show: bool) -> tuple[dict[str, Counter[str]], list[str]]:
    from collections import Counter as C

    from missed_disputes import _cause, _unblocked_band
    from missed_links import covering, traced_report, unblocked_scores
    from never_compared import rarest, read_pair, vector_bin
    from quality_lib import (
        MADEUP_GOLD,
        Locator,
        annotated_articles,
        load_annotated_expectations,
        score_report,
    )

    from consensus.merge.link import link_model
    from consensus.merge.tunables import MAX_BLOCK_KEYS

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    model = link_model()
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    df: Counter[str] = C(k for f in trace.feats for k in set(f.keys))
    chosen = rarest(trace.feats, df, MAX_BLOCK_KEYS)
    tallies: dict[str, Counter[str]] = {
        k: C() for k in ("keys", "vector", "would", "figures", "figures | would")
    }
    lines: list[str] = []
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        if not _cause(trace, sides, model.threshold).startswith("blocking"):
            continue
        feats = trace.feats
        cross = [
            (min(i, j), max(i, j))
            for x, si in enumerate(sides)
            for sj in sides[x + 1 :]
            for i in si
            for j in sj
            if feats[i].article != feats[j].article
        ]
        band = _unblocked_band(trace, sides, model).split(" (")[0]
        tallies["would"][band] += 1
        if not cross:
            continue
        would = unblocked_scores(trace, sorted(set(cross)), model)
        (i, j), (p, cos) = max(would.items(), key=lambda kv: (kv[1][0], kv[0]))
        why = read_pair(trace, i, j, df, chosen)
        figs = _figures(trace.ctx, i, j)
        tallies["keys"][why] += 1
        tallies["vector"][vector_bin(cos)] += 1
        tallies["figures"][figs] += 1
        tallies["figures | would"][f"{figs} | {band}"] += 1
        if show:
            lines.append(
                f"[{event}] {point['id']} ({point.get('kind', '?')}) p={p:.3f} cos={cos:.2f} "
                f"{why}; {figs}\n    #{i} {feats[i].claim.statement[:SHORT]!r}\n"
                f"    #{j} {feats[j].claim.statement[:SHORT]!r}"
            )
    return tallies, lines


def _one(args: tuple[str, bool]) -> tuple[dict[str, Counter[str]], list[str]]:
    return census(*args)


def main(argv: Sequence[str] | None = None) -> int:
    from quality_lib import madeup, tunable

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--procs", type=int, default=2)
    args = ap.parse_args(argv)
    names = args.names or tunable(madeup())
    total: dict[str, Counter[str]] = {}
    with Pool(args.procs) as pool:
        for tallies, lines in pool.map(_one, [(n, args.show) for n in names], chunksize=1):
            for line in lines:
                print(line)
            for k, c in tallies.items():
                total.setdefault(k, Counter()).update(c)
    misses = sum(total.get("would", Counter()).values())
    print(f"== {misses} blocking misses, {len(names)} clusters")
    for title, tally in total.items():
        print(f"== by {title}")
        for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
            print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
