"""Session 63's census of missed FIGURE and UPDATE disputes as one table.

Joins three readings of the missed gold disputes of kind "figure" and "update" over the
tunable made-up clusters (never a held-out one) into one TSV line each:

- the cause `bench/missed_disputes.py --causes` gives (as `bench/disputes62.py` tables it:
  blocking, below the threshold, vetoed, one group ...) with its note;
- the figure-level cause `bench/figure_sides.py -v` gives (figure not read, edge with no
  point, clash vetoed, clash below the bar, clash never compared, one slot by words but no
  clash, other slots);
- a hand reading, where one was made (HAND: cluster, gold id, cause, the two figures, the
  slot words of each side, a note), read from the two sides' sentences.

Prints tallies: census cause x figure cause, and the hand causes.

Usage: python3 bench/disputes63.py OUT.tsv CENSUS.tsv SIDES.txt [SIDES.txt ...] [--hand H.tsv]
where CENSUS.tsv is `bench/disputes62.py`'s output and SIDES.txt `figure_sides.py -v`'s.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence

_SIDES = re.compile(r"^(\S+) (\S+) \((figure|update)\): (.+)$")


def figure_causes(lines: Iterable[str]) -> dict[tuple[str, str], str]:
    """(cluster, gold id) -> `figure_sides.py`'s cause, from its printed lines."""
    out: dict[tuple[str, str], str] = {}
    for line in lines:
        m = _SIDES.match(line.rstrip("\n"))
        if m:
            out[(m.group(1), m.group(2))] = m.group(4).strip()
    return out


def hand_rows(lines: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """(cluster, gold id) -> [cause, figures, slot words, note] of the hand-read lines."""
    out: dict[tuple[str, str], list[str]] = {}
    for row in csv.reader(lines, delimiter="\t"):
        if len(row) >= 6 and row[0] != "cluster":
            out[(row[0], row[1])] = row[2:6]
    return out


def table(
    census: Iterable[str], sides: dict[tuple[str, str], str], hand: dict[tuple[str, str], list[str]]
) -> list[list[str]]:
    """The TSV rows (header first) of the census's figure and update lines."""
    rows = [
        [
            "cluster",
            "gold",
            "kind",
            "cause",
            "figure_cause",
            "hand_cause",
            "figures",
            "slot_words",
            "note",
        ]
    ]
    for row in csv.reader(census, delimiter="\t"):
        if len(row) < 5 or row[0] == "cluster" or row[2] not in ("figure", "update"):
            continue
        key = (row[0], row[1])
        cause, figs, slots, note = hand.get(key, ["", "", "", row[4]])
        rows.append([*row[:4], sides.get(key, "?"), cause, figs, slots, note])
    return rows


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    hand: dict[tuple[str, str], list[str]] = {}
    if "--hand" in args:
        at = args.index("--hand")
        with open(args[at + 1], encoding="utf-8") as fh:
            hand = hand_rows(fh)
        del args[at : at + 2]
    if len(args) < 3:
        print(__doc__)
        return 2
    out, census, *side_files = args
    sides: dict[tuple[str, str], str] = {}
    for path in side_files:
        with open(path, encoding="utf-8") as fh:
            sides.update(figure_causes(fh))
    with open(census, encoding="utf-8") as fh:
        rows = table(fh, sides, hand)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    body = rows[1:]
    print(f"{len(body)} missed figure/update disputes, {sum(bool(r[5]) for r in body)} hand-read")
    for title, col in (("census cause x figure cause", (3, 4)), ("hand cause", (5,))):
        print(f"== by {title}")
        tally = Counter(" | ".join(r[c] for c in col) for r in body if all(r[c] for c in col))
        for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
            print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
