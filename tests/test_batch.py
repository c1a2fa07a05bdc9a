"""`consensus batch`: a daily brief over many stories, as a user runs it (offline extractor).

Story fixtures are built in tmp_path from real articles: the five seeds (Kursk, March 2025),
tests/data/cluster2 (Deir al-Zor, February 2018) and a single-origin story made of Reuters and
the geo.tv copy of it (two articles, one origin).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import consensus
from consensus.batching import StorySummary, index_data
from consensus.cli import app
from consensus.extract import ExtractOptions

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLUSTER2 = ROOT / "tests" / "data" / "cluster2"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENSUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CONSENSUS_MODEL", raising=False)
    monkeypatch.delenv("CONSENSUS_API_BASE", raising=False)


@pytest.fixture
def stories_dir(tmp_path: Path) -> Path:
    return _stories(tmp_path)


@pytest.fixture(scope="module")
def local_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    """The story folders, and `consensus batch` of them (local executor, a cache of its own)
    made once for the tests that only read its output: (folders, out, CLI result)."""
    work = tmp_path_factory.mktemp("brief")
    stories = _stories(work)
    out = work / "out"
    return stories, out, _run(stories, "--out", out, "--cache-dir", work / "cache")


def _stories(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    for name, files in {
        "kursk": sorted(SEEDS.glob("*.txt")),
        "syria": sorted(CLUSTER2.glob("*.txt")),
        "wire-copy": [CLUSTER2 / "01_reuters.txt", CLUSTER2 / "02_geo-tv.txt"],
    }.items():
        (root / name).mkdir(parents=True)
        for f in files:
            shutil.copy(f, root / name / f.name)
    return root


def _records(story: bool) -> Iterator[dict[str, Any]]:
    for article in consensus.load_articles([SEEDS, *sorted(CLUSTER2.glob("*.txt"))]):
        record: dict[str, Any] = {
            "id": article.id,
            "title": article.title,
            "text": article.text,
            "source": article.outlet,
            "published": article.published.isoformat() if article.published else None,
        }
        if story:
            record["story_id"] = "kursk" if article.id.startswith("00") else "Syria / Deir al-Zor"
        yield record


def _jsonl(path: Path, story: bool) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in _records(story)), encoding="utf-8")
    return path


def _run(*args: str | Path, input: str | None = None) -> Any:
    return runner.invoke(app, ["batch", *map(str, args)], input=input)


def _index(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return data


def _by_id(out: Path) -> dict[str, dict[str, Any]]:
    return {s["id"]: s for s in _index(out)["stories"]}


def _snapshot(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


# --- Story folders ---------------------------------------------------------------------------


def test_story_folders_make_a_brief_ordered_by_origins(local_brief: tuple[Path, Path, Any]) -> None:
    _, out, result = local_brief
    assert result.exit_code == 0, result.stderr
    index = _index(out)
    stories = index["stories"]
    assert [s["status"] for s in stories] == ["brief", "brief", "single_origin"]
    assert sorted(s["id"] for s in stories[:2]) == ["kursk", "syria"]
    # the brief is ordered by independent origins (desc), then id
    assert stories[:2] == sorted(stories[:2], key=lambda s: (-s["origins"], s["id"]))
    by_id = {s["id"]: s for s in stories}
    syria, kursk, wire = by_id["syria"], by_id["kursk"], by_id["wire-copy"]
    assert min(syria["origins"], kursk["origins"]) >= 2
    assert (kursk["articles"], syria["articles"]) == (5, 6)
    assert (wire["articles"], wire["origins"]) == (2, 1)  # a copy is not a second origin
    assert index["counts"] == {
        "stories": 3,
        "brief": 2,
        "single_origin": 1,
        "failed": 0,
        "articles": 13,
        "undated": 1,
        "filtered_out": 0,
        "input_errors": 0,
    }
    for story in stories:
        folder = out / "stories" / story["id"]
        assert sorted(p.name for p in folder.iterdir()) == [
            "done.json",
            "report.html",
            "report.json",
            "report.md",
        ]
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        assert len(report["articles"]) == story["articles"]
        assert len(report["agreed"]) == story["agreed"]
        top = sorted(report["agreed"], key=lambda i: -i["origins"])[:3]  # stable: merger order
        assert story["top_agreed"] == [
            {"statement": i["statement"], "origins": i["origins"]} for i in top
        ]
        assert len(story["top_contested"]) == min(2, story["contested"])
    assert syria["top_agreed"] and all(i["origins"] >= 2 for i in syria["top_agreed"])
    assert "3 stories: 2 in the brief, 1 single-origin, 0 failed" in result.stderr

    md = (out / "index.md").read_text(encoding="utf-8")
    first, second = (f"`{s['id']}`" for s in stories[:2])
    assert md.index(first) < md.index(second) < md.index("## Single-origin stories")
    assert md.index("## Single-origin stories") < md.index("`wire-copy`")
    first = syria["top_agreed"][0]
    assert f"— {first['origins']} origins" in md and f"**Agreed** ({syria['agreed']}):" in md


def test_index_links_resolve_to_files(local_brief: tuple[Path, Path, Any]) -> None:
    _, out, result = local_brief
    assert result.exit_code == 0, result.stderr
    md = (out / "index.md").read_text(encoding="utf-8")
    html = (out / "index.html").read_text(encoding="utf-8")
    md_links = re.findall(r"\]\(([^)\s]+)\)", md)
    html_links = re.findall(r'href="([^"]+)"', html)
    assert len(md_links) == len(html_links) == 9  # 3 stories x (html, md, json)
    for link in [*md_links, *html_links]:
        assert not link.startswith(("/", "http:", "https:")), link
        assert (out / link).is_file(), link
    for story in _index(out)["stories"]:
        for path in story["reports"].values():
            assert (out / path).is_file()
    # self-contained: nothing loaded from anywhere
    assert not re.search(r"<(script|link|img|iframe)\b|src=|@import|url\(", html)


def test_brief_order_unit() -> None:
    def s(id: str, origins: int, ok: bool = True) -> StorySummary:
        return StorySummary(id=id, dir=id, title=id, ok=ok, origins=origins, error=None)

    from consensus.batching import Plan

    summaries = [s("b", 3), s("a", 3), s("z", 9), s("solo", 1), s("c", 2), s("bad", 0, False)]
    index = index_data(summaries, Plan(stories=()), ExtractOptions(), min_origins=2)
    assert [x["id"] for x in index["stories"]] == ["z", "a", "b", "c", "solo", "bad"]
    index = index_data(summaries, Plan(stories=()), ExtractOptions(), min_origins=3)
    assert [x["status"] for x in index["stories"]] == [
        "brief",
        "brief",
        "brief",
        "single_origin",
        "single_origin",
        "failed",
    ]
    assert [x["id"] for x in index["stories"]][3:5] == ["c", "solo"]


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_without_story_ids_is_clustered_into_the_right_stories(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "feed.jsonl", story=False)
    out = tmp_path / "out"
    result = _run(feed, "--out", out)
    assert result.exit_code == 0, result.stderr
    stories = _index(out)["stories"]
    assert [s["status"] for s in stories] == ["brief", "brief"]
    members = {
        s["id"]: {
            a["id"]
            for a in json.loads((out / s["reports"]["json"]).read_text(encoding="utf-8"))[
                "articles"
            ]
        }
        for s in stories
    }
    assert sorted(map(sorted, members.values())) == sorted(
        [
            sorted(p.stem for p in SEEDS.glob("*.txt")),
            sorted(p.stem for p in CLUSTER2.glob("*.txt")),
        ]
    )
    assert all(sid.startswith("story-") for sid in members)


def test_jsonl_on_stdin_with_story_ids_keeps_them(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "feed.jsonl", story=True).read_text(encoding="utf-8")
    out = tmp_path / "out"
    result = _run("-", "--out", out, input=feed)
    assert result.exit_code == 0, result.stderr
    stories = _by_id(out)
    assert set(stories) == {"kursk", "Syria / Deir al-Zor"}
    odd = stories["Syria / Deir al-Zor"]
    assert re.fullmatch(r"Syria-Deir-al-Zor-[0-9a-f]{8}", odd["dir"])  # a safe directory name
    assert (out / odd["reports"]["html"]).is_file()
    assert odd["articles"] == 6 and stories["kursk"]["articles"] == 5


def test_a_feed_line_python_refuses_is_named_and_the_rest_finish(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "feed.jsonl", story=True)
    good = feed.read_text(encoding="utf-8")
    feed.write_text(
        good + '{"story_id": "kursk", "text": "x", "n": ' + "9" * 5000 + "}\n"
        '{"story_id": "kursk", "text": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = _run(feed, "--out", out)
    assert result.exit_code == 1, result.stderr
    n = good.count("\n")
    named = [ln for ln in result.stderr.splitlines() if "invalid JSON" in ln]
    assert [ln.split(": invalid JSON: ")[0].rsplit(" ", 1)[-1] for ln in named] == [
        f"{feed}:{n + 1}",
        f"{feed}:{n + 2}",
    ]
    assert "number too long" in named[0] and "nested too deeply" in named[1]
    assert (out / "stories" / "kursk" / "report.json").is_file()
    assert _by_id(out)["Syria / Deir al-Zor"]["status"] == "brief"


def test_index_escapes_article_text(tmp_path: Path) -> None:
    records = list(_records(story=True))
    for r in records:
        if r["story_id"] == "kursk":
            r["title"] = "<script>alert(1)</script> [click](https://evil.example) *bold*"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    assert _run(feed, "--out", out).exit_code == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = (out / "index.md").read_text(encoding="utf-8")
    assert "](https://evil.example)" not in md and "<script>" not in md
    assert r"\<script\>" in md and r"\*bold\*" in md


# --- Failures, resume ------------------------------------------------------------------------


def test_a_failing_story_is_listed_while_the_others_are_written(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import consensus.merge

    real_merge = consensus.merge.merge

    def merge(articles: Any, *args: Any, **kwargs: Any) -> Any:
        if any(a.id == "03_global-times" for a in articles):
            raise RuntimeError("merge exploded\nsecond line of the traceback")
        return real_merge(articles, *args, **kwargs)

    monkeypatch.setattr(consensus.merge, "merge", merge)
    out = tmp_path / "out"
    result = _run(stories_dir, "--out", out)
    assert result.exit_code == 1
    assert "failed: story syria: RuntimeError: merge exploded\n" in result.stderr
    stories = _by_id(out)
    assert stories["syria"]["status"] == "failed"
    assert stories["syria"]["error"] == "RuntimeError: merge exploded"
    assert stories["syria"]["reports"] == {}
    assert stories["kursk"]["status"] == "brief"
    assert (out / "stories" / "kursk" / "done.json").is_file()
    assert not (out / "stories" / "syria" / "done.json").exists()
    assert not (out / "stories" / "syria" / "report.md").exists()
    md = (out / "index.md").read_text(encoding="utf-8")
    assert "## Failed stories" in md and "`syria` (6 articles) — RuntimeError: merge exploded" in md
    assert [s["id"] for s in _index(out)["stories"]][-1] == "syria"

    monkeypatch.setattr(consensus.merge, "merge", real_merge)
    again = _run(stories_dir, "--out", out)
    assert again.exit_code == 0, again.stderr
    assert "1 run, 2 skipped (already done)" in again.stderr
    assert _by_id(out)["syria"]["status"] == "brief"


def test_a_story_with_a_failed_article_is_retried_and_counted(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import consensus.offline

    real_extract = consensus.offline.extract_offline
    calls: list[str] = []
    broken = {"03_global-times"}

    def flaky(article: Any) -> Any:
        calls.append(article.id)
        if article.id in broken:
            raise RuntimeError("extractor crashed")
        return real_extract(article)

    monkeypatch.setattr(consensus.offline, "extract_offline", flaky)
    out = tmp_path / "out"
    first = _run(stories_dir, "--out", out)
    assert first.exit_code == 1
    failed = [ln for ln in first.stderr.splitlines() if ln.startswith("failed:")]
    assert len(failed) == 1 and "story syria" in failed[0] and "extractor crashed" in failed[0]
    # the summary counts what the failed: lines name
    assert "0 failed, 1 incomplete (1 failed article); 3 run" in first.stderr

    broken.clear()
    calls.clear()
    again = _run(stories_dir, "--out", out)
    assert again.exit_code == 0, again.stderr
    assert "1 run, 2 skipped (already done)" in again.stderr
    assert "failed:" not in again.stderr and "incomplete" not in again.stderr
    assert calls == ["03_global-times"]  # the others of the story come from the cache
    assert _by_id(out)["syria"]["failures"] == []
    third = _run(stories_dir, "--out", out)
    assert "0 run, 3 skipped (already done)" in third.stderr


def test_a_full_disk_fails_the_story_and_leaves_no_temp_file(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real_write_bytes = Path.write_bytes

    def full_for_syria(self: Path, data: bytes) -> int:
        if self.parent.name == "syria":
            real_write_bytes(self, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_for_syria)
    out = tmp_path / "out"
    result = _run(stories_dir, "--out", out)
    assert result.exit_code == 1
    assert "failed: story syria: cannot write the story's reports:" in result.stderr
    assert "No space left on device" in result.stderr
    assert _by_id(out)["kursk"]["status"] == "brief"
    assert [p.name for p in out.rglob("*") if ".tmp" in p.name] == []


def test_a_cache_that_cannot_be_opened_is_left_out_with_a_warning(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import diskcache

    def read_only(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(diskcache, "Cache", read_only)  # as root chmod would deny nothing
    cache_dir = tmp_path / "cache"
    result = _run(stories_dir, "--out", tmp_path / "out", "--cache-dir", cache_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"warning: cache directory {cache_dir}: attempt to write a readonly database; "
        "running without the cache"
    )
    assert _index(tmp_path / "out")["counts"]["brief"] == 2


def test_resume_skips_done_stories_and_touches_nothing(
    local_brief: tuple[Path, Path, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first run is the module's plain batch (`local_brief`): its output and its cache
    # are copied here (done.json and the cache keys hold no path), so the reruns below
    # meet what a first run of their own would have left.
    stories_dir, brief_out, first = local_brief
    assert first.exit_code == 0, first.stderr
    out = tmp_path / "out"
    shutil.copytree(brief_out, out)
    cache = Path(os.environ["CONSENSUS_CACHE_DIR"])
    shutil.copytree(brief_out.parent / "cache", cache, dirs_exist_ok=True)
    before = _snapshot(out)
    time.sleep(0.01)  # so a rewrite would show in the mtimes

    import consensus.offline

    calls: list[str] = []
    real_extract = consensus.offline.extract_offline

    def counting(article: Any) -> Any:
        calls.append(article.id)
        return real_extract(article)

    monkeypatch.setattr(consensus.offline, "extract_offline", counting)
    again = _run(stories_dir, "--out", out)
    assert again.exit_code == 0, again.stderr
    assert "0 run, 3 skipped (already done)" in again.stderr
    assert _snapshot(out) == before  # not one file rewritten, none added
    assert calls == []

    (out / "stories" / "kursk" / "done.json").unlink()
    third = _run(stories_dir, "--out", out)
    assert third.exit_code == 0, third.stderr
    assert "1 run, 2 skipped (already done)" in third.stderr
    after = _snapshot(out)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {
        f"stories/kursk/{n}" for n in ("done.json", "report.html", "report.json", "report.md")
    }
    assert calls == []  # its articles came from the cache: no extraction work


def test_changed_input_or_interrupted_write_redoes_the_story(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import consensus.batching

    out = tmp_path / "out"
    real_write = consensus.batching._write_atomic

    def interrupted(path: Path, text: str) -> None:
        if path.name == "done.json" and path.parent.name == "syria":
            raise KeyboardInterrupt  # killed after the reports, before done.json
        real_write(path, text)

    monkeypatch.setattr(consensus.batching, "_write_atomic", interrupted)
    with pytest.raises(KeyboardInterrupt):
        consensus.batch(stories_dir, out)
    monkeypatch.setattr(consensus.batching, "_write_atomic", real_write)
    syria = out / "stories" / "syria"
    assert (syria / "report.json").is_file() and not (syria / "done.json").exists()

    result = consensus.batch(stories_dir, out)
    assert result.ok and result.index["counts"]["brief"] == 2
    assert (syria / "done.json").is_file()
    assert result.processed >= 1 and "syria" in {
        s["id"] for s in result.index["stories"] if s["status"] == "brief"
    }

    # an edited article changes the fingerprint: that story (only) is redone
    article = stories_dir / "wire-copy" / "02_geo-tv.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    result = consensus.batch(stories_dir, out)
    assert (result.processed, result.skipped) == (1, 2)


def test_since_and_until_filter_by_date_and_keep_undated(stories_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "since"
    result = _run(stories_dir, "--out", out, "--since", "2025-01-01")
    assert result.exit_code == 0, result.stderr
    index = _index(out)
    assert [s["id"] for s in index["stories"]] == ["kursk"]
    assert index["counts"]["articles"] == 5
    assert index["counts"]["undated"] == 1
    assert index["counts"]["filtered_out"] == 8
    assert "1 undated, kept; 8 outside --since/--until" in result.stderr

    out = tmp_path / "until"
    result = _run(stories_dir, "--out", out, "--until", "2018-02-15")
    assert result.exit_code == 0, result.stderr
    stories = _by_id(out)
    assert stories["syria"]["articles"] == 5  # Global Times is dated 2018-02-16
    assert stories["kursk"]["articles"] == 1  # only the undated seed is left
    assert stories["kursk"]["status"] == "single_origin"
    assert _index(out)["counts"]["filtered_out"] == 5


def test_usage_errors_exit_2_with_one_line(stories_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cases: list[tuple[list[str | Path], str]] = [
        ([tmp_path / "missing", "--out", out], "missing: no such file or directory"),
        ([SEEDS / "000_73d2cbd8472e204d.txt", "--out", out], "not a directory of story folders"),
        ([stories_dir, "--out", out, "--since", "yesterday"], "--since must be a date"),
        ([stories_dir, "--out", out, "--since", "2025-02-01", "--until", "2025-01-01"], "after"),
        ([stories_dir, "--out", SEEDS / "000_73d2cbd8472e204d.txt"], "is not a directory"),
        ([stories_dir / "syria", "--out", out, "--since", "2030-01-01"], "no articles in the date"),
        ([stories_dir, "--out", out, "--api-base", "http://127.0.0.1:1/v1"], "--api-base needs"),
    ]
    for args, message in cases:
        result = _run(*args)
        assert result.exit_code == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert _run(stories_dir).exit_code == 2  # --out is required
    assert not out.exists()


def test_missing_ray_is_a_one_line_usage_error(
    stories_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    result = _run(stories_dir, "--out", tmp_path / "out", "--executor", "ray")
    assert result.exit_code == 2
    assert result.stderr == "error: ray is not installed: pip install 'consensus[ray]'\n"


def test_python_api_after_importing_the_module(stories_dir: Path, tmp_path: Path) -> None:
    import consensus.batching

    seen: list[tuple[int, int, str, str]] = []
    result = consensus.batch(
        stories_dir, tmp_path / "out", min_origins=99, progress=lambda *a: seen.append(a)
    )
    assert isinstance(result, consensus.batching.BatchResult) and result.ok
    assert [(s["id"], s["status"]) for s in result.index["stories"]] == [
        ("kursk", "single_origin"),  # below --min-origins: listed apart, by id
        ("syria", "single_origin"),
        ("wire-copy", "single_origin"),
    ]
    assert sorted(x[1] for x in seen) == [3, 3, 3] and seen[-1][0] == 3


# --- Ray -------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_ray_writes_the_same_bytes_as_local(
    local_brief: tuple[Path, Path, Any], tmp_path: Path
) -> None:
    # Not skipped when ray is missing: ray is in the `test` extra, and CI must run this.
    import ray  # noqa: F401

    stories, local, result = local_brief
    assert result.exit_code == 0, result.stderr
    distributed = tmp_path / "ray"
    start = time.perf_counter()
    result = _run(
        stories, "--out", distributed, "--executor", "ray", "--cache-dir", tmp_path / "c2"
    )
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.stderr
    files = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.is_file())
    assert files == sorted(
        str(p.relative_to(distributed)) for p in distributed.rglob("*") if p.is_file()
    )
    assert len(files) == 3 + 3 * 4
    for name in files:
        assert (local / name).read_bytes() == (distributed / name).read_bytes(), name
    print(f"ray batch of 3 stories: {elapsed:.1f} s")  # shown with pytest -s / -rA
    assert elapsed < 120
    assert os.listdir(tmp_path / "c2")  # the workers used the on-disk cache


# --- Contested lines in the brief (issue 8, session 6) ----------------------------------------

DEV = ROOT / "tests" / "data" / "dev"


def _two_stories(tmp_path: Path) -> Path:
    """A feed of two stories: the tram crash cluster, whose toll point counts killed and trapped
    (two slots), and a two-outlet story written here whose one point disputes a count."""
    lines = [
        json.dumps({**json.loads(line), "story_id": "tram"})
        for line in (DEV / "croydon_tram_crash" / "articles.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    # (about 60 against more than 40 agrees since session 73: a bound met is no dispute)
    fire = (("Daily Ledger", "More than 40"), ("Courier", "About 25"))
    for n, (outlet, count) in enumerate(fire):
        text = (
            "A fire broke out at a warehouse in the harbour on Thursday night. "
            f"{count} firefighters fought the blaze for six hours, the fire service said."
        )
        record = {"story_id": "fire", "id": f"fire{n}", "outlet": outlet, "text": text}
        lines.append(json.dumps({**record, "title": "Warehouse fire", "published": "2024-05-03"}))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feed


def _summary_lines(out: Path, story: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    """topic -> (the report summary's line for the point, the point), from report.json."""
    report = consensus.Report.model_validate_json((out / story["reports"]["json"]).read_bytes())
    assert report.summary is not None
    text = {line.item: line.text for line in report.summary.contested}
    return {c.topic: (text.get(c.id, ""), c) for c in report.contested}


@pytest.fixture(scope="module")
def two_story_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    """`consensus batch` of `_two_stories` (a cache of its own), made once for the tests
    below: (feed, out, CLI result). A test that changes the output works on a copy."""
    work = tmp_path_factory.mktemp("two-stories")
    feed, out = _two_stories(work), work / "out"
    return feed, out, _run(feed, "--out", out, "--cache-dir", work / "cache")


def test_brief_shows_the_summary_line_of_a_point_slot_by_slot(
    two_story_brief: tuple[Path, Path, Any],
) -> None:
    import html

    from consensus.summary import slot_label

    _, out, result = two_story_brief
    assert result.exit_code == 0, result.stderr
    stories = _by_id(out)
    md = (out / "index.md").read_text(encoding="utf-8")
    page = (out / "index.html").read_text(encoding="utf-8")
    slotted = 0
    for sid in ("tram", "fire"):
        assert stories[sid]["status"] == "brief" and stories[sid]["top_contested"]
        lines = _summary_lines(out, stories[sid])
        for entry in stories[sid]["top_contested"]:
            line, point = lines[entry["topic"]]
            assert line and entry["line"] == line  # the report's own summary line
            assert f"- {line}\n" in md.replace("\\", "")  # (Markdown escapes its brackets)
            assert f"<li>{html.escape(line)}</li>" in page
            if len(point.slots) > 1:  # one clause per counted thing, none read as another's
                slotted += 1
                heads = [slot_label(s) for s in point.slots[:2]]
                assert line.startswith(heads[0] + ": ")
                assert f"; {heads[1][:1].lower()}{heads[1][1:]}: " in line
                for p in point.positions:  # no statement joined to another by "vs"
                    assert f"“{p.statement}”" not in md.replace("\\", "")
    assert slotted  # the tram's toll point counts killed and trapped


def test_an_older_done_json_without_lines_still_renders(
    two_story_brief: tuple[Path, Path, Any], tmp_path: Path
) -> None:
    feed, brief_out, first = two_story_brief
    assert first.exit_code == 0, first.stderr
    out = tmp_path / "out"
    shutil.copytree(brief_out, out)  # (done.json holds no path: the copy resumes as it is)
    tram = out / "stories" / "tram" / "done.json"
    fire = out / "stories" / "fire" / "done.json"
    for path, line in ((tram, None), (fire, 5)):  # older (no line), and bad (not text)
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["story"]["top_contested"]:
            if line is None:
                entry.pop("line", None)
            else:
                entry["line"] = line
        path.write_text(json.dumps(data), encoding="utf-8")

    again = _run(feed, "--out", out)
    assert again.exit_code == 0, again.stderr
    assert "1 run, 1 skipped (already done)" in again.stderr  # the bad record is redone
    stories = _by_id(out)
    md = (out / "index.md").read_text(encoding="utf-8").replace("\\", "")
    page = (out / "index.html").read_text(encoding="utf-8")
    # the older record loads and shows its sides' statements, as briefs did before
    (first, *_) = stories["tram"]["top_contested"]
    assert first["line"] is None
    sides = first["positions"]
    # (session 63: a side's statement ends on the full stop its report gives it)
    from consensus.render.sentences import full_stop

    assert f"“{full_stop(sides[0]['statement'])}” ({sides[0]['origins']} origins) vs “" in md
    assert f"“{full_stop(sides[1]['statement'])}”" in page.replace("&#x27;", "'")
    # the story redone beside it shows its report's summary line
    lines = _summary_lines(out, stories["fire"])
    for entry in stories["fire"]["top_contested"]:
        assert entry["line"] == lines[entry["topic"]][0] and f"- {entry['line']}\n" in md
