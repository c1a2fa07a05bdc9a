"""Sweep warnings and failures as a user of the API, the CLI and batch meets them.

Each case builds invented records (tests/test_bad_feeds.py's two stories, "harbor" and
"council") in a temporary directory and calls `consensus.summarize` / `asummarize`, the CLI
(`summarize`, `batch`, in process through typer's runner) or `consensus.batching.batch` with
the code of `--code` (a tree holding `consensus/`, e.g. `git archive a1d3625a consensus | tar
-x -C /tmp/base`). Offline extractor throughout. The cache faults are made in process: a file
where the cache directory should be, a database another connection holds a write lock on (the
cache's lock wait cut to 0.5 s), a database file that is not SQLite, and a store that fails
for the first result written (as a full disk does). One TSV row per case: case, what the user
does, what happens (one line). `--merge BEFORE AFTER` joins two runs into the table (case,
what a user does, before, after, what should happen, fixed?) with the verdicts read by hand in
`REVIEWED`.

    PYTHONPATH=. .venv/bin/python bench/apiwarn62.py --code /tmp/base > before.tsv
    PYTHONPATH=. .venv/bin/python bench/apiwarn62.py --code . > after.tsv
    python3 bench/apiwarn62.py --merge before.tsv after.tsv > bench/apiwarn62.tsv
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import re
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# case -> (what a user does, what should happen); verdicts on the base run, read by hand
REVIEWED: dict[str, tuple[str, str, str]] = {
    "api_cache_file_in_way": (
        "summarize(feed, cache_dir=<a file>)",
        "report made; Report.warnings names the cache dir and 'running without the cache'",
        "DEFECT (minor): says 'locked by another process (waited 60 s)' because the path holds "
        "'blocked'; '[Errno 17] File exists' for a file in the way",
    ),
    "api_cache_locked": (
        "summarize(feed, cache_dir=<db write-locked by another process>)",
        "report made; Report.warnings says locked, running without the cache",
        "ok",
    ),
    "api_cache_corrupt": (
        "summarize(feed, cache_dir=<cache.db not a database>)",
        "report made; Report.warnings says where the bad file was moved",
        "ok",
    ),
    "api_not_cached": (
        "summarize(feed, cache_dir=<cache whose first store fails>)",
        "report made; Report.warnings has the CLI's 'N result(s) not cached' line",
        "DEFECT: the not-cached line reaches no Report field",
    ),
    "asummarize_not_cached": (
        "await asummarize(feed, cache_dir=<first store fails>)",
        "as summarize()",
        "DEFECT: as summarize()",
    ),
    "api_dir_loose_and_folder": (
        "summarize(dir) where dir holds a story folder and loose files",
        "every article read (directories are read recursively); no warning",
        "ok",
    ),
    "api_empty_dir": (
        "summarize(<empty dir>)",
        "one error naming the directory",
        "ok",
    ),
    "api_every_article_fails": (
        "summarize(records whose every text is empty)",
        "one error naming the inputs and why",
        "DEFECT (minor): names the inputs, not why",
    ),
    "api_every_extraction_fails": (
        "summarize(records the offline extractor cannot read: Chinese texts)",
        "a report whose failures name each article and why",
        "ok",
    ),
    "cli_every_input_unreadable": (
        "consensus summarize dir (two files, both empty)",
        "one error line naming the inputs and why",
        "DEFECT (minor): names the inputs, not why",
    ),
    "api_jsonl_bad_line": (
        "summarize(feed with a broken line 2)",
        "report of the good lines; failure names feed.jsonl:2",
        "ok",
    ),
    "api_gzip": ("summarize(feed.jsonl.gz)", "one error naming the file as gzip", "ok"),
    "api_same_id_two_files": (
        "summarize([a.jsonl, b.jsonl]) with one article id in both",
        "both read; the second renamed, with a warning",
        "ok",
    ),
    "cli_cache_file_in_way_json": (
        "consensus summarize feed -f json --cache-dir <a file>",
        "stderr warning line == JSON warnings entry",
        "DEFECT: on stderr, not in the JSON report (and the 'locked' misreading)",
    ),
    "cli_cache_corrupt_json": (
        "consensus summarize feed -f json --cache-dir <bad cache.db>",
        "stderr warning line == JSON warnings entry",
        "DEFECT: on stderr, not in the JSON report",
    ),
    "cli_not_cached_json": (
        "consensus summarize feed -f json (first store fails)",
        "stderr warning line == JSON warnings entry",
        "DEFECT: on stderr, not in the JSON report",
    ),
    "cli_bad_date_json": (
        "consensus summarize feed -f json (one unparseable date)",
        "stderr warning line == JSON warnings entry",
        "ok",
    ),
    "cli_extract_json_bad_date": (
        "consensus extract feed -f json (one unparseable date)",
        "stderr warning line == an entry of the JSON's warnings",
        "DEFECT: on stderr only; extract's JSON has no warnings",
    ),
    "cli_extract_json_not_cached": (
        "consensus extract feed -f json (first store fails)",
        "stderr warning line == an entry of the JSON's warnings",
        "DEFECT: on stderr; in the JSON only as a claim set's 'not cached: ...' note",
    ),
    "cli_bad_line_json": (
        "consensus summarize feed -f json (broken line 2)",
        "stderr error line names feed.jsonl:2; JSON failures has it",
        "ok",
    ),
    "batch_loose_file": (
        "batch(dir) where dir holds story folders and a loose file",
        "stories run; the warning in BatchResult.warnings and index.json",
        "DEFECT: in BatchResult.warnings only; index.json a daily job reads lacks it",
    ),
    "batch_cache_file_in_way": (
        "batch(feed, cache_dir=<a file>)",
        "stories run; warning in BatchResult.warnings, index.json and each story's report.json",
        "DEFECT: in BatchResult.warnings only",
    ),
    "batch_cache_corrupt": (
        "batch(feed, cache_dir=<cache.db not a database>)",
        "stories run; 'moved to ...' warning in BatchResult.warnings and index.json",
        "DEFECT: the bad file is moved aside with no warning anywhere",
    ),
    "batch_not_cached": (
        "batch(feed) where the cache's first store fails",
        "the story's index entry and report.json carry the not-cached line",
        "DEFECT: no warning anywhere (stderr, index.json, report.json)",
    ),
    "batch_empty_story_folder": (
        "batch(dir) with one empty story folder",
        "that story failed with one line; the others run",
        "ok",
    ),
    "batch_story_all_fail": (
        "batch(feed) where one story's every text is empty",
        "that story failed naming its inputs; the other runs",
        "ok",
    ),
    "batch_same_id_two_stories": (
        "batch(feed) where two stories hold one article id",
        "both stories run, each with its own article",
        "ok",
    ),
    "batch_story_extraction_fails": (
        "batch(feed) where one story's texts are all Chinese (offline extractor)",
        "that story failed with the first reason; the other runs",
        "ok",
    ),
    "batch_jsonl_bad_line": (
        "batch(feed with a broken line)",
        "stories run; the line named in index.json input_errors",
        "ok",
    ),
    "batch_gzip": ("batch(feed.jsonl.gz)", "one error naming the file as gzip", "ok"),
    "cli_batch_loose_file": (
        "consensus batch dir -o out (a loose file beside story folders)",
        "stderr warning line == index.json warnings entry",
        "DEFECT: on stderr, not in index.json",
    ),
    "cli_batch_not_cached": (
        "consensus batch feed -o out (first store fails)",
        "stderr warning line == the story's warnings in index.json",
        "DEFECT: on neither",
    ),
}


def _records() -> list[dict[str, Any]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_bad_feeds import _records as records

    return records()


def _feed(records: list[Any]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _tmpfree(text: str, tmp: Path) -> str:
    return re.sub(
        r"cache\.db\.corrupt-[0-9-]+", "cache.db.corrupt-N", text.replace(str(tmp), "TMP")
    )


def _report_line(report: Any) -> str:
    warnings = getattr(report, "warnings", None)
    ids = [a.id for a in report.articles]
    fails = [f"{f.article}: {f.error}" for f in report.failures]
    return f"report: articles {ids}; failures {fails}; warnings {list(warnings or [])}"


@contextlib.contextmanager
def _store_fails_once() -> Iterator[None]:
    """The cache's first store raises CacheError (a full disk); later ones work."""
    from consensus import cache as cache_mod
    from consensus.errors import CacheError

    original = cache_mod.ClaimCache.set
    calls = {"n": 0}

    def failing(self: Any, key: str, claim_set: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise CacheError(
                f"cache directory {self.directory}: cannot write: database or disk is full"
            )
        original(self, key, claim_set)

    cache_mod.ClaimCache.set = failing  # type: ignore[method-assign]
    try:
        yield
    finally:
        cache_mod.ClaimCache.set = original  # type: ignore[method-assign]


@contextlib.contextmanager
def _locked(cache_dir: Path) -> Iterator[None]:
    from consensus.cache import ClaimCache

    ClaimCache(cache_dir).close()
    defaults = ClaimCache.__init__.__kwdefaults__
    old = defaults["timeout"]
    defaults["timeout"] = 0.5
    con = sqlite3.connect(str(cache_dir / "cache.db"), isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        con.execute("ROLLBACK")
        con.close()
        defaults["timeout"] = old


def _cli(args: list[str]) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from consensus.cli import app

    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


def _cli_json_line(args: list[str], tmp: Path) -> str:
    code, out, err = _cli(args)
    stderr_w = [
        line.removeprefix("warning: ") for line in err.splitlines() if line.startswith("warning: ")
    ]
    try:
        data = json.loads(out)
    except ValueError:
        return f"exit {code}; stderr {err.splitlines()[:3]}; stdout not JSON"
    json_w = data.get("warnings", [])
    missing = [w for w in stderr_w if w not in json_w]
    return (
        f"exit {code}; stderr warnings {stderr_w}; json warnings {json_w}; "
        f"failures {[f['article'] for f in data.get('failures', [])]}; "
        f"stderr-only {missing}"
    )


def _batch_line(result: Any, out: Path) -> str:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    stories = []
    for s in index["stories"]:
        line = f"{s['id']}:{s['status']}"
        if s.get("error"):
            line += f"({s['error']})"
        if s.get("warnings"):
            line += f" warnings {s['warnings']}"
        report = out / "stories" / s["dir"] / "report.json"
        if report.is_file():
            rw = json.loads(report.read_text(encoding="utf-8")).get("warnings", [])
            if rw:
                line += f" report.json warnings {rw}"
        stories.append(line)
    return (
        f"result.warnings {result.warnings}; index warnings {index.get('warnings', [])}; "
        f"input_errors {index['input_errors']}; stories {stories}"
    )


def _cases(tmp: Path) -> dict[str, Callable[[], str]]:
    from consensus import api
    from consensus.batching import batch

    recs = _records()
    harbor = recs[:3]
    feed = tmp / "feed.jsonl"
    feed.write_text(_feed(harbor), encoding="utf-8")
    both = tmp / "both.jsonl"
    both.write_text(_feed(recs), encoding="utf-8")
    counter = {"n": 0}

    def fresh(name: str) -> Path:
        counter["n"] += 1
        path = tmp / f"{name}-{counter['n']}"
        path.mkdir()
        return path

    def a_file() -> Path:
        path = fresh("blocked") / "cache"
        path.write_text("not a directory\n", encoding="utf-8")
        return path

    def corrupt() -> Path:
        path = fresh("corrupt")
        (path / "cache.db").write_bytes(b"this is not a database\n" * 100)
        return path

    def summ(inputs: Any, **kw: Any) -> str:
        return _report_line(api.summarize(inputs, **kw))

    def locked() -> str:
        cache = fresh("locked")
        with _locked(cache):
            return summ(feed, cache_dir=cache)

    def not_cached() -> str:
        with _store_fails_once():
            return summ(feed, cache_dir=fresh("full"))

    def a_not_cached() -> str:
        with _store_fails_once():
            return _report_line(asyncio.run(api.asummarize(feed, cache_dir=fresh("full"))))

    def story_dirs(loose: bool = False, empty: bool = False) -> Path:
        root = fresh("stories")
        for story in ("harbor", "council"):
            (root / story).mkdir()
            for r in recs:
                if r["story"] == story:
                    (root / story / f"{r['id']}.json").write_text(json.dumps(r), encoding="utf-8")
        if loose:
            (root / "stray.json").write_text(json.dumps(recs[0]), encoding="utf-8")
        if empty:
            (root / "quiet").mkdir()
        return root

    def bad_line() -> Path:
        path = fresh("badline") / "feed.jsonl"
        lines = _feed(recs).splitlines()
        lines.insert(1, '{"id": "broken", "text": ')
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def gz() -> Path:
        path = fresh("gz") / "feed.jsonl.gz"
        path.write_bytes(gzip.compress(_feed(recs).encode("utf-8")))
        return path

    def same_id_files() -> list[Path]:
        root = fresh("sameid")
        a, b = root / "a.jsonl", root / "b.jsonl"
        a.write_text(_feed(harbor[:2]), encoding="utf-8")
        b.write_text(_feed([{**harbor[2], "id": "harbor-1"}]), encoding="utf-8")
        return [a, b]

    def bad_date() -> Path:
        path = fresh("date") / "feed.jsonl"
        rows = [dict(r) for r in harbor]
        rows[1]["published"] = "sometime last week"
        path.write_text(_feed(rows), encoding="utf-8")
        return path

    def run_batch(input: Path, **kw: Any) -> str:
        out = fresh("out")
        kw.setdefault("use_cache", False)
        return _batch_line(batch(input, out, **kw), out)

    def batch_not_cached() -> str:
        with _store_fails_once():
            return run_batch(both, use_cache=True, cache_dir=fresh("full"))

    def story_all_fail() -> Path:
        path = fresh("allfail") / "feed.jsonl"
        rows = [dict(r) for r in recs]
        for r in rows[3:]:
            r["text"] = ""
        path.write_text(_feed(rows), encoding="utf-8")
        return path

    def same_id_stories() -> Path:
        path = fresh("sameid") / "feed.jsonl"
        rows = [dict(r) for r in recs]
        rows[3]["id"] = "harbor-1"
        path.write_text(_feed(rows), encoding="utf-8")
        return path

    def cli_batch(input: Path, *extra: str) -> str:
        out = fresh("cliout")
        code, _, err = _cli(["batch", str(input), "-o", str(out), *extra])
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        stderr_w = [
            x.removeprefix("warning: ") for x in err.splitlines() if x.startswith("warning: ")
        ]
        known = list(index.get("warnings", []))
        known += [f"story {s['id']}: {w}" for s in index["stories"] for w in s.get("warnings", [])]
        return (
            f"exit {code}; stderr warnings {stderr_w}; index warnings {known}; "
            f"stderr-only {[w for w in stderr_w if w not in known]}"
        )

    def cli_batch_not_cached() -> str:
        with _store_fails_once():
            return cli_batch(both, "--cache-dir", str(fresh("full")))

    def cli_not_cached() -> str:
        with _store_fails_once():
            return _cli_json_line(
                ["summarize", str(feed), "-f", "json", "--cache-dir", str(fresh("full"))], tmp
            )

    def chinese(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        text = "港口管理局周二表示，渡轮在港口外搁浅，二百一十二名乘客全部安全撤离，无人受伤。"
        return [{**r, "text": text + f"第{n}篇。"} for n, r in enumerate(rows, 1)]

    def story_chinese() -> Path:
        path = fresh("zh") / "feed.jsonl"
        path.write_text(_feed([*recs[:3], *chinese(recs[3:])]), encoding="utf-8")
        return path

    def cli_unreadable() -> str:
        root = fresh("unreadable")
        (root / "a.txt").write_bytes(b"")
        (root / "b.txt").write_text("   \n", encoding="utf-8")
        code, _, err = _cli(["summarize", str(root), "--no-cache"])
        return f"exit {code}; stderr {err.splitlines()}"

    def cli_extract_not_cached() -> str:
        with _store_fails_once():
            return _cli_json_line(
                ["extract", str(feed), "-f", "json", "--cache-dir", str(fresh("full"))], tmp
            )

    empty = {**harbor[0], "text": ""}
    return {
        "api_cache_file_in_way": lambda: summ(feed, cache_dir=a_file()),
        "api_cache_locked": locked,
        "api_cache_corrupt": lambda: summ(feed, cache_dir=corrupt()),
        "api_not_cached": not_cached,
        "asummarize_not_cached": a_not_cached,
        "api_dir_loose_and_folder": lambda: summ(story_dirs(loose=True), use_cache=False),
        "api_empty_dir": lambda: summ(fresh("empty"), use_cache=False),
        "api_every_article_fails": lambda: summ(
            [{**empty, "id": f"e{n}"} for n in range(3)], use_cache=False
        ),
        "api_every_extraction_fails": lambda: summ(chinese(harbor), use_cache=False),
        "cli_every_input_unreadable": cli_unreadable,
        "api_jsonl_bad_line": lambda: summ(bad_line(), use_cache=False),
        "api_gzip": lambda: summ(gz(), use_cache=False),
        "api_same_id_two_files": lambda: summ(same_id_files(), use_cache=False),
        "cli_cache_file_in_way_json": lambda: _cli_json_line(
            ["summarize", str(feed), "-f", "json", "--cache-dir", str(a_file())], tmp
        ),
        "cli_cache_corrupt_json": lambda: _cli_json_line(
            ["summarize", str(feed), "-f", "json", "--cache-dir", str(corrupt())], tmp
        ),
        "cli_not_cached_json": cli_not_cached,
        "cli_bad_date_json": lambda: _cli_json_line(
            ["summarize", str(bad_date()), "-f", "json", "--no-cache"], tmp
        ),
        "cli_extract_json_bad_date": lambda: _cli_json_line(
            ["extract", str(bad_date()), "-f", "json", "--no-cache"], tmp
        ),
        "cli_extract_json_not_cached": cli_extract_not_cached,
        "cli_bad_line_json": lambda: _cli_json_line(
            ["summarize", str(bad_line()), "-f", "json", "--no-cache"], tmp
        ),
        "batch_loose_file": lambda: run_batch(story_dirs(loose=True)),
        "batch_cache_file_in_way": lambda: run_batch(both, use_cache=True, cache_dir=a_file()),
        "batch_cache_corrupt": lambda: run_batch(both, use_cache=True, cache_dir=corrupt()),
        "batch_not_cached": batch_not_cached,
        "batch_empty_story_folder": lambda: run_batch(story_dirs(empty=True)),
        "batch_story_all_fail": lambda: run_batch(story_all_fail()),
        "batch_same_id_two_stories": lambda: run_batch(same_id_stories()),
        "batch_story_extraction_fails": lambda: run_batch(story_chinese()),
        "batch_jsonl_bad_line": lambda: run_batch(bad_line()),
        "batch_gzip": lambda: run_batch(gz()),
        "cli_batch_loose_file": lambda: cli_batch(story_dirs(loose=True), "--no-cache"),
        "cli_batch_not_cached": cli_batch_not_cached,
    }


def _run(code: str, only: set[str]) -> None:
    sys.path.insert(0, str(Path(code).resolve()))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name).resolve()
        os.chdir(tmp)
        for case, call in _cases(tmp).items():
            if only and case not in only:
                continue
            try:
                outcome = call()
            except Exception as exc:
                last = traceback.extract_tb(exc.__traceback__)[-1]
                where_raised = f"{Path(last.filename).name}:{last.lineno}"
                text = " ".join(str(exc).split())[:300]
                outcome = f"raises {type(exc).__name__} ({where_raised}): {text}"
            print(f"{case}\t{REVIEWED[case][0]}\t{_tmpfree(outcome, tmp)}", flush=True)


def _merge(before: str, after: str) -> None:
    def rows(path: str) -> dict[str, str]:
        out = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            case, _, outcome = line.split("\t", 2)
            out[case] = outcome
        return out

    old, new = rows(before), rows(after)
    print(
        "case\twhat a user does\tbefore (base)\tafter\twhat should happen\tverdict (base); fixed?"
    )
    for case, outcome in new.items():
        does, should, verdict = REVIEWED[case]
        fixed = (
            "" if verdict == "ok" else ("; fixed" if outcome != old.get(case) else "; NOT fixed")
        )
        print(f"{case}\t{does}\t{old.get(case, 'not run')}\t{outcome}\t{should}\t{verdict}{fixed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", default=".")
    parser.add_argument("--only", default="")
    parser.add_argument("--merge", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.merge:
        _merge(*args.merge)
        return
    _run(args.code, set(filter(None, args.only.split(","))))


if __name__ == "__main__":
    main()
