"""bench/floors.py: the made-up floors a lead sets, compared and written back into the test."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import floors  # noqa: E402
from quality_lib import held_out  # noqa: E402

BEFORE = "ROW a agreed_found=3 split_facts=2\nROW b agreed_found=1 split_facts=0\n"
BEFORE += "TOTAL agreed_found 4\nTOTAL split_facts 2\n"
AFTER = "ROW a agreed_found=4 split_facts=2\nROW b agreed_found=1 split_facts=0\n"
AFTER += "TOTAL agreed_found 5\nTOTAL split_facts 2\n"


def test_compare_names_the_moved_total_and_cluster_only() -> None:
    lines = floors.compare(BEFORE, AFTER)
    assert "agreed_found         4 -> 5  (+1)" in lines
    assert "split_facts          2 -> 2" in lines
    assert [x for x in lines if x.startswith(("a ", "b "))] == ["a agreed_found:3->4"]


def test_set_floors_rewrites_moved_asserts_under_a_label() -> None:
    source = "\n".join(
        [
            "def test_x() -> None:",
            '    assert total("agreed_found") >= 4, shown("agreed_missed")',
            '    assert total("split_facts") <= 2',
            "    assert right >= 10 and wrong <= 3, shown('x')",
        ]
    )
    tot = {"agreed_found": 5, "split_facts": 2, "gold_right": 11, "gold_wrong": 3}
    text, moved = floors.set_floors(source, tot, "session 0 (lead): a try")
    assert moved == ["agreed_found 4 -> 5", "speakers 10/3 -> 11/3"]
    assert text.split("\n") == [
        "def test_x() -> None:",
        "    # session 0 (lead): a try",
        '    assert total("agreed_found") >= 5, shown("agreed_missed")',
        '    assert total("split_facts") <= 2',
        "    # session 0 (lead): a try",
        "    assert right >= 11 and wrong <= 3, shown('x')",
    ]


def test_every_figure_the_test_guards_is_measured() -> None:
    source = floors.TEST.read_text(encoding="utf-8")
    guarded = {m[2] for m in (floors._TOTAL.match(x) for x in source.split("\n")) if m}
    assert guarded == set(floors.FIELDS)
    assert any(floors._SPEAKERS.match(x) for x in source.split("\n"))


def test_a_measured_row_sums_to_its_total() -> None:
    per = floors.rows(["football"])
    assert floors.totals(per.values()) == per["football"]
    assert per["football"]["agreed_total"] > 0


def test_held_blocks_hold_every_held_out_name_once() -> None:
    blocks = floors.held_blocks()
    names = [n for block in blocks.values() for n in block]
    assert sorted(names) == sorted(held_out())
