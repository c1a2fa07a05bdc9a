"""Missed agreed facts never compared: why blocking proposed no pair of their claims.

For each missed agreed fact (bench/missed_facts.missed_agreed: stated by >= 2 gold origins, no
agreed item cites it from two) of a cluster, the claims covering each anchor (one traced merge,
bench/missed_links.traced_report) are paired across gold origins. A fact is NEVER COMPARED when
none of those pairs was a candidate of the claims pass (`compared_pairs.candidate_pairs`). For
such a fact the pair the link model would score highest, compared directly
(`missed_links.unblocked_scores`), is read for what blocking had to go on:

  keys      the blocking keys the two claims share (`_Feat.keys`: e: names, q: figures with
            their unit, w: content concepts, s: speakers), by kind, and how many of them are
            among both claims' `MAX_BLOCK_KEYS` rarest (what `candidates._candidate_codes`
            pairs); with >= 2 such, why the composite key still made no pair (held by more than
            `BLOCK_CAP` claims, or cut by `MAX_CANDIDATES`)
  vector    the statement cosine, binned at `rare_neighbours.RARE_FLOOR` and
            `compared_pairs.NEIGHBOUR_FLOOR` (at or over the floor and still no candidate:
            crowded out of both claims' `LINK_NEIGHBOURS` nearest)
  would     the would-be probability: at or over the link threshold, or under it

and the tallies count facts by each reading and by the two together (what one new candidate
rule could reach: the pairs that would score over the threshold, by what they share).
`--show` prints each fact's pair (positions, short starts, shared keys, cosine, probability).

`--rule` reads instead the pairs the figure rule adds (`merge/figure_neighbours.figure_codes`,
session 52) that no other blocking proposes (`compared_pairs.candidate_pairs` run again with the
rule off), in the claims pass: how many, how many the link model scores at its threshold, how many
got a join edge, and what the gold says of each: `same fact` (the two claims cover anchors of
one gold agreed fact, of two origins), `two facts` (each covers anchors of gold facts, none in
common) or `silent`.

Scope: dev clusters (`--dev`) or the tunable made-up clusters (default; HELD_OUT.txt is never
read); names may be given. Prints only short starts of statements and key names.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/never_compared.py [--dev] [--show] [--rule]
[name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_facts import missed_agreed
from missed_links import covering, print_tally, traced_report, unblocked_scores
from quality_lib import Locator, events, gold_cluster, gold_origin_map, madeup, tunable

SHORT = 60  # characters of a statement printed


def rarest(feats: Sequence[Any], df: Counter[str], cap: int) -> list[set[str]]:
    """Each claim's `cap` rarest keys held by >= 2 claims (df, then key): the keys
    `candidates._candidate_codes` pairs."""
    return [
        set(sorted((k for k in set(f.keys) if df[k] >= 2), key=lambda k: (df[k], k))[:cap])
        for f in feats
    ]


def kind_of(key: str) -> str:
    return key.split(":", 1)[0] + ":"


def read_pair(trace: Any, i: int, j: int, df: Counter[str], chosen: list[set[str]]) -> str:
    """Why blocking kept the pair (i, j) apart, read from the keys (see the docstring)."""
    from consensus.merge.tunables import BLOCK_CAP

    fi, fj = trace.feats[i], trace.feats[j]
    shared = set(fi.keys) & set(fj.keys)
    both = chosen[i] & chosen[j]
    if not shared:
        return "no key shared"
    kinds = "+".join(sorted({kind_of(k) for k in shared}))
    if len(shared) == 1:
        return f"one key shared ({kinds})"
    if len(both) < 2:
        return f"{len(shared)} keys shared ({kinds}), < 2 among both's rarest"
    holders = [sum(1 for c in chosen if a in c and b in c) for a in both for b in both if a < b]
    if min(holders) > BLOCK_CAP:
        return "composite key over BLOCK_CAP"
    return "composite key shared, cut by MAX_CANDIDATES"


def vector_bin(cos: float) -> str:
    from consensus.merge.compared_pairs import NEIGHBOUR_FLOOR
    from consensus.merge.rare_neighbours import RARE_FLOOR

    if cos < RARE_FLOOR:
        return f"cosine < {RARE_FLOOR}"
    if cos < NEIGHBOUR_FLOOR:
        return f"cosine {RARE_FLOOR}-{NEIGHBOUR_FLOOR}"
    return f"cosine >= {NEIGHBOUR_FLOOR} (crowded out of the nearest)"


def census(event: str, show: bool, tallies: dict[str, Counter[str]]) -> None:
    from consensus.merge.link import link_model
    from consensus.merge.tunables import MAX_BLOCK_KEYS

    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, None)
    model = link_model()
    threshold = model.threshold
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    df: Counter[str] = Counter(k for f in trace.feats for k in set(f.keys))
    chosen = rarest(trace.feats, df, MAX_BLOCK_KEYS)
    for fact, anchors in missed_agreed(exp, loc, gold, report):
        cov = covering(trace, anchors)
        pairs = {
            (min(i, j), max(i, j))
            for a in cov
            for b in cov
            if gold[a] != gold[b]
            for i in cov[a]
            for j in cov[b]
            if trace.feats[i].article != trace.feats[j].article
        }
        tallies["facts"]["missed"] += 1
        if not pairs:
            tallies["facts"]["no claim pair of two origins"] += 1
            continue
        if any(q in trace.prob for q in pairs):
            tallies["facts"]["some pair compared"] += 1
            continue
        tallies["facts"]["never compared"] += 1
        would = unblocked_scores(trace, sorted(pairs), model)
        (i, j), (p, cos) = max(would.items(), key=lambda kv: (kv[1][0], kv[0]))
        why = read_pair(trace, i, j, df, chosen)
        vec = vector_bin(cos)
        over = "would join (p >= threshold)" if p >= threshold else "would not (p < threshold)"
        tallies["keys"][why] += 1
        tallies["vector"][vec] += 1
        tallies["would"][over] += 1
        if p >= threshold:
            tallies["reachable"][f"{why} | {vec}"] += 1
        shared = set(trace.feats[i].keys) & set(trace.feats[j].keys)
        for kind in sorted({kind_of(k) for k in shared}):
            tallies["shared kinds"][kind + (" (would join)" if p >= threshold else "")] += 1
        if show:
            fi, fj = trace.feats[i], trace.feats[j]
            keys = " ".join(sorted(f"{k}({df[k]})" for k in shared)) or "-"
            print(f"[{event}] {fact['id']} p={p:.3f} cos={cos:.2f} {why}; {vec}")
            print(f"    #{i} {fi.claim.statement[:SHORT]!r}")
            print(f"    #{j} {fj.claim.statement[:SHORT]!r}")
            print(f"    shared: {keys}")


def rule_pairs(event: str, tally: Counter[str], show: bool = False) -> None:
    """The pairs only the figure rule proposes, scored and labelled (`--rule`)."""
    import consensus.merge.compared_pairs as compared
    from consensus.merge.figure_neighbours import figure_codes
    from consensus.merge.figures import figures
    from consensus.merge.link import link_model
    from consensus.merge.rare_neighbours import _thing, counts_apart

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, None)
    feats, n = trace.feats, len(trace.feats)
    real = compared.figure_codes
    compared.figure_codes = lambda _feats: np.zeros(0, dtype=np.int64)
    try:
        others = set(compared.candidate_pairs(feats, trace.ctx))
    finally:
        compared.figure_codes = real
    codes = figure_codes(feats).tolist()
    new = [(c // n, c % n) for c in codes if (c // n, c % n) not in others]
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    facts_of: dict[int, set[tuple[str, str]]] = {}
    for fact in exp.get("agreed", []):
        anchors = {a: sp for a, t in fact["anchors"].items() if (sp := loc.span(a, t))}
        for a, ms in covering(trace, anchors).items():
            for m in ms:
                facts_of.setdefault(m, set()).add((fact["id"], gold[a]))
    joins = {(min(e.i, e.j), max(e.i, e.j)) for e in trace.edges if not e.conflict}
    threshold = link_model().threshold
    for i, j in new:
        tally["new pairs"] += 1
        fi, fj = facts_of.get(i, set()), facts_of.get(j, set())
        same = any(x == y and o != q for x, o in fi for y, q in fj)
        label = "same fact" if same else "two facts" if fi and fj else "silent"
        scored = trace.prob.get((i, j), 0.0) >= threshold
        tally[f"new pairs, {label}"] += 1
        apart = counts_apart(feats[i].claim.statement, feats[j].claim.statement)
        if apart:
            tally[f"counts apart (rare_neighbours.counts_apart), {label}"] += 1
        if show:
            p = trace.prob.get((i, j), 0.0)
            things = [
                sorted({(f.value, _thing(f)) for f in figures(feats[k].claim.statement)})
                for k in (i, j)
            ]
            print(f"[{event}] #{i}-#{j} p={p:.3f} {label}{' apart' if apart else ''} {things}")
            one, two = feats[i].claim.statement[:SHORT], feats[j].claim.statement[:SHORT]
            print(f"    {one!r} / {two!r}")
        if scored:
            tally[f"scored at the threshold, {label}"] += 1
        if (i, j) in joins:
            tally[f"join edge, {label}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--dev", action="store_true", help="the dev clusters")
    ap.add_argument("--show", action="store_true", help="print each never-compared fact's pair")
    ap.add_argument("--rule", action="store_true", help="the figure rule's own pairs instead")
    args = ap.parse_args(argv)
    names = args.names or (events() if args.dev else tunable(madeup()))
    names = tunable(names)  # (never a held-out cluster, even when named)
    tallies: dict[str, Counter[str]] = {
        k: Counter() for k in ("facts", "keys", "vector", "would", "reachable", "shared kinds")
    }
    if args.rule:
        for name in names:
            rule_pairs(name, tallies["facts"], args.show)
        print_tally("== pairs only the figure rule proposes (claims pass)", tallies["facts"])
        return 0
    for name in names:
        census(name, args.show, tallies)
    print_tally("== missed agreed facts", tallies["facts"])
    print_tally("== never compared: what blocking's keys had (best would-be pair)", tallies["keys"])
    print_tally("== never compared: the pair's statement cosine", tallies["vector"])
    print_tally("== never compared: what the link model would score", tallies["would"])
    print_tally(
        "== would join: keys | vector (what one candidate rule could reach)", tallies["reachable"]
    )
    print_tally(
        "== key kinds the best pair shares (pairs counted once per kind held)",
        tallies["shared kinds"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
