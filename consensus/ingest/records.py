"""JSON and JSONL inputs: a record (or a list of them) -> `Article`, fields found under
the usual key names (text/content/body, title/headline, url/link, ...)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from consensus.errors import InputError
from consensus.ingest.dates import parse_date
from consensus.ingest.documents import _html_article, _text_article
from consensus.ingest.metadata import _first, _outlet_value
from consensus.models import Article

# --- JSON records ----------------------------------------------------------------------------

_TEXT_KEYS = ("text", "content", "body", "article", "maintext", "full_text", "article_text")


_TITLE_KEYS = ("title", "headline")


_URL_KEYS = ("url", "link", "canonical_url", "source_url")


_OUTLET_KEYS = (
    "outlet",
    "publisher",
    "source",
    "site",
    "sitename",
    "site_name",
    "domain",
    "source_domain",
)


_DATE_KEYS = (
    "published",
    "publishedAt",
    "published_at",
    "date",
    "pubDate",
    "datePublished",
    "date_publish",
    "pub_date",
    "published_date",
    "publish_date",
)


_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|article|p|div|br|span|h[1-6])\b[^>]*>", re.I)


_Item = Article | InputError


def _json_where(exc: json.JSONDecodeError, *, line: bool = False) -> str:
    """The parser's message with where it stopped: a message ending on "at" ("Unterminated
    string starting at", "Invalid control character at") is finished by its place ("... at
    column 39"), any other takes it in brackets ("Expecting value (column 1)"). `line` names
    the line too (a whole JSON file; a JSON Lines label names its line already)."""
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} ({where})"


def _parse_json(text: str, *, kind: str, source: str, warnings: Sequence[str]) -> Iterator[_Item]:
    if not text.strip():
        yield InputError(source, "empty input" if not text else "only whitespace")
        return
    records: list[tuple[str, Any]] = []
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines):
                kind = "jsonl"  # JSON Lines saved as .json (or piped to stdin)
            else:
                yield InputError(source, f"invalid JSON: {_json_where(exc, line=True)}")
                return
        except (ValueError, RecursionError) as exc:  # parses, but Python refuses to build it
            yield InputError(source, f"invalid JSON: {_json_limit(exc)}")
            return
        else:
            if isinstance(data, dict):
                data = unwrap_records(data)
            if isinstance(data, list):
                records = [(f"{source}#{i}", rec) for i, rec in enumerate(data, 1)]
            else:
                records = [(source, data)]
    if kind == "jsonl" and text.lstrip().startswith("["):  # a JSON array saved as .jsonl
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            pass  # read line by line below
        else:
            if isinstance(data, list):
                records = [(f"{source}#{i}", rec) for i, rec in enumerate(data, 1)]
                kind = "json"
    if kind == "jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            label = f"{source}:{lineno}"
            try:
                records.append((label, json.loads(line)))
            except json.JSONDecodeError as exc:
                records.append((label, InputError(label, f"invalid JSON: {_json_where(exc)}")))
            except (ValueError, RecursionError) as exc:
                records.append((label, InputError(label, f"invalid JSON: {_json_limit(exc)}")))
    if not records:
        yield InputError(source, "no articles found")
        return
    for label, record in records:
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield _record_article(record, label=label, warnings=warnings)
        except InputError as exc:
            yield exc


def collect_records(
    records: Sequence[tuple[str, object]],
) -> tuple[list[Article], list[InputError]]:
    """Records a caller already holds as parsed JSON (dicts with the keys a feed's records
    have), each with its label: the readable articles and one `InputError` per bad record."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for label, record in records:
        try:
            articles.append(_record_article(record, label=label, warnings=()))
        except InputError as exc:
            errors.append(exc)
    return articles, errors


def _json_limit(exc: ValueError | RecursionError) -> str:
    """A JSON text Python will not build: a number past the int-digits limit, or deep nesting."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"number too long ({str(exc).split(';')[0]})"


def unwrap_records(data: dict[str, Any]) -> Any:
    """{"articles": [...]} (NewsAPI) and similar wrappers -> the list; else the object."""
    for key in ("articles", "results", "items", "records", "data"):
        value = data.get(key)
        if isinstance(value, list) and (
            key == "articles" or all(isinstance(v, dict) for v in value)
        ):
            return value
    return data


def _record_article(record: Any, *, label: str, warnings: Sequence[str]) -> Article:
    if not isinstance(record, dict):
        raise InputError(label, f"record is a JSON {_json_type(record)}, not an object")
    body = _first(record, _TEXT_KEYS)
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n\n".join(body)
    if body is not None and not isinstance(body, str):
        raise InputError(label, f"record's text field is a JSON {_json_type(body)}, not a string")
    if not isinstance(body, str):
        given = [k for k in _TEXT_KEYS if k in record]
        problem = f"record's {given[0]} field is empty" if given else "record has no text field"
        raise InputError(label, f"{problem} (text/content/body/article)" if not given else problem)
    title = _first_str(record, _TITLE_KEYS)
    url = _first_str(record, _URL_KEYS)
    outlet = _outlet_value(_first(record, _OUTLET_KEYS))
    published = _date_value(_first(record, _DATE_KEYS))
    warnings = (*warnings, *_ignored_fields(record, published))
    rec_id = record.get("id")
    if isinstance(rec_id, str | int) and not isinstance(rec_id, bool) and str(rec_id).strip():
        art_id = str(rec_id).strip()
    else:
        art_id = hashlib.sha256((url or body).encode("utf-8")).hexdigest()[:12]
    if _HTML_HINT.search(body[:5000]):
        return _html_article(
            body,
            id=art_id,
            source=label,
            url=url,
            title=title,
            outlet=outlet,
            published=published,
            warnings=warnings,
        )
    return _text_article(
        body,
        id=art_id,
        source=label,
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        warnings=warnings,
    )


def _ignored_fields(record: Mapping[str, Any], published: dt.date | None) -> list[str]:
    """A warning per metadata field the record gives but ingest cannot use: a title or URL
    that is not a string, a publication date that does not read as a date."""
    notes = []
    for keys in (_TITLE_KEYS, _URL_KEYS):
        value = _first(record, keys)
        if value is not None and not isinstance(value, str):
            key = next(k for k in keys if record.get(k) is value)
            notes.append(f"{key} field is a JSON {_json_type(value)}, not a string; ignored")
    value = _first(record, _DATE_KEYS)
    if published is None and value is not None:
        key = next(k for k in _DATE_KEYS if record.get(k) is value)
        shown = (
            repr(value[:40]) if isinstance(value, str) else f"field (a JSON {_json_type(value)})"
        )
        notes.append(f"{key} {shown} does not read as a date; the article is undated")
    return notes


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type: object, array, string, number, boolean, null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    return "array" if isinstance(value, list) else "string" if isinstance(value, str) else "value"


def _first_str(record: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    value = _first(record, keys)
    return value.strip() or None if isinstance(value, str) else None


def _date_value(value: Any) -> dt.date | None:
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None
