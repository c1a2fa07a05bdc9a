"""The `consensus` command line: a thin shell over the library.

The only module that prints, reads the environment for UX, or exits. Library errors
(ConsensusError) become one line on stderr and an exit code:

    0  everything was read and extracted
    1  the run finished but some inputs or articles failed (they are named; the rest is output)
    2  usage error: bad options, or nothing readable at all

Heavy modules (pydantic models, rich, litellm) are imported inside commands so that
`consensus --help` stays fast; litellm is imported only when a model call is actually made.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from consensus.api import RunOutcome
    from consensus.cache import ClaimCache
    from consensus.models import Article, ClaimSet, ExtractionResult

app = typer.Typer(
    name="consensus",
    help="What news sources agree on, contest, and say alone — every line cited.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
cache_app = typer.Typer(help="Inspect or clear the claim cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


class ExtractFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class ReportFormat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


PathsArg = Annotated[
    list[str], typer.Argument(help="Article files, directories (recursive) or '-' for stdin.")
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        envvar="CONSENSUS_MODEL",
        help="Any litellm model string (e.g. openai/gpt-4o-mini). Unset: offline extractor.",
    ),
]
ApiBaseOpt = Annotated[
    str | None,
    typer.Option(
        "--api-base",
        envvar="CONSENSUS_API_BASE",
        help="Base URL of an OpenAI-compatible server (llama.cpp, vLLM, Ollama).",
    ),
]
EmbedModelOpt = Annotated[
    str | None,
    typer.Option(
        "--embed-model",
        envvar="CONSENSUS_EMBED_MODEL",
        help="litellm embedding model for aligning claims (e.g. openai/text-embedding-3-small,"
        " ollama/nomic-embed-text); --api-base applies to it. Unset: offline vectors.",
    ),
]
ConcurrencyOpt = Annotated[
    int, typer.Option("--concurrency", "-j", min=1, help="Model calls in flight at once.")
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option("--cache-dir", envvar="CONSENSUS_CACHE_DIR", help="Cache directory."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to FILE, not stdout.")]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        min=0.001,
        # CONSENSUS_TIMEOUT is read by extract.resolve_options, which names it in a one-line
        # error when it is not a number (click's own env-var error spans four lines).
        help="Seconds to wait for one model call [env CONSENSUS_TIMEOUT; default 120].",
    ),
]


def _err(message: str) -> None:
    if _BIDI_CONTROLS.search(message):  # a file name or title that would reverse the line
        from consensus.render import defuse_bidi

        message = defuse_bidi(message)
    typer.echo(message, err=True)


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")  # render.defuse_bidi's set


def _fail(exc: Exception) -> typer.Exit:
    from consensus.errors import ConsensusError, redact

    if isinstance(exc, ConsensusError):
        _err(f"error: {exc}")
        return typer.Exit(getattr(exc, "exit_code", 1))
    _err(f"error: {redact(type(exc).__name__ + ': ' + str(exc)).splitlines()[0]}")
    return typer.Exit(1)


class _Progress:
    """A rich progress bar on stderr, shown only for multi-article runs on a terminal."""

    def __init__(self, total: int) -> None:
        self._bar: Any = None
        if total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._task = self._bar.add_task("extracting claims", total=total)

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, article_id: str, ok: bool) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)


def _run(
    paths: list[str],
    *,
    model: str | None,
    api_base: str | None,
    concurrency: int,
    cache_dir: Path | None,
    no_cache: bool,
    summarize: bool,
    timeout: float | None = None,
    outlets: Path | None = None,
    embed_model: str | None = None,
) -> RunOutcome:
    from consensus.api import arun, open_cache, read_inputs
    from consensus.extract import resolve_options

    # usage errors first
    resolve_options(model, api_base, concurrency, timeout=timeout, embed_model=embed_model)
    table = None
    if outlets is not None:
        from consensus.outlets import load_outlets

        table = load_outlets(outlets)
    skipped: list[Path] = []
    articles, input_errors = read_inputs(paths, skipped=skipped)
    for error in input_errors:
        _err(f"error: {error}")
    from consensus.ingest.inputs import warning_lines

    for line in warning_lines(articles):
        _err(f"warning: {line}")
    notes: list[str] = []  # (the cache's lines: on stderr now, in the report's warnings too)

    def note(message: str) -> None:
        notes.append(message)
        _err(f"warning: {message}")

    cache = open_cache(cache_dir, enabled=not no_cache, warn=note)
    try:
        with _Progress(len(articles)) as progress:
            outcome = asyncio.run(
                arun(
                    articles=articles,
                    model=model,
                    api_base=api_base,
                    concurrency=concurrency,
                    cache=cache,
                    progress=progress,
                    summarize=summarize,
                    timeout=timeout,
                    outlets=table,
                    embed_model=embed_model,
                )
            )
    finally:
        if cache is not None:
            cache.close()
    outcome.input_errors = input_errors
    outcome.skipped = len(skipped)
    outcome.warnings = notes
    return outcome


def _summary_line(outcome: RunOutcome) -> str:
    ex = outcome.extraction
    total = len(ex.articles) + len(outcome.input_errors)
    head = f"{len(ex.claim_sets)} of {total} inputs extracted"
    if ex.cached:
        head += f" ({len(ex.cached)} from cache)"
    if outcome.skipped:
        n = outcome.skipped
        head += f", {n} file{'s' if n != 1 else ''} skipped (not an article type)"
    parts = [head, f"{sum(len(cs.claims) for cs in ex.claim_sets)} claims"]
    dropped = sum(cs.dropped for cs in ex.claim_sets)
    if dropped:
        parts.append(f"{dropped} claims dropped (quotes not found or not carrying the claim)")
    empty = sum(1 for cs in ex.claim_sets if cs.extractor == "llm" and not cs.claims)
    if empty:  # a confirmed empty answer: a result, not a failure
        parts.append(f"{empty} with no claims")
    failed = len(ex.failures) + len(outcome.input_errors)
    if failed:
        parts.append(f"{failed} failed (named above)")
    if any(cs.model for cs in ex.claim_sets) or any(f.usage.requests for f in ex.failures):
        usage = ex.run_usage
        parts.append(
            f"{usage.requests} model requests this run, {usage.prompt_tokens}+"
            f"{usage.completion_tokens} tokens, ${usage.cost_usd:.4f}"
        )
    return "; ".join(parts)


def _report_failures(outcome: RunOutcome) -> None:
    from consensus.api import not_cached_lines

    for failure in outcome.extraction.failures:
        _err(f"failed: {failure.line()}")
    for line in not_cached_lines(outcome.extraction.claim_sets):  # (a full disk: once per reason)
        _err(f"warning: {line}")


def _write(text: str, out: Path | None) -> bool:
    """Write `text` to `out` (atomically) or stdout; on failure say so in one line, return False."""
    if out is None:
        try:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
            sys.stdout.flush()
        except OSError as exc:
            _err(f"error: cannot write to stdout: {exc.strerror or exc}")
            _discard_stdout()
            return False
        return True
    tmp = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)  # never leave a half-written report behind
    except OSError as exc:
        _err(f"error: cannot write {out}: {exc.strerror or exc}")
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    _err(f"wrote {out}")
    return True


def _discard_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's own final flush does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (a test runner's buffer)
        pass


def _article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "embedded": [s.model_dump(mode="json") for s in article.embedded],
    }


def extraction_json(extraction: ExtractionResult) -> dict[str, Any]:
    """The stable JSON contract of `consensus extract --format json`."""
    return {
        "articles": [_article_json(a) for a in extraction.articles],
        "claim_sets": [cs.model_dump(mode="json") for cs in extraction.claim_sets],
        "failures": [f.model_dump(mode="json") for f in extraction.failures],
        "usage": extraction.usage.model_dump(mode="json"),
    }


def _format_claim_set(article: Article, claim_set: ClaimSet) -> str:
    meta = ", ".join(
        x
        for x in (
            article.outlet,
            article.published.isoformat() if article.published else None,
        )
        if x
    )
    head = f"== {article.id}" + (f" — {article.title}" if article.title else "")
    head += f" ({meta})" if meta else ""
    source = claim_set.model or claim_set.extractor
    lines = [head, f"   {len(claim_set.claims)} claims by {source}"]
    for n, claim in enumerate(claim_set.claims, 1):
        tags = [claim.kind.value]
        if claim.polarity.value == "denies":
            tags.append("denies")
        if claim.speaker:
            tags.append(f"speaker: {claim.speaker}")
        if claim.time and claim.time.date:
            tags.append(f"when: {claim.time.date.isoformat()}")
        lines.append(f"{n:3}. {claim.statement}  [{'; '.join(tags)}]")
        if claim.hedges:
            lines.append(f"     hedged: {', '.join(claim.hedges)}")
        for ev in claim.evidence:
            quote = ev.quote if len(ev.quote) <= 160 else ev.quote[:157] + "..."
            lines.append(f"     “{quote}” @{ev.start}-{ev.end}")
    if claim_set.dropped:
        lines.append(
            f"   ({claim_set.dropped} claims dropped: their quotes are not in the article)"
        )
    return "\n".join(lines)


@app.command()
def extract(
    paths: PathsArg,
    model: ModelOpt = None,
    api_base: ApiBaseOpt = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.text,
    concurrency: ConcurrencyOpt = 8,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    out: OutOpt = None,
    timeout: TimeoutOpt = None,
) -> None:
    """Pull typed claims, each grounded in a verbatim quote, out of every article."""
    try:
        outcome = _run(
            paths,
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            cache_dir=cache_dir,
            no_cache=no_cache,
            summarize=False,
            timeout=timeout,
        )
    except Exception as exc:
        raise _fail(exc) from None
    ex = outcome.extraction
    if fmt is ExtractFormat.json:
        data = extraction_json(ex)
        data["failures"] += [f.model_dump(mode="json") for f in outcome.input_failures()]
        if lines := outcome.warning_lines():  # (left out when there is none, as in reports)
            data["warnings"] = lines
        text = json.dumps(data, ensure_ascii=False, indent=2)
    elif fmt is ExtractFormat.jsonl:
        rows = []
        for cs in ex.claim_sets:
            for claim in cs.claims:
                row = {"article": cs.article, "extractor": cs.extractor, "model": cs.model}
                row.update(claim.model_dump(mode="json"))
                rows.append(json.dumps(row, ensure_ascii=False))
        text = "\n".join(rows)
    else:
        by_id = {a.id: a for a in ex.articles}
        text = "\n\n".join(_format_claim_set(by_id[cs.article], cs) for cs in ex.claim_sets)
    from consensus.render import defuse_bidi

    written = _write(defuse_bidi(text, json_text=fmt is not ExtractFormat.text), out)
    _report_failures(outcome)
    _err(_summary_line(outcome))
    raise typer.Exit(0 if outcome.ok and written else 1)


@app.command()
def summarize(
    paths: PathsArg,
    model: ModelOpt = None,
    api_base: ApiBaseOpt = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
    concurrency: ConcurrencyOpt = 8,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    out: OutOpt = None,
    timeout: TimeoutOpt = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Markdown: list every single-source point and dated point (no fold)."
        ),
    ] = False,
    outlets: Annotated[
        Path | None,
        typer.Option(
            "--outlets",
            metavar="FILE",
            help="TOML table of outlet labels, used instead of the built-in one.",
        ),
    ] = None,
    embed_model: EmbedModelOpt = None,
) -> None:
    """Report what the sources agree on, contest, and say alone, every line cited."""
    try:
        outcome = _run(
            paths,
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            cache_dir=cache_dir,
            no_cache=no_cache,
            summarize=True,
            timeout=timeout,
            outlets=outlets,
            embed_model=embed_model,
        )
        from consensus.render import render

        report = outcome.full_report()
        text = render(report, fmt.value, show_all=show_all)
    except Exception as exc:
        raise _fail(exc) from None
    if out is None and fmt is ReportFormat.md and sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
        written = True
    else:
        written = _write(text, out)
    _report_failures(outcome)
    _err(_summary_line(outcome))
    raise typer.Exit(0 if outcome.ok and written else 1)


@app.command()
def schema(
    what: Annotated[
        str, typer.Argument(help="'report' (summarize --format json) or 'claims' (LLM answer).")
    ] = "report",
) -> None:
    """Print the JSON Schema of the report (default) or of the claims the model returns."""
    if what == "report":
        from consensus.render import report_json_schema

        if not _write(report_json_schema(), None):
            raise typer.Exit(1)
    elif what == "claims":
        from consensus.models import ClaimDrafts

        if not _write(json.dumps(ClaimDrafts.model_json_schema(), indent=2, sort_keys=True), None):
            raise typer.Exit(1)
    else:
        _err(f"error: unknown schema {what!r}; choose 'report' or 'claims'")
        raise typer.Exit(2)


def _open_cache(cache_dir: Path | None) -> ClaimCache:
    from consensus.cache import ClaimCache

    return ClaimCache(cache_dir)


@cache_app.command("info")
def cache_info(cache_dir: CacheDirOpt = None) -> None:
    """Where the cache is, how many entries it holds and how big it is."""
    try:
        with _open_cache(cache_dir) as cache:
            info = cache.info()
    except Exception as exc:
        raise _fail(exc) from None
    typer.echo(f"directory: {info['directory']}")
    typer.echo(f"entries:   {info['entries']}")
    typer.echo(f"size:      {info['size_bytes']:,} bytes (limit {info['size_limit']:,})")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Delete every cached claim set."""
    try:
        with _open_cache(cache_dir) as cache:
            removed = cache.clear()
    except Exception as exc:
        raise _fail(exc) from None
    typer.echo(f"removed {removed} entries")


def _show_version(value: bool) -> None:
    if value:
        from consensus import __version__

        typer.echo(f"consensus {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Show the version and exit.", is_eager=True, callback=_show_version
        ),
    ] = False,
) -> None:
    """What news sources agree on, contest, and say alone — every line cited."""


def main() -> None:
    app()


# --- consensus batch ---------------------------------------------------------------------


class BatchExecutor(StrEnum):
    local = "local"
    ray = "ray"


class _StoryProgress:
    """Stories done of total, as a rich bar on stderr; only on a terminal."""

    def __init__(self) -> None:
        self._enabled = sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, story_id: str, outcome: str) -> None:
        if not self._enabled:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._task = self._bar.add_task("stories", total=total)
            self._bar.start()
        self._bar.update(self._task, completed=done, description=f"stories ({story_id})")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@app.command()
def batch(
    input: Annotated[
        str,
        typer.Argument(
            help="A directory of story folders (one story per subfolder), or a JSON Lines "
            "file of articles ('-' for stdin) with or without a story id field "
            "(story, story_id, cluster, event_id); articles without one are clustered.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory of the brief.")],
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="Keep articles published on or after DATE.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Keep articles published on or before DATE.")
    ] = None,
    executor: Annotated[
        BatchExecutor, typer.Option(help="Run stories on this event loop, or as Ray tasks.")
    ] = BatchExecutor.local,
    model: ModelOpt = None,
    api_base: ApiBaseOpt = None,
    concurrency: ConcurrencyOpt = 8,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    min_origins: Annotated[
        int, typer.Option(min=1, help="Independent origins a story needs to make the brief.")
    ] = 2,
    embed_model: EmbedModelOpt = None,
) -> None:
    """Daily brief: a report per story plus DIR/index.{md,html,json}; re-runs resume."""
    from consensus.batching import batch as run_batch

    progress = _StoryProgress()
    try:
        result = run_batch(
            input,
            out,
            since=since,
            until=until,
            executor=executor.value,
            model=model,
            api_base=api_base,
            concurrency=concurrency,
            cache_dir=cache_dir,
            use_cache=not no_cache,
            min_origins=min_origins,
            progress=progress,
            embed_model=embed_model,
        )
    except Exception as exc:
        raise _fail(exc) from None
    finally:
        progress.close()
    index = result.index
    for warning in result.warnings:
        _err(f"warning: {warning}")
    for error in index["input_errors"]:
        _err(f"error: {error}")
    for story in index["stories"]:
        for line in story.get("warnings", ()):  # its own (its articles' are said above)
            _err(f"warning: story {story['id']}: {line}")
        if story["status"] == "failed":
            _err(f"failed: story {story['id']}: {story['error']}")
        for failure in story["failures"]:  # each bad article, unless the error line said it
            if story["status"] != "failed" or failure not in story["error"]:
                _err(f"failed: story {story['id']}: {failure}")
    c = index["counts"]
    dates = f"{c['undated']} undated, kept"
    if c["filtered_out"]:
        dates += f"; {c['filtered_out']} outside --since/--until"
    stories = f"{c['stories']} {'story' if c['stories'] == 1 else 'stories'}"
    failed = f"{c['failed']} failed"
    incomplete = [s for s in index["stories"] if s["status"] != "failed" and s["failures"]]
    if incomplete:  # finished with failed articles: each failure has its failed: line above
        n = sum(len(s["failures"]) for s in incomplete)
        failed += f", {len(incomplete)} incomplete ({n} failed article{'s' if n != 1 else ''})"
    _err(
        f"{stories}: {c['brief']} in the brief, {c['single_origin']} single-origin, "
        f"{failed}; {result.processed} run, {result.skipped} skipped (already done); "
        f"{c['articles']} articles ({dates})"
    )
    _err(f"brief: {out / 'index.html'}")
    raise typer.Exit(0 if result.ok else 1)
