"""The missed gold disputes whose two sides were linked into one group, read group by group.

For each missed contested point of a cluster whose sides' claims share a group
(`missed_disputes._cause` "linked into one group"), prints the group (each member: position,
origin, polarity, figures read, which gold side it covers, a short start of the statement),
the join edges inside the group (`_Cluster.joins`, with their link probability), and one
shortest chain of join edges from a claim of one side to a claim of the other, each step's
figure relation (`PairContext.figure_relation`: same figure, a clash, or none because one
claim has no figure). With `--kinds` a tally closes the run, each dispute by `_shape`:

- "one claim on two sides": a claim that covers an anchor of both sides (it tells both);
- "direct edge, figures clash": a join edge between the sides whose figures clash (the
  joining's figure test passed it: a sample limit or a `same` figure beside the clash);
- "direct edge, same figure": a join edge whose claims share one figure of the slot;
- "direct edge, a side without figure": a join edge where one claim carries no figure;
- "direct edge, figures in other slots": both have figures, none in one slot;
- "chain through a figure-less member": no direct edge; the shortest chain passes a member
  without a figure;
- "chain of figured members": no direct edge; every member of the chain has figures.

Prints only short starts of statements (the dev texts belong to their publishers).

With `--rivals` every cluster's groups that hold two members of two origins whose figures
clash in one slot (no figure the same) are listed too, and tallied by whether the group
outgrew the join test's sample (`MAX_LINK_SAMPLE` members a side, 8 in all).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/grouped_sides.py [--kinds] [--rivals] [event ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, deque
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, Trace, covering, traced_report
from quality_lib import (
    DEV,
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    events,
    load_annotated_expectations,
    load_expectations,
    madeup,
    score_report,
    tunable,
)

from consensus.ingest import load_articles


def _chain(joined: set[tuple[int, int]], a: set[int], b: set[int]) -> list[int]:
    """One shortest path of join edges from a member of `a` to one of `b` ([] if none)."""
    nbr: dict[int, set[int]] = {}
    for i, j in joined:
        nbr.setdefault(i, set()).add(j)
        nbr.setdefault(j, set()).add(i)
    prev: dict[int, int | None] = {m: None for m in sorted(a)}
    todo = deque(sorted(a))
    while todo:
        m = todo.popleft()
        if m in b:
            path = [m]
            while (p := prev[path[-1]]) is not None:
                path.append(p)
            return path[::-1]
        for n in sorted(nbr.get(m, ())):
            if n not in prev:
                prev[n] = m
                todo.append(n)
    return []


def _relation(trace: Trace, i: int, j: int) -> str:
    """The figure relation of two claims, as a word."""
    figs = trace.ctx.figs
    if not figs[i] or not figs[j]:
        return "no figure"
    same, clash = trace.ctx.figure_relation(min(i, j), max(i, j))
    if clash and not same:
        return f"clash ({clash})"
    if same:
        return "same" + (f" + clash ({clash})" if clash else "")
    return "other slots"


def _shape(trace: Trace, sides: list[set[int]], group: list[int]) -> tuple[str, list[int]]:
    """What joined a dispute's sides in `group` (the module docstring's kinds), and the chain."""
    inside = [s & set(group) for s in sides]
    if any(m in other for x, s in enumerate(inside) for other in inside[x + 1 :] for m in s):
        return "one claim on two sides", []
    joined = {(i, j) for i, j in trace.joined if i in group and j in group}
    best: list[int] = []
    for x, a in enumerate(inside):
        for b in inside[x + 1 :]:
            if a and b:
                path = _chain(joined, a, b)
                if path and (not best or len(path) < len(best)):
                    best = path
    if not best:
        return "no chain (joined by a move)", []
    if len(best) == 2:
        rel = _relation(trace, best[0], best[1])
        if rel.startswith("clash"):
            return "direct edge, figures clash", best
        if rel.startswith("same"):
            return "direct edge, same figure", best
        if rel == "no figure":
            return "direct edge, a side without figure", best
        return "direct edge, figures in other slots", best
    figs = trace.ctx.figs
    if any(not figs[m] for m in best):
        return "chain through a figure-less member", best
    return "chain of figured members", best


def rival_groups(trace: Trace) -> list[tuple[int, int, int, str]]:
    """The groups that hold two members of two origins whose figures clash in one slot with
    no figure the same (`PairContext.figure_relation`: what `clusters._may_join` refuses of
    the members it samples): (group, member, member, the clash), one pair per group."""
    figs, out = trace.ctx.figs, []
    for g, ms in enumerate(trace.members):
        found = next(
            (
                (g, x, y, clash)
                for k, x in enumerate(ms)
                if figs[x]
                for y in ms[k + 1 :]
                if figs[y] and trace.feats[x].origin != trace.feats[y].origin
                for same, clash in [trace.ctx.figure_relation(x, y)]
                if clash and not same
            ),
            None,
        )
        if found:
            out.append(found)
    return out


def read(event: str, kinds: Counter[str], rivals: Counter[str] | None = None) -> None:
    """Print one cluster's one-group misses (and, given `rivals`, its groups holding rival
    figures, tallied by group size)."""
    dev = event in events()
    if dev:
        articles = load_articles([str(DEV / event / "articles.jsonl")])
        exp = load_expectations(event)
    else:
        articles = annotated_articles(event, MADEUP_GOLD)
        exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    missed = set(score.disputes_missed)
    if rivals is not None:
        for g, x, y, clash in rival_groups(trace):
            size = len(trace.members[g])
            rivals["over the join sample" if size > 8 else "within the join sample"] += 1
            print(f"== {event} rival figures in g{g} ({size} members): #{x}-#{y} {clash}")
    for point in exp.get("contested", []):
        if point["id"] not in missed:
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, sp in ((a, sp) for a, t in side.get("also", []) if (sp := loc.span(a, t))):
                anchors.setdefault(a, sp)
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        shared = {
            group[i]
            for x, si in enumerate(sides)
            for sj in sides[x + 1 :]
            for i in si
            for j in sj
            if i != j and group.get(i) == group.get(j)
        }
        if not shared or any(not s for s in sides):
            continue
        for g in sorted(shared):
            ms = trace.members[g]
            shape, chain = _shape(trace, sides, ms)
            kinds[f"{shape} | {point.get('kind', '?')}"] += 1
            print(f"== {event} {point['id']} ({point.get('kind', '?')}): g{g} {shape}")
            for m in ms:
                f = trace.feats[m]
                on = "".join(str(x) for x, s in enumerate(sides) if m in s) or "-"
                fig = ",".join(f"{q.value:g}" for q in trace.ctx.figs[m]) or "."
                print(
                    f"   #{m} side {on} o={f.origin} {f.claim.polarity.value[0]} [{fig}]"
                    f" {f.claim.statement[:SHORT]!r}"
                )
            if chain:
                steps = [
                    f"#{a}-#{b} p={trace.prob.get((min(a, b), max(a, b)), -1):.2f}"
                    f" {_relation(trace, a, b)}"
                    for a, b in pairwise(chain)
                ]
                print("   chain: " + " | ".join(steps))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--kinds", action="store_true", help="tally the disputes by shape")
    ap.add_argument("--rivals", action="store_true", help="list groups holding rival figures")
    args = ap.parse_args(argv)
    kinds: Counter[str] = Counter()
    rivals: Counter[str] | None = Counter() if args.rivals else None
    for event in args.events or [*events(), *tunable(madeup())]:
        read(event, kinds, rivals)
    if rivals is not None:
        print(f"== {sum(rivals.values())} groups holding rival figures of two origins")
        for what, n in sorted(rivals.items()):
            print(f"  {n:4d}  {what}")
    if args.kinds:
        print(f"== {sum(kinds.values())} one-group disputes by shape | gold kind")
        for what, n in sorted(kinds.items(), key=lambda t: (-t[1], t[0])):
            print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
