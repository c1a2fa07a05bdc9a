"""Gold figure and update disputes whose one side's anchors have no figure read, by form.

For every contested point of kind "figure" or "update" in the tunable made-up clusters and
the dev clusters, reads each side's gold anchors with `consensus.merge.figures.figures` (the
anchor alone, no report run: fast). A side with no figure in any anchor while another side
has one is a side the figure checks cannot keep apart from its rival; it is printed with its
label and a short start of each anchor, and tallied by the form its value is told in
(`_FORMS`: a spelled ordinal, a fraction word, "a"/"one" before a plain noun, a time of day
in words, a day or date, a vague count, a number word alone ...; "other" for none).

Prints only short starts of anchors (the dev texts belong to their publishers).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/unread_sides.py [--list] [event ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import events, load_expectations, madeup, tunable

from consensus.merge.figures import figures

SHORT = 70
_KINDS = ("figure", "update")
_MADEUP_GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "madeup_gold"
# the forms a value is told in without digits, first match wins
_FORMS = (
    (
        "ordinal word",
        r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)\b",
    ),
    ("fraction word", r"\b(?:half|third|quarter|two[- ]thirds|three[- ]quarters)\b"),
    (
        "a/one before a noun",
        r"\b(?:a|an|one|single)\s+(?:[a-z]+\s+)?(?:point|goal|vote|seat|"
        r"day|hour|minute|man|woman|person|ship|vessel|match|game)\b",
    ),
    ("time words", r"\b(?:noon|midnight|morning|afternoon|evening|night|dawn|dusk|o'clock)\b"),
    (
        "weekday/date",
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"january|february|march|april|may|june|july|august|september|october|november|"
        r"december|today|yesterday|tomorrow)\b",
    ),
    (
        "vague count",
        r"\b(?:dozens|scores|hundreds|thousands|millions|several|a few|many|"
        r"handful|no one|nobody|none|all)\b",
    ),
    (
        "number word",
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|both|twice|"
        r"double|doubled|tripled)\b",
    ),
    ("digit", r"\d"),
)
_FORM_RES = [(name, re.compile(rx, re.I)) for name, rx in _FORMS]


def _form(texts: list[str]) -> str:
    joined = " ".join(texts)
    return next((name for name, rx in _FORM_RES if rx.search(joined)), "other")


def _expectations(name: str, dev: bool) -> dict[str, Any]:
    if dev:
        return load_expectations(name)
    path = _MADEUP_GOLD / name / "expectations.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="*")
    ap.add_argument("--list", action="store_true", help="print each unread side")
    args = ap.parse_args(argv)
    dev = set(events())
    names = args.events or sorted(dev) + tunable(madeup())
    forms: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    points = 0
    for name in names:
        exp = _expectations(name, name in dev)
        for point in exp.get("contested", []):
            if point.get("kind") not in _KINDS:
                continue
            points += 1
            read = []
            for side in point["sides"]:
                texts = list(side["anchors"].values())
                read.append(any(figures(t) for t in texts))
            if all(read) or not any(read):
                kinds["both read" if all(read) else "neither read"] += 1
                continue
            kinds["one side unread"] += 1
            for side, ok in zip(point["sides"], read, strict=True):
                if ok:
                    continue
                texts = list(side["anchors"].values())
                form = _form([*texts, side.get("label", "")])
                forms[form] += 1
                if args.list:
                    print(f"== {name} {point['id']} ({point['kind']}): {form}")
                    print(f"   label: {side.get('label', '')[:SHORT]!r}")
                    for t in texts:
                        print(f"   - {t[:SHORT]!r}")
    print(f"{points} figure/update points: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    for form, n in forms.most_common():
        print(f"  {n:4d}  {form}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
