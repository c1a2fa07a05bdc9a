"""CPU seconds of every n-th tunable made-up cluster through the offline extractor and
`build_report` (as tests/shared_reports.py runs them), and a digest of what they made.

Run from a tree's root: PYTHONPATH=.:bench .venv/bin/python bench/speed73/ab_clusters.py [N]
(every N-th tunable cluster, default 24). Alternate two trees' runs on a shared machine and
compare the seconds; the digests must be equal (the same articles, claims and reports).
With --profile FILE, a cProfile of the run is written to FILE.
"""

from __future__ import annotations

import cProfile
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import shared_reports  # noqa: E402
from quality_lib import madeup, tunable  # noqa: E402


def run(names: list[str]) -> str:
    digest = hashlib.sha256()
    for name in names:
        extraction, report = shared_reports._run_madeup(f"madeup-{name}")
        digest.update(extraction.model_dump_json().encode())
        digest.update(report.model_dump_json().encode())
    return digest.hexdigest()[:16]


def main(argv: list[str]) -> int:
    profile = None
    if "--profile" in argv:
        at = argv.index("--profile")
        profile = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    every = int(argv[0]) if argv else 24
    names = tunable(madeup())[::every]
    start = time.process_time()
    if profile:
        prof = cProfile.Profile()
        digest = prof.runcall(run, names)
        prof.dump_stats(profile)
    else:
        digest = run(names)
    print(f"{len(names)} clusters {time.process_time() - start:.1f} s cpu {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
