"""Gold disputes over WHEN (a date, a weekday, a clock time, a year) and why each is missed.

Selects every gold contested point of the tunable made-up clusters (nothing of HELD_OUT.txt
is read) at least two of whose sides have a label naming a day, a date, a clock time or a
year (`_WHEN`: "March 28", "Tuesday evening", "around 11:40 p.m.", "since 2013", "21:52";
a decimal "2.79" is no time), runs each such cluster's report as bench/missed_disputes.py
does, and prints one line per point: found, or missed with its one cause
(`missed_disputes._cause`: no pair compared, the best pair under the threshold, linked but
vetoed or refused, the sides in one group, a conflict edge that made no point ...), and the
tally of causes by gold kind. Labels that only say when a figure was told ("11 (Tuesday)")
count too: an update's sides are told on two days; `--kinds` keeps only the kinds given
("figure,account").

Prints labels only, never article text.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/when_sides.py [--kinds k,...] [cluster ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_disputes import _cause
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

_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|noon|midnight|"
    r"tomorrow|yesterday|(?:19|20)\d\d)\b|\b\d{1,2}:\d\d\b|\b\d{1,2}(?:\.\d\d)?\s?[ap]\.?m\b",
    re.IGNORECASE,
)


def when_points(name: str, kinds: frozenset[str]) -> list[dict[str, Any]]:
    """The gold contested points of `name` with two or more sides labelled by a when."""
    exp = json.loads((MADEUP_GOLD / name / "expectations.json").read_text(encoding="utf-8"))
    out = []
    for point in exp.get("contested", []):
        if kinds and point.get("kind") not in kinds:
            continue
        if sum(bool(_WHEN.search(str(s.get("label", "")))) for s in point["sides"]) >= 2:
            out.append(point)
    return out


def causes(name: str, points: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Each point of `name` with "found" or its miss cause."""
    from consensus.merge.link import link_model

    articles = annotated_articles(name, MADEUP_GOLD)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    missed = set(score_report(name, exp, articles, report).disputes_missed)
    loc = Locator({a.id: a for a in articles})
    out = []
    for point in points:
        if point["id"] not in missed:
            out.append((point, "found"))
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            sides.append({m for ms in covering(trace, anchors).values() for m in ms})
        out.append((point, _cause(trace, sides, link_model().threshold)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--kinds", default="", help="gold kinds to keep, comma-separated")
    args = ap.parse_args(argv)
    allowed = set(tunable(madeup()))
    names = args.clusters or sorted(allowed)
    bad = [n for n in names if n not in allowed]
    if bad:
        print(f"not tunable made-up clusters: {', '.join(bad)}", file=sys.stderr)
        return 2
    kinds = frozenset(k for k in args.kinds.split(",") if k)
    tally: Counter[str] = Counter()
    total = found = 0
    for name in names:
        points = when_points(name, kinds)
        if not points:
            continue
        for point, cause in causes(name, points):
            labels = " / ".join(str(s.get("label", "")) for s in point["sides"])
            print(f"{name} {point['id']} ({point.get('kind', '?')}): {cause}  [{labels}]")
            total += 1
            found += cause == "found"
            tally[f"{cause} | {point.get('kind', '?')}"] += 1
    print(f"== {total} when points, {found} found")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
