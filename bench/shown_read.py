"""Which dev facts an item's own statement shows, and which origins it counts beyond them
(session 55, alignread55).

bench/quality.py's "shown statements" line counts the gold agreed facts an agreed item states
in its OWN statement (`quality_lib._shown_statements`) and the origins an item counts beyond
those citing the fact it shows. This writes, per dev cluster, every agreed item (statement,
origins, the facts its shown citation states, the facts each origin cites) and every shown
fact to a JSON file, and compares two such files: the facts shown in the first and not in the
second (with the item that showed them and the item that cites them now), and the items
whose unshown origins rose.

    PYTHONPATH=. .venv/bin/python bench/shown_read.py dump OUT.json [EVENT ...]
    PYTHONPATH=. .venv/bin/python bench/shown_read.py diff BEFORE.json AFTER.json

Dev clusters only (tests/data/dev): never point it at a held-out cluster.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fact_parts import fact_words
from mixed_read import fact_list
from quality import run_cluster
from quality_lib import (
    Anchors,
    Locator,
    _covered,
    _fact_anchors,
    _shown_citations,
    _states,
    events,
    gold_origin_map,
    load_expectations,
)

from consensus.models import Report


def read_cluster(event: str) -> dict[str, Any]:
    """The agreed items of `event` with what their shown citations and their origins state."""
    articles, report, _ = run_cluster(event)
    assert isinstance(report, Report)
    exp = load_expectations(event)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    texts = {a.id: a.text for a in articles}

    def anchors_of(raw: dict[str, str], label: str | None = None) -> dict[str, tuple[int, int]]:
        out = {a: sp for a, t in raw.items() if (sp := loc.span(a, t)) is not None}
        return out if label is None else Anchors(out, fact_words(label, raw.values()), texts)

    facts = [(fid, _fact_anchors(anchors_of, f)) for fid, f in fact_list(exp)]
    n_agreed = len(exp.get("agreed", []))
    items = []
    shown_facts: dict[str, str] = {}
    for it in report.agreed:
        shown = _shown_citations(it.statement, it.citations)
        mine = [
            k
            for k, (_, fx) in enumerate(facts)
            if any(c.article in fx and _states(c, c.article, fx[c.article], fx) for c in shown)
        ]
        backing = {k: sorted({gold[a] for a in _covered(it.citations, facts[k][1])}) for k in mine}
        origins = sorted({gold.get(a, a) for a in it.sources})
        beyond = len(origins) - max((len(v) for v in backing.values()), default=len(origins))
        for k, got in backing.items():
            if k < n_agreed and len(got) >= 2:
                shown_facts.setdefault(facts[k][0], it.statement)
        cites = []
        for c in it.citations:
            states = [
                fid
                for fid, fx in facts
                if c.article in fx and _states(c, c.article, fx[c.article], fx)
            ]
            cites.append(
                {
                    "article": c.article,
                    "origin": gold.get(c.article, c.article),
                    "quote": c.quote,
                    "shown": c in shown,
                    "states": states,
                }
            )
        items.append(
            {
                "statement": it.statement,
                "origins": origins,
                "shows": [facts[k][0] for k in mine],
                "beyond": beyond if mine else 0,
                "citations": cites,
            }
        )
    total = [fid for fid, fx in facts[:n_agreed] if len({gold[a] for a in fx}) >= 2]
    shown_ok = {f: s for f, s in shown_facts.items() if f in total}
    return {"items": items, "shown": shown_ok, "facts": total}


def _key(c: dict[str, Any]) -> tuple[str, str]:
    return (c["article"], c["quote"])


def _print_item(it: dict[str, Any], indent: str = "    ") -> None:
    print(f"{indent}item: {it['statement'][:150]}")
    print(f"{indent}  origins {len(it['origins'])}, shows {it['shows']}, beyond {it['beyond']}")
    for c in it["citations"]:
        mark = "*" if c["shown"] else " "
        print(f"{indent}  {mark}[{c['origin']}] {c['quote'][:110]} -> {','.join(c['states'])}")


def _lost(event: str, fid: str, b: dict[str, Any], a: dict[str, Any]) -> None:
    """Where the citation that showed `fid` went: its item now, members come and gone."""
    was = next(it for it in b["items"] if it["statement"] == b["shown"][fid])
    shown = {_key(c) for c in was["citations"] if c["shown"]}
    before = {_key(c) for c in was["citations"]}
    print(f"== {event}: {fid} shown before, not after")
    print(f"   before: {was['statement'][:110]!r} ({len(was['origins'])} origins)")
    now = [it for it in a["items"] if any(_key(c) in shown for c in it["citations"])]
    if not now:
        print("   after: its shown citation is in no agreed item")
    for it in now:
        after = {_key(c) for c in it["citations"]}
        print(
            f"   after : {it['statement'][:110]!r} ({len(it['origins'])} origins; members "
            f"+{len(after - before)} -{len(before - after)}; shows {it['shows'][:4]})"
        )
        for c in it["citations"]:
            if _key(c) not in before:
                print(f"        + {c['origin']}: {c['quote'][:100]} -> {','.join(c['states'])}")
        for c in was["citations"]:
            if _key(c) not in after:
                print(f"        - {c['origin']}: {c['quote'][:100]} -> {','.join(c['states'])}")


def diff(before: dict[str, Any], after: dict[str, Any]) -> None:
    lost_n = gained_n = 0
    for event in before:
        b, a = before[event], after[event]
        lost = sorted(set(b["shown"]) - set(a["shown"]))
        gained = sorted(set(a["shown"]) - set(b["shown"]))
        lost_n += len(lost)
        gained_n += len(gained)
        for fid in lost:
            _lost(event, fid, b, a)
        for fid in gained:
            print(f"++ {event}: {fid} shown after only, by: {a['shown'][fid][:150]}")
        keyed = {it["statement"]: it["beyond"] for it in b["items"]}
        for it in a["items"]:
            was = keyed.get(it["statement"], 0)
            if it["beyond"] > was:
                print(f"-- {event}: origins unshown {was} -> {it['beyond']}")
                _print_item(it)
        ub = sum(it["beyond"] for it in b["items"])
        ua = sum(it["beyond"] for it in a["items"])
        print(f"   {event}: origins unshown {ub} -> {ua}")
    print(f"facts shown: lost {lost_n}, gained {gained_n}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("events", nargs="*")
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "dump":
        out = {e: read_cluster(e) for e in (args.events or events())}
        Path(args.out).write_text(json.dumps(out, indent=1), encoding="utf-8")
        print(sum(len(v["shown"]) for v in out.values()), "facts shown")
    else:
        load = lambda p: json.loads(Path(p).read_text(encoding="utf-8"))  # noqa: E731
        diff(load(args.before), load(args.after))


if __name__ == "__main__":
    main()
