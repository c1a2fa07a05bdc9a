"""What counting a wire story's verbatim copies once would add to the group join.

Session 49's branch `released49-copies` (measured again by copies50 in session 50, not
merged) gave two groups that fail the join's half-compared test (`clusters._may_join`) a
second test with each group's verbatim copies counted once: the first `MAX_LINK_SAMPLE`
distinct statements of each group, a statement pair scored by its best member pair, joining
when half the statement pairs were compared, every compared pair links and the mean reaches
the threshold. This census asks that re-take of every two-group join the merge refused for
its half-compared test (`missed_links.py --joins`, reason `sample scored`), on the shipped
code, and lists the refusals it would turn into joins:

- the statement pairs compared of the pairs the copies leave (`2/4`);
- `one origin, two statements`: an origin states one statement in one group and ANOTHER in
  the other (two sentences of one wire story, which the join would fold into one item);
- the gold agreed facts each group's claims cover (only the claims of the origins both
  groups hold, when there are such: the statements the join would fold), and the label:
  `same fact` (a fact both groups cover), `two facts` (each covers its own, none shared)
  or `-` (the gold is silent).

`--any-origin` counts one wording once across origins (the branch: two extractions that word
two independent accounts alike count once); `--min-pairs N` asks N compared statement pairs
(the branch: 1). The census reads the refusals in the shipped greedy order (a join it adds
would change which groups later meet), so it counts what the re-take is asked first.

Prints only short starts of statements (the texts belong to their publishers).

Usage: .venv/bin/python bench/copy_retakes.py [--any-origin] [--min-pairs N] [name ...]
(names: made-up clusters with gold or annotated clusters; default every tunable made-up one)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import covering, print_tally, traced_report
from quality_lib import Locator, gold_cluster, madeup, tunable

SHORT = 48  # characters of a statement printed


def statements(members: Sequence[int], key: Callable[[int], tuple[str, str]]) -> list[list[int]]:
    """The first `MAX_LINK_SAMPLE` distinct statements of a group (`key`: a member's
    statement and, unless any origin counts, its origin), each as the members stating it,
    in member order."""
    from consensus.merge.tunables import MAX_LINK_SAMPLE

    out: dict[tuple[str, str], list[int]] = {}
    for x in members:
        k = key(x)
        if k in out:
            out[k].append(x)
        elif len(out) < MAX_LINK_SAMPLE:
            out[k] = [x]
        else:
            break
    return list(out.values())


def retake(
    a: Sequence[int],
    b: Sequence[int],
    prob: dict[tuple[int, int], float],
    key: Callable[[int], tuple[str, str]],
    join_at: float,
    min_pairs: int,
) -> tuple[bool, int, int]:
    """The re-take of two groups with their copies counted once: (joins, statement pairs
    compared, statement pairs sampled). A statement pair scores its best member pair."""
    ta, tb = statements(a, key), statements(b, key)
    if all(len(xs) == 1 for xs in ta) and all(len(ys) == 1 for ys in tb):
        return False, 0, len(ta) * len(tb)  # (no copies: the member test stands)
    got = []
    for xs in ta:
        for ys in tb:
            vals = [
                v for x in xs for y in ys if (v := prob.get((min(x, y), max(x, y)))) is not None
            ]
            if vals:
                got.append(max(vals))
    sampled = len(ta) * len(tb)
    ok = (
        len(got) >= max(min_pairs, 1)
        and min(got) >= join_at
        and 2 * len(got) >= sampled
        and sum(got) / len(got) >= join_at
    )
    return ok, len(got), sampled


def one_origin_two_statements(
    a: Sequence[int], b: Sequence[int], origin: Sequence[str], said: Sequence[str]
) -> bool:
    """An origin states one statement in one group and another in the other."""
    by_a: dict[str, set[str]] = {}
    for x in a:
        by_a.setdefault(origin[x], set()).add(said[x])
    return any(origin[y] in by_a and said[y] not in by_a[origin[y]] for y in b)


def label(facts_a: set[str], facts_b: set[str]) -> str:
    """What the gold says of a join of two groups covering these facts (module docstring)."""
    if facts_a & facts_b:
        return "same fact"
    return "two facts" if facts_a and facts_b else "-"


def census(event: str, any_origin: bool, min_pairs: int, tally: Counter[str]) -> None:
    """The refused joins the re-take would add in one cluster."""
    from consensus.merge.link import link_model

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, None)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    feats, join_at = trace.feats, link_model().threshold
    origin = [f.origin or f.article for f in feats]
    said = [f.claim.statement for f in feats]

    def key(x: int) -> tuple[str, str]:
        return (said[x], "" if any_origin else origin[x])

    facts_of: dict[int, set[str]] = {}
    for fact in exp.get("agreed", []):
        for art, text in fact["anchors"].items():
            span = loc.span(art, text)
            if span is not None:
                for m in covering(trace, {art: span}).get(art, []):
                    facts_of.setdefault(m, set()).add(fact["id"])

    def facts(side: Sequence[int], origins: set[str]) -> set[str]:
        return {f for m in side if not origins or origin[m] in origins for f in facts_of.get(m, ())}

    shown = 0
    for (_i, _j), a, b, why in trace.group_refusals:
        if not why.startswith("sample scored") or min(len(a), len(b)) < 2:
            continue
        ok, n, sampled = retake(a, b, trace.prob, key, join_at, min_pairs)
        if not ok:
            continue
        if not shown:
            print(f"== {event}")
        shown += 1
        fold = one_origin_two_statements(a, b, origin, said)
        both = {origin[x] for x in a} & {origin[y] for y in b}
        fa, fb = facts(a, both), facts(b, both)
        lab = label(fa, fb)
        flag = "one origin, two statements" if fold else "no origin in both with two"
        print(f"  re-take joins: {n}/{sampled} statement pairs; {flag}; gold: {lab}")
        for tag, side, fs in (("A", a, fa), ("B", b, fb)):
            print(f"    {tag} facts: {', '.join(sorted(fs)) or '-'}")
            for m in side[:6]:
                print(f"    {tag} #{m} {origin[m][:18]:18} {said[m][:SHORT]!r}")
        tally[f"{n} compared; {flag}; gold: {lab}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--any-origin", action="store_true", help="one wording once across origins")
    ap.add_argument("--min-pairs", type=int, default=2, help="compared statement pairs needed")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    for event in args.events or tunable(madeup()):
        census(event, args.any_origin, args.min_pairs, tally)
    print_tally("== joins the copies' re-take would add, by pairs compared, shape and gold", tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
