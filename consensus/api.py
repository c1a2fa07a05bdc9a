"""The whole job as library calls: paths -> articles -> claims -> origins -> report.

Effects live here and in cli.py: reading inputs, the cache, the model calls. The stages it
calls (merge, render) stay pure. Never import litellm here (extract.py decides when to).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
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
    warnings: list[str] = field(default_factory=list)  # (run-level: the cache, ...)

    @property
    def ok(self) -> bool:
        return not self.input_errors and not self.extraction.failures

    def full_report(self) -> Report:
        """The report, with unreadable inputs listed among its failures."""
        if self.report is None:
            raise RunError("this run did not build a report (summarize=False)")
        extra = self.input_failures()
        return self.report.model_copy(
            update={
                "failures": self.report.failures + extra,
                "warnings": (*self.warnings, *self.report.warnings),
            }
        )

    def warning_lines(self) -> list[str]:
        """Every warning of the run, one line each, as the CLI prints them after "warning: ":
        the run's (the cache), the inputs' (a bad date, a renamed id) and results the cache
        could not store. `full_report().warnings` holds the same lines."""
        from consensus.ingest.inputs import warning_lines

        return [
            *self.warnings,
            *warning_lines(self.extraction.articles),
            *not_cached_lines(self.extraction.claim_sets),
        ]

    def input_failures(self) -> tuple[ArticleFailure, ...]:
        """Unreadable inputs as failures (kind "input"), as both `extract` and reports list them;
        the error says what is wrong, the failure's `article` names the input (once)."""
        return tuple(
            ArticleFailure(article=e.source, error=e.problem, kind="input")
            for e in self.input_errors
        )


def read_inputs(
    paths: Iterable[str | Path], *, skipped: list[Path] | None = None
) -> tuple[list[Article], list[InputError]]:
    """Every readable article plus one error per unreadable input; raises if none is readable.

    Files of other types found in directories are appended to `skipped` when it is given.
    """
    from consensus.ingest import collect_articles

    paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    if not paths:
        raise UsageError("no input paths given")
    articles, errors = collect_articles(paths, skipped=skipped)
    if not articles:
        if len(errors) == 1:
            raise errors[0]
        raise none_readable(errors, [str(p) for p in paths])
    return articles, errors


def none_readable(errors: Sequence[InputError], inputs: Sequence[str] = ()) -> UsageError:
    """One line for "nothing could be read": the inputs (the first five, then how many more)
    and why: the one reason they share, else the first input's."""
    names = [e.source for e in errors] or list(inputs)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    problems = {e.problem for e in errors}
    why = ""
    if len(problems) == 1:
        why = f": {errors[0].problem}"
    elif errors:
        why = f"; first: {errors[0]}"
    return UsageError(f"no readable articles in {shown}{why}")


def read_any(
    inputs: str | Path | Iterable[str | Path | Article | Mapping[str, object]],
) -> tuple[list[Article], list[InputError]]:
    """What `summarize` accepts, in the order given: paths (files, directories, '-'),
    `Article` objects, and records as dicts with the keys a JSON feed's records have (text,
    title, url, published, outlet, id; named `<records>#N` in messages, N its place among the
    inputs). Ids are made unique over all of them ("-2", "-3" ... with a warning).

    Returns every readable article plus one error per unreadable input; raises UsageError for
    an input of another type, or when nothing at all is readable.
    """
    from consensus.ingest import collect_articles
    from consensus.ingest.inputs import unique_ids
    from consensus.ingest.records import collect_records

    items = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    if not items:
        raise UsageError("no inputs given")
    articles: list[Article] = []
    errors: list[InputError] = []
    for n, item in enumerate(items, 1):
        if isinstance(item, Article):
            articles.append(item)
            continue
        if isinstance(item, Mapping):
            got, bad = collect_records([(f"<records>#{n}", dict(item))])
        elif isinstance(item, str | os.PathLike):
            got, bad = collect_articles([item])
        else:
            raise UsageError(
                f"input {n} is of type {type(item).__name__}: give a path, an Article or a "
                "dict record"
            )
        articles += got
        errors += bad
    if not articles:
        if len(errors) == 1:
            raise errors[0]
        raise none_readable(errors)
    return unique_ids(articles), errors


def open_cache(
    cache_dir: str | Path | None = None,
    *,
    enabled: bool = True,
    warn: Callable[[str], None] | None = None,
) -> ClaimCache | None:
    """The claim cache; None when disabled, or when it cannot be opened (read-only, locked,
    full: `warn` gets one line, else it is logged) so the run goes on without it. A database
    file that was not SQLite and was moved aside is one `warn` line too."""
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
    else:  # (Articles a caller built: two with one id are renamed, not a failed run)
        from consensus.ingest.inputs import unique_ids

        articles = unique_ids(list(articles))
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
    from consensus.answered_refs import answered_refs
    from consensus.body_articles import article_bodies
    from consensus.clause_citations import readable_citations
    from consensus.ingest.inputs import warning_lines
    from consensus.its_owners import name_its_owners
    from consensus.merge import merge
    from consensus.name_case import recase_names
    from consensus.origins import find_origins
    from consensus.outlets import label_articles
    from consensus.said_frames import said_frames
    from consensus.speaker_case import speaker_case
    from consensus.summary import add_summary

    notes = warning_lines(extraction.articles)  # (the lines the CLI prints on stderr)
    notes += not_cached_lines(extraction.claim_sets)
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
    report = said_frames(report, extraction.articles)  # (display only: a cut claim's "X said")
    report = answered_refs(report, extraction.articles)  # (display only: what "the claim" is)
    report = speaker_case(report, extraction.articles)  # (display only: a label's case)
    report = label_articles(report, extraction.articles, outlets)
    try:
        report = add_summary(report, extraction.articles, claim_sets)
    except Exception as exc:  # (a presentation step never costs the merged report)
        note = f"summary and timeline left out of the report: {type(exc).__name__}: {exc}"
        logging.getLogger("consensus").warning("%s", note)
        notes.append(note)
    report = readable_citations(report, extraction.articles)  # (last: what the reader checks)
    return report.model_copy(update={"warnings": tuple(notes)}) if notes else report


NOT_CACHED = "not cached: "  # (the ClaimSet note `extract` adds when a result was not stored)


def not_cached_lines(claim_sets: Iterable[ClaimSet]) -> list[str]:
    """One line per reason a result could not be stored in the cache (a full disk, a lock
    held too long), with how many results it concerns: the results were used all the same.
    The same text is in `Report.warnings` and, after "warning: ", on the CLI's stderr."""
    counts: dict[str, int] = {}
    for claim_set in claim_sets:
        for note in claim_set.warnings:
            if note.startswith(NOT_CACHED):
                reason = note.removeprefix(NOT_CACHED)
                counts[reason] = counts.get(reason, 0) + 1
    return [
        f"{reason}; {n} result{'s' if n != 1 else ''} not cached (used all the same)"
        for reason, n in counts.items()
    ]


async def asummarize(
    inputs: str | Path | Iterable[str | Path | Article | Mapping[str, object]],
    *,
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    outlets: str | Path | None = None,
    embed_model: str | None = None,
) -> Report:
    """A path, or any mix of paths (files, directories, '-'), Article objects and dict
    records (`read_any`) -> consensus Report.

    `outlets` names a TOML outlet table to use instead of the built-in one. `embed_model`
    names a litellm embedding model for the merger's vectors (default: offline vectors).

    Unreadable inputs and failed articles do not stop the run: they are listed in
    `Report.failures`; what was noticed on the way without losing an article (a date that
    does not parse, a renamed id, a cache that could not be opened or could not store a
    result) is in `Report.warnings`, one line each, as the CLI prints it on stderr. Raises
    UsageError only when nothing at all can be read, or for an input of another type.
    """
    from consensus.outlets import load_outlets

    table = load_outlets(outlets) if outlets is not None else None
    articles, errors = read_any(inputs)
    notes: list[str] = []

    def note(message: str) -> None:
        notes.append(message)
        logging.getLogger("consensus").warning("%s", message)

    cache = open_cache(cache_dir, enabled=use_cache, warn=note)
    try:
        outcome = await arun(
            articles=articles,
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
    outcome.input_errors = errors
    outcome.warnings = notes
    return outcome.full_report()


def summarize(
    inputs: str | Path | Iterable[str | Path | Article | Mapping[str, object]],
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
