"""One document -> `Article`: `parse_text` (plain text, Markdown) and `parse_html`
(trafilatura, imported only here and only when there is HTML to read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from consensus.errors import InputError
from consensus.ingest.clean import _clean
from consensus.ingest.dates import parse_date
from consensus.ingest.metadata import (
    _UNSPACED_SCRIPT,
    _language,
    _outlet_from_text,
    _outlet_from_url,
    _outlet_value,
    _str_or_none,
)
from consensus.ingest.spans import _spans
from consensus.models import Article

MIN_WORDS = 15
"""An article needs at least this many words after cleaning."""


def parse_text(
    raw: str,
    *,
    id: str,
    source: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> Article:
    """Clean a plain-text (or Markdown) article and read its metadata from the text.

    Given metadata wins over what the text says; a given title is removed from the body.
    """
    return _text_article(
        raw, id=id, source=source, title=title, outlet=outlet, published=published, url=url
    )


def parse_html(html: str, *, id: str, source: str | None = None, url: str | None = None) -> Article:
    """Extract the main text and metadata of an HTML page (trafilatura), then clean it."""
    return _html_article(html, id=id, source=source, url=url)


def _html_article(
    html: str,
    *,
    id: str,
    source: str | None,
    url: str | None,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    warnings: Sequence[str] = (),
) -> Article:
    import trafilatura  # lazy: ~0.2 s import, and only HTML needs it

    label = source or id
    if not html.strip():
        raise InputError(label, "empty input" if not html else "only whitespace")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        # markup and URL dates only: the extensive search turns "© 2024" into 2024-01-01
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        raise InputError(label, "no article text found in HTML")
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(label, "no article text found in HTML")
    page_url = url or _str_or_none(meta.get("url"))
    if outlet is None:
        outlet = _outlet_value(meta.get("sitename")) or _outlet_value(meta.get("hostname"))
    if published is None:
        meta_date = _str_or_none(meta.get("date"))
        published = parse_date(meta_date) if meta_date else None
    return _text_article(
        text,
        id=id,
        source=source,
        title=title or _str_or_none(meta.get("title")),
        outlet=outlet,
        published=published,
        url=page_url,
        warnings=warnings,
    )


def _text_article(
    raw: str,
    *,
    id: str,
    source: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    warnings: Sequence[str] = (),
    markdown: bool = False,
) -> Article:
    label = source or id
    if not raw:
        raise InputError(label, "empty input")
    if not raw.strip():
        raise InputError(label, "only whitespace")
    cleaned = _clean(raw, title=title, markdown=markdown)
    text = cleaned.text
    if not _has_words(text, MIN_WORDS):
        words = _count_words(text, MIN_WORDS)
        if words and len(text) >= 0.5 * len(raw.strip()):  # little was removed: it is short
            raise InputError(
                label, f"too short for an article: {words} words (at least {MIN_WORDS})"
            )
        raise InputError(label, "no article text after removing boilerplate")
    url = url or cleaned.meta.get("url")
    outlet = (
        outlet
        or _outlet_value(cleaned.meta.get("outlet"))
        or (_outlet_from_url(url) if url else None)
        or _outlet_from_text(raw)
    )
    language = _language(text)
    notes = [*warnings, *cleaned.warnings]
    if language != "en":
        notes.append(f"non-English text (lang={language})")
    return Article(
        id=id,
        title=title or cleaned.title,
        outlet=outlet,
        published=published or cleaned.published,
        url=url,
        text=text,
        embedded=_spans(text),
        language=language,
        warnings=tuple(notes),
        source=source,
    )


def _has_words(text: str, n: int) -> bool:
    """At least `n` words: whitespace-separated tokens with a letter or digit in them, and each
    character of a script written without spaces (Chinese, Japanese) counts as one."""
    return _count_words(text, n) >= n


def _count_words(text: str, stop: int) -> int:
    count = 0
    for token in text.split():
        unspaced = len(_UNSPACED_SCRIPT.findall(token))
        if unspaced:
            count += unspaced
        elif any(ch.isalnum() for ch in token):
            count += 1
        if count >= stop:
            break
    return count
