"""bench/devagreed69.tsv (session 69): each line is one missed agreed fact of a dev cluster,
named by the cluster's place in bench/quality.py's order and the fact's position in its gold
"agreed" list (the ids name people and places), with the step that loses it and, for the
facts inside a longer claim, the shape of the piece that holds them; the header's tallies
count the lines. Reads no article text."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from test_devagreed64 import dev_agreed_count, tsv_rows  # noqa: E402

TSV = ROOT / "bench" / "devagreed69.tsv"
SHAPES = {"attribution frame", "paraphrase", "comma between adjectives", "time phrase", "other"}


def test_every_line_is_a_gold_position_once() -> None:
    _, rows = tsv_rows(TSV)
    seen = set()
    for row in rows:
        assert len(row) == 7, row
        cluster, pos = int(row[0]), int(row[1])
        assert 1 <= pos <= dev_agreed_count(cluster), row
        assert (cluster, pos) not in seen, row
        seen.add((cluster, pos))


def test_the_long_claim_facts_have_a_shape_and_the_tallies_count_the_lines() -> None:
    header, rows = tsv_rows(TSV)
    shapes = Counter(r[6].split(":")[0] for r in rows if r[2] == "long claim")
    assert set(shapes) <= SHAPES
    assert all(r[6] == "-" for r in rows if r[2] != "long claim")
    tally = next(h for h in header if h.startswith("# tally long claim: "))
    for shape, n in shapes.items():
        assert re.search(rf"{re.escape(shape)} {n}\b", tally), (shape, n)
    steps = Counter(r[2] for r in rows)
    missed = next(h for h in header if h.startswith("# tally missed: "))
    for step, n in steps.items():
        assert re.search(rf"{re.escape(step)} {n}\b", missed), (step, n)
    assert f"(of {len(rows)})" in missed
