"""The suite's own scheduling: test files go to the xdist workers slowest first."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from conftest import FILE_SECONDS, REPO, slowest_files_first


def _items(*names: str) -> list[Any]:
    return [SimpleNamespace(path=Path("tests") / f, nodeid=f"{f}::{n}") for f, n in names]


def test_files_go_slowest_first_each_keeping_its_tests_order(tmp_path: Path) -> None:
    seconds = tmp_path / "s.json"
    seconds.write_text(json.dumps({"test_a.py": 1.0, "test_b.py": 90.0, "test_c.py": 5.0}))
    items = _items(
        ("test_a.py", "1"),
        ("test_a.py", "2"),
        ("test_b.py", "1"),
        ("test_b.py", "2"),
        ("test_c.py", "1"),
        ("test_new.py", "1"),
    )
    order = [i.nodeid for i in slowest_files_first(items, seconds)]
    # test_new.py is not listed: it counts as the median file (5 s), after test_c.py
    assert order == [
        "test_b.py::1",
        "test_b.py::2",
        "test_c.py::1",
        "test_new.py::1",
        "test_a.py::1",
        "test_a.py::2",
    ]


def test_a_missing_or_broken_table_leaves_the_order(tmp_path: Path) -> None:
    items = _items(("test_a.py", "1"), ("test_b.py", "1"))
    assert slowest_files_first(items, tmp_path / "none.json") == items
    (tmp_path / "bad.json").write_text("{not json")
    assert slowest_files_first(items, tmp_path / "bad.json") == items


def test_the_table_lists_the_suite_and_the_runner_keeps_its_order() -> None:
    seconds = json.loads(FILE_SECONDS.read_text(encoding="utf-8"))
    files = {p.name for p in (REPO / "tests").glob("test_*.py")}
    # a file added since the table was written counts as the median one; many such files
    # mean the table is stale (re-write it: tests/file_seconds.py)
    assert len(files - set(seconds)) <= 10, sorted(files - set(seconds))
    # without --no-loadscope-reorder xdist sorts files by their number of tests instead
    assert "--dist loadfile --no-loadscope-reorder" in (REPO / "scripts" / "test").read_text()
