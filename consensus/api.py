"""The whole job as library calls: paths -> articles -> claims -> origins -> report.

Effects live here and in cli.py: reading inputs, the cache, the model calls. The stages it
calls (merge, render) stay pure. Never import litellm here (extract.py decides when to).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consensus.cache import ClaimCache, open_or_bypass
from consensus.errors import InputError, RunError, UsageError
from consensus.extract import DEFAULT_CONCURRENCY, ProgressCallback, aextract_claims
from consensus.models import Article, ArticleFailure, ClaimSet, ExtractionResult, Report
from consensus.outlets import OutletTable

if TYPE_CHECKING:
    from consensus.vectors import Vectors


@dataclass
class RunOutcome:
    """What a run produced, including the inputs that could not be read."""

    extraction: ExtractionResult
    input_errors: list[InputError] = field(default_factory=list)
    report: Report | None = None
    skipped: int = 0  # files in input directories that are not of an article type

    @property
    def ok(self) -> bool:
        return not self.input_errors and not self.extraction.failures

    def full_report(self) -> Report:
        """The report, with unreadable inputs listed among its failures."""
        if self.report is None:
            raise RunError("this run did not build a report (summarize=False)")
        extra = self.input_failures()
        return self.report.model_copy(update={"failures": self.report.failures + extra})

    def input_failures(self) -> tuple[ArticleFailure, ...]:
        """Unreadable inputs as failures (kind "input"), as both `extract` and reports list them."""
        return tuple(
            ArticleFailure(article=e.source, error=str(e), kind="input") for e in self.input_errors
        )


def read_inputs(
    paths: Iterable[str | Path], *, skipped: list[Path] | None = None
) -> tuple[list[Article], list[InputError]]:
    """Every readable article plus one error per unreadable input; raises if none is readable.

    Files of other types found in directories are appended to `skipped` when it is given.
    """
    from consensus.ingest import collect_articles

    paths = list(paths)
    if not paths:
        raise UsageError("no input paths given")
    articles, errors = collect_articles(paths, skipped=skipped)
    if not articles:
        if len(errors) == 1:
            raise errors[0]
        names = ", ".join(e.source for e in errors) or ", ".join(map(str, paths))
        raise UsageError(f"no readable articles in {names}")
    return articles, errors


def open_cache(
    cache_dir: str | Path | None = None,
    *,
    enabled: bool = True,
    warn: Callable[[str], None] | None = None,
) -> ClaimCache | None:
    """The claim cache; None when disabled, or when it cannot be opened (read-only, locked,
    full: `warn` gets one line, else it is logged) so the run goes on without it."""
    return open_or_bypass(cache_dir, warn) if enabled else None


async def arun(
    paths: Iterable[str | Path] | None = None,
    *,
    articles: Sequence[Article] | None = None,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    cache: ClaimCache | None = None,
    progress: ProgressCallback | None = None,
    summarize: bool = False,
    timeout: float | None = None,
    outlets: OutletTable | None = None,
    embed_model: str | None = None,
) -> RunOutcome:
    """Read, extract and (with `summarize`) build the report. `embed_model` (or
    CONSENSUS_EMBED_MODEL) names a litellm embedding model for the merger's vectors, served
    from `api_base` when given; unset, the offline vectors are used."""
    from consensus.extract import resolve_options

    options = resolve_options(
        model, api_base, concurrency, timeout=timeout, embed_model=embed_model
    )
    errors: list[InputError] = []
    if articles is None:
        articles, errors = read_inputs(paths or [])
    extraction = await aextract_claims(
        articles,
        model=model,
        api_base=api_base,
        concurrency=concurrency,
        cache=cache,
        progress=progress,
        timeout=timeout,
        embed_model=options.embed_model,
    )
    outcome = RunOutcome(extraction=extraction, input_errors=errors)
    if summarize:
        outcome.report = build_report(
            extraction,
            outlets=outlets,
            embed_model=options.embed_model,
            api_base=options.api_base,
            cache=cache,
            timeout=options.timeout,
        )
    return outcome


def embed_for_merge(
    claim_sets: Sequence[ClaimSet],
    *,
    embed_model: str | None = None,
    api_base: str | None = None,
    cache: ClaimCache | None = None,
    timeout: float | None = None,
) -> Vectors:
    """Vectors of every text the merger compares (statements, figure slot words, and offline
    the clauses of long quotes: `merge/clause_cuts.py`).

    Offline (the bundled static model) unless `embed_model` names a litellm embedding model.
    Nothing is embedded, and the model is never loaded, when there is nothing to align.
    """
    from consensus.merge.align_gaps import aligned_read
    from consensus.merge.claim_words import align_words
    from consensus.merge.clause_backing import MAX_CLAIMS
    from consensus.merge.clause_cuts import clause_statements
    from consensus.merge.compare import texts_to_embed
    from consensus.vectors import Vectors, embed_texts

    statements = [c.statement for cs in claim_sets for c in cs.claims]
    # (a model's API is not paid for clauses: they link by words; a batch of many stories
    # backs no item by a clause, `clause_backing.MAX_CLAIMS`)
    if embed_model is None and len(statements) <= MAX_CLAIMS:
        statements += clause_statements(c for cs in claim_sets for c in cs.claims)
    if len({cs.article for cs in claim_sets if cs.claims}) < 2:
        return Vectors.empty()
    texts = texts_to_embed(statements)
    if embed_model is None and aligned_read():  # (the `align` column's words, while
        # a model reads the column: a model's API is not paid for them; with one, the column
        # aligns the content words it embeds)
        texts.update(w for s in statements for w in align_words(s))
    return embed_texts(
        texts,
        embed_model=embed_model,
        api_base=api_base,
        cache=cache,
        timeout=timeout,
    )


def build_report(
    extraction: ExtractionResult,
    *,
    vectors: Vectors | None = None,
    embed_model: str | None = None,
    api_base: str | None = None,
    cache: ClaimCache | None = None,
    outlets: OutletTable | None = None,
    timeout: float | None = None,
) -> Report:
    """Origins, vectors, merge, outlet labels (the built-in table unless `outlets`), then
    salience, summary and timeline (all pure stages but the vectors).

    With `embed_model` the vectors come from that litellm model (at `api_base`, each call
    waiting at most `timeout` s), cached in `cache`; EmbeddingError when it fails."""
    from consensus.body_articles import article_bodies
    from consensus.clause_citations import readable_citations
    from consensus.its_owners import name_its_owners
    from consensus.merge import merge
    from consensus.name_case import recase_names
    from consensus.origins import find_origins
    from consensus.outlets import label_articles
    from consensus.speaker_case import speaker_case
    from consensus.summary import add_summary

    origins = find_origins(extraction.articles)
    claim_sets = recase_names(extraction.articles, extraction.claim_sets)
    if vectors is None:
        vectors = embed_for_merge(
            claim_sets,
            embed_model=embed_model,
            api_base=api_base,
            cache=cache,
            timeout=timeout,
        )
    report = merge(
        extraction.articles,
        claim_sets,
        origins,
        failures=extraction.failures,
        vectors=vectors,
    )
    report = name_its_owners(report, extraction.articles)  # (display only: after the merge)
    report = article_bodies(report, extraction.articles)  # (display only: "The <Body> said")
    report = speaker_case(report, extraction.articles)  # (display only: a label's case)
    report = label_articles(report, extraction.articles, outlets)
    try:
        report = add_summary(report, extraction.articles, claim_sets)
    except Exception as exc:  # (a presentation step never costs the merged report)
        logging.getLogger("consensus").warning(
            "summary and timeline left out of the report: %s: %s", type(exc).__name__, exc
        )
    return readable_citations(report, extraction.articles)  # (last: what the reader checks)


async def asummarize(
    inputs: Iterable[str | Path] | Sequence[Article],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    outlets: str | Path | None = None,
    embed_model: str | None = None,
) -> Report:
    """Paths (files, directories, '-') or Article objects -> consensus Report.

    `outlets` names a TOML outlet table to use instead of the built-in one. `embed_model`
    names a litellm embedding model for the merger's vectors (default: offline vectors).

    Unreadable inputs and failed articles do not stop the run: they are listed in
    `Report.failures`. Raises UsageError only when nothing at all can be read.
    """
    from consensus.outlets import load_outlets

    table = load_outlets(outlets) if outlets is not None else None
    items = list(inputs)
    articles = items if items and all(isinstance(i, Article) for i in items) else None
    cache = open_cache(cache_dir, enabled=use_cache)
    try:
        outcome = await arun(
            None if articles is not None else items,  # type: ignore[arg-type]
            articles=articles,  # type: ignore[arg-type]
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            cache=cache,
            summarize=True,
            outlets=table,
            embed_model=embed_model,
        )
    finally:
        if cache is not None:
            cache.close()
    return outcome.full_report()


def summarize(
    inputs: Iterable[str | Path] | Sequence[Article],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    outlets: str | Path | None = None,
    embed_model: str | None = None,
) -> Report:
    """Blocking twin of `asummarize`."""
    import asyncio

    return asyncio.run(
        asummarize(
            inputs,
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            cache_dir=cache_dir,
            use_cache=use_cache,
            outlets=outlets,
            embed_model=embed_model,
        )
    )
