"""Plan a batch: INPUT -> stories (the `plan` step of `consensus.batching`'s docstring).

INPUT is a directory of story folders, a directory of loose articles, or a JSON / JSON Lines
stream whose records may carry a story id; articles without one are grouped by
`stories.cluster_stories`, and `since`/`until` keep articles published in [since, until].

Moved verbatim from `consensus.batching`, which re-exports `Plan`, `StoryInput` and
`plan_batch`. Never prints or exits.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from consensus.cache import sha256_hex
from consensus.errors import ConfigError, InputError
from consensus.models import Article

STORY_ID_KEYS = ("story", "story_id", "cluster", "event_id")
# (compared without case, "_", "-" or " ": "storyId", "Story-ID", "cluster_id" too)
_STORY_KEY_FORMS = frozenset({"story", "storyid", "cluster", "clusterid", "eventid"})

_SAFE_DIR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


@dataclass(frozen=True)
class StoryInput:
    """One story to process: its articles and the inputs of it that could not be read."""

    id: str
    dir: str = ""
    title: str | None = None
    articles: tuple[Article, ...] = ()
    input_errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """The stories of one batch, and what reading the input found."""

    stories: tuple[StoryInput, ...]
    articles: int = 0
    undated: int = 0
    filtered_out: int = 0
    clustered: bool = False
    input_errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _parse_day(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option} must be a date like 2025-03-14, got {value!r}") from None


class _DateFilter:
    def __init__(self, since: dt.date | None, until: dt.date | None) -> None:
        self.since, self.until = since, until
        self.undated = 0
        self.dropped = 0

    def __call__(self, articles: Iterable[Article]) -> list[Article]:
        kept: list[Article] = []
        for a in articles:
            if a.published is None:
                self.undated += 1
            elif (self.since and a.published < self.since) or (
                self.until and a.published > self.until
            ):
                self.dropped += 1
                continue
            kept.append(a)
        return kept


def _title(articles: Sequence[Article]) -> str | None:
    """The headline of the earliest titled article (date, then id); undated ones last."""
    titled = [a for a in articles if a.title]
    if not titled:
        return None
    first = min(titled, key=lambda a: (a.published is None, a.published or dt.date.min, a.id))
    return first.title


def _assign_dirs(stories: list[StoryInput]) -> list[StoryInput]:
    """Give each story a directory name that is safe and unique on any filesystem."""

    def slug(story_id: str) -> str:
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", story_id).strip("-._")[:60] or "story"
        return f"{base}-{sha256_hex(story_id)[:8]}"

    names = {s.id: s.id if _SAFE_DIR.match(s.id) else slug(s.id) for s in stories}
    folded: dict[str, int] = {}
    for name in names.values():
        folded[name.casefold()] = folded.get(name.casefold(), 0) + 1
    for story_id, name in names.items():
        if folded[name.casefold()] > 1:  # "Story" and "story" on a case-insensitive disk
            names[story_id] = slug(story_id)
    return [replace(s, dir=names[s.id]) for s in stories]


def _story_key_form(key: object) -> str:
    return re.sub(r"[-_ ]", "", key).casefold() if isinstance(key, str) else ""


def _story_id_of(record: object) -> str | None:
    """The record's story id: the first of `STORY_ID_KEYS`, else the first key that is one
    of them spelled another way ("storyId", "Story-ID", "cluster_id")."""
    if not isinstance(record, dict):
        return None
    keys = [k for k in STORY_ID_KEYS if k in record]
    keys += [k for k in record if k not in keys and _story_key_form(k) in _STORY_KEY_FORMS]
    for key in keys:
        value = record[key]
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _story_ids_by_label(text: str, source: str) -> dict[str, str]:
    """Story id of every record, keyed by the label ingest gives that record's article."""
    from consensus.ingest.records import unwrap_records

    items: list[tuple[str, object]] = []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # ingest names a line Python refuses (huge, deep)
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append((f"{source}:{lineno}", json.loads(line)))
                except (ValueError, RecursionError):
                    continue
    else:
        if isinstance(data, dict):
            data = unwrap_records(data)  # (the wrappers ingest reads: one reader, not two)
        if isinstance(data, list):
            items = [(f"{source}#{i}", record) for i, record in enumerate(data, 1)]
        else:
            items = [(source, data)]
    return {label: sid for label, record in items if (sid := _story_id_of(record)) is not None}


def _plan_folders(root: Path, folders: list[Path], keep: _DateFilter) -> Plan:
    from consensus.ingest import collect_articles

    stories: list[StoryInput] = []
    articles_kept = 0
    for folder in folders:
        articles, errors = collect_articles([folder])
        kept = keep(articles)
        if articles and not kept and not errors:
            continue  # every article outside --since/--until
        articles_kept += len(kept)
        stories.append(
            StoryInput(
                id=folder.name,
                title=_title(kept),
                articles=tuple(kept),
                input_errors=tuple(str(e) for e in errors),
            )
        )
    loose = sorted(p.name for p in root.iterdir() if p.is_file() and not p.name.startswith("."))
    warnings = tuple(f"{root / name}: not inside a story folder; ignored" for name in loose)
    return Plan(
        stories=tuple(_assign_dirs(stories)),
        articles=articles_kept,
        undated=keep.undated,
        filtered_out=keep.dropped,
        warnings=warnings,
    )


def _plan_stream(
    articles: list[Article],
    errors: list[InputError],
    story_of: Mapping[str, str],
    keep: _DateFilter,
) -> Plan:
    from consensus.stories import cluster_stories

    grouped: dict[str, list[Article]] = {}
    grouped_errors: dict[str, list[str]] = {}
    loose: list[Article] = []
    unplaced_errors: list[str] = []
    for error in errors:
        sid = story_of.get(error.source)
        if sid is None:
            unplaced_errors.append(str(error))
        else:
            grouped_errors.setdefault(sid, []).append(str(error))
    kept = keep(articles)
    for article in kept:
        sid = story_of.get(article.source or "")
        if sid is None:
            loose.append(article)
        else:
            grouped.setdefault(sid, []).append(article)
    stories = [
        StoryInput(
            id=sid,
            title=_title(grouped.get(sid, [])),
            articles=tuple(grouped.get(sid, [])),
            input_errors=tuple(grouped_errors.get(sid, [])),
        )
        for sid in sorted(set(grouped) | set(grouped_errors))
    ]
    if loose:
        position = {a.id: i for i, a in enumerate(loose)}
        for story in cluster_stories(loose):
            members = sorted(
                (loose[position[aid]] for aid in story.articles), key=lambda a: position[a.id]
            )
            stories.append(StoryInput(id=story.id, title=story.title, articles=tuple(members)))
    stories.sort(key=lambda s: s.id)
    return Plan(
        stories=tuple(_assign_dirs(stories)),
        articles=len(kept),
        undated=keep.undated,
        filtered_out=keep.dropped,
        clustered=bool(loose),
        input_errors=tuple(unplaced_errors),
    )


def plan_batch(
    input: str | Path,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    stdin: TextIO | None = None,
) -> Plan:
    """Read INPUT and split it into stories (see the module docstring)."""
    from consensus.ingest import collect_articles
    from consensus.ingest.inputs import GZIP_ERROR, GZIP_MAGIC, decode_leniently, read_stdin_bytes

    since_day, until_day = _parse_day(since, "--since"), _parse_day(until, "--until")
    if since_day and until_day and since_day > until_day:
        raise ConfigError(f"--since {since_day} is after --until {until_day}")
    keep = _DateFilter(since_day, until_day)
    name = str(input)
    if name == "-":
        data = read_stdin_bytes(stdin if stdin is not None else sys.stdin)
        text = decode_leniently(data, "<stdin>")
        if not text.strip():
            raise InputError("<stdin>", "no input on stdin")
        wrapped = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
        articles, errors = collect_articles(["-"], stdin=wrapped)
        return _plan_stream(articles, errors, _story_ids_by_label(text, "<stdin>"), keep)
    path = Path(input)
    if not path.exists():
        raise InputError(name, "no such file or directory")
    if path.is_dir():
        folders = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
        if folders:
            return _plan_folders(path, folders, keep)
        articles, errors = collect_articles([path])
        if not articles:
            raise InputError(name, "no story folders and no readable articles")
        return _plan_stream(articles, errors, {}, keep)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    if data.startswith(GZIP_MAGIC):
        raise InputError(name, GZIP_ERROR)
    text = decode_leniently(data, name)
    if path.suffix.lower() not in _JSON_SUFFIXES and not text.lstrip().startswith(("{", "[")):
        raise InputError(name, "not a directory of story folders or a JSON Lines file of articles")
    articles, errors = collect_articles([path])
    if not articles:
        raise errors[0] if len(errors) == 1 else InputError(name, "no readable articles")
    return _plan_stream(articles, errors, _story_ids_by_label(text, str(path)), keep)
