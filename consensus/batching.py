"""Daily briefs at scale: many stories in, one report per story and a brief (index) out.

    plan   INPUT -> stories. INPUT is a directory of story folders (each immediate subfolder
           is one story, id = folder name, its articles read recursively), a directory of
           loose articles, or a JSON / JSON Lines stream (file or "-") whose records may
           carry a story id (`story`, `story_id`, `cluster`, `event_id`, in any case and with
           or without "_" / "-": `storyId`, `cluster_id`), under the wrappers ingest reads
           (`articles`, `results`, ...). Articles without a story id are grouped by
           `stories.cluster_stories`. `since`/`until` keep articles
           published in [since, until]; undated articles are kept and counted.
    run    per story: extract (through the cache) -> origins -> merge -> render. Where that
           runs is the executors' business (executors.py); *what* runs is `build_story`.
    write  DIR/stories/<dir>/report.{json,md,html}, then done.json LAST. Every file goes to
           a temporary name first and is renamed into place, so an interrupted run never
           leaves a half-written report, and a story is done only when its done.json exists
           and holds the story's current fingerprint (a re-run skips it, reusing the summary
           stored in done.json).
    index  DIR/index.{json,md,html}: the brief (the manifest here, its text in brief.py).
           Stories with at least `min_origins` independent origins, by origins (desc) then
           id; then single-origin stories (by id); then failed stories (by id) with their
           error. Index files are rewritten only when their bytes change, so a re-run with
           nothing to do touches no file.

Fingerprint of a story: sha256 of the canonical JSON of BATCH_FORMAT, the story id and, per
article (sorted by id), its id, the sha256 of its text, the sha256 of its metadata and its
extraction request key (extractor and version, model, prompt and schema hashes), and, when
the run names one, the embedding model and its endpoint (`--embed-model`).

Independent origins of a story: the origin groups of its report that hold at least one
article whose claims were extracted.

The module is `batching`, not `batch`, so that `consensus.batch` is always the function:
importing a submodule named `batch` would rebind the package attribute to the module.

Everything written is a pure function of the inputs and options (no clock, no machine
paths, no randomness), so the local and the Ray executor write the same bytes. This module
never prints or exits (cli.py does), and never imports litellm or ray.

The plan step lives in `batching_plan` (re-exported here: `Plan`, `StoryInput`,
`plan_batch`); this module runs, writes and indexes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, NamedTuple, TextIO

from consensus.batching_plan import Plan, StoryInput, plan_batch
from consensus.cache import canonical_json, default_cache_dir, open_or_bypass, sha256_hex
from consensus.errors import ConfigError, ConsensusError, InputError, RunError, redact
from consensus.extract import (
    DEFAULT_CONCURRENCY,
    ExtractOptions,
    endpoint_identity,
    request_key,
    resolve_options,
)
from consensus.models import ArticleFailure, ContestedItem, ExtractionResult, Report

__all__ = [
    "BATCH_FORMAT",
    "BatchResult",
    "Plan",
    "StoryInput",
    "StoryJob",
    "StoryOutput",
    "StorySummary",
    "TopContested",
    "batch",
    "build_story",
    "failed_output",
    "plan_batch",
    "story_fingerprint",
]

BATCH_FORMAT = "1"
REPORT_FILES: dict[str, str] = {"html": "report.html", "md": "report.md", "json": "report.json"}
DONE_FILE = "done.json"
TOP_AGREED = 3
TOP_CONTESTED = 2
DEFAULT_MIN_ORIGINS = 2

Executor = Literal["local", "ray"]
Status = Literal["brief", "single_origin", "failed"]
ProgressCallback = Callable[[int, int, str, str], None]
"""progress(done, total, story_id, outcome); outcome is "ok", "failed" or "skipped"."""


# --- One story -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryJob:
    """A story to run, with the fingerprint its done.json will hold, and the run's own
    warnings (a cache that could not be opened) its report carries first."""

    story: StoryInput
    fingerprint: str
    notes: tuple[str, ...] = ()


class TopContested(NamedTuple):
    """A contested point as the brief shows it: its topic, its sides' statements with their
    origins, and `line`, the report summary's line for it (`summary.contested_line`; None in
    a done.json written before it was stored: the brief then shows the statements)."""

    topic: str
    positions: tuple[tuple[str, int], ...]
    line: str | None = None


def _optional_line(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"a contested line must be text, got {type(value).__name__}")


@dataclass(frozen=True)
class StorySummary:
    """What the brief shows of one story; stored in done.json so a skipped story needs no work."""

    id: str
    dir: str
    title: str | None
    ok: bool
    error: str | None = None
    articles: int = 0
    extracted: int = 0
    origins: int = 0
    agreed: int = 0
    contested: int = 0
    single_source: int = 0
    first: str | None = None
    last: str | None = None
    top_agreed: tuple[tuple[str, int], ...] = ()
    top_contested: tuple[TopContested, ...] = ()
    failures: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # its report's own, not the run's or its articles' (those
    # are in the run's warnings): a result not cached, a summary left out; no key when empty

    def status(self, min_origins: int) -> Status:
        if not self.ok:
            return "failed"
        return "brief" if self.origins >= min_origins else "single_origin"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dir": self.dir,
            "title": self.title,
            "ok": self.ok,
            "error": self.error,
            "articles": self.articles,
            "extracted": self.extracted,
            "origins": self.origins,
            "agreed": self.agreed,
            "contested": self.contested,
            "single_source": self.single_source,
            "first": self.first,
            "last": self.last,
            "top_agreed": [{"statement": s, "origins": n} for s, n in self.top_agreed],
            "top_contested": [
                {
                    "topic": t,
                    "positions": [{"statement": s, "origins": n} for s, n in ps],
                    "line": line,
                }
                for t, ps, line in self.top_contested
            ],
            "failures": list(self.failures),
            **({"warnings": list(self.warnings)} if self.warnings else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StorySummary:
        return cls(
            id=str(data["id"]),
            dir=str(data["dir"]),
            title=data["title"],
            ok=bool(data["ok"]),
            error=data["error"],
            articles=int(data["articles"]),
            extracted=int(data["extracted"]),
            origins=int(data["origins"]),
            agreed=int(data["agreed"]),
            contested=int(data["contested"]),
            single_source=int(data["single_source"]),
            first=data["first"],
            last=data["last"],
            top_agreed=tuple((i["statement"], int(i["origins"])) for i in data["top_agreed"]),
            top_contested=tuple(
                TopContested(
                    c["topic"],
                    tuple((p["statement"], int(p["origins"])) for p in c["positions"]),
                    _optional_line(c.get("line")),  # absent in an older done.json
                )
                for c in data["top_contested"]
            ),
            failures=tuple(data["failures"]),
            warnings=tuple(data.get("warnings", ())),  # absent in an older done.json
        )


@dataclass(frozen=True)
class StoryOutput:
    """What running one story produced: its summary and, when it worked, its report texts."""

    summary: StorySummary
    fingerprint: str
    files: tuple[tuple[str, str], ...] = ()  # (file name, text), written in this order


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_fingerprint(story: StoryInput, options: ExtractOptions) -> str:
    """See the module docstring: same articles + same extractor = same fingerprint."""
    rows = sorted(
        [
            a.id,
            _sha(a.text),
            _sha(canonical_json(a.model_dump(mode="json", exclude={"text", "source", "warnings"}))),
            request_key(a, options),
        ]
        for a in story.articles
    )
    return sha256_hex(
        canonical_json(
            {
                "batch_format": BATCH_FORMAT,
                "story": story.id,
                "articles": rows,
                "input_errors": sorted(story.input_errors),
                # only when set, so fingerprints of offline-vector runs stay as they were
                **_embedding_identity(options),
            }
        )
    )


def _embedding_identity(options: ExtractOptions) -> dict[str, Any]:
    """The vectors' model and endpoint (hashed with the rest; the URL is never stored)."""
    if not options.embed_model:
        return {}
    endpoint = endpoint_identity(options.api_base)
    return {"embed_model": options.embed_model, "embed_endpoint": endpoint}


def error_line(exc: BaseException) -> str:
    """One line, no secrets: what a user sees for a failed story."""
    message = str(exc) if isinstance(exc, ConsensusError) else f"{type(exc).__name__}: {exc}"
    lines = redact(message).strip().splitlines()
    line = lines[0] if lines else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def failed_output(job: StoryJob, exc: BaseException) -> StoryOutput:
    story = job.story
    summary = StorySummary(
        id=story.id,
        dir=story.dir,
        title=story.title,
        ok=False,
        error=error_line(exc),
        articles=len(story.articles),
        failures=story.input_errors,
    )
    return StoryOutput(summary=summary, fingerprint=job.fingerprint)


def _independent_origins(report: Report, extraction: ExtractionResult) -> int:
    extracted = {cs.article for cs in extraction.claim_sets}
    return sum(1 for group in report.origins if extracted.intersection(group.articles))


def _line(c: ContestedItem, report: Report) -> str | None:
    """The summary's line for a contested point; None when it cannot be made (the brief then
    shows the statements: a presentation line never costs the story)."""
    from consensus.summary import contested_line

    try:
        return contested_line(c, report)
    except Exception as exc:
        logging.getLogger("consensus").warning(
            "brief line of contested point %s left out: %s: %s", c.id, type(exc).__name__, exc
        )
        return None


def build_story(
    job: StoryJob,
    extraction: ExtractionResult,
    *,
    options: ExtractOptions | None = None,
    cache: Any = None,
) -> StoryOutput:
    """Origins -> merge -> render for one story's extraction: same input, same bytes.

    Only `options.embed_model` (vectors from a litellm model, at `options.api_base`, cached
    in `cache`) makes a call; the default offline vectors make none."""
    from consensus.api import build_report
    from consensus.render import render

    story = job.story
    if not extraction.claim_sets:
        reasons = [f.line() for f in extraction.failures] or list(story.input_errors)
        raise RunError("no article could be extracted" + (f": {reasons[0]}" if reasons else ""))
    embed = options.embed_model if options is not None else None
    report = build_report(
        extraction,
        embed_model=embed,
        api_base=options.api_base if options is not None else None,
        cache=cache if embed else None,
        timeout=options.timeout if options is not None else None,
    )
    from consensus.ingest.inputs import warning_lines

    said = set(warning_lines(extraction.articles))  # (its articles': in the run's warnings)
    own = tuple(w for w in report.warnings if w not in said)  # (not cached, summary left out)
    if story.input_errors:
        extra = tuple(
            ArticleFailure(article=story.id, error=e, kind="input") for e in story.input_errors
        )
        report = report.model_copy(update={"failures": report.failures + extra})
    if job.notes:
        report = report.model_copy(update={"warnings": (*job.notes, *report.warnings)})
    files = tuple((name, render(report, fmt)) for fmt, name in REPORT_FILES.items())  # type: ignore[arg-type]

    agreed = sorted(enumerate(report.agreed), key=lambda p: (-p[1].origins, p[0]))
    contested = sorted(
        enumerate(report.contested),
        key=lambda p: (-sum(pos.origins for pos in p[1].positions), p[0]),
    )
    dates = sorted(a.published for a in story.articles if a.published)
    summary = StorySummary(
        id=story.id,
        dir=story.dir,
        title=story.title,
        ok=True,
        articles=len(story.articles),
        extracted=len(extraction.claim_sets),
        origins=_independent_origins(report, extraction),
        agreed=len(report.agreed),
        contested=len(report.contested),
        single_source=len(report.single_source),
        first=dates[0].isoformat() if dates else None,
        last=dates[-1].isoformat() if dates else None,
        top_agreed=tuple((it.statement, it.origins) for _, it in agreed[:TOP_AGREED]),
        top_contested=tuple(
            TopContested(
                c.topic, tuple((p.statement, p.origins) for p in c.positions), _line(c, report)
            )
            for _, c in contested[:TOP_CONTESTED]
        ),
        failures=tuple(f.line() for f in extraction.failures) + story.input_errors,
        warnings=own,
    )
    return StoryOutput(summary=summary, fingerprint=job.fingerprint, files=files)


# --- Files ---------------------------------------------------------------------------------


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:  # a full disk or Ctrl-C: leave no half-written temp file behind
        tmp.unlink(missing_ok=True)
        raise


def _write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    _write_atomic(path, text)
    return True


def _done_text(output: StoryOutput) -> str:
    data = {
        "batch_format": BATCH_FORMAT,
        "fingerprint": output.fingerprint,
        "story": output.summary.to_json(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_story(out_dir: Path, output: StoryOutput) -> None:
    """Write a story's reports, then its done.json; a failed story keeps no stale report."""
    folder = out_dir / "stories" / output.summary.dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DONE_FILE).unlink(missing_ok=True)
    if not output.summary.ok:
        for name in REPORT_FILES.values():
            (folder / name).unlink(missing_ok=True)
        return
    for name, text in output.files:
        _write_atomic(folder / name, text)
    _write_atomic(folder / DONE_FILE, _done_text(output))


def read_done(out_dir: Path, story: StoryInput, fingerprint: str) -> StorySummary | None:
    """The stored summary when the story is done with this fingerprint, else None."""
    folder = out_dir / "stories" / story.dir
    try:
        data = json.loads((folder / DONE_FILE).read_text(encoding="utf-8"))
        if data.get("batch_format") != BATCH_FORMAT or data.get("fingerprint") != fingerprint:
            return None
        summary = StorySummary.from_json(data["story"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if summary.id != story.id or not summary.ok:
        return None
    if set(summary.failures) - set(story.input_errors):
        return None  # an article failed: not done, retry it (the others come from the cache)
    if not all((folder / name).is_file() for name in REPORT_FILES.values()):
        return None
    return summary


# --- The brief -------------------------------------------------------------------------------


def _brief_order(summaries: Iterable[StorySummary], min_origins: int) -> list[StorySummary]:
    rank = {"brief": 0, "single_origin": 1, "failed": 2}
    return sorted(
        summaries,
        key=lambda s: (
            rank[s.status(min_origins)],
            -s.origins if s.status(min_origins) == "brief" else 0,
            s.id,
        ),
    )


def index_data(
    summaries: Iterable[StorySummary],
    plan: Plan,
    options: ExtractOptions,
    min_origins: int,
    warnings: Iterable[str] = (),
) -> dict[str, Any]:
    """The machine-readable manifest (index.json): stories in brief order, counts, errors,
    and the run's `warnings` (`BatchResult.warnings`; the key is left out when there is none,
    as is a story's own "warnings")."""
    ordered = _brief_order(summaries, min_origins)
    counts = {"stories": len(ordered), "brief": 0, "single_origin": 0, "failed": 0}
    stories = []
    for s in ordered:
        status = s.status(min_origins)
        counts[status] += 1
        entry = s.to_json()
        del entry["ok"]
        entry["status"] = status
        entry["reports"] = (
            {fmt: f"stories/{s.dir}/{name}" for fmt, name in REPORT_FILES.items()} if s.ok else {}
        )
        stories.append(entry)
    counts.update(
        articles=plan.articles,
        undated=plan.undated,
        filtered_out=plan.filtered_out,
        input_errors=len(plan.input_errors),
    )
    return {
        "batch_format": BATCH_FORMAT,
        "extractor": options.model or "offline",
        "min_origins": min_origins,
        "counts": counts,
        "stories": stories,
        "input_errors": list(plan.input_errors),
        **({"warnings": list(warnings)} if warnings else {}),
    }


# --- The run -------------------------------------------------------------------------------


@dataclass
class BatchResult:
    """What a batch run did. `index` is the manifest written to index.json; `warnings` the
    run's (loose files, the cache, the articles'), as index.json's "warnings" and the CLI's
    stderr say them; a story's own are its index entry's "warnings"."""

    out_dir: Path
    index: dict[str, Any]
    processed: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [s for s in self.index["stories"] if s["status"] == "failed"]

    @property
    def ok(self) -> bool:
        """No failed story, no unreadable input, no failed article."""
        return (
            not self.failed
            and not self.index["input_errors"]
            and not any(s["failures"] for s in self.index["stories"])
        )


def batch(
    input: str | Path,
    out_dir: str | Path,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    executor: Executor = "local",
    model: str | None = None,
    api_base: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    min_origins: int = DEFAULT_MIN_ORIGINS,
    progress: ProgressCallback | None = None,
    stdin: TextIO | None = None,
    embed_model: str | None = None,
) -> BatchResult:
    """Process every story of INPUT into DIR (see the module docstring); resumable.

    Raises UsageError for bad options or an unreadable INPUT; a failing story is recorded
    (status "failed" with its error) and the others still finish.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise ConfigError("batch() called inside an event loop; run it in a worker thread")
    if executor not in ("local", "ray"):
        raise ConfigError(f"--executor must be 'local' or 'ray', got {executor!r}")
    if min_origins < 1:
        raise ConfigError(f"--min-origins must be at least 1, got {min_origins}")
    options = resolve_options(model, api_base, concurrency, embed_model=embed_model)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} exists and is not a directory")
    if executor == "ray":
        from consensus.executors import check_ray

        check_ray()  # a missing ray is a usage error before any work
    plan = plan_batch(input, since=since, until=until, stdin=stdin)
    if not plan.stories:
        raise InputError(
            str(input), "no articles in the date range" if plan.filtered_out else "no stories found"
        )
    out.mkdir(parents=True, exist_ok=True)

    summaries: dict[str, StorySummary] = {}
    jobs: list[StoryJob] = []
    total = len(plan.stories)
    skipped = 0

    def report_progress(story_id: str, outcome: str) -> None:
        if progress is not None:
            progress(len(summaries), total, story_id, outcome)

    for story in plan.stories:
        job = StoryJob(story, story_fingerprint(story, options))
        done = read_done(out, story, job.fingerprint)
        if done is not None:
            summaries[story.id] = done
            skipped += 1
            report_progress(story.id, "skipped")
        else:
            jobs.append(job)

    def finish(output: StoryOutput) -> None:
        try:
            write_story(out, output)
        except OSError as exc:
            job = next(j for j in jobs if j.story.id == output.summary.id)
            output = failed_output(job, RunError(f"cannot write the story's reports: {exc}"))
        summaries[output.summary.id] = output.summary
        report_progress(output.summary.id, "ok" if output.summary.ok else "failed")

    ready = [j for j in jobs if j.story.articles]
    for job in jobs:
        if not job.story.articles:
            reason = job.story.input_errors[0] if job.story.input_errors else "no articles"
            finish(failed_output(job, RunError(f"no readable articles: {reason}")))
    from consensus.ingest.inputs import warning_lines

    warnings = [*plan.warnings, *warning_lines(a for s in plan.stories for a in s.articles)]
    if ready:
        from consensus import executors

        cache_path: Path | None = None
        if use_cache:  # a cache that cannot be opened (read-only, locked) is left out, warned
            cache_path = Path(cache_dir) if cache_dir is not None else default_cache_dir()
            notes: list[str] = []  # (also a database moved aside: each run story's report too)
            probe = open_or_bypass(cache_path, notes.append)
            if probe is None:
                cache_path = None
            else:
                probe.close()
            warnings += notes
            ready = [replace(job, notes=tuple(notes)) for job in ready]
        if executor == "ray":
            executors.run_ray(ready, options, cache_path, finish)
        else:
            asyncio.run(executors.run_local(ready, options, cache_path, finish))

    index = index_data(summaries.values(), plan, options, min_origins, warnings)
    from consensus.brief import render_index_html, render_index_md
    from consensus.render import defuse_bidi

    index_json = json.dumps(index, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    _write_if_changed(out / "index.json", defuse_bidi(index_json, json_text=True))

    _write_if_changed(out / "index.md", render_index_md(index))
    _write_if_changed(out / "index.html", render_index_html(index))
    return BatchResult(
        out_dir=out,
        index=index,
        processed=len(jobs),
        skipped=skipped,
        warnings=warnings,
    )
