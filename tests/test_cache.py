"""The claim cache: JSON values, request-shaped keys, corrupt entries dropped, multi-process."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from consensus.cache import ClaimCache, cache_key
from consensus.models import Claim, ClaimKind, ClaimSet, Evidence, Usage


def _claim_set(article: str = "a1", n: int = 2) -> ClaimSet:
    claims = tuple(
        Claim(
            statement=f"Statement number {i} about Kursk.",
            kind=ClaimKind.event,
            subject="Kursk",
            evidence=(Evidence(quote="Kursk", start=i, end=i + 5),),
        )
        for i in range(n)
    )
    return ClaimSet(
        article=article,
        extractor="offline",
        extractor_version="t",
        claims=claims,
        usage=Usage(prompt_tokens=10, requests=1),
    )


def test_roundtrip_and_info(tmp_path: Path) -> None:
    with ClaimCache(tmp_path) as cache:
        key = cache_key({"article": "a1"})
        assert cache.get(key) is None
        cache.set(key, _claim_set())
        assert cache.get(key) == _claim_set()
        info = cache.info()
        assert info["entries"] == 1
        assert info["size_bytes"] > 0
        assert info["directory"] == str(tmp_path)


def test_key_is_order_independent_and_content_sensitive() -> None:
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})
    assert cache_key({"a": 1}) != cache_key({"a": 2})


def test_values_are_json_not_pickle(tmp_path: Path) -> None:
    with ClaimCache(tmp_path) as cache:
        key = cache_key({"x": 1})
        cache.set(key, _claim_set())
        raw = cache._cache.get(key)
    assert isinstance(raw, str)
    assert json.loads(raw)["claim_set"]["article"] == "a1"


@pytest.mark.parametrize(
    "bad",
    [
        "not json at all {",
        json.dumps({"schema_version": "0", "key": "K", "claim_set": {}}),
        json.dumps({"schema_version": "1", "key": "other", "claim_set": {}}),
        json.dumps({"schema_version": "1", "key": "K", "claim_set": {"article": 3}}),
        b"\x80\x04 pickled-looking bytes",
    ],
)
def test_corrupt_or_stale_entry_is_dropped_not_fatal(tmp_path: Path, bad: object) -> None:
    with ClaimCache(tmp_path) as cache:
        cache._cache.set("K", bad)
        assert cache.get("K") is None
        assert cache.dropped == 1
        assert "K" not in cache._cache  # removed, so the next run recomputes and rewrites it


def test_clear(tmp_path: Path) -> None:
    with ClaimCache(tmp_path) as cache:
        for i in range(3):
            cache.set(cache_key({"i": i}), _claim_set(f"a{i}"))
        assert cache.clear() == 3
        assert cache.info()["entries"] == 0


def _writer(directory: str, start: int) -> None:
    with ClaimCache(directory) as cache:
        for i in range(start, start + 40):
            cache.set(cache_key({"i": i % 50}), _claim_set(f"a{i % 50}"))
            cache.get(cache_key({"i": (i + 7) % 50}))


def test_two_processes_share_one_directory(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), s)) for s in (0, 20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with ClaimCache(tmp_path) as cache:
        # the writers cover i = 0..39 and 20..59 (mod 50): every key written, none corrupt
        for i in range(50):
            assert cache.get(cache_key({"i": i})) == _claim_set(f"a{i}")
        assert cache.dropped == 0
        assert cache.info()["entries"] == 50
