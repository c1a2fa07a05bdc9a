"""Session 72 census of role facts (bench/roles72.tsv): over the tunable made-up clusters, the
gold agreed facts that state a person's role or title ("<Name> is the union's general
secretary"), found by their label's shape, and whether the report finds each (bench/quality.py
scoring). Also lists contested points whose label reads as a role dispute.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/roles72/census.py [--jobs N] > bench/roles72.tsv
"""

from __future__ import annotations

import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor

from quality import score_madeup
from quality_lib import MADEUP_GOLD, madeup, tunable

ROLE_LABEL = re.compile(
    r"^(?:(?:Dr\.?|Councillor|Major|Professor) )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* "
    r"(?:is|was) (?:the |a |an )?(?:former )?[\w' -]*?\b(?:secretary|director|leader|chair"
    r"|president|minister|spokes\w+|officer|manager|organi[sz]er|rep|executive|councillor"
    r"|mayor|inspector|governor|captain|member|general|lawyer|solicitor|auditor|analyst"
    r"|nurse|chief|head)\b"
)


def role_facts(event: str) -> list[dict[str, object]]:
    exp = json.loads((MADEUP_GOLD / event / "expectations.json").read_text(encoding="utf-8"))
    return [f for f in exp.get("agreed", []) if ROLE_LABEL.match(f.get("label", ""))]


def role_disputes(event: str) -> list[str]:
    exp = json.loads((MADEUP_GOLD / event / "expectations.json").read_text(encoding="utf-8"))
    return [
        p["id"] + " | " + p.get("label", "")
        for p in exp.get("contested", [])
        if re.search(r"\b(role|title|job|position)\b", p.get("label", ""), re.I)
    ]


def _one(event: str) -> list[str]:
    facts = role_facts(event)
    rows = [f"{event}\t(dispute)\t\t{d}" for d in role_disputes(event)]
    if not facts:
        return rows
    s = score_madeup(event)
    missed = {m.split(" ")[0]: m for m in s.agreed_missed}
    for f in facts:
        fid = str(f["id"])
        found = "missed" if fid in missed else "found"
        if fid in missed and "dispute" in missed[fid]:
            found = "missed (in a dispute)"
        rows.append(f"{event}\t{fid}\t{found}\t{f['label']}")
    return rows


def main() -> None:
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 1
    events = [e for e in tunable(madeup()) if role_facts(e) or role_disputes(e)]
    print("cluster\tfact\tfound\tlabel")
    with ProcessPoolExecutor(jobs) as ex:
        for rows in ex.map(_one, events):
            for r in rows:
                print(r, flush=True)


if __name__ == "__main__":
    main()
