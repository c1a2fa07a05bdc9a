"""Every negation conflict edge the contested step reads, with its `negation_meets` score
and whether the veto kept it (session 65, nogold65).

Runs the tunable made-up clusters (or the named ones) as `bench/quality.py` scores them,
with `verdicts.meets` wrapped to write one row per negation edge read: cluster, score
("-" when no read), kept, the negated concept, the two statements. Rows go to stdout
after the per-cluster floors rows (the same JSON as the lead's floors tool).

Held-out clusters are never read (names come from `tunable(madeup())`).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/nogold65.py [names...] > out.txt
(`NG_CUT=0.4` tries another `MEET_AT`).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from quality import score_madeup
from quality_lib import madeup, tunable

import consensus.merge.negation_meets as nm
import consensus.merge.verdicts as verdicts

nm.MEET_AT = float(os.environ.get("NG_CUT", nm.MEET_AT))
_LOG = Path(tempfile.gettempdir()) / "nogold65_edges"
_CURRENT = [""]
_meets = nm.meets


def _logged(conflict: str, a: str, b: str, vec: nm.Vec) -> bool:
    ok = _meets(conflict, a, b, vec)
    if conflict.startswith("negation: not "):
        c = conflict.removeprefix("negation: not ").strip()
        s = nm.meet_score(a, b, c, vec) if c and " " not in c else None
        row = [
            _CURRENT[0],
            "-" if s is None else f"{s:.3f}",
            str(ok),
            c,
            *(" ".join(x.split()) for x in (a, b)),
        ]
        with (_LOG / f"{os.getpid()}.tsv").open("a", encoding="utf-8") as fh:
            fh.write("\t".join(row) + "\n")
    return ok


verdicts.meets = _logged  # type: ignore[assignment]
FIELDS = ["agreed_found", "disputes_found", "points_unconfirmed", "agreed_mixed", "sides_mixed"]


def _row(name: str) -> tuple[str, dict[str, int]]:
    _CURRENT[0] = name
    s = score_madeup(name)
    return name, {f: getattr(s, f) for f in FIELDS}


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or tunable(madeup())
    _LOG.mkdir(exist_ok=True)
    for old in _LOG.glob("*.tsv"):
        old.unlink()
    with ProcessPoolExecutor(2) as ex:
        rows = dict(ex.map(_row, names, chunksize=4))
    for n in names:
        print(n + " " + json.dumps(rows[n]))
    for path in sorted(_LOG.glob("*.tsv")):
        print(path.read_text(encoding="utf-8"), end="")


if __name__ == "__main__":
    main()
