"""Write tests/file_seconds.json: seconds each test file took, from a junit report.

    ./scripts/test --junitxml=/tmp/junit.xml
    .venv/bin/python tests/file_seconds.py /tmp/junit.xml

tests/conftest.py hands the files to the xdist workers slowest first (longest-first
scheduling: a long file started last would leave one worker running alone at the end). Only
the order matters, so a run on a busy machine serves as well as a quiet one; re-run it when
a file's cost changes much.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "file_seconds.json"


def file_seconds(junit: Path) -> dict[str, float]:
    """Seconds per test file (setup, call and teardown of its tests), slowest first."""
    per: Counter[str] = Counter()
    for case in ET.parse(junit).iter("testcase"):
        module = case.get("classname", "").split(".")
        name = next((m for m in module if m.startswith("test_")), None)
        if name is not None:
            per[f"{name}.py"] += float(case.get("time") or 0)
    return {name: round(s, 1) for name, s in per.most_common()}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: file_seconds.py JUNIT_XML", file=sys.stderr)
        return 2
    seconds = file_seconds(Path(argv[0]))
    OUT.write_text(json.dumps(seconds, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(seconds)} files, {sum(seconds.values()):.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
