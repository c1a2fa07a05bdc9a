"""The gold's look-alike pairs (two different facts) that the merge put in one group, and
how: what the scorer's `distinct_merged` counts, by cause.

For each merged pair it prints the gold's `why`, the claims covering each anchor (article,
claim position, speaker, a short start of the statement) and one shape of the merge:

- `one claim`: one claim cites both anchors (the extractor kept the two facts in one
  sentence's claim: "38 micrograms, almost twice the limit of 20"); no merge rule can part it;
- `one article`: two claims of one article, joined through other members;
- `linked`: a cross-article pair of covering claims with a join edge of its own (its
  probability and the columns that moved it most);
- `scored, no edge`: the best cross-article pair scored at or over the link threshold but a
  link rule gave it no join edge (a veto that did not keep the two out of one group:
  each joined it through other members);
- `via group`: the covering claims were never linked themselves (each joined the group by
  another member).

The tally counts pairs by shape: how much of the look-alike merging is the extractor's and
how much the link rules' and the joining's.

Prints only short starts of statements (the texts belong to their publishers).

`--between` (session 53) prints, for a `one claim` pair whose two anchors lie in one
article, the words between them and tallies the junction (`junction`): the cut that would
have made each fact a claim of its own.

Usage: .venv/bin/python bench/merged_lookalikes.py [--madeup] [--between] [name ...]
(names as in bench/missed_links.py; give training names only, never held-out ones)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, print_tally, top_columns, traced_report
from quality_lib import Locator, _overlaps, events, gold_cluster, madeup, tunable


def _shape(trace: object, cover: list[list[int]], threshold: float) -> tuple[str, str]:
    """The merge's shape for one pair of anchors (see the module docstring) and, for a
    linked pair, its probability and top columns."""
    from consensus.merge.link import link_model

    feats = trace.feats  # type: ignore[attr-defined]
    prob = trace.prob  # type: ignore[attr-defined]
    if set(cover[0]) & set(cover[1]):
        return "one claim", ""
    best = (-1.0, (0, 0))
    for i in cover[0]:
        for j in cover[1]:
            if feats[i].article == feats[j].article:
                continue
            q = (min(i, j), max(i, j))
            best = max(best, (prob.get(q, -1.0), q))
    one_article = all(feats[i].article == feats[j].article for i in cover[0] for j in cover[1])
    if best[0] < 0 and one_article:
        return "one article", ""
    joined = {
        (min(e.i, e.j), max(e.i, e.j))
        for e in trace.edges  # type: ignore[attr-defined]
        if not e.conflict or e.conflict.startswith("join")
    }
    edged = [
        (prob.get(q, -1.0), q)
        for q in {(min(i, j), max(i, j)) for i in cover[0] for j in cover[1]}
        if q in joined
    ]
    if edged:
        p, q = max(edged)
        cols = top_columns(trace, *q, link_model())  # type: ignore[arg-type]
        return "linked", f"#{q[0]}-#{q[1]} p={p:.3f} [{cols}]"
    if best[0] >= threshold:
        return "scored, no edge", f"#{best[1][0]}-#{best[1][1]} p={best[0]:.3f}"
    return "via group", ""


# the junction between two facts one claim states, first match wins (read from the words
# between the two anchors): a told change, a subordinate clause, coordination, a clause
# opened by a relative word or a participle, an aside between commas
_JUNCTIONS = (
    (
        "change told (up/down from, from ... to, than, compared with)",
        re.compile(
            r"\b(?:up|down|higher|lower|more|less|fewer|than|compared|against|from|to|"
            r"versus|vs)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "subordinate (after/when/before/since/while/as/because)",
        re.compile(
            r"\b(?:after|when|before|since|while|whereas|as|because|until|once)\b", re.IGNORECASE
        ),
    ),
    ("coordination (and/but/or/;)", re.compile(r"\b(?:and|but|or|yet)\b|;", re.IGNORECASE)),
    (
        "relative (which/who/where/whose)",
        re.compile(r"\b(?:which|who|whom|whose|where|that)\b", re.IGNORECASE),
    ),
    ("participle (-ing/-ed after a comma)", re.compile(r",\s*\w+(?:ing|ed)\b")),
    (
        "preposition (of/in/at/with/for/on/by)",
        re.compile(r"\b(?:of|in|at|with|for|on|by|including)\b", re.IGNORECASE),
    ),
    ("comma or dash (apposition, list)", re.compile(r"[,—–(-]")),
)


def junction(between: str) -> str:
    """The junction class of the words between two anchors of one claim."""
    if not between.strip():
        return "adjacent or overlapping anchors"
    for name, rx in _JUNCTIONS:
        if rx.search(between):
            return name
    return "other"


def merged(event: str, tally: Counter[str], between: Counter[str] | None = None) -> None:
    from consensus.merge.link import link_model

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, None)
    threshold = link_model().threshold
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats
    for pair in exp.get("distinct", []):
        spans = [(a, loc.span(a, t)) for a, t in pair["anchors"]]
        if any(sp is None for _, sp in spans):
            continue
        for members in trace.members:
            cover = [
                [
                    m
                    for m in members
                    if any(c.article == a and _overlaps(c, a, sp) for c in feats[m].citations)
                ]
                for a, sp in spans
            ]
            if not all(cover):
                continue
            shape, detail = _shape(trace, cover, threshold)
            tally[shape] += 1
            if between is not None and shape == "one claim" and spans[0][0] == spans[1][0]:
                sa, sb = sorted(sp for _, sp in spans if sp is not None)
                text = loc.articles[spans[0][0]].text
                gap = text[sa[1] : sb[0]] if sb[0] > sa[1] else ""
                between[junction(gap)] += 1
                print(f"  between: {junction(gap)}: {' '.join(gap.split())[:80]!r}")
            print(f"== {event}: {pair.get('why', '?')[:90]}")
            print(f"  {shape} (group of {len(members)}) {detail}".rstrip())
            for side, ms in zip("AB", cover, strict=True):
                for m in ms[:2]:
                    f = feats[m]
                    said = f" ({f.speaker})" if f.speaker else ""
                    print(f"    {side} #{m} {f.article[:16]}{said} {f.claim.statement[:SHORT]!r}")
            break


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--madeup", action="store_true", help="every tunable made-up cluster")
    ap.add_argument("--between", action="store_true", help="one claim: the junction")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    between: Counter[str] | None = Counter() if args.between else None
    for event in tunable(args.events or (madeup() if args.madeup else events())):
        merged(event, tally, between)
    print_tally("== merged look-alike pairs by shape", tally)
    if between is not None:
        print_tally("== one claim, junction between the anchors", between)
    return 0


if __name__ == "__main__":
    sys.exit(main())
