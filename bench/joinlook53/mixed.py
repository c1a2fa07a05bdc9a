"""Session 53 (joinlook53): the mixed agreed items a JOIN weights file makes, with the gold
facts each citation covers (dev or tunable made-up clusters only; never held-out ones).

usage: PYTHONPATH=.:bench python bench/joinlook53/mixed.py J.json|- NAME ...  ("-": shipped)
Prints, per mixed agreed item, each citation's article, gold origin, the facts (or dispute
sides) it covers, and a short start of its quote.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

from quality import run_articles, run_cluster
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    _covered,
    annotated_articles,
    events,
    gold_origin_map,
    held_out,
    load_annotated_expectations,
    load_expectations,
)

from consensus.merge.link import join_weights_in_scope
from consensus.merge.weights import LogisticModel


def show(name: str) -> None:
    if name in held_out():
        raise SystemExit(f"{name} is held out")
    if name in events():
        articles, report, _ = run_cluster(name)
        exp = load_expectations(name)
    else:
        articles, report, _ = run_articles(annotated_articles(name, MADEUP_GOLD))
        exp = load_annotated_expectations(name, MADEUP_GOLD)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)

    def spans(raw: dict[str, str]) -> dict[str, tuple[int, int]]:
        return {a: sp for a, t in raw.items() if (sp := loc.span(a, t)) is not None}

    facts = [(str(f["id"]), spans(f["anchors"])) for f in exp.get("agreed", [])]
    facts += [
        (f"{p['id']}/{k}", spans(side["anchors"]))
        for p in exp.get("contested", [])
        for k, side in enumerate(p["sides"])
    ]
    for it in report.agreed:
        per = {fid: {gold[a] for a in _covered(it.citations, anc)} for fid, anc in facts}
        if any(len(o) >= 2 for o in per.values()) or len(set().union(*per.values())) < 2:
            continue
        print(f"{name}: MIXED {it.statement[:100]}")
        for c in it.citations:
            hit = [fid for fid, anc in facts if _covered([c], anc)]
            print(f"   {c.article} [{gold.get(c.article)}] {','.join(hit) or '-'}: {c.quote[:110]}")


if __name__ == "__main__":
    with ExitStack() as scope:
        if sys.argv[1] != "-":
            scope.enter_context(join_weights_in_scope(LogisticModel.load(Path(sys.argv[1]))))
        for n in sys.argv[2:]:
            show(n)
