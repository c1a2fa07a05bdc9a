"""bench/devagreed68.tsv (session 68): each line is one missed or split agreed fact of a dev
cluster, named by the cluster's place in bench/quality.py's order and the fact's position in
its gold "agreed" list (the ids name people and places), with one cause of the file's
vocabulary; the header's two tallies count the lines of each kind. Reads no article text."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from test_devagreed64 import dev_agreed_count, tsv_rows  # noqa: E402

TSV = ROOT / "bench" / "devagreed68.tsv"
CAUSES = {
    "not extracted",
    "extracted but cut wrong",
    "wire copy / origin issue",
    "merged into a wrong group",
    "below the bar",
    "gold debatable",
    "agreed item and dispute side",
}
VETO = re.compile(
    r"vetoed \((?:join refused|link rule|conflict): [\w /]+\)|vetoed \(bridge split\)"
)


def _rows() -> tuple[list[str], list[list[str]]]:
    return tsv_rows(TSV)


def test_every_line_is_a_gold_position_with_a_known_cause() -> None:
    _, rows = _rows()
    assert rows, "no lines"
    seen = set()
    for row in rows:
        assert len(row) == 5, row
        cluster, pos, kind, cause = int(row[0]), int(row[1]), row[2], row[3]
        assert 1 <= pos <= dev_agreed_count(cluster), row
        assert kind in ("missed", "split"), row
        assert cause in CAUSES or VETO.fullmatch(cause), row
        assert (cluster, pos) not in seen, row  # (a fact is missed or split, once)
        seen.add((cluster, pos))


def test_the_tally_lines_count_the_lines() -> None:
    header, rows = _rows()
    for kind in ("missed", "split"):
        tally = next(h for h in header if h.startswith(f"# tally {kind}: "))
        counted = Counter(r[3] for r in rows if r[2] == kind)
        for cause, n in counted.items():
            assert re.search(rf"{re.escape(cause)} {n}\b", tally), (kind, cause, n)
        assert f"(of {sum(counted.values())})" in tally
