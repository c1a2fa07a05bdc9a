"""The Python API and batch's planner as an editorial tool and a daily job call them
(bench/apiwarn61.py sweeps the full list): every input form is read or named in one line,
and what was noticed without losing an article reaches `Report.warnings`.

Offline extractor, no cache; the records are tests/test_bad_feeds.py's invented stories.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from test_bad_feeds import _cli, _feed, _records

from consensus import api
from consensus.batching import plan_batch
from consensus.errors import InputError, UsageError
from consensus.ingest import load_articles
from consensus.render import render


def _summarize(inputs: Any) -> Any:
    return api.summarize(inputs, use_cache=False)


def test_dict_records_are_read_and_a_bad_one_is_named() -> None:
    harbor = _records()[:3]
    report = _summarize([harbor[0], {"id": "x", "title": "No body"}, *harbor[1:]])
    assert [a.id for a in report.articles] == ["harbor-1", "harbor-2", "harbor-3"]
    assert [(f.article, f.kind) for f in report.failures] == [("<records>#2", "input")]
    assert "record has no text field" in report.failures[0].error


def test_a_failed_input_is_named_once_in_the_report() -> None:
    """The failure's `article` names the input; its error says only what is wrong, so the
    report's Failures line does not print the input's name twice."""
    harbor = _records()[:3]
    report = _summarize([harbor[0], {"id": "x", "title": "No body"}, *harbor[1:]])
    (failure,) = report.failures
    assert failure.error.startswith("record has no text field")
    line = next(x for x in render(report, "md").splitlines() if "(input)" in x)
    assert line.count("<records>#2") == 1, line


def test_a_single_path_is_one_input_not_its_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl").write_text(_feed(_records()[:3]), encoding="utf-8")
    ids = ["harbor-1", "harbor-2", "harbor-3"]
    for given in ("feed.jsonl", Path("feed.jsonl")):
        report = _summarize(given)
        assert [a.id for a in report.articles] == ids
        assert not report.failures
        assert [a.id for a in load_articles(given)] == ids  # (typed as a list; called with one)
        assert [a.id for a in api.read_inputs(given)[0]] == ids


def test_input_warnings_reach_the_report_its_json_and_its_pages(tmp_path: Path) -> None:
    records = _records()[:3]
    good = tmp_path / "good.jsonl"
    good.write_text(_feed(records), encoding="utf-8")
    records[1] = {**records[1], "published": "sometime last week"}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed(records), encoding="utf-8")
    plain, warned = _summarize([good]), _summarize([feed])
    assert plain.warnings == ()
    assert warned.warnings == (
        f"{feed}:2: published 'sometime last week' does not read as a date; the article is undated",
    )
    assert "warnings" not in json.loads(render(plain, "json"))  # (as before: absent when empty)
    assert json.loads(render(warned, "json"))["warnings"] == list(warned.warnings)
    # session 63 (editor63): the Markdown page shows the run's warnings too (was: JSON only)
    shown, quiet = render(warned, "md"), render(warned.model_copy(update={"warnings": ()}), "md")
    assert "1 warning (see Warnings)" in shown and "1 warning" not in quiet
    assert "sometime last week" in shown and "sometime last week" not in quiet


def test_two_articles_with_one_id_are_renamed_not_fatal(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed(_records()[:3]), encoding="utf-8")
    first, second, third = load_articles([feed])
    given = [first, second, third.model_copy(update={"id": "harbor-2"})]
    report = _summarize(given)
    assert [a.id for a in report.articles] == ["harbor-1", "harbor-2", "harbor-2-2"]
    assert len(report.warnings) == 1 and "renamed 'harbor-2-2'" in report.warnings[0]
    outcome = asyncio.run(api.arun(articles=given, summarize=True))
    assert [a.id for a in outcome.full_report().articles] == [a.id for a in report.articles]


def test_an_input_of_another_type_is_one_usage_error_naming_it(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed(_records()[:3]), encoding="utf-8")
    with pytest.raises(UsageError, match=r"^input 2 is of type int: give a path"):
        _summarize([feed, 42])


@pytest.mark.parametrize(
    ("wrapper", "story_key"),
    [
        ("", "storyId"),
        ("", "cluster_id"),
        ("", "Story-ID"),
        ("results", "story"),
        ("data", "story"),
    ],
)
def test_batch_keeps_story_ids_under_ingest_wrappers_and_key_spellings(
    tmp_path: Path, wrapper: str, story_key: str
) -> None:
    rows = [{(story_key if k == "story" else k): v for k, v in r.items()} for r in _records()]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({wrapper: rows} if wrapper else rows), encoding="utf-8")
    plan = plan_batch(feed)
    assert not plan.clustered
    assert {s.id: len(s.articles) for s in plan.stories} == {"harbor": 3, "council": 3}


def test_a_gzip_feed_is_named_as_such(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(_feed(_records()).encode("utf-8")))
    message = f"{feed}: gzip-compressed; decompress it first (inputs are read as text)"
    with pytest.raises(InputError) as caught:
        plan_batch(feed)
    assert str(caught.value) == message
    result = _cli("summarize", feed, "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {message}"
