"""Where the stories of a batch run: on this event loop ("local") or as Ray tasks ("ray").

Both run the same `run_story` (extract through the cache, then `batch.build_story`) and
hand every finished story to a callback in the main process, which writes its files; so
both executors write the same bytes. A story's exception becomes a failed StoryOutput with
a one-line error; the other stories go on.

local  every story is a coroutine on one event loop; model calls of all stories share one
       limit of `concurrency` calls in flight. Cached articles take no slot.
ray    a local Ray instance (2 CPUs, no dashboard); each story is one remote task that
       opens the on-disk cache itself (diskcache is safe across processes) and returns the
       rendered texts. At most 2 stories run at once, each with up to `concurrency` model
       calls in flight. `ray` is imported only here, and only when asked for.

Never prints, exits or writes files.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from consensus.batching import StoryJob, StoryOutput, build_story, failed_output
from consensus.cache import ClaimCache, open_or_bypass
from consensus.errors import ConfigError
from consensus.extract import ExtractOptions, aextract_claims, request_key
from consensus.models import Article, ArticleFailure, ClaimSet, ExtractionResult

OnDone = Callable[[StoryOutput], None]
RAY_MISSING = "ray is not installed: pip install 'consensus[ray]'"
RAY_OBJECT_STORE_BYTES = 256 * 1024**2  # the machine is shared; stories are small


async def extract_story(
    articles: Sequence[Article],
    options: ExtractOptions,
    cache: ClaimCache | None,
    slots: asyncio.Semaphore,
) -> ExtractionResult:
    """`aextract_claims` for one story, drawing model calls from a limit shared by stories."""
    found: dict[str, ClaimSet] = {}
    misses: list[Article] = []
    for article in articles:
        hit = cache.get(request_key(article, options)) if cache is not None else None
        if hit is not None:
            found[article.id] = hit
        else:
            misses.append(article)

    async def one(article: Article) -> ExtractionResult:
        async with slots:
            return await aextract_claims(
                [article],
                model=options.model,
                api_base=options.api_base,
                concurrency=1,
                max_retries=options.max_retries,
                timeout=options.timeout,
                cache=cache,
                embed_model=options.embed_model,
            )

    failures: dict[str, ArticleFailure] = {}
    for result in await asyncio.gather(*(one(a) for a in misses)):
        found.update((cs.article, cs) for cs in result.claim_sets)
        failures.update((f.article, f) for f in result.failures)
    return ExtractionResult(
        articles=tuple(articles),
        claim_sets=tuple(found[a.id] for a in articles if a.id in found),
        failures=tuple(failures[a.id] for a in articles if a.id in failures),
    )


async def run_story(
    job: StoryJob, options: ExtractOptions, cache: ClaimCache | None, slots: asyncio.Semaphore
) -> StoryOutput:
    """The whole pipeline of one story; any exception becomes a failed StoryOutput."""
    try:
        extraction = await extract_story(job.story.articles, options, cache, slots)
        return build_story(job, extraction, options=options, cache=cache)
    except Exception as exc:  # one story's bug must not sink the batch
        return failed_output(job, exc)


async def run_local(
    jobs: Sequence[StoryJob], options: ExtractOptions, cache_dir: Path | None, on_done: OnDone
) -> None:
    """Run every story on this event loop, handing each result to `on_done` as it finishes."""
    cache = open_or_bypass(cache_dir) if cache_dir is not None else None
    slots = asyncio.Semaphore(options.concurrency)

    async def one(job: StoryJob) -> None:
        on_done(await run_story(job, options, cache, slots))

    try:
        await asyncio.gather(*(one(job) for job in jobs))
    finally:
        if cache is not None:
            cache.close()


# --- Ray -------------------------------------------------------------------------------------

_worker_caches: dict[Path, ClaimCache] = {}


def check_ray() -> None:
    """Raise the one-line usage error when ray is missing, without paying for its import."""
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        raise ConfigError(RAY_MISSING)


def import_ray() -> ModuleType:
    try:
        import ray
    except ImportError:
        raise ConfigError(RAY_MISSING) from None
    return ray


def ray_story(job: StoryJob, options: ExtractOptions, cache_dir: Path | None) -> StoryOutput:
    """Body of the Ray task: one story in a worker process, with that worker's cache handle."""
    cache = None
    if cache_dir is not None:
        cache = _worker_caches.get(cache_dir)
        if cache is None:
            cache = open_or_bypass(cache_dir)
            if cache is not None:
                _worker_caches[cache_dir] = cache

    async def go() -> StoryOutput:
        return await run_story(job, options, cache, asyncio.Semaphore(options.concurrency))

    return asyncio.run(go())


def run_ray(
    jobs: Sequence[StoryJob], options: ExtractOptions, cache_dir: Path | None, on_done: OnDone
) -> None:
    """Run every story as a Ray task on a local instance; results are handed to `on_done`."""
    ray: Any = import_ray()
    started = not ray.is_initialized()
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        ignore_reinit_error=True,
        log_to_driver=False,
        logging_level=logging.ERROR,
        object_store_memory=RAY_OBJECT_STORE_BYTES if started else None,
    )
    try:
        task = ray.remote(max_retries=0)(ray_story)
        pending: dict[Any, StoryJob] = {task.remote(job, options, cache_dir): job for job in jobs}
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                job = pending.pop(ref)
                try:
                    output: StoryOutput = ray.get(ref)
                except Exception as exc:  # the worker died or the result did not unpickle
                    output = failed_output(job, exc)
                on_done(output)
    finally:
        if started:
            ray.shutdown()
