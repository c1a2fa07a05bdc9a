"""Article -> ClaimSet for a whole run: picks the extractor, consults the cache, bounds concurrency.

Two extractors produce the same ClaimSet type: the offline rule-based one (default, no
network) and the LLM one (any litellm model, in llm.py). A failure on one article is recorded
as an ArticleFailure for that article; every other article still finishes and is cached.

Never import litellm here: llm.py is imported only when an article actually needs a model call,
so a fully cached run and the offline path never pay for it.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from consensus.cache import ClaimCache, cache_key, canonical_json, sha256_hex
from consensus.errors import ConfigError, ConsensusError, redact
from consensus.models import (
    Article,
    ArticleFailure,
    ClaimDrafts,
    ClaimSet,
    ExtractionResult,
)

DEFAULT_CONCURRENCY = 8
PROMPT_NAME = "extract_claims"

ProgressCallback = Callable[[str, bool], None]


@dataclass(frozen=True)
class ExtractOptions:
    """What decides how claims are extracted; everything here is part of the cache key."""

    model: str | None = None
    api_base: str | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    max_retries: int = 2
    timeout: float = 120.0

    @property
    def extractor(self) -> str:
        return "llm" if self.model else "offline"


def resolve_options(
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float = 120.0,
) -> ExtractOptions:
    """Fill the model and api base from CONSENSUS_MODEL / CONSENSUS_API_BASE when not given."""
    model = model or os.environ.get("CONSENSUS_MODEL") or None
    api_base = api_base or os.environ.get("CONSENSUS_API_BASE") or None
    if concurrency < 1:
        raise ConfigError(f"--concurrency must be at least 1, got {concurrency}")
    if api_base and not model:
        raise ConfigError("--api-base needs --model (e.g. --model openai/my-model)")
    if api_base and not api_base.startswith(("http://", "https://")):
        raise ConfigError(f"--api-base must be an http(s) URL, got {api_base!r}")
    return ExtractOptions(model, api_base, concurrency, max_retries, timeout)


@functools.cache
def claim_schema_hash() -> str:
    """sha256 of the JSON Schema the model answers in; a schema change misses the cache."""
    return sha256_hex(canonical_json(ClaimDrafts.model_json_schema()))


def request_key(article: Article, options: ExtractOptions) -> str:
    """Cache key of one article's extraction: the whole request, hashed."""
    parts: dict[str, Any] = {
        "extractor": options.extractor,
        "text_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        # metadata the extractors read (dates resolve weekdays; titles go into the prompt)
        "meta": [article.id, article.title, article.published and article.published.isoformat()],
        "embedded": [span.model_dump(mode="json") for span in article.embedded],
    }
    if options.model:
        from consensus.prompts import load_prompt

        parts.update(
            model=options.model,
            api_base=options.api_base,
            prompt_hash=load_prompt(PROMPT_NAME).hash,
            schema_hash=claim_schema_hash(),
            params={
                "temperature": 0,
                "mode": os.environ.get("CONSENSUS_INSTRUCTOR_MODE", "json"),
                "max_retries": options.max_retries,
            },
        )
    else:
        from consensus.offline import OFFLINE_VERSION

        parts.update(extractor_version=OFFLINE_VERSION)
    return cache_key(parts)


async def _extract_one(article: Article, options: ExtractOptions) -> ClaimSet:
    if options.model is None:
        from consensus.offline import extract_offline

        return extract_offline(article)
    from consensus.llm import extract_with_llm

    return await extract_with_llm(
        article,
        model=options.model,
        api_base=options.api_base,
        max_retries=options.max_retries,
        timeout=options.timeout,
    )


async def aextract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float = 120.0,
    cache: ClaimCache | None = None,
    progress: ProgressCallback | None = None,
) -> ExtractionResult:
    """Extract claims from every article, at most `concurrency` model calls at a time.

    Cached claim sets are returned without any model call. A failing article becomes an
    ArticleFailure; the others finish and are cached. Results keep the articles' order.
    """
    options = resolve_options(model, api_base, concurrency, max_retries, timeout)
    semaphore = asyncio.Semaphore(options.concurrency)
    results: dict[str, ClaimSet] = {}
    failures: dict[str, ArticleFailure] = {}
    from_cache: set[str] = set()

    async def run(article: Article) -> None:
        key = request_key(article, options)
        cached = cache.get(key) if cache is not None else None
        if cached is not None:
            results[article.id] = cached
            from_cache.add(article.id)
        else:
            try:
                async with semaphore:
                    claim_set = await _extract_one(article, options)
            except ConsensusError as exc:
                failures[article.id] = ArticleFailure(article=article.id, error=str(exc))
            except Exception as exc:  # one article's bug must not sink the run
                message = redact(f"{type(exc).__name__}: {exc}").splitlines()[0]
                failures[article.id] = ArticleFailure(
                    article=article.id, error=f"{article.id}: {message}", kind="bug"
                )
            else:
                results[article.id] = claim_set
                if cache is not None:
                    cache.set(key, claim_set)
        if progress is not None:
            progress(article.id, article.id in results)

    await asyncio.gather(*(run(a) for a in articles))
    return ExtractionResult(
        articles=tuple(articles),
        claim_sets=tuple(results[a.id] for a in articles if a.id in results),
        failures=tuple(failures[a.id] for a in articles if a.id in failures),
        cached=tuple(a.id for a in articles if a.id in from_cache),
    )


def extract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float = 120.0,
    cache: ClaimCache | None = None,
    progress: ProgressCallback | None = None,
) -> ExtractionResult:
    """Blocking twin of `aextract_claims` (use that one inside a running event loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise ConfigError("extract_claims() called inside an event loop; await aextract_claims()")
    return asyncio.run(
        aextract_claims(
            articles,
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            max_retries=max_retries,
            timeout=timeout,
            cache=cache,
            progress=progress,
        )
    )
