"""On-disk cache of claim sets, so a re-run makes no HTTP request and never imports litellm.

Backed by `diskcache.Cache` (not FanoutCache: its 10 ms timeout turns lock contention into
silent misses, i.e. paid calls). Keys are the sha256 of the canonical JSON of the whole
request — extractor and version, model, prompt hash, claim-schema hash, article-text hash and
parameters — so any change to a prompt or schema misses instead of serving stale claims.
Values are JSON text (no pickle): `{"schema_version": ..., "key": ..., "claim_set": {...}}`,
or, for an embedding (`get_vector`/`set_vector`; the key hashes the embedding model and the
text, see consensus.vectors), `{"kind": "embedding", "key": ..., "vector": [...]}`.
An entry that is corrupt, schema-stale or filed under the wrong key is dropped and recomputed;
a database file SQLite itself calls malformed or not a database is moved aside
(`cache.db.corrupt-*`) and the cache starts empty. Nothing else is: a read-only, locked or
full cache is healthy, so opening it raises `CacheUnavailable` (callers run without the
cache, with a warning) and a failed write raises `CacheError` (the result is still used).
The size limit is `size_limit`, else CONSENSUS_CACHE_SIZE_LIMIT ("500M", "2G"), else 2 GiB;
past it the least-recently-stored entries are evicted.

This module must never import litellm or store secrets: keys hash the request, values hold
only the claim set (model name, usage and cost, never API keys or headers) or a vector.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from consensus.errors import CacheError, ConfigError
from consensus.models import SCHEMA_VERSION, ClaimSet

DEFAULT_SIZE_LIMIT = 2 * 1024**3  # 2 GiB; least-recently-stored entries are evicted past it
DEFAULT_TIMEOUT = 60.0  # seconds to wait for another process's write lock
# What SQLite says about a file that is not, or no longer, a database: only then is the file
# moved aside. "readonly", "locked", "full", "cannot open" describe a healthy database.
_MALFORMED = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})
SIZE_LIMIT_ENV = "CONSENSUS_CACHE_SIZE_LIMIT"  # bytes, or with a K/M/G suffix (powers of 1024)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_T = TypeVar("_T")
VECTOR_KIND = "embedding"  # the "kind" of an embedding entry (claim sets have none)


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no insignificant whitespace: the basis of every hash."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(parts: Mapping[str, Any]) -> str:
    return sha256_hex(canonical_json(dict(parts)))


def size_limit_from_env() -> int:
    """CONSENSUS_CACHE_SIZE_LIMIT ("500M", "2G", "1048576") or DEFAULT_SIZE_LIMIT."""
    raw = os.environ.get(SIZE_LIMIT_ENV, "").strip()
    if not raw:
        return DEFAULT_SIZE_LIMIT
    number, unit = raw.upper().rstrip("IB"), ""
    if number and number[-1] in _UNITS:
        number, unit = number[:-1], number[-1]
    try:
        value = int(float(number) * _UNITS[unit])
    except ValueError:
        value = 0
    if value <= 0:
        raise ConfigError(f"{SIZE_LIMIT_ENV} must be a size such as 500M or 2G, got {raw!r}")
    return value


def _vector_row(value: Any) -> list[float]:
    """`value` as a list of finite floats; ValueError/TypeError when it is anything else."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or not value:
        raise ValueError("an embedding is a non-empty list of numbers")
    row = [float(x) for x in value if not isinstance(x, bool)]
    if len(row) != len(value) or not all(math.isfinite(x) for x in row):
        raise ValueError("an embedding holds only finite numbers")
    return row


def default_cache_dir() -> Path:
    env = os.environ.get("CONSENSUS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("consensus", appauthor=False))


def _wait_for_write_lock(db: Path, timeout: float) -> None:
    """Wait at most `timeout` s for another process's write lock (diskcache's own opening
    retries for a fixed 60 s); raise sqlite3 errors as they come."""
    if not db.exists():
        return
    con = sqlite3.connect(str(db), timeout=timeout, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    finally:
        con.close()


class CacheUnavailable(CacheError):
    """The cache cannot be opened (read-only, locked, full disk, a file in the way); the
    database is left as it is and the run goes on without it."""


def _malformed(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and (
        getattr(exc, "sqlite_errorname", None) in _MALFORMED
    )


def open_or_bypass(
    directory: str | Path | None, warn: Callable[[str], None] | None = None
) -> ClaimCache | None:
    """A ClaimCache, or None (after `warn(message)`, else a log warning) when it cannot be
    opened: results are the same without the cache, only a re-run pays again. A database
    file moved aside on opening (`quarantined`) is told through `warn` too."""
    say = warn if warn is not None else _log_warning
    try:
        cache = ClaimCache(directory)
    except CacheUnavailable as exc:
        say(f"{exc}; running without the cache")
        return None
    if cache.quarantined is not None:
        say(f"unreadable cache database moved to {cache.quarantined}; starting empty")
    return cache


def _log_warning(message: str) -> None:
    logging.getLogger("consensus").warning("%s", message)


class ClaimCache:
    """A JSON-valued diskcache keyed by request hashes. Safe for several processes at once."""

    def __init__(
        self,
        directory: str | Path | None = None,
        *,
        size_limit: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ):
        import diskcache

        if size_limit is None:
            size_limit = size_limit_from_env()
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.dropped = 0  # corrupt or stale entries found and removed during this process
        self.quarantined: Path | None = None  # where an unreadable database was moved
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            try:
                _wait_for_write_lock(self.directory / "cache.db", timeout)
                self._cache = self._open(diskcache, size_limit, timeout)
            except sqlite3.DatabaseError as exc:
                if not _malformed(exc):
                    raise
                # SQLite says the file is not a database or is malformed: move it aside (kept
                # for inspection) and start empty; everything in it can be recomputed.
                self.quarantined = self._quarantine()
                self._cache = self._open(diskcache, size_limit, timeout)
        except Exception as exc:  # read-only, locked, full, permissions, a file in the way
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if isinstance(exc, sqlite3.OperationalError | diskcache.Timeout) and (
                "locked" in reason  # (SQLite's word; not a path that holds "locked")
            ):
                reason += f" by another process (waited {timeout:g} s)"
            elif self.directory.exists() and not self.directory.is_dir():
                reason = "a file is in the way (not a directory)"
            raise CacheUnavailable(f"cache directory {self.directory}: {reason}") from exc

    def _open(self, diskcache: Any, size_limit: int, timeout: float) -> Any:
        return diskcache.Cache(
            str(self.directory),
            size_limit=size_limit,
            eviction_policy="least-recently-stored",
            timeout=timeout,
        )

    def _quarantine(self) -> Path:
        db = self.directory / "cache.db"
        target = self.directory / f"cache.db.corrupt-{os.getpid()}-{time.time_ns()}"
        os.replace(db, target)
        for suffix in ("-wal", "-shm"):  # a write-ahead log of the bad file must not replay
            side = db.with_name(db.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        return target

    def get(self, key: str) -> ClaimSet | None:
        def parse(data: dict[str, Any]) -> ClaimSet:
            if data.get("schema_version") != SCHEMA_VERSION:
                raise ValueError("stale schema")
            return ClaimSet.model_validate(data["claim_set"])

        return self._load(key, parse)

    def set(self, key: str, claim_set: ClaimSet) -> None:
        claim_json = claim_set.model_dump(mode="json")
        self._store(key, {"schema_version": SCHEMA_VERSION, "claim_set": claim_json})

    def get_vector(self, key: str) -> list[float] | None:
        """A cached embedding row, or None. An entry that is not a JSON object holding a
        non-empty list of finite numbers under this very key is dropped (recomputed)."""

        def parse(data: dict[str, Any]) -> list[float]:
            if data.get("kind") != VECTOR_KIND:
                raise ValueError("not a vector entry")
            return _vector_row(data["vector"])

        return self._load(key, parse)

    def set_vector(self, key: str, row: Sequence[float]) -> None:
        """Store one embedding row as JSON; only the key (a hash) says what it embeds."""
        try:
            vector = _vector_row(row)
        except (ValueError, TypeError) as exc:
            raise CacheError(f"cache directory {self.directory}: not a vector: {exc}") from exc
        self._store(key, {"kind": VECTOR_KIND, "vector": vector})

    def _load(self, key: str, parse: Callable[[dict[str, Any]], _T]) -> _T | None:
        """`parse` of the JSON object filed under `key`; None when there is none. An entry
        that is not JSON text, is filed under another key or that `parse` refuses is dropped."""
        try:
            raw = self._cache.get(key, default=None, retry=True)
        except Exception:
            raw = None
        if raw is None:
            return None
        try:
            if not isinstance(raw, str):
                raise ValueError("not JSON text")
            data = json.loads(raw)
            if data.get("key") != key:
                raise ValueError("misfiled entry")
            return parse(data)
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
            self._drop(key)
            return None

    def _store(self, key: str, entry: dict[str, Any]) -> None:
        value = canonical_json({**entry, "key": key})
        try:
            # No retry: diskcache would wait again and again for as long as another process
            # holds the write lock. One `timeout` is enough; the result is used uncached.
            self._cache.set(key, value, retry=False)
        except Exception as exc:
            raise CacheError(f"cache directory {self.directory}: cannot write: {exc}") from exc

    def _drop(self, key: str) -> None:
        self.dropped += 1
        try:
            self._cache.delete(key, retry=True)
        except Exception:
            pass

    def info(self) -> dict[str, Any]:
        return {
            "directory": str(self.directory),
            "entries": len(self._cache),
            "size_bytes": int(self._cache.volume()),
            "size_limit": int(self._cache.size_limit),
        }

    def clear(self) -> int:
        return int(self._cache.clear(retry=True))

    def close(self) -> None:
        self._cache.close()

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
