"""Session 64's list of the missed WHEN / HOW LONG disputes whose figure was never read.

Reads bench/disputes63.tsv (session 63's census of missed figure and update disputes over
the tunable made-up clusters; no held-out cluster is in it) and keeps the lines whose
figure cause is "figure not read". For each, from the gold point (labels and anchors of
the tunable cluster's expectations.json), prints one TSV line: cluster, gold id, the kind
of value its side labels give (`_kind`: clock time, date, length of time, age, other),
whether each side's anchors hold a clock time (`merge/clock.clock_times`) and a length
(`merge/lengths.lengths`) the merge reads, and the gold label. Prints labels and read
values only, never article text.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/whenfigs64.py [bench/disputes63.tsv] > OUT.tsv
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from consensus.merge.clock import clock_times
from consensus.merge.lengths import lengths

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "madeup_gold"
HELD_OUT = ROOT / "tests" / "data" / "madeup" / "HELD_OUT.txt"

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?[ap]\.?m\b|\bmidday\b|\bnoon\b", re.I)
_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|spring|summer|autumn|"
    r"winter|(?:19|20)\d\d)\b",
    re.I,
)
_LENGTH = re.compile(r"\b(?:second|minute|hour|day|week|month)s?\b", re.I)
_AGE = re.compile(r"\bage\b|\bold\b", re.I)


def _kind(point: dict[str, object], labels: list[str]) -> str:
    """The kind of value the sides' labels give (the point's id and label break ties)."""
    text = " ".join(labels)
    whole = f"{point.get('id', '')} {point.get('label', '')}"
    if _AGE.search(whole) or all(re.fullmatch(r"\d{1,3}", x.strip()) for x in labels):
        return "age"
    if sum(bool(_CLOCK.search(x)) for x in labels) >= 1 and not _LENGTH.search(text):
        return "clock time"
    if sum(bool(_LENGTH.search(x)) for x in labels) >= 1:
        return "length"
    if sum(bool(_DATE.search(x)) for x in labels) >= 1:
        return "date"
    return "other"


def _held_out() -> set[str]:
    lines = HELD_OUT.read_text(encoding="utf-8").splitlines()
    return {x.split("#")[0].strip() for x in lines if x.split("#")[0].strip()}


def main(argv: list[str]) -> int:
    census = Path(argv[0]) if argv else ROOT / "bench" / "disputes63.tsv"
    held = _held_out()
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["cluster", "gold", "value_kind", "clock_read", "length_read", "label"])
    tally: Counter[str] = Counter()
    with census.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["figure_cause"] != "figure not read":
                continue
            name = row["cluster"]
            if name in held or name.removeprefix("blind_") in held:
                continue
            exp = json.loads((GOLD / name / "expectations.json").read_text(encoding="utf-8"))
            point = next(p for p in exp["contested"] if p["id"] == row["gold"])
            sides = point["sides"]
            kind = _kind(point, [str(s["label"]) for s in sides])
            clock = "/".join(
                str(sum(bool(clock_times(t)) for t in s["anchors"].values())) for s in sides
            )
            span = "/".join(
                str(sum(bool(lengths(t)) for t in s["anchors"].values())) for s in sides
            )
            tally[kind] += 1
            out.writerow([name, row["gold"], kind, clock, span, point["label"]])
    for kind, n in tally.most_common():
        print(f"# {kind}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
