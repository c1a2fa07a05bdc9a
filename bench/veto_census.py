"""Every vetoed pair of a cluster, and what the gold says of it: how often each link-rule
veto keeps one fact apart, and how often it keeps look-alikes apart.

A *vetoed pair* is a scored cross-article pair at or over the link threshold with no edge
and its two claims in two groups (`missed_links.pair_status` says `veto: <rule>`). Each is
labelled by the gold as in `missed_links --joins`: `same fact` (one gold agreed fact has
anchors covered by the two claims, of two gold origins), `distinct` (a gold look-alike
pair has one anchor in each) or `-` (the gold is silent: a loosened veto would make an
item no gold fact backs, the mixed-item and no-gold risk). The tally counts pairs by veto
rule (speakers, polarity, ... ; "speakers" split into a kind noun, an organisation and a
person, two persons, other) and gold label.

With `--list RULE` each vetoed pair whose rule starts with RULE is listed too (the two
speakers, the probability, the gold's label, short starts of the statements).

Usage: .venv/bin/python bench/veto_census.py [--madeup] [--list RULE] [name ...]
(names as in bench/missed_links.py; give training names only, never held-out ones)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import _gold_label, pair_status, traced_report
from quality_lib import Locator, events, gold_cluster, gold_origin_map, madeup, tunable


def _speaker_shape(a: str | None, b: str | None) -> str:
    """A rough shape of two speakers' names: two persons (two words or more, capitalised
    in no body word) or not; read only to split the census."""
    from consensus.merge.body_names import BODY_KINDS

    def kind(n: str | None) -> str:
        if not n:
            return "none"
        if n in BODY_KINDS or n.split()[-1] in BODY_KINDS:
            return "kind"
        return "name"

    return "+".join(sorted((kind(a), kind(b))))


def _start(text: str, n: int = 90) -> str:
    """A short start of a statement (the texts belong to their publishers)."""
    return text if len(text) <= n else text[: n - 3] + "..."


def census(event: str, tally: Counter[str], listed: str | None = None) -> None:
    from consensus.merge.link import link_model

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, None)
    threshold = link_model().threshold
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    feats = trace.feats
    n = 0
    for (i, j), p in sorted(trace.prob.items()):
        if p < threshold or feats[i].article == feats[j].article:
            continue
        status = pair_status(trace, i, j, threshold)
        if not status.startswith("veto: "):
            continue
        rule = status[6:].split(" ")[0]
        if rule == "speakers":
            rule += " " + _speaker_shape(feats[i].speaker, feats[j].speaker)
        label = _gold_label(trace, exp, loc, gold, (i,), (j,))
        kind = " + ".join(k.split(" ")[0] for k in label.split(" + "))
        tally[f"{rule:28s} gold: {kind.replace('same', 'same fact')}"] += 1
        n += 1
        if listed is not None and rule.startswith(listed):
            a, b = feats[i], feats[j]
            print(f"  {event}: {rule} p={p:.3f} {label}")
            print(f"    [{i}] {a.speaker!r}: {_start(a.claim.statement)}")
            print(f"    [{j}] {b.speaker!r}: {_start(b.claim.statement)}")
    print(f"== {event}: {n} vetoed pairs (threshold {threshold:.3f})")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--madeup", action="store_true", help="every made-up cluster with gold")
    ap.add_argument(
        "--list",
        metavar="RULE",
        help="list each vetoed pair whose rule starts so ('speakers name+name'): the two"
        " speakers, the link probability, the gold's label and short starts",
    )
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    for event in args.events or (tunable(madeup()) if args.madeup else events()):
        census(event, tally, args.list)
    print("== vetoed pairs by rule and what the gold says of them")
    for k, v in sorted(tally.items(), key=lambda kv: (kv[0], -kv[1])):
        print(f"  {v:5d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
