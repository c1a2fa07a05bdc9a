"""Article -> ClaimSet for a whole run: picks the extractor, consults the cache, bounds concurrency.

Two extractors produce the same ClaimSet type: the offline rule-based one (default, no
network) and the LLM one (any litellm model, in llm.py). A failure on one article is recorded
as an ArticleFailure for that article; every other article still finishes and is cached as
soon as it is done, so a re-run repeats only the failed articles.

An LLM answer whose every claim was dropped (quotes not in the article, evidence that does
not carry its statement, schema errors) is a failure of kind "empty", not a result: it is not
cached (a re-run asks again) and the article is left out of the report. An empty claim list
that the model confirmed when asked again (llm.py does that) is a result: an article can
truly hold no checkable claim; it is cached and reported as "no claims". The offline
extractor's empty claim set is its deterministic answer and is kept and cached.

The offline extractor runs on chunks of at most OFFLINE_MAX_CHUNK_CHARS characters (see
consensus.chunking), so a 10 MB article takes seconds, not minutes; shorter articles are
extracted whole, exactly as before. The model-call timeout is `timeout` or CONSENSUS_TIMEOUT
(seconds), default 120.

Never import litellm here: llm.py is imported only when an article actually needs a model call,
so a fully cached run and the offline path never pay for it.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from consensus.cache import ClaimCache, cache_key
from consensus.errors import CacheError, ConfigError, ConsensusError, ExtractionError, redact
from consensus.models import (
    Article,
    ArticleFailure,
    ClaimSet,
    ExtractionResult,
    Usage,
)

DEFAULT_CONCURRENCY = 8
DEFAULT_TIMEOUT = 120.0
TIMEOUT_ENV = "CONSENSUS_TIMEOUT"
EMBED_MODEL_ENV = "CONSENSUS_EMBED_MODEL"
OFFLINE_MAX_CHUNK_CHARS = 100_000  # the offline rules are superlinear in article length

ProgressCallback = Callable[[str, bool], None]


@dataclass(frozen=True)
class ExtractOptions:
    """What decides how claims are extracted; everything here is part of the cache key,
    but `embed_model` (the vectors' model, keyed by consensus.vectors)."""

    model: str | None = None
    api_base: str | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    max_retries: int = 2
    timeout: float = DEFAULT_TIMEOUT
    embed_model: str | None = None  # None: offline vectors (consensus.vectors)

    @property
    def extractor(self) -> str:
        return "llm" if self.model else "offline"


def resolve_options(
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float | None = None,
    embed_model: str | None = None,
) -> ExtractOptions:
    """Fill model, api base, timeout and embedding model from CONSENSUS_MODEL / _API_BASE /
    _TIMEOUT / _EMBED_MODEL if unset. `api_base` serves the model and the embedding model."""
    model = model or os.environ.get("CONSENSUS_MODEL") or None
    embed_model = embed_model or os.environ.get(EMBED_MODEL_ENV) or None
    api_base = api_base or os.environ.get("CONSENSUS_API_BASE") or None
    if timeout is None:
        raw = os.environ.get(TIMEOUT_ENV, "").strip()
        try:
            timeout = float(raw) if raw else DEFAULT_TIMEOUT
        except ValueError:
            raise ConfigError(f"{TIMEOUT_ENV} must be a number of seconds, got {raw!r}") from None
    if not (timeout > 0 and math.isfinite(timeout)):
        raise ConfigError(
            f"the model-call timeout must be a positive, finite number of seconds, got {timeout}"
        )
    if concurrency < 1:
        raise ConfigError(f"--concurrency must be at least 1, got {concurrency}")
    if api_base and not (model or embed_model):
        raise ConfigError(
            "--api-base needs --model or --embed-model (e.g. --model openai/my-model)"
        )
    if api_base and not api_base.startswith(("http://", "https://")):
        raise ConfigError(f"--api-base must be an http(s) URL, got {api_base!r}")
    return ExtractOptions(model, api_base, concurrency, max_retries, timeout, embed_model)


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
        from consensus.llm import request_fingerprint  # no litellm import: hashes only

        parts.update(
            model=options.model,
            endpoint=endpoint_identity(options.api_base),
            fingerprint=request_fingerprint(options.model),
            params={"temperature": 0, "max_retries": options.max_retries},
        )
        from consensus.llm import max_chunk_chars

        limit = max_chunk_chars()
    else:
        from consensus.offline import OFFLINE_VERSION

        parts.update(extractor_version=OFFLINE_VERSION)
        limit = OFFLINE_MAX_CHUNK_CHARS
    if len(article.text) > limit:  # only then does the chunk size shape the result
        parts["chunk_chars"] = limit
    return cache_key(parts)


def endpoint_identity(api_base: str | None) -> str | None:
    """The part of --api-base that names which server answers: for the cache key.

    Decision: the endpoint belongs in the key. Local servers (llama.cpp, llama-cpp-python,
    Ollama, vLLM) answer with whatever model they loaded whatever the model name says, so
    without the endpoint a run against another server under the same name would be served
    the first server's claims. The price: moving the same server to another port or host
    makes the next run pay again (docs/local-models.md says so). Only scheme, host, port
    and path count (lower-cased host, default port and trailing slash dropped); userinfo and
    the query are left out (they carry credentials, not the model). The key is a sha256:
    the URL itself is never stored.
    """
    if not api_base:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(api_base.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(scheme)
    host = (parts.hostname or "").lower()
    netloc = host if port in (None, default) else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def _extract_offline(article: Article) -> ClaimSet:
    from consensus.offline import extract_offline

    if len(article.text) <= OFFLINE_MAX_CHUNK_CHARS:
        return extract_offline(article)
    from consensus.chunking import chunk_article, join_chunk_claims, split_text

    spans = split_text(article.text, OFFLINE_MAX_CHUNK_CHARS)
    results = [
        (start, extract_offline(chunk_article(article, start, end, n, len(spans))))
        for n, (start, end) in enumerate(spans, 1)
    ]
    first = results[0][1]
    return first.model_copy(
        update={
            "claims": join_chunk_claims(((s, r.claims) for s, r in results), article.text),
            "warnings": (
                f"extracted in {len(spans)} parts of <= {OFFLINE_MAX_CHUNK_CHARS} characters",
                *(w for _, r in results for w in r.warnings),
            ),
        }
    )


# Languages whose sentences the offline rules cannot even split (no spaces, no Latin
# capitals): named as a failure instead of returning a silent empty claim set.
OFFLINE_UNSUPPORTED_LANGUAGES = frozenset({"zh", "ja", "th"})


async def _extract_one(article: Article, options: ExtractOptions) -> ClaimSet:
    if options.model is None:
        if article.language in OFFLINE_UNSUPPORTED_LANGUAGES:
            raise ExtractionError(
                article.id,
                f"language {article.language} not supported by the offline extractor; use --model",
            )
        claim_set = _extract_offline(article)
        if not claim_set.claims and article.language not in ("en", "und"):
            # Its rules read English: nothing found in another language is not "no claims".
            raise ExtractionError(
                article.id,
                f"language {article.language} not supported by the offline extractor "
                "(no claim found); use --model",
            )
        return claim_set
    from consensus.llm import extract_with_llm

    return await extract_with_llm(
        article,
        model=options.model,
        api_base=options.api_base,
        max_retries=options.max_retries,
        timeout=options.timeout,
    )


class _NoClaims(ExtractionError):
    """A model answer with no grounded claim: reported as a failure, never cached."""


def _no_claims_problem(model: str, claim_set: ClaimSet) -> str:
    reasons = [w for w in claim_set.warnings if w.startswith("dropped")]
    why = f"; first: {reasons[0]}" if reasons else ""
    return (
        f"model {model}: no usable claim ({claim_set.dropped} dropped{why}); "
        "not cached, a re-run asks again"
    )[:400]


async def aextract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float | None = None,
    cache: ClaimCache | None = None,
    progress: ProgressCallback | None = None,
    embed_model: str | None = None,
) -> ExtractionResult:
    """Extract claims from every article, at most `concurrency` model calls at a time.

    Cached claim sets are returned without any model call. A failing article becomes an
    ArticleFailure; the others finish and are cached. Results keep the articles' order.
    `embed_model` is not used here; with it, `api_base` may serve the embeddings alone.
    """
    options = resolve_options(model, api_base, concurrency, max_retries, timeout, embed_model)
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
                if options.model and not claim_set.claims and claim_set.dropped:
                    empty = _NoClaims(article.id, _no_claims_problem(options.model, claim_set))
                    empty.usage = claim_set.usage
                    raise empty
            except _NoClaims as exc:
                failures[article.id] = ArticleFailure(
                    article=article.id,
                    error=redact(exc.problem),
                    kind="empty",
                    usage=exc.usage or Usage(),
                )
            except ConsensusError as exc:
                problem = redact(exc.problem) if isinstance(exc, ExtractionError) else str(exc)
                failures[article.id] = ArticleFailure(  # (the article is named by `article`)
                    article=article.id, error=problem, usage=getattr(exc, "usage", None) or Usage()
                )
            except Exception as exc:  # one article's bug must not sink the run
                message = redact(f"{type(exc).__name__}: {exc}").splitlines()[0]
                failures[article.id] = ArticleFailure(article=article.id, error=message, kind="bug")
            else:
                if cache is not None:
                    try:
                        cache.set(key, claim_set)
                    except CacheError as exc:  # the result is good; only the re-run pays again
                        note = f"not cached: {exc}".splitlines()[0]  # (api.NOT_CACHED)
                        claim_set = claim_set.model_copy(
                            update={"warnings": (*claim_set.warnings, note)}
                        )
                results[article.id] = claim_set
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
    timeout: float | None = None,
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
