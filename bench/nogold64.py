"""The contested points no gold dispute backs, grouped by cause (session 64, nogold64).

Reads the rows of a `bench/points63.py` run (`--from raw.tsv`, its columns: cluster, label,
kind, gold_cause, sides_n, cited, heading, rule, sides, disputes_n, hand, hand_cause) and
keeps the points that are not right (label wrong / one voice). Each gets a cause: the hand
read of bench/points63_hand.tsv when one matches the row (its verdict first: "real" is a
dispute the gold lacks), else a shape read from the point itself:

* polarity: a bare denial that points back ("rejects that", "denied it") against a claim
  of no speaker (the outlet's own sentence) or of a voice; a denial that states what it
  rejects set against another claim;
* negation: both sides the outlet's own sentences, or two voices negating and stating one
  word of two acts;
* figure / date / time: figures inside one agreed group, two sides of no speaker, else the
  gold's reading (`missed_disputes._no_gold_cause`).

Then a tally by cause. Held-out clusters are never read (points63 names tunable ones only).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/points63.py --names a,b > raw.tsv; then
       python3 bench/nogold64.py raw.tsv > bench/nogold64.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_BARE = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:es|ed)|dismiss(?:es|ed)?)\s+"
    r"(?:it|that|this|the\s+(?:claims?|allegations?|accusations?|charges?|suggestions?|report))"
    r"\b|\b(?:that|this|it)\s+(?:is|was)\s+(?:\w+\s+)?(?:untrue|false|wrong)|calls?\s+it\b",
    re.IGNORECASE,
)
_SIDE = re.compile(r"^(asserts|denies) \[([^\]]*)\]: (.*)$")


def sides(cell: str) -> list[tuple[str, str, str]]:
    """(polarity, speakers, statement) of each side of a row's `sides` cell."""
    out = []
    for part in cell.split(" || "):
        m = _SIDE.match(part)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
    return out


def cause(cols: list[str]) -> str:
    """The cause of one wrong point (see the module docstring)."""
    hand, hand_cause = (cols[10], cols[11]) if len(cols) > 11 else ("", "")
    if hand:
        return f"hand {hand}: {hand_cause}"
    kind, gold_cause, rule = cols[2], cols[3], cols[7]
    ss = sides(cols[8])
    unvoiced = sum(1 for _, who, _ in ss if not who)
    if kind.startswith("polarity"):
        den = [s for s in ss if s[0] == "denies"]
        ass = [s for s in ss if s[0] == "asserts"]
        if den and _BARE.search(den[0][2]):
            if ass and not ass[0][1]:
                return "polarity: a bare denial bound to the outlet's own sentence"
            return "polarity: a bare denial bound to a voiced claim that is not the charge"
        return "polarity: a denial that states what it rejects, set against another claim"
    if kind.startswith("negation"):
        if unvoiced == len(ss):
            return "negation: both sides the outlet's own sentences"
        return "negation: one word negated and stated in two acts"
    if "inside one agreed group" in rule:
        return f"{kind}: values inside one agreed group"
    if unvoiced == len(ss):
        return f"{kind}: every side the outlet's own sentence ({gold_cause})"
    return f"{kind}: {gold_cause}"


# hand causes (points63_hand.tsv) gathered into families, by the words the hand read used
_FAMILIES = (
    ("real", "real: a dispute the gold lacks or ties to another sentence"),
    ("unsure", "unsure (hand)"),
    ("one voice", "one voice on both sides"),
    ("antecedent", "polarity: a bare denial bound to the wrong antecedent"),
    ("bare rejection", "polarity: a bare denial bound to the wrong antecedent"),
    ("denial", "polarity: a denial set against a claim it does not answer"),
    ("rejecting", "polarity: a denial set against a claim it does not answer"),
    ("sides of two", "polarity: a denial set against a claim it does not answer"),
    ("bound", "figure: one value told two ways (a bound met, a rounding, a count)"),
    ("two forms", "figure: one value told two ways (a bound met, a rounding, a count)"),
    ("two ways", "figure: one value told two ways (a bound met, a rounding, a count)"),
    ("update", "figure: a told update or earlier value read as a rival"),
    ("earlier", "figure: a told update or earlier value read as a rival"),
    ("whole", "figure: a part against its whole"),
    ("", "figure: two things, places, acts or periods counted"),
)


def family(why: str) -> str:
    """The family of a cause: a shape cause is its own; a hand cause by `_FAMILIES`."""
    if not why.startswith("hand "):
        return why.split(" (")[0]
    verdict, _, text = why.removeprefix("hand ").partition(": ")
    for key, name in _FAMILIES:
        if key in verdict or key in text:
            return name
    return why


def main() -> None:
    raw = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    rows = [r.split("\t") for r in raw if r and not r.startswith(("#", "cluster\t"))]
    wrong = [c for c in rows if c[1] in ("wrong", "one voice")]
    print("# Session 64 (nogold64): the contested points without gold (label wrong / one voice)")
    print("# of a bench/points63.py run, each with a cause (bench/nogold64.py); tally at the end.")
    print("cluster\tlabel\tkind\tfamily\tcause\trule\tsides")
    for c in sorted(wrong, key=lambda c: (family(cause(c)), cause(c), c[0])):
        print("\t".join([c[0], c[1], c[2], family(cause(c)), cause(c), c[7], c[8]]))
    tally = Counter(family(cause(c)) for c in wrong)
    print(f"# {len(wrong)} points without gold of {len(rows)} contested points")
    for k, n in tally.most_common():
        print(f"# family {n:4d} {k}")


if __name__ == "__main__":
    main()
