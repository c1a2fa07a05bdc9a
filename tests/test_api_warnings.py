"""Warnings as an editorial tool and a daily brief job read them (bench/apiwarn62.py sweeps
the full list): a cache that cannot be opened or cannot store a result, a loose file beside
story folders. Each is one line naming its input, with the same text on the CLI's stderr
(after "warning: "), in `Report.warnings` / the report JSON, in extract's JSON, and in a
batch's index.json and each story's report.

Offline extractor; the records are tests/test_bad_feeds.py's invented stories. The cache
faults are made in process: a file where the cache directory should be, a database file
that is not SQLite, a store that fails for the first result (as a full disk does).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_bad_feeds import _cli, _feed, _records

from consensus import api
from consensus.batching import batch
from consensus.cache import ClaimCache
from consensus.errors import CacheError, UsageError

FULL = "cannot write: database or disk is full"


@pytest.fixture
def store_fails_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The cache's first store raises CacheError (a full disk); later ones work."""
    original = ClaimCache.set
    calls = []

    def failing(self: ClaimCache, key: str, claim_set: Any) -> None:
        calls.append(key)
        if len(calls) == 1:
            raise CacheError(f"cache directory {self.directory}: {FULL}")
        original(self, key, claim_set)

    monkeypatch.setattr(ClaimCache, "set", failing)
    yield
    assert calls, "no result was stored: the fault was never met"


def _feed_file(tmp_path: Path, records: list[dict[str, Any]] | None = None) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text(_feed(records if records is not None else _records()[:3]), encoding="utf-8")
    return path


def _warnings(stderr: str) -> list[str]:
    return [x.removeprefix("warning: ") for x in stderr.splitlines() if x.startswith("warning: ")]


def test_a_result_the_cache_could_not_store_is_a_report_warning(
    tmp_path: Path, store_fails_once: None
) -> None:
    report = api.summarize(_feed_file(tmp_path), cache_dir=tmp_path / "cache")
    assert [a.id for a in report.articles] == ["harbor-1", "harbor-2", "harbor-3"]
    assert report.warnings == (
        f"cache directory {tmp_path / 'cache'}: {FULL}; 1 result not cached (used all the same)",
    )


def test_the_cli_json_report_holds_the_cache_lines_it_prints(
    tmp_path: Path, store_fails_once: None
) -> None:
    feed = _feed_file(tmp_path)
    result = _cli("summarize", feed, "-f", "json", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    printed = _warnings(result.stderr)
    assert len(printed) == 1 and "1 result not cached (used all the same)" in printed[0]
    assert json.loads(result.stdout)["warnings"] == printed


def test_extract_json_holds_the_warnings_it_prints(tmp_path: Path, store_fails_once: None) -> None:
    rows = [dict(r) for r in _records()[:3]]
    rows[1]["published"] = "sometime last week"
    feed = _feed_file(tmp_path, rows)
    result = _cli("extract", feed, "-f", "json", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    printed = _warnings(result.stderr)
    assert len(printed) == 2, printed  # the date, and the result not cached
    assert sorted(json.loads(result.stdout)["warnings"]) == sorted(printed)


def test_extract_json_without_warnings_has_no_warnings_key(tmp_path: Path) -> None:
    result = _cli("extract", _feed_file(tmp_path), "-f", "json", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert "warnings" not in json.loads(result.stdout)


def test_a_file_where_the_cache_should_be_is_named_as_such_in_the_json(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked-locked" / "cache"  # ("locked" in the path is no lock)
    blocked.parent.mkdir()
    blocked.write_text("not a directory\n", encoding="utf-8")
    result = _cli("summarize", _feed_file(tmp_path), "-f", "json", "--cache-dir", blocked)
    assert result.exit_code == 0, result.stderr
    line = (
        f"cache directory {blocked}: a file is in the way (not a directory); "
        "running without the cache"
    )
    assert _warnings(result.stderr) == [line]
    assert json.loads(result.stdout)["warnings"] == [line]


def test_a_bad_cache_database_moved_aside_is_in_the_cli_json(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "cache.db").write_bytes(b"this is not a database\n" * 100)
    result = _cli("summarize", _feed_file(tmp_path), "-f", "json", "--cache-dir", cache)
    assert result.exit_code == 0, result.stderr
    printed = _warnings(result.stderr)
    assert len(printed) == 1 and "unreadable cache database moved to" in printed[0]
    assert json.loads(result.stdout)["warnings"] == printed


def test_nothing_readable_says_why(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no readable articles in .*: record's text field is"):
        api.summarize([{"id": f"e{n}", "text": ""} for n in range(3)], use_cache=False)
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    result = _cli("summarize", tmp_path, "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(": empty file"), result.stderr


def _story_folders(root: Path) -> Path:
    for record in _records():
        folder = root / record["story"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")
    return root


def _index(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return data


def _report_warnings(out: Path, story: str) -> list[str]:
    path = out / "stories" / story / "report.json"
    return list(json.loads(path.read_text(encoding="utf-8")).get("warnings", []))


def test_a_loose_file_warning_reaches_index_json_and_stderr(tmp_path: Path) -> None:
    root = _story_folders(tmp_path / "in")
    (root / "stray.json").write_text(json.dumps(_records()[0]), encoding="utf-8")
    result = _cli("batch", root, "-o", tmp_path / "out", "--no-cache")
    assert result.exit_code == 0, result.stderr
    line = f"{root / 'stray.json'}: not inside a story folder; ignored"
    assert _warnings(result.stderr) == [line]
    assert _index(tmp_path / "out")["warnings"] == [line]
    clean = _story_folders(tmp_path / "clean")  # (no warning: no key, the bytes as before)
    batch(clean, tmp_path / "out2", use_cache=False)
    index = _index(tmp_path / "out2")
    assert "warnings" not in index and all("warnings" not in s for s in index["stories"])


@pytest.mark.parametrize("fault", ["not_sqlite", "file_in_the_way"])
def test_a_cache_fault_is_in_the_batch_index_and_every_story_report(
    tmp_path: Path, fault: str
) -> None:
    cache = tmp_path / "cache"
    if fault == "not_sqlite":
        cache.mkdir()
        (cache / "cache.db").write_bytes(b"this is not a database\n" * 100)
        start = f"unreadable cache database moved to {cache}"
    else:
        cache.write_text("not a directory\n", encoding="utf-8")
        start = f"cache directory {cache}: a file is in the way"
    out = tmp_path / "out"
    result = batch(_story_folders(tmp_path / "in"), out, cache_dir=cache)
    (line,) = result.warnings
    assert line.startswith(start)
    assert _index(out)["warnings"] == [line]
    assert _report_warnings(out, "harbor") == [line] == _report_warnings(out, "council")


def test_a_result_a_batch_could_not_cache_is_the_story_s_warning(
    tmp_path: Path, store_fails_once: None
) -> None:
    out = tmp_path / "out"
    result = _cli(
        "batch", _story_folders(tmp_path / "in"), "-o", out, "--cache-dir", tmp_path / "c"
    )
    assert result.exit_code == 0, result.stderr
    stories = {s["id"]: s.get("warnings", []) for s in _index(out)["stories"]}
    (story,) = [sid for sid, lines in stories.items() if lines]  # the one whose store failed
    (line,) = stories[story]
    assert FULL in line and line.endswith("1 result not cached (used all the same)")
    assert _warnings(result.stderr) == [f"story {story}: {line}"]
    assert _report_warnings(out, story) == [line]
    # a re-run skips the done story and still says what its report says
    again = _cli("batch", tmp_path / "in", "-o", out, "--cache-dir", tmp_path / "c")
    assert "2 skipped" in again.stderr and _warnings(again.stderr) == [f"story {story}: {line}"]
