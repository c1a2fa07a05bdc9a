"""Sort the mixed agreed items of a bench/mixed57.py census by what the gold says of them
(session 58, goldgaps58).

A mixed agreed item cites gold facts, but no fact by two of its origins. Before an editor
merges two gold entries as "one fact under two ids", the gold itself tells three cases apart
(tests/data/dev/FORMAT.md):

- `side`: every pair of origins joins a fact with a dispute side (or two sides). An agreed
  fact may also be a side ("the value most outlets agree on may also be an agreed entry"), so
  these are two entries by design, never a merge.
- `apart`: two agreed facts the item joins are both anchored in one article on text that does
  not overlap: an outlet states them separately, so the format asks for two entries (and a
  merge could not keep every anchor: one anchor per article).
- `read`: two agreed facts never anchored apart in one article: a possible double id, for an
  editor to read (bench/goldgaps58.tsv holds the session-58 reading).

    PYTHONPATH=.:bench .venv/bin/python bench/mixed57.py > /tmp/m.txt
    python3 bench/goldgaps58.py /tmp/m.txt [--all]

Prints one row per `read` item (every item with --all) and the counts. It reads only the
census file and the gold of the clusters named in it (mixed57.py names tunable clusters only).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "madeup_gold"
HEAD = re.compile(r"\[(\S+)\] (.*)")
CITE = re.compile(r"^    \S+ \(origin (\S+)\) -> (\[.*\]|-)$")


@dataclass
class Item:
    cluster: str
    text: str
    origins: dict[str, set[str]]  # gold origin -> the gold ids its citations state


def items(census: str) -> list[Item]:
    """The agreed items (not the SIDE positions) of a mixed57.py census."""
    out: list[Item] = []
    for block in re.split(r"\n(?=\[)", census):
        lines = block.splitlines()
        head = HEAD.match(lines[0]) if lines else None
        if head is None or head.group(2).startswith("SIDE "):
            continue
        origins: dict[str, set[str]] = {}
        for line in lines[1:]:
            cite = CITE.match(line)
            if cite and cite.group(2) != "-":
                ids = ast.literal_eval(cite.group(2))
                origins.setdefault(cite.group(1), set()).update(ids)
        out.append(Item(head.group(1), head.group(2), origins))
    return out


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a


def apart(anchors: dict[str, dict[str, str]], x: str, y: str) -> bool:
    """Whether one article anchors agreed facts `x` and `y` on text that does not overlap."""
    ax, ay = anchors.get(x, {}), anchors.get(y, {})
    return any(not _overlap(ax[a], ay[a]) for a in set(ax) & set(ay))


def kind(item: Item, anchors: dict[str, dict[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """`side`, `apart` or `read` (module docstring), with the agreed pairs read for `read`."""
    pairs: set[tuple[str, str]] = set()
    got = list(item.origins.values())
    for i, one in enumerate(got):
        for other in got[i + 1 :]:
            for x in one:
                for y in other:
                    if x != y and "/" not in x and "/" not in y:
                        pairs.add((min(x, y), max(x, y)))
    if not pairs:
        return "side", []
    unread = sorted(p for p in pairs if not apart(anchors, *p))
    return ("read", unread) if unread else ("apart", [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("census", type=Path, help="a bench/mixed57.py output file")
    ap.add_argument("--all", action="store_true", help="print every item, not only `read`")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    gold: dict[str, dict[str, dict[str, str]]] = {}
    for item in items(args.census.read_text(encoding="utf-8")):
        if item.cluster not in gold:
            exp = json.loads((GOLD / item.cluster / "expectations.json").read_text("utf-8"))
            gold[item.cluster] = {f["id"]: f["anchors"] for f in exp["agreed"]}
        got, pairs = kind(item, gold[item.cluster])
        counts[got] += 1
        if args.all or got == "read":
            print(f"{got}\t{item.cluster}\t{item.text[:90]}\t{pairs}")
    print(f"items {sum(counts.values())}: " + " ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
