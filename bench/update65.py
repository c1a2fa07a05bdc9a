"""Census of update disputes (gold `kind: update`) over the tunable made-up clusters: for each,
whether the report finds it, whether a side of it is mixed, and the update sentences (one
sentence telling the old and the new figure: "19, up from the 14 it reported") among its
anchors. Writes bench/update65.tsv (cluster, gold id, found, mixed, bridge sentence).

    PYTHONPATH=.:bench .venv/bin/python bench/update65.py [cluster ...] > bench/update65.tsv
"""

from __future__ import annotations

import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor

from quality import score_madeup
from quality_lib import MADEUP_GOLD, madeup, tunable

# one sentence telling an old and a new value: the shapes session 65 grepped for
BRIDGE = re.compile(
    r"\b(?:up|down)\s+from\b|\b(?:rose|risen|raised|revised|corrected|lowered)\b[^.]{0,60}"
    r"\b(?:from|to)\b|\binitially\b|\bfirst (?:put|reported|gave)\b|\bhad (?:earlier |"
    r"initially |previously )?(?:said|given|put)\b|\bnot\s+(?:the\s+)?\d|\brather than\b|"
    r"\bearlier\b|\bfrom\s+[\d,.]+\s+to\s+[\d,.]+",
    re.IGNORECASE,
)


def _row(name: str) -> list[str]:
    exp = json.loads((MADEUP_GOLD / name / "expectations.json").read_text())
    updates = [d for d in exp.get("contested", []) if d.get("kind") == "update"]
    if not updates:
        return []
    s = score_madeup(name)
    mixed = {m.split(":", 1)[0] for m in s.sides_mixed_items}
    out = []
    for d in updates:
        texts = [t for side in d["sides"] for t in side["anchors"].values()]
        texts += [t for side in d["sides"] for _a, t in side.get("also", [])]
        bridges = [t for t in texts if BRIDGE.search(t) and len(re.findall(r"\d", t)) >= 2]
        found = "missed" if d["id"] in s.disputes_missed else "found"
        out.append(
            "\t".join(
                [
                    name,
                    d["id"],
                    found,
                    "mixed" if d["id"] in mixed else "",
                    (bridges[0] if bridges else "").replace("\t", " ")[:160],
                ]
            )
        )
    return out


def main() -> None:
    names = sys.argv[1:] or tunable(madeup())
    print("cluster\tgold id\tfound\tmixed side\tbridge anchor")
    with ProcessPoolExecutor(2) as ex:
        for rows in ex.map(_row, names, chunksize=4):
            for r in rows:
                print(r)


if __name__ == "__main__":
    main()
