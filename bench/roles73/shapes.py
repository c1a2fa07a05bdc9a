"""Session 73 census of the role facts roles72 left missed (bench/roles72.tsv rows "missed"):
for each gold anchor, the sentence around it and the role claims ("<Name> is <role>.") the
offline extractor makes there. Tunable clusters only (the facts come from bench/roles72.tsv,
written over the tunable clusters).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/roles73/shapes.py [TSV] > out.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quality_lib import MADEUP_GOLD, gold_cluster, tunable

from consensus.offline import extract_offline


def main() -> None:
    tsv = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/roles72.tsv")
    rows = [r.split("\t") for r in tsv.read_text(encoding="utf-8").splitlines()[1:]]
    rows = [r for r in rows if len(r) >= 5 and r[4 - 1] != "found" and r[1] != "(dispute)"]
    allowed = set(tunable([r[0] for r in rows]))
    for event, fid, *_rest in rows:
        if event not in allowed:
            continue
        exp = json.loads((MADEUP_GOLD / event / "expectations.json").read_text("utf-8"))
        fact = next(f for f in exp["agreed"] if f["id"] == fid)
        print(f"== {event} {fid}: {fact['label']}")
        articles = {a.id: a for a in gold_cluster(event)[0]}
        for aid, anchor in sorted(fact["anchors"].items()):
            art = articles[aid]
            text = art.text
            at = text.find(anchor)
            print(f"  [{aid}] {anchor!r}")
            cs = extract_offline(art)
            for c in cs.claims:
                ev = c.evidence[0]
                if (
                    at >= 0
                    and ev.start <= at + len(anchor)
                    and ev.end >= at
                    and " is " in c.statement
                ):
                    print(f"      claim: {c.statement!r} <- {text[ev.start : ev.end][:120]!r}")


if __name__ == "__main__":
    main()
