"""Bad feeds as a crawler writes them (bench/badinput60.py sweeps the full list): each bad
record is named in one line, the others are read, and nothing is lost silently.

Every case runs the real CLI in-process (typer's CliRunner) over a small invented feed, with
the offline extractor and no cache.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import Result
from typer.testing import CliRunner

from consensus.cli import app

runner = CliRunner()

_BODIES = {
    "harbor": (
        "The ferry Arlen Star ran aground outside the port of Velmora on Tuesday morning, "
        "the harbor authority said. All 212 passengers were taken off by lifeboats and no "
        "one was hurt. Captain Oda Renfrew told reporters the tide had been lower than the "
        "charts showed. Salvage crews expect to refloat the ship on Thursday."
    ),
    "council": (
        "The Brackwell town council voted 7 to 2 on Monday to close the old library on Fen "
        "Street. Mayor Ilse Marrow said the building needs repairs the town cannot pay for. "
        "Residents who opposed the plan said they would collect signatures for a vote. The "
        "books will move to the school annex next spring."
    ),
}


def _records() -> list[dict[str, Any]]:
    """Three outlets per story; story ids "harbor" and "council"."""
    out = []
    for story, body in _BODIES.items():
        for n, outlet in enumerate(("Daily Lantern", "Morning Ledger", "Evening Post"), 1):
            out.append(
                {
                    "id": f"{story}-{n}",
                    "story": story,
                    "title": f"{story.title()} report {n}",
                    "outlet": outlet,
                    "published": f"2031-04-0{n}",
                    "text": body + f" Reported by desk {n}.",
                }
            )
    return out


def _feed(records: list[Any]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _cli(*args: str | Path, input: bytes | str | None = None) -> Result:
    return runner.invoke(app, [str(a) for a in args], input=input)


def _lines(result: Result, prefix: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(prefix)]


def _extracted(result: Result) -> list[str]:
    return [cs["article"] for cs in json.loads(result.stdout)["claim_sets"]]


def _stories(out: Path) -> dict[str, dict[str, Any]]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return {s["id"]: s for s in index["stories"]}


def test_a_nul_byte_in_one_record_fails_that_record_only(tmp_path: Path) -> None:
    lines = _feed(_records()).encode("utf-8").splitlines(keepends=True)
    lines[1] = lines[1][:80] + b"\x00" + lines[1][80:]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"".join(lines))
    result = _cli("extract", feed, "-f", "json", "--no-cache")
    assert result.exit_code == 1, result.stderr
    assert _lines(result, "error:") == [f"error: {feed}:2: binary data in the record (NUL bytes)"]
    assert _extracted(result) == ["harbor-1", "harbor-3", "council-1", "council-2", "council-3"]
    out = tmp_path / "brief"
    result = _cli("batch", feed, "-o", out, "--no-cache")
    assert result.exit_code == 1, result.stderr
    assert f"error: {feed}:2: binary data in the record (NUL bytes)" in result.stderr
    stories = _stories(out)
    assert stories["harbor"]["articles"] == 2 and stories["council"]["articles"] == 3


def test_binary_data_named_jsonl_is_still_one_binary_input_error(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"".join(b'{"a": "\x00\x01"}\n' for _ in range(4)))
    result = _cli("extract", feed, "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {feed}: binary input (contains NUL bytes)"


def test_a_utf16_feed_keeps_its_story_ids_in_batch(tmp_path: Path) -> None:
    data = _feed(_records()).encode("utf-16")
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    result = _cli("batch", feed, "-o", tmp_path / "a", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert set(_stories(tmp_path / "a")) == {"harbor", "council"}
    result = _cli("batch", "-", "-o", tmp_path / "b", "--no-cache", input=data)
    assert result.exit_code == 0, result.stderr
    assert set(_stories(tmp_path / "b")) == {"harbor", "council"}


def test_utf16_on_stdin_is_decoded_like_a_file(tmp_path: Path) -> None:
    data = _feed(_records()[:3]).encode("utf-16")
    result = _cli("extract", "-", "-f", "json", "--no-cache", input=data)
    assert result.exit_code == 0, result.stderr
    assert _extracted(result) == ["harbor-1", "harbor-2", "harbor-3"]


def test_a_json_array_saved_as_jsonl_is_read_record_by_record(tmp_path: Path) -> None:
    records: list[Any] = _records()[:3]
    records.insert(1, "not a record")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(records, indent=1), encoding="utf-8")
    result = _cli("extract", feed, "-f", "json", "--no-cache")
    assert result.exit_code == 1, result.stderr
    assert _lines(result, "error:") == [f"error: {feed}#2: record is a JSON string, not an object"]
    assert _extracted(result) == ["harbor-1", "harbor-2", "harbor-3"]


def test_bad_records_are_named_in_json_terms(tmp_path: Path) -> None:
    records: list[Any] = _records()[:3]
    records[0] = None
    records[1] = {**records[1], "text": 12}
    records[2] = {**records[2], "text": ""}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed([*records, *_records()[3:]]), encoding="utf-8")
    result = _cli("extract", feed, "-f", "json", "--no-cache")
    assert result.exit_code == 1, result.stderr
    assert _lines(result, "error:") == [
        f"error: {feed}:1: record is a JSON null, not an object",
        f"error: {feed}:2: record's text field is a JSON number, not a string",
        f"error: {feed}:3: record's text field is empty",
    ]
    assert _extracted(result) == ["council-1", "council-2", "council-3"]


def test_unusable_metadata_is_warned_per_record_and_the_article_kept(tmp_path: Path) -> None:
    records = _records()[:3]
    records[0] = {**records[0], "published": "sometime last week"}
    records[1] = {**records[1], "title": 7, "published": -5}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed(records), encoding="utf-8")
    result = _cli("extract", feed, "-f", "json", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert _lines(result, "warning:") == [
        f"warning: {feed}:1: published 'sometime last week' does not read as a date; "
        "the article is undated",
        f"warning: {feed}:2: title field is a JSON number, not a string; ignored",
        f"warning: {feed}:2: published field (a JSON number) does not read as a date; "
        "the article is undated",
    ]
    assert _extracted(result) == ["harbor-1", "harbor-2", "harbor-3"]


def test_a_file_wide_decoding_guess_is_one_warning_in_summarize_and_batch(tmp_path: Path) -> None:
    records = _records()
    records[0] = {**records[0], "text": records[0]["text"].replace("reporters", "réporters")}
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_feed(records).replace("\\u00e9", "é").encode("cp1252"))
    warning = f"warning: {feed}: not valid UTF-8; decoded as cp1252 (6 records)"
    result = _cli("summarize", feed, "-f", "json", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert _lines(result, "warning:") == [warning]
    result = _cli("batch", feed, "-o", tmp_path / "brief", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert _lines(result, "warning:") == [warning]


def test_a_story_whose_articles_all_fail_names_each_of_them(tmp_path: Path) -> None:
    root = tmp_path / "stories"
    good, bad = root / "harbor", root / "broken"
    good.mkdir(parents=True)
    bad.mkdir()
    for record in _records()[:3]:
        (good / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.json").write_text("[1, 2", encoding="utf-8")
    out = tmp_path / "brief"
    result = _cli("batch", root, "-o", out, "--no-cache")
    assert result.exit_code == 1, result.stderr
    failed = _lines(result, "failed: story broken:")
    assert len(failed) == 2, result.stderr
    assert f"{bad / 'a.txt'}: empty file" in failed[0]
    assert f"{bad / 'b.json'}: invalid JSON" in failed[1]
    assert _stories(out)["harbor"]["status"] != "failed"
