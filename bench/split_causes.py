"""Split facts by cause: why one gold agreed fact is shown by two report items.

`split_facts` (bench/quality_lib.py `_split_facts`) counts gold agreed facts that two or more
report items state from two gold origins each (an agreed item, or a contested point with its
positions together). This census sorts each split fact into one cause:

- `by design: agreed item + point`: an agreed item and a contested point both state it (a
  dispute's side that most outlets give is also an agreed item: tests/data/dev/FORMAT.md),
  a gold side's anchor overlapping the fact's; `agreed item + point citing it` when no gold
  side holds it (the point's positions cite the fact's sentence for another reason);
- `two points`: only contested points state it (two points sharing a side);
- `two agreed, shown once`: two agreed items cite the fact, but at most one item's statement
  is drawn from a citation that holds it (`_shown_citations`); the other cites a sentence
  holding the fact among others while its statement says another: an editor reads the fact
  once (a long claim holding the fact plus a short one);
- (the causes below are read twice: both items' statements are drawn from the fact's anchors)
- `two agreed: one sentence in both`: two agreed items cite one sentence of one article for
  the fact (a clause part and the whole claim, or two readings of one sentence), with the
  sub-shape `part` when one item's statement is held in the other's (token containment) and
  `two readings` otherwise, and `the same sentences in both` when every citation of each
  item overlaps one of the other's (each sentence gave two claims, which made two groups);
- `two agreed: <status>`: two agreed items on different sentences; the status of the best
  cross-item pair of the claims that cover the fact (bench/missed_links.py `pair_status`,
  by `rule_of`): `below threshold`, `no candidate`, `veto: ...`, `join refused: ...`,
  `conflict: ...`, `joined, then split`;
- `two agreed: long + short`: as above but one item's covering citation is over twice as
  long as the other's (a long claim holding the fact among others, and a short one).

With `--points`, the two agreed-item-plus-point causes say also what the point is (session 56,
splitpart56): `[a gold dispute]` when it shows a gold dispute (two of its positions cite two
sides' anchors or `also` sentences, as the scorer counts disputes found) or `[no gold
dispute]`, and `one side` when one of its positions cites the fact from two gold origins (a
side that states the fact, as `merge.quoted_once` reads: a side an agreed group quotes) or
`sides together` when only its positions together do.

An agreed item and a single-source line of the same fact is not a split fact here (a
single-source line is not a unit of `_split_facts`), so it is not counted.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/split_causes.py [--dev] [--madeup] [-v]
       [--points] [name ...]
`--madeup` runs the tunable made-up clusters (held-out ones are never read); `--dev` the six
dev events; `-v` prints each split fact with its items (short statement starts only).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from functools import partial
from itertools import combinations
from multiprocessing import Pool
from typing import Any

from missed_links import covering, pair_status, print_tally, rule_of, traced_report
from quality_lib import (
    Locator,
    _cites_any,
    _overlaps,
    _shown_citations,
    _side_spans,
    events,
    gold_cluster,
    gold_origin_map,
    madeup,
    score_report,
    tunable,
)

_WORD = re.compile(r"[a-z0-9]+")


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s.lower()))


def _covered_by(cites: Sequence[Any], anchors: dict[str, tuple[int, int]]) -> list[Any]:
    return [
        c for c in cites if c.article in anchors and _overlaps(c, c.article, anchors[c.article])
    ]


def _shares_sentence(a: Sequence[Any], b: Sequence[Any]) -> bool:
    return any(x.article == y.article and x.start < y.end and y.start < x.end for x in a for y in b)


def _same_sentences(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """Whether every citation of each item overlaps one of the other's (two items of one
    article's sentences each: two claims of each sentence made two groups)."""
    return all(_shares_sentence([x], b) for x in a) and all(_shares_sentence([y], a) for y in b)


def _a_side(exp: dict[str, Any], loc: Locator, anchors: dict[str, tuple[int, int]]) -> bool:
    """Whether a gold dispute side's anchor overlaps one of the fact's anchors."""
    for point in exp.get("contested", []):
        for side in point["sides"]:
            for a, text in side["anchors"].items():
                sp = loc.span(a, text)
                if sp and a in anchors and sp[0] < anchors[a][1] and anchors[a][0] < sp[1]:
                    return True
    return False


def _gold_points(exp: dict[str, Any], loc: Locator, report: Any) -> set[int]:
    """The report points (by index) that show a gold dispute, as `score_report` counts
    disputes found: two of a point's positions cite two different sides of one dispute."""
    out: set[int] = set()
    for point in exp.get("contested", []):
        sides = [
            {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for side in point["sides"]
        ]
        if sum(1 for sd in sides if sd) < 2:
            continue
        shown = [_side_spans(side, sd, loc) for side, sd in zip(point["sides"], sides, strict=True)]
        for n, c in enumerate(report.contested):
            hits = [
                {k for k, sp in enumerate(shown) if _cites_any(p.citations, sp)}
                for p in c.positions
            ]
            if any(x != y for hi, hj in combinations(hits, 2) for x in hi for y in hj):
                out.add(n)
    return out


def classify(event: str, with_points: bool = False) -> list[tuple[str, str]]:
    """(cause, line) for each split fact of `event`; `with_points`: the agreed-item-plus-
    point causes also say whether the point shows a gold dispute and whether one side
    states the fact (module docstring)."""
    from consensus.merge.link import join_link_model

    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, None)
    threshold = join_link_model().threshold  # type: ignore[attr-defined]
    score = score_report(event, exp, articles, report)
    split = {m.split(":")[0]: m for m in score.split_fact_items}
    loc = Locator({a.id: a for a in articles})
    gold = gold_origin_map(exp, [a.id for a in articles])
    pos = {(c.article, c.start, c.end): f.pos for f in trace.feats for c in f.citations}
    gold_points = _gold_points(exp, loc, report) if with_points else set()
    out = []
    for fact in exp.get("agreed", []):
        if fact["id"] not in split:
            continue
        anchors = {a: sp for a, t in fact["anchors"].items() if (sp := loc.span(a, t))}
        items, read, whole = [], 0, []
        for it in report.agreed:
            cov = _covered_by(it.citations, anchors)
            if len({gold[c.article] for c in cov}) >= 2:
                items.append((it.statement, cov))
                whole.append(it.citations)
                read += bool(_covered_by(_shown_citations(it.statement, it.citations), anchors))
        citing = [
            n
            for n, c in enumerate(report.contested)
            if len(
                {gold[x.article] for p in c.positions for x in _covered_by(p.citations, anchors)}
            )
            >= 2
        ]
        points = len(citing)
        line = f"{event} {split[fact['id']]}"
        if len(items) < 2:
            cause = "by design: agreed item + point" if items and points else "two points"
            if items and points and not _a_side(exp, loc, anchors):
                cause = "agreed item + point citing it (no gold side holds it)"
            if not items and not points:
                cause = "other (anchors read apart)"
            if with_points and items and points:
                shows = any(n in gold_points for n in citing)
                one = any(
                    len({gold[x.article] for x in _covered_by(p.citations, anchors)}) >= 2
                    for n in citing
                    for p in report.contested[n].positions
                )
                cause += f" [{'a' if shows else 'no'} gold dispute, "
                cause += f"{'one side' if one else 'sides together'}]"
            out.append((cause, line))
            continue
        (s1, c1), (s2, c2) = items[0], items[1]
        it1, it2 = whole[0], whole[1]
        tail = " (and a point)" if points else ""
        if read < 2:
            out.append((f"two agreed, shown once: {read} statement(s) state it{tail}", line))
            continue
        if _shares_sentence(c1, c2):
            w1, w2 = _words(s1), _words(s2)
            small = min(len(w1), len(w2)) or 1
            part = len(w1 & w2) >= 0.8 * small and len(w1) != len(w2)
            cause = "two agreed: one sentence in both, " + ("part" if part else "two readings")
            if _same_sentences(it1, it2):
                cause = "two agreed: the same sentences in both"
            out.append((cause + tail, line))
            continue
        m1 = {pos[k] for c in c1 if (k := (c.article, c.start, c.end)) in pos}
        m2 = {pos[k] for c in c2 if (k := (c.article, c.start, c.end)) in pos}
        cov = covering(trace, anchors)
        near = {m for ms in cov.values() for m in ms}
        m1, m2 = (m1 & near) or m1, (m2 & near) or m2
        pairs = sorted(
            (
                (trace.prob.get((min(i, j), max(i, j)), -1.0), i, j)
                for i in m1
                for j in m2
                if i != j and trace.feats[i].article != trace.feats[j].article
            ),
            reverse=True,
        )
        status = pair_status(trace, pairs[0][1], pairs[0][2], threshold) if pairs else "no pair"
        l1 = max((c.end - c.start for c in c1), default=0)
        l2 = max((c.end - c.start for c in c2), default=0)
        shape = " [long + short]" if max(l1, l2) > 2 * max(1, min(l1, l2)) else ""
        p = f" p={pairs[0][0]:.2f}" if pairs else ""
        out.append((f"two agreed: {rule_of(status)}{shape}{tail}", f"{line}{p}"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--dev", action="store_true", help="the six dev events")
    ap.add_argument("--madeup", action="store_true", help="the tunable made-up clusters")
    ap.add_argument("-v", action="store_true", help="print each split fact")
    ap.add_argument(
        "--points", action="store_true", help="what the point of an agreed item + point is"
    )
    args = ap.parse_args(argv)
    names = list(args.names)
    names += events() if args.dev else []
    names += tunable(madeup()) if args.madeup else []
    held = set(madeup()) - set(tunable(madeup()))
    names = [n for n in names if n not in held]
    with Pool(2) as pool:
        rows = pool.map(partial(classify, with_points=args.points), names, chunksize=1)
    tally: Counter[str] = Counter()
    for got in rows:
        for cause, line in got:
            tally[cause] += 1
            if args.v:
                print(f"{cause}: {line}")
    print_tally(
        f"== split facts by cause ({len(names)} clusters, {sum(tally.values())} facts)", tally
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
