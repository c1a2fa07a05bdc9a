"""The claim cache under concurrent processes, corruption and a size limit.

* Two `consensus extract` processes on one cache directory at once (LLM path, against one
  loopback server that answers slowly so they overlap) and two `consensus batch` processes
  (offline) both finish, with byte-identical output that equals a run without any cache.
* An entry corrupted or schema-stale in the real cache (the one the CLI filled) is detected,
  dropped and recomputed: same output, exit 0, the entry valid again; a cache database that
  sqlite cannot read at all is moved aside and the run starts empty, never a crash.
* CONSENSUS_CACHE_SIZE_LIMIT bounds the cache; `consensus cache info` reports entries, size
  and the limit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import diskcache
import pytest
from loopback_server import LoopbackServer
from typer.testing import CliRunner

from consensus.cache import ClaimCache
from consensus.cli import app
from consensus.extract import request_key, resolve_options
from consensus.ingest import load_articles
from consensus.models import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_PATHS = sorted(str(p) for p in SEEDS.glob("*.txt"))
MODEL = "openai/reference-annotation"

runner = CliRunner()


def consensus_process(*args: str, cache_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CONSENSUS_CACHE_DIR": str(cache_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "consensus", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        results.append((proc.returncode, out, err))
    return results


def keys_of(cache_dir: Path, model: str | None = None, api_base: str | None = None) -> list[str]:
    options = resolve_options(model, api_base)
    return [request_key(a, options) for a in load_articles(SEED_PATHS)]


# --- two processes at once ----------------------------------------------------------------


@pytest.mark.slow
def test_two_extract_processes_share_one_cache(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    with LoopbackServer(latency=0.3) as server:
        args = ("extract", *SEED_PATHS, "-m", MODEL, "--api-base", server.base_url, "-f", "json")
        procs = [consensus_process(*args, cache_dir=cache_dir) for _ in range(2)]
        (rc1, out1, err1), (rc2, out2, err2) = finish(procs)
        assert rc1 == 0, err1
        assert rc2 == 0, err2
        assert out1 == out2
        assert 5 <= server.request_count <= 10  # each article asked once or twice, no more
        # Correct: the same bytes as a run that never saw the cache.
        reference = runner.invoke(app, [*args, "--no-cache"])
        assert reference.exit_code == 0, reference.stderr
        assert json.loads(out1) == json.loads(reference.stdout)
        keys = keys_of(cache_dir, MODEL, server.base_url)
    with ClaimCache(cache_dir) as cache:
        assert all(cache.get(k) is not None for k in keys)
        assert cache.dropped == 0 and cache.info()["entries"] == 5


def _stories(root: Path) -> Path:
    story = root / "in" / "kursk"
    story.mkdir(parents=True)
    for path in SEED_PATHS:
        shutil.copy(path, story)
    return root / "in"


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_two_batch_processes_share_one_cache(tmp_path: Path) -> None:
    stories, cache_dir = _stories(tmp_path), tmp_path / "cache"
    procs = [
        consensus_process(
            "batch", str(stories), "--out", str(tmp_path / f"out{n}"), cache_dir=cache_dir
        )
        for n in (1, 2)
    ]
    for rc, _out, err in finish(procs):
        assert rc == 0, err
    assert _tree(tmp_path / "out1") == _tree(tmp_path / "out2")
    alone = runner.invoke(
        app, ["batch", str(stories), "--out", str(tmp_path / "out3"), "--no-cache"]
    )
    assert alone.exit_code == 0, alone.stderr
    assert _tree(tmp_path / "out3") == _tree(tmp_path / "out1")
    with ClaimCache(cache_dir) as cache:
        assert all(cache.get(k) is not None for k in keys_of(cache_dir))
        assert cache.dropped == 0


# --- corruption ---------------------------------------------------------------------------


def extract(cache_dir: Path) -> tuple[int, str, str]:
    result = runner.invoke(
        app, ["extract", *SEED_PATHS, "-f", "json", "--cache-dir", str(cache_dir)]
    )
    return result.exit_code, result.stdout, result.stderr


def results_and_warnings(out: str) -> tuple[dict[str, object], list[str]]:
    """extract's JSON without its "warnings" (what the cache cannot change), and them."""
    data = json.loads(out)
    return data, data.pop("warnings", [])


BAD_VALUES: dict[str, object] = {
    "not-json": "{'claim_set': truncated",
    "pickle-bytes": b"\x80\x04\x95 not a claim set",
    "stale-schema": None,  # built per key below
    "wrong-key": None,
    "invalid-claim": None,
}


def bad_value(kind: str, key: str, good: str) -> object:
    data = json.loads(good)
    if kind == "stale-schema":
        return json.dumps({**data, "schema_version": SCHEMA_VERSION + "-old"})
    if kind == "wrong-key":
        return json.dumps({**data, "key": "0" * 64})
    if kind == "invalid-claim":
        data["claim_set"]["claims"][0]["evidence"][0]["end"] += 1  # quote no longer fits
        return json.dumps(data)
    return BAD_VALUES[kind]


@pytest.mark.parametrize("kind", list(BAD_VALUES))
def test_corrupt_or_stale_entry_is_dropped_and_recomputed(tmp_path: Path, kind: str) -> None:
    cache_dir = tmp_path / "cache"
    rc, first, _ = extract(cache_dir)
    assert rc == 0
    keys = keys_of(cache_dir)
    # Damage two entries behind the CLI's back, in the real cache it filled.
    raw = diskcache.Cache(str(cache_dir))
    for key in keys[1:3]:
        raw.set(key, bad_value(kind, key, str(raw.get(key))))
    raw.close()

    rc, second, err = extract(cache_dir)

    assert rc == 0, err
    assert second == first
    assert "(3 from cache)" in err  # the two damaged ones were recomputed
    with ClaimCache(cache_dir) as cache:
        assert all(cache.get(k) is not None for k in keys)
        assert cache.dropped == 0  # ... and rewritten valid


def test_unreadable_cache_database_is_moved_aside_not_fatal(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    rc, first, _ = extract(cache_dir)
    assert rc == 0
    (cache_dir / "cache.db").write_bytes(b"this is not an sqlite database\n" * 500)

    rc, second, err = extract(cache_dir)

    assert rc == 0, err
    # session 62 (apiwarn62): the JSON carries the warning it prints; the rest is unchanged
    results, in_json = results_and_warnings(second)
    assert results == json.loads(first) and "warnings" not in json.loads(first)
    [warning] = [line for line in err.splitlines() if line.startswith("warning:")]
    assert "unreadable cache database moved to" in warning and "cache.db.corrupt-" in warning
    assert in_json == [warning.removeprefix("warning: ")]
    assert len(list(cache_dir.glob("cache.db.corrupt-*"))) == 1
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache_dir)])
    assert info.exit_code == 0 and "entries:   5" in info.stdout


# --- size limit ---------------------------------------------------------------------------


def _info(cache_dir: Path) -> dict[str, int]:
    result = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache_dir)])
    assert result.exit_code == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines())
    size, limit = lines["size"].replace(",", "").replace(")", "").split(" bytes (limit ")
    return {"entries": int(lines["entries"]), "size": int(size), "limit": int(limit)}


def test_cache_size_limit_evicts_and_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roomy, tight = tmp_path / "roomy", tmp_path / "tight"
    assert extract(roomy)[0] == 0
    full = _info(roomy)
    assert full["entries"] == 5 and full["size"] > 0 and full["limit"] == 2 * 1024**3

    monkeypatch.setenv("CONSENSUS_CACHE_SIZE_LIMIT", "40K")
    rc, first, _ = extract(tight)
    assert rc == 0
    small = _info(tight)
    assert small["limit"] == 40 * 1024
    assert small["entries"] < 5 and small["size"] <= small["limit"]
    rc, second, _ = extract(tight)  # evicted entries are simply recomputed
    assert rc == 0 and second == first


def test_bad_size_limit_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENSUS_CACHE_SIZE_LIMIT", "lots")
    result = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr.startswith("error: CONSENSUS_CACHE_SIZE_LIMIT")
        and result.stderr.count("\n") == 1
    )


# --- a healthy cache that cannot be used: never moved aside -------------------------------


def _hold_write_lock(db: Path) -> subprocess.Popen[str]:
    code = (
        "import select, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "select.select([sys.stdin], [], [], 20)\n"  # until the test closes stdin, at most 20 s
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def test_a_cache_locked_by_another_process_is_bypassed_not_moved(tmp_path: Path) -> None:
    from consensus.cache import CacheUnavailable

    cache_dir = tmp_path / "cache"
    assert extract(cache_dir)[0] == 0
    db = cache_dir / "cache.db"
    inode = db.stat().st_ino
    holder = _hold_write_lock(db)
    try:
        with pytest.raises(CacheUnavailable, match="database is locked by another process"):
            ClaimCache(cache_dir, timeout=0.3)  # the 60 s default, made small
    finally:
        holder.communicate("", timeout=30)
    assert db.stat().st_ino == inode and not list(cache_dir.glob("cache.db.corrupt-*"))
    with ClaimCache(cache_dir) as cache:
        assert cache.info()["entries"] == 5  # nothing lost


def test_a_read_only_cache_is_bypassed_with_a_warning_and_the_output_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    cache_dir = tmp_path / "cache"
    rc, first, _ = extract(cache_dir)
    assert rc == 0

    # As root chmod 0o400 denies nothing, so SQLite's answer for a read-only file is injected.
    def read_only(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(diskcache, "Cache", read_only)
    rc, second, err = extract(cache_dir)
    assert rc == 0, err
    # session 62 (apiwarn62): the JSON carries the warning it prints; the rest is unchanged
    results, in_json = results_and_warnings(second)
    assert results == json.loads(first) and "warnings" not in json.loads(first)
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: cache directory {cache_dir}: attempt to write a readonly database; "
        "running without the cache"
    ]
    assert in_json == [w.removeprefix("warning: ") for w in warnings]
    assert (cache_dir / "cache.db").is_file() and not list(cache_dir.glob("cache.db.corrupt-*"))


def test_a_full_disk_while_caching_is_named_and_the_results_still_reach_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    cache_dir = tmp_path / "cache"

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(diskcache.Cache, "set", full)
    rc, out, err = extract(cache_dir)
    assert rc == 0, err
    assert len(json.loads(out)["claim_sets"]) == 5
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: cache directory {cache_dir}: cannot write: database or disk is full; "
        "5 results not cached (used all the same)"
    ]
    assert results_and_warnings(out)[1] == [w.removeprefix("warning: ") for w in warnings]


def test_a_write_that_waits_past_the_timeout_is_not_cached_instead_of_hanging(
    tmp_path: Path,
) -> None:
    import time

    from consensus.errors import CacheError

    cache_dir = tmp_path / "cache"
    assert extract(cache_dir)[0] == 0
    with ClaimCache(cache_dir, timeout=0.3) as cache:
        key = keys_of(cache_dir)[0]
        claim_set = cache.get(key)
        assert claim_set is not None
        holder = _hold_write_lock(cache_dir / "cache.db")
        try:
            start = time.monotonic()
            with pytest.raises(CacheError, match="cannot write"):
                cache.set(key, claim_set)  # used to retry for as long as the lock was held
            assert time.monotonic() - start < 5
            assert cache.get(key) == claim_set  # reads still work under the writer's lock
        finally:
            holder.communicate("", timeout=30)
