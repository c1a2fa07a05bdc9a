"""The points without gold of a `bench/nogold_causes.py` census, each given a class by its
form (session 61, nogold61), one a line, then a tally by class.

Classes, first match wins:
- "bare rejection": an opposite-polarity or negation point one side of which is a denial
  that names nothing of what it rejects (`answers.points_back`: "X rejected the charge");
  whether it was joined to the claim it answers is read by hand
  (`bench/pointback_denials.py` shows the tie);
- "figure, one statement gives both": a figure point one side of which states both values
  of a clash (a part and its whole, a correction, two things told side by side);
- "figure, slot word": any other figure point: two values under one slot word, one thing
  counted twice (a real dispute) or two things counted (a wrong one), read by hand;
- "denial, states what it rejects", "negation, no denial side", "date/time", "other": the
  rest by kind.

Reads the census file only (the made-up statements it prints are invented text).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/nogold_classes.py census.tsv > classes.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from consensus.merge.answers import points_back
from consensus.merge.figures import figures


def _values(text: str) -> set[float]:
    return {f.value for f in figures(text)}


def _both(rule: str, statements: list[str]) -> bool:
    """Whether one statement gives both values of a clash of the rule's quantity conflicts."""
    for part in rule.split("conflicting quantities for one slot")[1:]:
        clash = part.split(")", 1)[0].rpartition(": ")[2]
        one, sep, two = clash.partition(" vs ")
        va, vb = _values(one), _values(two)
        if sep and va and vb and not va & vb:
            if any(_values(s) & va and _values(s) & vb for s in statements):
                return True
    return False


def klass(kind: str, rule: str, sides: str) -> str:
    """The class of one census row (see the module docstring)."""
    parts = [s.strip() for s in sides.split(" || ")]
    denials = [p.removeprefix("denies:").strip() for p in parts if p.startswith("denies:")]
    statements = [p.partition(": ")[2] for p in parts]
    if kind.startswith(("polarity", "negation")):
        if any(points_back(d) for d in denials):
            return "bare rejection"
        return "denial, states what it rejects" if denials else "negation, no denial side"
    if kind.startswith("figure"):
        both = _both(rule, statements)
        return "figure, one statement gives both" if both else "figure, slot word"
    return "date/time" if kind.startswith(("date", "time")) else "other"


def main(path: str) -> None:
    tally: Counter[str] = Counter()
    print("cluster\tkind\tclass\tgold_cause\tsides")
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("cluster\t") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 6:
            continue
        name, kind, rule, cause, _, sides = cols[:6]
        k = klass(kind, rule, sides)
        tally[k] += 1
        print(f"{name}\t{kind}\t{k}\t{cause}\t{sides}")
    for k, n in tally.most_common():
        print(f"# class\t{n}\t{k}")


if __name__ == "__main__":
    main(sys.argv[1])
