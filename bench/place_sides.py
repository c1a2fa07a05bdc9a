"""Gold disputes whose sides differ by a place, and why the report misses them.

A gold contested point "differs by a place" when at least two of its sides each print a
place no other side prints: a capitalised name (one to four words) right after a locative
preposition (`place_slots.LOCATIVE`: "based in Oslin", "near Tarvik") or before a
hyphenated compound ("Oslin-based", "Oslin-flagged"), months and weekdays aside. Its shape:
"label" when two sides' labels name their own places (the gold says the place is the
disputed value), else "agree" when some two anchors of two sides, their places masked,
share at least a quarter of their words (Jaccard over lower-case words), else "differ"
(mostly another slot's dispute whose anchors happen to name places).

For the clusters that hold such points (read from the gold alone, cheap), the report is
built as bench/quality.py builds it, and each such point is classed, the first that holds:

- "found": the report shows it (bench/quality_lib.py `score_report`);
- "one group": a group of the merge holds claims of two sides;
- "edge, no point": a "place: A vs B" conflict edge (`place_slots`) joins two sides' claims;
- "place slot, under the bar": a cross-side pair of two origins `place_slot` reads, whose
  link probability is below the conflict bar;
- "place slot, never compared": ... a pair that was no candidate;
- "place veto, not a slot": rule 0 (`Substitutions.swapped`) keeps a cross-side pair apart
  and `place_slot` does not read it (the place after no locative preposition, or no name
  the two share);
- "no place read": no cross-side pair of claims prints two names in one frame;
- "extraction": some side no claim covers.

Usage: PYTHONPATH=. .venv/bin/python bench/place_sides.py [-v] [--all | event ...]
(--all: the dev clusters and the tunable made-up clusters; never a held-out one.)
"""

from __future__ import annotations

import argparse
import calendar
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_sides import cluster_and_gold, cross_origin_pairs, side_claims
from missed_links import SHORT, traced_report
from quality_lib import Locator, events, madeup, score_report, tunable

from consensus.merge.link import CONFLICT_MARGIN, link_model
from consensus.merge.place_slots import LOCATIVE, PLACE, place_slot
from consensus.merge.substitutions import Substitutions

_CAPS = r"[A-Z][\w’'.]*(?:[ \t][A-Z][\w’'.]*){0,3}"
_AFTER = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE))})[ \t]+(?:the[ \t]+)?({_CAPS})")
_BEFORE = re.compile(rf"({_CAPS})-[a-z]{{3,}}\b")
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_WORD = re.compile(r"[\w’']+")


def _places(text: str) -> set[str]:
    found = {m.group(1) for rx in (_AFTER, _BEFORE) for m in rx.finditer(text)}
    return {p.rstrip(".") for p in found if p.split()[0] not in _CALENDAR}


def _side_texts(side: dict[str, Any]) -> list[str]:
    return [*side["anchors"].values(), *(t for _, t in side.get("also", []))]


def place_point(point: dict[str, Any]) -> str:
    """How one gold contested point's sides differ by a place: "" (they do not), "differ"
    (their anchors print other places), "agree" (... and otherwise agree), "label" (two
    sides' labels name their own places: the gold says the place is the disputed value)."""
    texts = [_side_texts(s) for s in point["sides"]]
    places = [set().union(*(_places(t) for t in ts)) for ts in texts]
    own = [
        p - set().union(*(o for k, o in enumerate(places) if k != n)) for n, p in enumerate(places)
    ]
    if sum(1 for o in own if o) < 2:
        return ""
    labels = [s["label"].casefold() for s in point["sides"]]
    if sum(1 for o, lb in zip(own, labels, strict=True) if any(p.casefold() in lb for p in o)) >= 2:
        return "label"
    masked_words = []
    for ts, ps in zip(texts, places, strict=True):
        words = []
        for t in ts:
            for p in ps:
                t = t.replace(p, " ")
            words.append({w.casefold() for w in _WORD.findall(t)})
        masked_words.append(words)
    agree = any(
        len(a & b) >= 0.25 * len(a | b)
        for x, ws in enumerate(masked_words)
        for vs in masked_words[x + 1 :]
        for a in ws
        for b in vs
        if a | b
    )
    return "agree" if agree else "differ"


def classify(event: str, verbose: bool, tally: Counter[str]) -> None:
    articles, exp = cluster_and_gold(event)
    points = [(p, shape) for p in exp.get("contested", []) if (shape := place_point(p))]
    if not points:
        return
    report, trace = traced_report(articles, None)
    missed = set(score_report(event, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    apart = Substitutions(trace.feats)
    conflict_at = link_model().threshold - CONFLICT_MARGIN
    placed = {(min(e.i, e.j), max(e.i, e.j)) for e in trace.edges if e.conflict.startswith(PLACE)}
    candidates = set(trace.pairs)
    for point, shape in points:
        sides = side_claims(point, loc, trace)
        found: set[str] = set()
        notes: list[str] = []
        if point["id"] not in missed:
            found.add("found")
        if any(not s for s in sides):
            found.add("extraction")
        groups = [{group[m] for m in s if m in group} for s in sides]
        if len(set().union(*groups)) < sum(len(g) for g in groups):
            found.add("one group")
        for _, _, q in cross_origin_pairs(sides, trace.feats):
            if q in placed:
                found.add("edge, no point")
            names = apart.swapped_names(*q)
            if names is None:
                continue
            why = place_slot(apart, trace.feats, *q)
            p = trace.prob.get(q)
            if not why:
                found.add("place veto, not a slot")
            elif q not in candidates or p is None:
                found.add("place slot, never compared")
            elif p < conflict_at:
                found.add("place slot, under the bar")
            frame, a, b = names
            notes.append(f"#{q[0]}-#{q[1]} {frame} {a}/{b} p={p} {why!r}")
        order = (
            "found",
            "extraction",
            "one group",
            "edge, no point",
            "place slot, under the bar",
            "place slot, never compared",
            "place veto, not a slot",
        )
        what = next((w for w in order if w in found), "no place read")
        tally[f"{what} | {shape}"] += 1
        print(f"{event} {point['id']} ({point.get('kind', '?')}, {shape}): {what}")
        if verbose:
            for note in notes[:6]:
                print(f"      {note}")


def fires(event: str, tally: Counter[str]) -> None:
    """The contested points of place conflicts (`place_slots`) in one cluster's report
    (and, in `tally`, how many of rule 0's swapped pairs each gate of `place_slot` keeps),
    whether the gold has each one (`score_report`: a point that shows no gold dispute is
    "unconfirmed", by its topic), and the first words of each side."""
    import consensus.merge.link as link

    real = link.place_conflicts

    def counted(feats: Any, apart: Any, pairs: Any, ks: Any, prob: Any, at: float) -> Any:
        # rule 0's swapped pairs at the conflict bar, of two origins, after a locative
        for k in ks:
            i, j = pairs[k]
            if prob[k] < at or feats[i].origin == feats[j].origin:
                continue
            tally["swapped pairs at the bar, two origins"] += 1
            got = apart.swapped_names(i, j)
            if got and got[0][0] and got[0][0][-1] in LOCATIVE:
                tally["... after a locative preposition"] += 1
        out = real(feats, apart, pairs, ks, prob, at)
        tally["... one named subject: place edges"] += len(out)
        return out

    link.place_conflicts = counted
    articles, exp = cluster_and_gold(event)
    try:
        report, _trace = traced_report(articles, None)
    finally:
        link.place_conflicts = real
    score = score_report(event, exp, articles, report)
    tally["clusters"] += 1
    for point in report.contested:
        if "conflicting places" not in point.rule:
            continue
        gold = point.topic[:90] not in score.unconfirmed_items
        tally["place points, gold" if gold else "place points, no gold"] += 1
        sides = " / ".join(f"{p.statement[:SHORT]!r} ({p.origins})" for p in point.positions)
        print(f"{event} {point.id} {'GOLD' if gold else 'no gold'}: {sides}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--all", action="store_true", help="dev + tunable made-up clusters")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--fires", action="store_true", help="list the reports' place points")
    args = ap.parse_args(argv)
    names = [*events(), *tunable(madeup())] if args.all else tunable(args.events)
    tally: Counter[str] = Counter()
    if args.fires:
        for event in names:
            fires(event, tally)
        print("== " + ", ".join(f"{what} {n}" for what, n in sorted(tally.items())))
        return 0
    for event in names:
        classify(event, args.verbose, tally)
    print(f"== {sum(tally.values())} gold disputes whose sides differ by a place | anchors")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
