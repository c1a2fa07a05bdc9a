"""Census of the labels session 62 (editor62) changes in the report's display.

Per cluster report (default: `bench/statements.default_names`: dev, annotated and tunable
made-up clusters, never the held-out ones), counts:

* closed slot: a disputed slot named by closed-class words only ("once", "did", "other":
  `consensus/slot_case.names_nothing`), which the report now labels "Figures" (before: "Once:
  $350 million vs $280 million" in the summary, heading, "Figures by what they count" and
  side lines);
* keyless clash: a figure clash the shown rule (`consensus/render/rules.shown_rule`) now shows
  by its figures alone, its merged key a closed-class word or a word no text of the point
  (topic, sides, quotes) writes or opens; "repeat dropped": such a clash not shown at all
  because a keyed clash of the point sets the same two figures;
* sign lost: a disputed slot's figure shown without the currency sign its point's quotes
  write directly before it ("4.2m" where a quote writes "$4.2m" or "EUR 4.2m"); none found;
* said-by article: a speaker label a "said by" line now shows with the article the item's
  texts write before it (`consensus/render/said_by.with_article`: "a Norbrook spokesman").

With -v each hit is printed (cluster, kind, before -> after).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/editor62_census.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

import consensus.render.rules as rules_module
from consensus.models import ContestedItem
from consensus.render.rules import shown_rule
from consensus.render.said_by import with_article
from consensus.slot_case import names_nothing, report_names

_SIGN = r"(?:[$£€¥]|\b(?:EUR|USD|GBP|US\$|C\$|A\$)[ \t]?)"
_CLASH = re.compile(r"conflicting quantities for one slot(?: inside one agreed group)? \(")
_KEYLESS = re.compile(
    r"conflicting quantities for one slot(?: inside one agreed group)? \([^:()]+ vs "
)


def _shown_before(point: ContestedItem, case: dict[str, str]) -> str:
    """`shown_rule` as it was before session 62: every key shown (closed-class or unwritten)."""
    names_nothing_now, written_key_now = rules_module.names_nothing, rules_module.written_key
    rules_module.names_nothing = lambda key: False  # type: ignore[assignment]
    rules_module.written_key = lambda key, texts: True  # type: ignore[assignment]
    try:
        return shown_rule(point, case)
    finally:
        rules_module.names_nothing, rules_module.written_key = names_nothing_now, written_key_now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    for name in args.names or default_names():
        _, report = cluster_report(name)
        case = report_names(report)
        for point in report.contested:
            for slot in point.slots:
                if names_nothing(slot.slot):
                    total["closed slot"] += 1
                    if args.verbose:
                        print(f"{name}\tclosed slot\t{slot.slot!r} -> Figures")
            quotes = [c.quote for p in point.positions for c in p.citations]
            for slot in point.slots:
                for fig in slot.figures:
                    bare = re.sub(r"^(?:[a-z]+ )*(?=\d)", "", fig.text.strip())
                    lost = bare and not re.search(_SIGN, fig.text)
                    if lost and any(re.search(_SIGN + re.escape(bare), q) for q in quotes):
                        total["sign lost"] += 1
                        if args.verbose:
                            print(f"{name}\tsign lost\t{fig.text!r}")
            shown = shown_rule(point, case)
            before = _shown_before(point, case)
            keyless = len(_KEYLESS.findall(shown)) - len(_KEYLESS.findall(before))
            dropped = len(_CLASH.findall(before)) - len(_CLASH.findall(shown))
            total["keyless clash"] += keyless
            total["repeat dropped"] += max(0, dropped)
            if args.verbose and (keyless or dropped > 0):
                print(f"{name}\tkeyless clash\t{point.rule[:160]}\n\t\t-> {shown[:160]}")
        shown_items = [*report.agreed, *report.single_source]
        shown_items += [p for c in report.contested for p in c.positions]  # type: ignore[misc]
        for one in shown_items:
            texts = [one.statement, *(c.quote for c in one.citations)]
            for label in one.speakers:
                after = with_article(label, texts)
                if after != label:
                    total["said-by article"] += 1
                    if args.verbose:
                        print(f"{name}\tsaid-by article\t{label!r} -> {after!r}")
        total["clusters"] += 1
    print(" ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
