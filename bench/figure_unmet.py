"""Missed gold disputes of kind "figure" whose two sides' claims were never compared
(bench/missed_disputes.py's cause "blocking: no pair compared"), over the tunable made-up
clusters (nothing of HELD_OUT.txt is read).

For each such dispute, every pair of figures of two claims on two sides (claims of two
articles): the two figures as read (unit, value, counted noun or head, first slot words),
why no figure-rival block (`figure_blocks`) holds both (`_why`), and what the slot test
(`PairContext.same_slot`) and the pair's figure relation (`PairContext.figure_relation`)
say. The dispute is tallied under the best of its pairs' causes (`_RANK`) and under the
unit of that pair. Prints only short starts of statements.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/figure_unmet.py [--rows] [cluster ...]
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

# the causes a figure pair is read under, best (closest to a fix in blocking) first
_RANK = (
    "keys shared, over the cap",
    "keys shared, slot test says two things",
    "no shared key, slot test says one slot",
    "no shared key, slot test says two things",
    "one figure never a rival",
    "units apart",
    "equal values",
    "a side without a figure",
)


def _unit(f: Any) -> str:
    from consensus.merge.figure_blocks import _unit_key

    return _unit_key(f) or "count"


def _keys(f: Any, statement: str, speaker: str | None) -> set[str]:
    """Every figure-rival key of a figure, as `figure_rival_codes` gives them."""
    from consensus.merge.figure_blocks import (
        _band_keys,
        _move_keys,
        _voice_keys,
        rival_keys,
    )

    keys = rival_keys(f)
    if not keys:
        return set()
    return {*keys, *_band_keys(f), *_voice_keys(f, speaker), *_move_keys(f, statement)}


def _never_rival(f: Any) -> str:
    """Why `figure_blocks._may_rival` keeps a figure from any key ('' when it does not)."""
    from consensus.merge.figure_blocks import _may_rival

    if _may_rival(f):
        return ""
    flags = ("some", "before", "expected", "condition", "total")
    got = [x for x in flags if getattr(f, x)]
    return "+".join(got) or ("ordinal" if f.unit == "ordinal" else "vague")


def _why(ctx: Any, a: Any, b: Any, keys_a: set[str], keys_b: set[str], sizes: Counter[str]) -> str:
    import math

    from consensus.merge.tunables import BLOCK_CAP

    if math.isclose(a.value, b.value, rel_tol=1e-6):
        return "equal values"
    if _never_rival(a) or _never_rival(b):
        return "one figure never a rival"
    if _unit(a) != _unit(b) and a.unit != b.unit:
        return "units apart"
    shared = keys_a & keys_b
    one = ctx.same_slot(a, b)
    if shared:
        if all(sizes[k] > BLOCK_CAP for k in shared):
            return "keys shared, over the cap"
        return "keys shared, slot test says " + ("one slot" if one else "two things")
    return "no shared key, slot test says " + ("one slot" if one else "two things")


def rows_of(name: str) -> list[tuple[str, str, str, str, list[str]]]:
    """(cluster, dispute id, cause, unit, lines) per missed figure dispute of `name` whose
    sides were never compared."""
    from consensus.merge.link import link_model

    articles = annotated_articles(name, MADEUP_GOLD)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    threshold = link_model().threshold
    score = score_report(name, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    missed = set(score.disputes_missed)
    ctx, feats = trace.ctx, trace.feats
    sizes: Counter[str] = Counter()
    keys: dict[tuple[int, int], set[str]] = {}
    for i, figs in enumerate(ctx.figs):
        for x, f in enumerate(figs):
            keys[i, x] = _keys(f, ctx.views[i].statement, ctx.views[i].speaker)
            sizes.update(keys[i, x])
    out = []
    for point in exp.get("contested", []):
        if point["id"] not in missed or point.get("kind") != "figure":
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        if not _cause(trace, sides, threshold).startswith("blocking"):
            continue
        lines: list[str] = []
        best = len(_RANK) - 1
        best_unit = "-"
        for s, si in enumerate(sides):
            for sj in sides[s + 1 :]:
                for i in sorted(si):
                    for j in sorted(sj):
                        if feats[i].article == feats[j].article or i == j:
                            continue
                        lo, hi = min(i, j), max(i, j)
                        for x, a in enumerate(ctx.figs[lo]):
                            for y, b in enumerate(ctx.figs[hi]):
                                why = _why(ctx, a, b, keys[lo, x], keys[hi, y], sizes)
                                r = _RANK.index(why)
                                if r < best:
                                    best, best_unit = r, f"{_unit(a)}/{_unit(b)}"
                                if why in ("equal values", "units apart"):
                                    continue
                                _, clash = ctx.figure_relation(lo, hi)
                                lines.append(
                                    f"    #{lo} {_shown(a)} | #{hi} {_shown(b)}: {why}"
                                    f"{' (clash: ' + clash[:60] + ')' if clash else ''}"
                                )
        starts = [
            f"    side {n}: "
            + "; ".join(f"#{m} {feats[m].claim.statement[:SHORT]!r}" for m in sorted(side))
            for n, side in enumerate(sides)
        ]
        out.append((name, str(point["id"]), _RANK[best], best_unit, starts + lines))
    return out


def _shown(f: Any) -> str:
    never = _never_rival(f)
    return (
        f"{f.text!r} [{_unit(f)} {f.value:g} noun={f.head or f.noun or '-'}"
        f" slot={','.join(f.slot[:3])}{' never:' + never if never else ''}]"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--rows", action="store_true", help="print each dispute's figure pairs")
    args = ap.parse_args(argv)
    names = tunable(madeup())
    if args.clusters:
        unknown = set(args.clusters) - set(names)
        if unknown:
            ap.error(f"not tunable made-up clusters: {sorted(unknown)}")
        names = args.clusters
    with Pool(2) as pool:
        got = pool.map(rows_of, names, chunksize=1)
    by_cause: Counter[str] = Counter()
    by_unit: Counter[str] = Counter()
    n = 0
    for rows in got:
        for name, pid, cause, unit, lines in rows:
            n += 1
            by_cause[cause] += 1
            by_unit[f"{unit} | {cause}"] += 1
            print(f"== {name} {pid}: {cause} ({unit})")
            if args.rows:
                print("\n".join(lines))
    print(f"== {n} missed figure disputes never compared, by best pair's cause")
    for what, k in by_cause.most_common():
        print(f"  {k:4d}  {what}")
    print("== by unit | cause")
    for what, k in sorted(by_unit.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {k:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
