"""Session 66's census of WHEN disputes: calendar days and clock times (dates66).

Over the tunable made-up clusters (nothing of HELD_OUT.txt is read), two kinds of row:

* `gold`: each gold contested point at least two of whose sides are labelled by a day, a
  date or a clock time (`_DAY_OR_TIME`; a year alone is a period, a length is
  `length_edges`'), and whose labels give no other figure (a count told on two days,
  "nine (Thursday)" / "14 (Friday)", is an update of the count, not a WHEN): found or
  missed by the report;
* `nogold`: each point of the report that shows no gold dispute and whose rule names
  conflicting dates or times (`verdicts`: "conflicting dates for one slot (...)",
  "conflicting times for one event (...)"), with the values it sets apart.

One TSV line per row: kind, cluster, gold id or "-", gold kind or the rule's values, the
result (found / missed / "no gold"), the gold labels or the point's topic (its first 90
characters). With `--floors PATH`, each cluster's floors row (the lead's floors tool's JSON)
goes to PATH too, so one run is both the census and a floors measurement.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/dates66.py [--floors PATH] [cluster ...]
       > bench/dates66.tsv
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import run_articles
from quality_lib import (
    MADEUP_GOLD,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# a day, a date or a clock time in a side's label (no year alone: a period)
_DAY_OR_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|midday|"
    r"tomorrow|yesterday)\b|\b\d{1,2}:[0-5]\d\b|\b\d{1,2}(?:\.[0-5]\d)?\s?[ap]\.?m\b"
    rf"|\b(?:{_MONTH})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a figure left in a label once its days and times are taken out: a count's update
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|million|billion)\b",
    re.IGNORECASE,
)
_RULE = re.compile(r"conflicting (dates|times) for one (?:slot|event) \(([^)]*)\)")
FIELDS = [
    "agreed_found", "agreed_total", "disputes_found", "disputes_total", "points_unconfirmed",
    "agreed_mixed", "sides_mixed", "origin_tp", "copy_inflated", "non_claims",
    "wrong_speaker", "sp_right", "sp_wrong", "distinct_merged", "distinct_total",
    "split_facts",
]  # fmt: skip


def when_valued(point: dict[str, Any]) -> bool:
    """Whether two or more sides are labelled by a day or a time and none by another
    figure."""
    labels = [str(s.get("label", "")) for s in point["sides"]]
    if sum(bool(_DAY_OR_TIME.search(x)) for x in labels) < 2:
        return False
    rest = [_YEAR.sub("", _DAY_OR_TIME.sub("", x)) for x in labels]
    return not any(_FIGURE.search(x) for x in rest)


def rows(name: str) -> tuple[list[str], dict[str, int]]:
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    articles, report, md = run_articles(annotated_articles(name, MADEUP_GOLD))
    s = score_report(name, exp, articles, report, md)
    out: list[str] = []
    missed = set(s.disputes_missed)
    for point in exp.get("contested", []):
        if when_valued(point):
            labels = " / ".join(str(x.get("label", "")) for x in point["sides"])
            result = "missed" if point["id"] in missed else "found"
            out.append(f"gold\t{name}\t{point['id']}\t{point.get('kind', '?')}\t{result}\t{labels}")
    rule_of = {c.topic[:90]: c.rule for c in report.contested}
    for topic in s.unconfirmed_items:
        for kind, values in _RULE.findall(rule_of.get(topic, "")):
            out.append(f"nogold\t{name}\t-\t{kind}: {values}\tno gold\t{topic}")
    d = {f: getattr(s, f) for f in FIELDS if not f.startswith("sp_")}
    d["sp_right"], d["sp_wrong"] = s.speakers.gold_right, s.speakers.gold_wrong
    return out, d


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    floors = ""
    if args[:1] == ["--floors"]:
        floors, args = args[1], args[2:]
    allowed = set(tunable(madeup()))
    names = args or sorted(allowed)
    bad = [n for n in names if n not in allowed]
    if bad:
        print(f"not tunable made-up clusters: {', '.join(bad)}", file=sys.stderr)
        return 2
    with ProcessPoolExecutor(2) as ex:
        found = list(ex.map(rows, names, chunksize=4))
    print("kind\tcluster\tgold_id\tgold_kind_or_values\tresult\tlabels_or_topic")
    tally: Counter[str] = Counter()
    for lines, _ in found:
        for line in lines:
            print(line)
            kind, _, _, what, result, _ = line.split("\t", 5)
            tally[f"{kind} {result}" if kind == "gold" else f"{kind} {what.split(':')[0]}"] += 1
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"# {n:4d}  {what}")
    if floors:
        tot = {f: sum(d[f] for _, d in found) for f in FIELDS}
        lines = [f"TOTAL {json.dumps(tot)}"]
        lines += [f"{n} {json.dumps(d)}" for n, (_, d) in zip(names, found, strict=True)]
        Path(floors).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
