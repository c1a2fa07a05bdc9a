"""One claim that states two facts: the long claims behind missed agreed facts and merged
look-alikes, tallied by the sentence shape that joins the anchor to the rest of the claim.

Two symptoms of one cause (session 49): a missed agreed fact whose anchor in some article
sits inside a claim much longer than the anchor (`missed_facts.py` class (b): the anchor is
under half of the claim's quote), and a merged look-alike pair (`merged_lookalikes.py`) whose
covering claim is much longer than its anchor (the claim linked by the fact it does not
share). For each such claim the junction between the anchor and the rest of the quote (the
40 characters on each side of the anchor inside the quote) is read for the nearest joining
shape:

  participle   ", leaving ...", ", killing ..."
  subordinate  "after" / "as" / "when" / "while" / "before" / "since" / "because" / "until"
  coordination "and" / "but" (a clause or a verb phrase)
  relative     ", which ..." / ", who ..." / ", where ..."
  apposition   ", a/an/the <noun> ..." closing a clause
  list         ";" / ":" / a dash
  attribution  the anchor is the reported part of "X said ..." (no second fact, only a frame)
  quotation    a quotation mark at the junction
  compared     ", up from ...", "compared with", "than", "against" (a figure's other figure)
  other        a prepositional tail, a purpose clause, ...

With `--show` it prints each junction (60 characters; the texts belong to their publishers,
so nothing longer). Tunable made-up clusters only (HELD_OUT.txt is never read).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/long_claims.py [--show] [name ...]
(no names: every tunable made-up cluster)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_facts import missed_agreed
from missed_links import traced_report
from quality_lib import Locator, _overlaps, gold_cluster, gold_origin_map, madeup, tunable

LONG = 0.5  # the anchor is under this share of the claim's quote
WINDOW = 40  # characters of the quote read on each side of the anchor

# each shape and the mark that opens it at a junction (all linear: one alternation, no
# nested quantifier)
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quotation", re.compile(r"[\"“”]")),
    ("list", re.compile(r";|:\s|\s[-–—]\s")),
    ("relative", re.compile(r",\s+(?:which|who|whom|whose|where)\b")),
    ("participle", re.compile(r",\s+[a-z]+ing\b")),
    (
        "subordinate",
        re.compile(r"\b(?:after|as|when|while|before|since|because|until|following|amid)\s", re.I),
    ),
    ("coordination", re.compile(r"\b(?:and|but)\s")),
    ("compared", re.compile(r",\s+(?:up|down)\s+from\b|\b(?:compared\s+with|than|against)\s")),
    ("apposition", re.compile(r",\s+(?:a|an|the|its|their)\s")),
    (
        "attribution",
        re.compile(r"\b(?:said|says|say|told|according to|added|announced|reported)\b"),
    ),
)


def junction(text: str, span: tuple[int, int], anchor: tuple[int, int]) -> tuple[str, str]:
    """The shape nearest the anchor inside the claim's quote, and the junction's text."""
    s, e = span
    a0, a1 = max(anchor[0], s), min(anchor[1], e)
    right = text[a1 - 10 : min(e, a1 + WINDOW)] if e - a1 > 8 else ""
    left = text[max(s, a0 - WINDOW) : a0 + 10] if a0 - s > 8 else ""
    best: tuple[int, str, str] = (WINDOW * 9, "other", right or left)
    for name, rx in _SHAPES:
        for m in rx.finditer(right):
            d = abs(m.start() - 10)
            if d < best[0]:
                best = (d, name, right)
        for m in rx.finditer(left):
            d = abs(len(left) - 10 - m.end())
            if d < best[0]:
                best = (d, name, left)
    return best[1], best[2]


def census(event: str, tally: dict[str, Counter[str]], show: bool) -> None:
    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, None)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    feats = trace.feats

    def long_covers(a: str, sp: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        out = []
        for m, f in enumerate(feats):
            if f.article != a:
                continue
            for c in f.citations:
                if c.article == a and _overlaps(c, a, sp):
                    if (sp[1] - sp[0]) < LONG * (c.end - c.start):
                        out.append((m, (c.start, c.end)))
                    break
        return out

    def record(kind: str, label: str, a: str, sp: tuple[int, int]) -> bool:
        hits = long_covers(a, sp)
        for _m, cspan in hits[:1]:
            shape, shown = junction(by_id[a].text, cspan, sp)
            tally[kind][shape] += 1
            if show:
                flat = " ".join(shown.split())[:60]
                print(f"  {kind:9} {shape:12} [{event}] {label[:40]!r} | {flat!r}")
        return bool(hits)

    for fact, anchors in missed_agreed(exp, loc, gold, report):
        for a, sp in sorted(anchors.items()):
            if record("missed", fact["id"], a, sp):
                break
    for pair in exp.get("distinct", []):
        spans = [(a, loc.span(a, t)) for a, t in pair["anchors"]]
        if any(sp is None for _, sp in spans):
            continue
        together = any(
            all(
                any(
                    any(c.article == a and _overlaps(c, a, sp) for c in feats[m].citations)
                    for m in members
                )
                for a, sp in spans
            )
            for members in trace.members
        )
        if not together:
            continue
        for a, sp in spans:
            if sp is not None and record("lookalike", pair.get("why", "?"), a, sp):
                break


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--show", action="store_true", help="print each junction (60 chars)")
    args = ap.parse_args(argv)
    tally: dict[str, Counter[str]] = {"missed": Counter(), "lookalike": Counter()}
    for event in args.events or tunable(madeup()):
        census(event, tally, args.show)
    for kind, counts in tally.items():
        total = sum(counts.values())
        shapes = ", ".join(f"{k} {v}" for k, v in counts.most_common())
        print(f"{kind}: {total} long claims: {shapes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
