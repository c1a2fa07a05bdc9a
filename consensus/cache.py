"""On-disk cache of claim sets, so a re-run makes no HTTP request and never imports litellm.

Backed by `diskcache.Cache` (not FanoutCache: its 10 ms timeout turns lock contention into
silent misses, i.e. paid calls). Keys are the sha256 of the canonical JSON of the whole
request — extractor and version, model, prompt hash, claim-schema hash, article-text hash and
parameters — so any change to a prompt or schema misses instead of serving stale claims.
Values are JSON text (no pickle): `{"schema_version": ..., "key": ..., "claim_set": {...}}`.
An entry that is corrupt, schema-stale or filed under the wrong key is dropped and recomputed.

This module must never import litellm or store secrets: keys hash the request, values hold
only the claim set (model name, usage and cost, never API keys or headers).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from consensus.errors import CacheError
from consensus.models import SCHEMA_VERSION, ClaimSet

DEFAULT_SIZE_LIMIT = 2 * 1024**3  # 2 GiB; least-recently-stored entries are evicted past it


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no insignificant whitespace: the basis of every hash."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(parts: Mapping[str, Any]) -> str:
    return sha256_hex(canonical_json(dict(parts)))


def default_cache_dir() -> Path:
    env = os.environ.get("CONSENSUS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("consensus", appauthor=False))


class ClaimCache:
    """A JSON-valued diskcache keyed by request hashes. Safe for several processes at once."""

    def __init__(
        self, directory: str | Path | None = None, *, size_limit: int = DEFAULT_SIZE_LIMIT
    ):
        import diskcache

        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.dropped = 0  # corrupt or stale entries found and removed during this process
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(
                str(self.directory),
                size_limit=size_limit,
                eviction_policy="least-recently-stored",
                timeout=60,
            )
        except Exception as exc:  # sqlite errors, permissions, a file in the way
            raise CacheError(f"cache directory {self.directory}: {exc}") from exc

    def get(self, key: str) -> ClaimSet | None:
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
            if data.get("schema_version") != SCHEMA_VERSION or data.get("key") != key:
                raise ValueError("stale schema or misfiled entry")
            return ClaimSet.model_validate(data["claim_set"])
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
            self._drop(key)
            return None

    def set(self, key: str, claim_set: ClaimSet) -> None:
        value = canonical_json(
            {
                "schema_version": SCHEMA_VERSION,
                "key": key,
                "claim_set": claim_set.model_dump(mode="json"),
            }
        )
        try:
            self._cache.set(key, value, retry=True)
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
