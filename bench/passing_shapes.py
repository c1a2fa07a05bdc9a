"""Where a missed agreed fact sits inside the long claim that covers it: the census behind
session 48's "facts told in passing" work (passing48).

For each anchor of a missed agreed fact (scored as `bench/missed_facts.py` does) whose
covering claim is much longer than it (the anchor under half of the claim's quote: class
(b) there), it classes the anchor's place in that quote by the words just before it:

  head            the anchor opens the quote and the claim runs on past it
  participle-tail after ", <verb>ing" (", killing seven", ", saying ...")
  relative        after ", which / who / whose / where"
  subordinate     after "when / after / before / as / while / because"
  coord           after "and" / "but" (a gapped or coordinated clause)
  with            after ", with"
  appositive      between two commas (", the dominant producer of chips,")
  paren           after "("
  after-comma     after any other comma
  inside-phrase   none of these (a noun phrase, an object, a prepositional phrase)

It prints one row per such anchor (class, cluster/fact, the words before the anchor, the
anchor's start and what follows it, all cut short) and the tally at the end. The classes
read punctuation and function words only.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/passing_shapes.py [--madeup] [name ...]
(dev events by default; `--madeup`: every tunable made-up cluster, never a held-out one)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_facts import missed_agreed, run
from quality_lib import Locator, events, gold_origin_map, madeup, tunable

SHORT = 45  # characters of article text shown on each side


def shape(text: str, es: int, s0: int) -> str:
    """The class of an anchor at text[s0:] inside a claim quote that starts at `es`."""
    before = text[es : max(es, s0)]
    if s0 <= es + 3:
        return "head"
    patterns = (
        ("participle-tail", r",\s+[a-z]+ing\b[^,]*$"),
        ("relative", r",\s+(?:which|who|whose|where)\b[^,]*$"),
        ("subordinate", r"\b(?:when|after|before|as|while|because)\s+[^,]*$"),
        ("coord", r"\b(?:and|but)\s+[^,]*$"),
        ("with", r",\s+with\b[^,]*$"),
    )
    if before.rstrip().endswith(",") and re.match(r"[a-z]+ing\b", text[s0 : s0 + 40]):
        return "participle-tail"  # the anchor is the tail itself
    for name, pattern in patterns:
        if re.search(pattern, before):
            return name
    if before.rstrip().endswith(","):
        after = text[s0 : s0 + 400]
        return "appositive" if re.match(r"[^,.;]{1,120},", after) else "after-comma"
    if before.rstrip().endswith("("):
        return "paren"
    return "inside-phrase"


def census(name: str, tally: Counter[str]) -> None:
    """Print and count the long-claim anchors of one cluster's missed agreed facts."""
    articles, exp, claim_sets, report, _probs = run(name, False)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    claims = {cs.article: cs.claims for cs in claim_sets}
    for fact, anchors in missed_agreed(exp, loc, gold, report):
        for a, (s0, s1) in sorted(anchors.items()):
            text = by_id[a].text
            for claim in claims.get(a, ()):
                ev = next(
                    (
                        e
                        for e in claim.evidence
                        if (inter := min(e.end, s1) - max(e.start, s0)) > 0
                        and inter >= 0.5 * min(e.end - e.start, s1 - s0)
                    ),
                    None,
                )
                if ev is None or (s1 - s0) >= 0.5 * (ev.end - ev.start):
                    continue
                kind = shape(text, ev.start, s0)
                tally[kind] += 1
                lead = text[ev.start : s0][-SHORT:]
                print(
                    f"{kind:15} {name}/{fact['id']} | {lead!r} [{text[s0:s1][:SHORT]!r}] "
                    f"{text[s1 : ev.end][:SHORT]!r}"
                )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--madeup", action="store_true", help="every tunable made-up cluster")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    names = args.names or (tunable(madeup()) if args.madeup else events())
    tally: Counter[str] = Counter()
    for name in tunable(names):
        census(name, tally)
    print("\n" + ", ".join(f"{k} {v}" for k, v in tally.most_common()))


if __name__ == "__main__":
    main()
