"""Missed agreed facts told inside a claim that holds another gold fact, by the sentence
shape that joins the two facts.

For each gold agreed fact the report misses (`missed_facts.missed_agreed`), each of its
anchors is matched to the offline claim whose evidence covers it best (the largest overlap);
the claim "holds" another gold fact when an anchor of another agreed fact or of a contested
side, in the same article, lies inside the claim's evidence too (half of the anchor at least)
and is not the same text. A missed fact counts as a long-claim miss when some anchor's best
claim holds another fact. The junction between the missed anchor and the nearest other
fact's anchor inside the claim (the text between them, or the first 40 characters of the
later one when they overlap) is read for the shape that joins them, first match wins:

  quote        a quotation mark in the junction, or a speech frame and a second fact
               ("..., X said, adding ..."; "X said ... and ...")
  colon        ":" / ";" / a dash aside in the junction
  relative     ", who" / ", which" / ", where" / ", whose"
  participle   ", <word>ing" (", leaving ...", ", saying ...")
  while        "while" / "whereas" / "although" / "though"
  subordinate  "as" / "after" / "when" / "before" / "since" / "because" / "until"
  and-clause   "and" / "but" (a comma or not) followed by a word that can open a subject
               (a determiner, a number, a capitalised word)
  and-verb     "and" / "but" followed by a verb phrase sharing the subject
  nested       one anchor inside the other (one proposition told with a detail)
  other        a prepositional tail, an apposition, a noun-phrase list, ...

Dev events are named on the command line (the TSV of session 56 names 21 facts the editors
labelled P; `--tsv` limits the dev census to its "long claim" rows). Tunable made-up
clusters only when none is named (HELD_OUT.txt is never read). With `--show` each junction
is printed, cut to 60 characters (the texts belong to their publishers).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/claim_facts.py [--show] [--tsv FILE] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_facts import missed_agreed
from quality_lib import Locator, gold_cluster, gold_origin_map, madeup, tunable

WINDOW = 40

_SPEECH = r"(?:said|says|told|added|adding|according\s+to|announced|stated|wrote)"
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quote", re.compile(r"[\"“”]|\b" + _SPEECH + r"\b", re.I)),
    ("colon", re.compile(r"[:;]|\s[-–—]\s")),
    ("relative", re.compile(r",\s+(?:who|which|where|whose|whom)\b")),
    ("participle", re.compile(r",\s+[a-z]+ing\b")),
    ("while", re.compile(r"\b(?:while|whereas|although|though)\b", re.I)),
    (
        "subordinate",
        re.compile(r"\b(?:as|after|when|before|since|because|until)\s", re.I),
    ),
    (
        "and-clause",
        re.compile(r",?\s+(?:and|but)\s+(?:the|a|an|its|their|his|her|[A-Z0-9]|some|most|all)"),
    ),
    ("and-verb", re.compile(r"\b(?:and|but)\s+(?:[a-z]+ed|[a-z]+s|was|were|is|are|has|had)\b")),
)


def _anchors_of(exp: dict[str, Any], loc: Locator) -> list[tuple[str, str, tuple[int, int]]]:
    """(fact id, article, span) of every agreed anchor and contested side anchor."""
    out = []
    for fact in exp.get("agreed", []):
        for a, t in fact["anchors"].items():
            if (sp := loc.span(a, t)) is not None:
                out.append((fact["id"], a, sp))
    for point in exp.get("contested", []):
        for n, side in enumerate(point.get("sides", [])):
            for a, t in side.get("anchors", {}).items():
                if (sp := loc.span(a, t)) is not None:
                    out.append((f"{point['id']}#{n}", a, sp))
    return out


def shape(text: str, one: tuple[int, int], other: tuple[int, int]) -> tuple[str, str]:
    """The shape joining two anchors inside one claim, and the junction's text."""
    (s0, e0), (s1, e1) = sorted((one, other))
    if (s1 >= s0 and e1 <= e0) or (s0 >= s1 and e0 <= e1):
        return "nested", text[s1 : s1 + WINDOW]
    # the words between the anchors and the first words of the later one (what opens it)
    junction = text[e0 : s1 + 20] if s1 > e0 else text[s1 : s1 + WINDOW]
    for name, rx in _SHAPES:
        if rx.search(junction):
            return name, junction
    return "other", junction


def census(event: str, tally: Counter[str], show: bool, only: set[str] | None) -> tuple[int, int]:
    """Count one cluster's long-claim misses by shape; (missed facts, long-claim misses)."""
    from consensus.api import build_report, embed_for_merge
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    articles, exp = gold_cluster(event)
    claim_sets = [extract_offline(a) for a in articles]
    extraction = ExtractionResult(articles=tuple(articles), claim_sets=tuple(claim_sets))
    report = build_report(extraction, vectors=embed_for_merge(claim_sets))
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    spans = {
        cs.article: [(ev.start, ev.end) for c in cs.claims for ev in c.evidence[:1]]
        for cs in claim_sets
    }
    every = _anchors_of(exp, loc)
    missed = longs = 0
    for fact, anchors in missed_agreed(exp, loc, gold, report):
        if only is not None and fact["id"] not in only:
            continue
        missed += 1
        found: tuple[str, str] | None = None
        for a, (s0, s1) in sorted(anchors.items()):
            best = max(
                spans.get(a, []),
                key=lambda sp: min(sp[1], s1) - max(sp[0], s0),
                default=None,
            )
            if best is None or min(best[1], s1) - max(best[0], s0) <= 0:
                continue
            others = [
                sp
                for fid, b, sp in every
                if b == a
                and fid != fact["id"]
                and sp != (s0, s1)
                and min(sp[1], best[1]) - max(sp[0], best[0]) >= 0.5 * (sp[1] - sp[0])
                and not (sp[0] >= s0 and sp[1] <= s1)
            ]
            if not others:
                continue
            near = min(others, key=lambda sp: abs(sp[0] - s0))
            found = shape(by_id[a].text, (s0, s1), near)
            break
        if found is None:
            continue
        longs += 1
        tally[found[0]] += 1
        if show:
            flat = " ".join(found[1].split())[:60]
            print(f"  {found[0]:12} [{event}] {fact['id'][:40]} | {flat!r}")
    return missed, longs


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--show", action="store_true", help="print each junction (60 chars)")
    ap.add_argument("--tsv", help="dev: only the facts a 'long claim' row of this TSV names")
    args = ap.parse_args(argv)
    only: dict[str, set[str]] = {}
    if args.tsv:
        for line in Path(args.tsv).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 3 and cols[2] == "long claim":
                only.setdefault(cols[0], set()).add(cols[1])
    tally: Counter[str] = Counter()
    missed = longs = 0
    for event in args.events or tunable(madeup()):
        m, n = census(event, tally, args.show, only.get(event) if args.tsv else None)
        missed, longs = missed + m, longs + n
    shapes = ", ".join(f"{k} {v}" for k, v in tally.most_common())
    print(f"missed {missed}; in a claim holding another gold fact {longs}: {shapes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
