"""bench/devagreed64.tsv (session 64): each line is one missed agreed fact of a dev cluster,
named by the cluster's place in bench/quality.py's order and the fact's position in its gold
"agreed" list (the ids name people and places), with one cause of the file's vocabulary, and
the header's tally is the count of the lines. Reads no article text."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import events  # noqa: E402

TSV = ROOT / "bench" / "devagreed64.tsv"
CAUSES = {
    "long claim",
    "worded apart",
    "below threshold",
    "join refused",
    "a dispute side",
    "no claim",
    "gold questionable",
    "one group, one origin",
}


@cache
def dev_agreed_count(cluster: int) -> int:
    """How many agreed facts the gold of the dev cluster at `cluster` (1-based, in
    bench/quality.py's order) lists."""
    gold = ROOT / "tests" / "data" / "dev" / events()[cluster - 1] / "expectations.json"
    return len(json.loads(gold.read_text(encoding="utf-8"))["agreed"])


def tsv_rows(tsv: Path) -> tuple[list[str], list[list[str]]]:
    """A census table's comment lines and its rows (tab-split, the column names left out)."""
    lines = tsv.read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")][1:]  # (column names)
    return header, rows


def _rows() -> tuple[list[str], list[list[str]]]:
    return tsv_rows(TSV)


def test_every_line_is_a_gold_position_with_a_known_cause() -> None:
    _, rows = _rows()
    assert rows, "no lines"
    seen = set()
    for row in rows:
        assert len(row) == 5, row
        cluster, pos, cause = int(row[0]), int(row[1]), row[2]
        assert 1 <= pos <= dev_agreed_count(cluster), row
        assert cause in CAUSES, row
        assert (cluster, pos) not in seen, row
        seen.add((cluster, pos))


def test_the_tally_line_counts_the_lines() -> None:
    header, rows = _rows()
    tally = next(h for h in header if h.startswith("# tally: "))
    counted = Counter(r[2] for r in rows)
    for cause, n in counted.items():
        assert re.search(rf"{re.escape(cause)} {n}\b", tally), (cause, n)
    assert f"(of {len(rows)})" in tally
