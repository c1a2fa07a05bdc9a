"""A huge article, offline: `consensus extract` on a 1 MB and a 10 MB synthetic news text.

    python bench/huge_article.py [--sizes 1,10] [--summarize]

Each size runs as its own child process (`python -m consensus extract FILE seed --no-cache`),
one after the other in this one run, so the figures sit side by side under the same load. It
prints the wall time, the peak memory of the child, the claims and parts, and the time per MB
against the 1 MB run (about 1x when the chunked rules stay linear). The text is the same
generator tests/test_bad_inputs.py extracts at 1.2 MB (bench/_common.py `big_story`).
Budget: 10 MB in <= 300 s on one shared core (the rules unchunked took ~170 s in session 5).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT, big_story

BUDGET_10MB_S = 300.0
SEED = ROOT / "seeds" / "004_ac2ca82ab765c95e.txt"


# The child runs under a small parent that prints its peak memory, so each size's figure is
# its own (RUSAGE_CHILDREN here would keep the largest of all runs so far).
_PEAK = (
    "import resource, subprocess, sys; "
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True); "
    "sys.stdout.write(done.stdout); "
    "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))"
)


_FLAGS = ("-f", "json", "--no-cache")


def _run(path: Path, command: str) -> tuple[float, float, dict[str, int]]:
    start = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-c", _PEAK, PYTHON, "-m", "consensus", command, str(path), str(SEED), *_FLAGS],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    figures = {"claims": 0, "parts": 0}
    if command == "extract":
        huge = json.loads(done.stdout)["claim_sets"][0]
        figures["claims"] = len(huge["claims"])
        for warning in huge["warnings"]:
            if "parts of <=" in warning:
                figures["parts"] = int(warning.split("extracted in ")[1].split()[0])
    return elapsed, int(done.stderr.strip().splitlines()[-1]) / 1024, figures


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated")
    ap.add_argument("--summarize", action="store_true", help="also time the full summarize")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    commands = ["extract", "summarize"] if args.summarize else ["extract"]
    print(f"{'command':10} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'claims':>7} parts")
    per_mb: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"huge_{size:g}mb.txt"
            path.write_text(big_story(int(size * 1024 * 1024)), encoding="utf-8")
            for command in commands:
                elapsed, peak, figures = _run(path, command)
                rate = elapsed / size
                per_mb.setdefault(command, rate)
                ratio = rate / per_mb[command]
                verdict = ""
                if command == "extract" and size == 10:
                    verdict = "ok" if elapsed <= BUDGET_10MB_S else "MISSED"
                    verdict = f"  (budget {BUDGET_10MB_S:.0f} s: {verdict})"
                print(
                    f"{command:10} {size:5g} {elapsed:8.1f} {rate:6.1f} {peak:8.0f} "
                    f"{figures['claims']:7} {figures['parts']:5}  x{ratio:.2f} per MB of the "
                    f"first size{verdict}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
