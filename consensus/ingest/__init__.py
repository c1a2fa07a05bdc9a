"""Ingest: files, directories, stdin, JSON(L) and HTML -> `Article` (clean text + metadata).

This is the first stage of the pipeline. It turns whatever the user points at into
`Article` objects whose `text` is the only thing later stages quote from, so it decides
what counts as the article: headline, dateline, byline, site chrome, comment-policy
blurbs, player timers and share rows are taken out; embedded posts and quoted material
stay in but are marked as `Article.embedded` spans.

It must never change a character inside a kept line (curly quotes, „, –, … stay exactly
as written: evidence quotes are checked against `Article.text`), never guess an outlet
that the input does not name, never touch the network, and never import trafilatura
unless it has HTML to read.

Public API
    load_articles(paths, stdin=)     strict: raise `InputError` on the first bad input
    collect_articles(paths, stdin=)  lenient: (articles, one InputError per bad input)
    parse_text / parse_html          one document -> Article
    parse_date                       "2025-03-15", "14 Mar, 2025 17:00", RFC 2822 ... -> date

Inputs. A path "-" reads stdin. A directory is walked recursively (hidden files and
directories skipped) for .txt .md .html .htm .json .jsonl, in order of relative path
(compared part by part). Results follow the order of the paths given. A file with
another extension named explicitly is sniffed (JSON, HTML, else text).

Ids. Text and HTML files: the file stem; stdin: "stdin"; JSON records: the record's
"id", else the first 12 hex digits of sha256(url or text). Ids are unique within one
load: a repeated id gets "-2", "-3", ... in input order, with a warning.

Cleaning rules, in order. They drop or keep whole lines (a dropped line never merges its
neighbours). A "paragraph" is one line, or a hard-wrapped paragraph (see `_units`).
 1. Line endings -> "\\n"; trailing whitespace of each line stripped; a BOM dropped;
    Markdown/YAML front matter (---/key: value/---) read as metadata.
 2. Site chrome dropped anywhere, when it is a one-line paragraph: lines dominated by
    "...icon" tokens, lines that are only numbers/timestamps/durations ("0:00", "28:8"),
    separators ("* * *", "---"), rows of share/social-network words, lines made only of
    UI words ("Podcasts", "Advertisement", "Read more"), breadcrumbs ("Home / World /
    Europe"), "Read more:" / "Related:" teasers and short photo-credit lines.
 3. Boilerplate paragraphs dropped: a paragraph scored on comment/newsletter/cookie/
    subscribe/share/copyright phrases (strong phrases count 2, weak words 1) is dropped
    when the score is high for its length (see `_is_boilerplate_unit`), except a wire's
    copyright line ("Copyright 2017 The Associated Press ..."), kept as a signal for origins.
 4. Head (first 6 content lines): an inline "date 2025-03-15 " prefix is cut off the first
    line ("date", "published", "updated" + a date); date-only lines and "By Name" bylines
    are metadata and dropped.
    Tail (last lines, from the end): date-only lines, bylines, house signatures
    ("Tyler Durden") and other short unpunctuated lines are dropped.
 5. Title: the first content line, if it is a paragraph of its own and looks like a
    headline (3-25 words, at most 200 characters, no sentence-final "." ":" ";" ",", not
    starting lower-case, with body after it); "# " headings in Markdown. It is removed
    from the body, and so is every later line identical to it. A given title (JSON/HTML
    metadata) is removed the same way.
 6. Any run of blank lines collapses to one blank line; the whole text is stripped.
 7. Spans (offsets into the final text): a post attribution line such as
    "— Michael Tracey (@mtracey) March 14, 2025" plus the lines right above it, walking
    up while the span body stays <= 280 characters, is kind="embedded" with the author;
    a paragraph introduced by a paragraph ending in ":" is kind="quoted" (continuing
    over following paragraphs that open with a quotation mark), author taken from the
    intro when it names a source ("Financial Times", "according to state media").

Outlet, first found wins: explicit metadata (JSON field, HTML site name) -> URL domain ->
house signature line -> contact e-mail domain -> wire marker "(Reuters)" in the lead.
Known names are in `_DOMAIN_OUTLETS`, `_HOUSE_SIGNATURES` and `_WIRE_MARKERS`; an unknown
URL domain is kept as the bare host name; unknown e-mail domains are ignored.

Bad input raises (or, in `collect_articles`, collects) an `InputError` naming the input:
missing path, empty or whitespace-only input, binary data, invalid JSON, a record
without text, a directory without articles, and fewer than 15 words left after cleaning.
Undecodable bytes are replaced (utf-8-sig, then cp1252 when it decodes cleanly) with a
warning; a non-English text gets `language` and a warning.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from consensus.errors import InputError
from consensus.models import Article, Span
from consensus.wires import is_wire_copyright

__all__ = [
    "collect_articles",
    "load_articles",
    "parse_date",
    "parse_html",
    "parse_text",
]

MIN_WORDS = 15
"""An article needs at least this many words after cleaning."""

MAX_POST_CHARS = 280
"""Longest embedded social-media post body (a tweet), newlines included."""

_TEXT_SUFFIXES = frozenset({".txt", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_ARTICLE_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | {".json", ".jsonl"}

# --- Outlet tables ------------------------------------------------------------------------

_DOMAIN_OUTLETS: Mapping[str, str] = {
    # registered domain -> outlet name; subdomains match too (edition.cnn.com -> CNN)
    "rt.com": "RT",
    "rttv.ru": "RT",
    "zerohedge.com": "ZeroHedge",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "afp.com": "AFP",
    "bloomberg.com": "Bloomberg",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico",
    "axios.com": "Axios",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "dailymail.co.uk": "Daily Mail",
    "express.co.uk": "Daily Express",
    "thesun.co.uk": "The Sun",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "sputnikglobe.com": "Sputnik",
    "sputniknews.com": "Sputnik",
    "themoscowtimes.com": "The Moscow Times",
    "meduza.io": "Meduza",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "pravda.com.ua": "Ukrainska Pravda",
    "ukrinform.net": "Ukrinform",
    "news.am": "News.am",
    "armenpress.am": "Armenpress",
}

_HOUSE_SIGNATURES: Mapping[str, str] = {
    # a line that is exactly this name is the site's house byline
    "Tyler Durden": "ZeroHedge",
}

_WIRE_MARKERS: Mapping[str, str] = {
    # "(Reuters)" in the lead paragraph: the wire agency that wrote the story
    "Reuters": "Reuters",
    "AP": "AP",
    "AFP": "AFP",
    "Bloomberg": "Bloomberg",
    "UPI": "UPI",
    "dpa": "dpa",
    "DPA": "dpa",
    "TASS": "TASS",
    "Interfax": "Interfax",
    "Xinhua": "Xinhua",
    "ANI": "ANI",
    "PTI": "PTI",
    "IANS": "IANS",
}

# Named sources a quoted-material intro may mention (besides the outlet names above).
_QUOTE_SOURCES = (
    "state media",
    "state television",
    "Kremlin",
    "White House",
    "Pentagon",
    "RIA Novosti",
    "Financial Times",
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
)

# --- Dates --------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+"
        r"(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    # numeric: "/" is month-first (US), "." is day-first, unless that is impossible
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
)
_DATE_LABEL = re.compile(
    r"^\s*(?:(?:last\s+)?updated(?:\s+on)?|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?"
    r"|date|dated|created)\s*:?\s*",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(
    r"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$", re.IGNORECASE
)
_DATE_TAIL_TOKENS = re.compile(  # what may follow a date on a dateline; case matters
    r"T?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?Z?|[+-]\d{2}:?\d{2}|\b[aApP]\.?[mM]\.?(?=\W|$)"
    r"|\b(?:at|AT|GMT|UTC)\b|\b[A-Z]{2,5}\b|[\s,|•·@()\[\]–—-]+"
)

# --- Site chrome and boilerplate ------------------------------------------------------------

_NUMBERS_ONLY = re.compile(r"^[\d\s:.,/+%-]*\d[\d\s:.,/+%-]*$")
_SEPARATOR = re.compile(r"^\s*(?:[*•·~_=#-]\s*){3,}$")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_UI_WORDS = frozenset(
    """
    advertisement advertising ad ads sponsored promoted podcasts podcast share shares
    comments comment subscribe subscribed menu search home news video videos photos photo
    gallery listen watch play pause trending popular latest more related topics tags tag
    login log in out sign up register print email e-mail top stories close skip to
    content main navigation cookie cookies settings accept all reject next previous back
    follow us on newsletter newsletters live now read also see opinion world sections
    copy link copied loading contact about privacy policy terms
    """.split()
)
_SOCIAL_WORDS = frozenset(
    """
    facebook twitter x whatsapp telegram email e-mail mail share tweet linkedin reddit
    pinterest vk ok print copy link messenger flipboard threads bluesky mastodon viber
    pocket tumblr sms on via
    """.split()
)
_TEASER_LINE = re.compile(
    r"^\s*(?:(?:also\s+)?read\s+(?:more|also|next)|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|related(?:\s+(?:articles?|stories|coverage|content|news))?|recommended(?:\s+for\s+you)?"
    r"|you\s+may\s+also\s+like|most\s+read|trending\s+now|watch|listen)\b\s*(?:[:|»›>-]|$)",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^\s*(?:photo|image|picture|credit|image\s+source|image\s+caption|file\s+photo)"
    r"\s*(?:[:/|]|by\b)",
    re.IGNORECASE,
)
# Lower-cased input; one leading \b and no IGNORECASE keep these fast (about 10x).
_STRONG_CUES = re.compile(
    r"©|\b(?:dear\s+readers?"
    r"|comment(?:ing|s)?\s+(?:system|policy|section|rules|guidelines)"
    r"|(?:leave|post|add|submit)\s+(?:a\s+|your\s+)?comments?"
    r"|newsletters?"
    r"|(?:privacy|cookie)\s+(?:policy|settings|notice|preferences)"
    r"|terms\s+(?:of\s+(?:use|service)|and\s+conditions)"
    r"|all\s+rights\s+reserved"
    r"|share\s+(?:this|on\s+(?:facebook|twitter|x|whatsapp|telegram))"
    r"|follow\s+us|click\s+here|download\s+(?:our|the)\s+app"
    r"|(?:enable|turn\s+on)\s+javascript|ad[\s-]?blocker"
    r"|subscribe\s+(?:to\s+(?:our|the)|now|today|for)"
    r"|sign\s+up\s+(?:for|to|now|here)|we\s+use\s+cookies"
    r"|(?:log|sign)\s+in\s+to\s+(?:comment|continue|read)"
    r"|support\s+(?:our|independent)\s+journalism)\b"
)
# Every strong cue contains one of these; a substring test is much cheaper than the regex.
_CUE_KEYS = (
    "©", "reader", "comment", "newsletter", "privacy", "cookie", "terms", "reserved",
    "share", "follow", "click", "download", "javascript", "blocker", "subscribe", "sign",
    "log", "journalism",
)  # fmt: skip
_WEAK_CUES = re.compile(
    r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:cookies?|subscri(?:be|ption)|regist(?:er|ration)|comments?|feedback|copyright"
    r"|sign\s+(?:up|in)|notifications?)\b"
)
_BYLINE = re.compile(
    r"^\s*(?:By|BY|by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|der|bin|al))"
    r"{0,5}\s*$"
)
_ENDS_SENTENCE = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")
_ENDS_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s|\d{1,3}[.)]\s)")
_OPENING_QUOTE = re.compile(r"^\s*[“\"„«‘'‚‹]")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+\S")  # "Headline | Site"
_NEWSAPI_TRUNCATION = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")

# --- Embedded posts and quoted material ------------------------------------------------------

_POST_ATTRIBUTION = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<author>(?:[^\n()@]{1,60}?\s)?\(@\w{1,30}\)|@\w{1,30})"
    r"\s+(?P<date>"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}"
    r")\s*$",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?P<src>[^,;:]+?)(?:[’']s)?"
    r"(?:\s+(?:translation|report(?:ing|s)?|account))?\s*:\s*$",
    re.IGNORECASE,
)
_SOURCE_VERB = re.compile(
    r"(?P<src>(?:[A-Z][\w.’'&-]{0,40}\s+){0,3}[A-Z][\w.’'&-]{0,40})\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:admitted|reported|reports|wrote|writes|said|says|noted|notes|stated|states"
    r"|tweeted|posted|explained|added|published|quoted)\b"
)
_NAMED_SOURCE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name)
        for name in sorted({*_DOMAIN_OUTLETS.values(), *_QUOTE_SOURCES}, key=len, reverse=True)
    )
    + r")\b"
)
_LEADING_FILLER = frozenset({"Even", "The", "As", "But", "And", "So", "Now", "Meanwhile"})

# --- Language ------------------------------------------------------------------------------

_STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in that is was for on with as by at from it he his has have be are"
        " were said this will not but which an or its their they after who had been would"
        " she her we our than also".split()
    ),
    "fr": frozenset(
        "le la les de des du et est un une que qui dans pour pas sur au aux ce il elle ne se"
        " par avec plus sont été a son sa ses".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den dem des von mit sich auf für im dass wird"
        " auch als bei nach hat sind wurde".split()
    ),
    "es": frozenset(
        "el la los las de del y que en un una por con para es se no su al lo como más pero"
        " sus fue ha".split()
    ),
    "ru": frozenset(
        "и в не на что с по как это он к из за от то но она его был для уже так также о же"
        " бы при".split()
    ),
    "uk": frozenset(
        "і в не на що з по як це він до із за від та але вона його був для вже також й є"
        " через".split()
    ),
}
_STOPWORD_LANGS: Mapping[str, tuple[str, ...]] = {
    word: tuple(lang for lang, stop in _STOPWORDS.items() if word in stop)
    for word in set().union(*_STOPWORDS.values())
}
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")

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
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


# ============================================================================================
# Public API
# ============================================================================================


def load_articles(paths: Iterable[str | Path], *, stdin: TextIO | None = None) -> list[Article]:
    """Read every input as articles; raise `InputError` on the first bad input."""
    articles: list[Article] = []
    for item in _iter_inputs(paths, stdin):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return _unique_ids(articles)


def collect_articles(
    paths: Iterable[str | Path],
    *,
    stdin: TextIO | None = None,
    skipped: list[Path] | None = None,
) -> tuple[list[Article], list[InputError]]:
    """Read every input; return the readable articles and one `InputError` per bad input.

    Files inside a directory whose extension is not an article type are not read; when a
    `skipped` list is given, they are appended to it (so a caller can say how many).
    """
    articles: list[Article] = []
    errors: list[InputError] = []
    for item in _iter_inputs(paths, stdin, skipped):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            articles.append(item)
    return _unique_ids(articles), errors


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


def parse_date(text: str) -> dt.date | None:
    """The calendar date in `text`, or None.

    Reads ISO 8601 ("2025-03-15", "2025-03-15T17:00:00Z"), "March 15, 2025 - 14:53 AMT",
    "14 Mar, 2025 17:00", "Fri, 03/14/2025 – 13:58" (slashes are month-first unless the
    first number is over 12; dots are day-first) and RFC 2822 ("Fri, 14 Mar 2025 17:00:00
    +0000"). The earliest date in the text wins. As a last resort python-dateutil parses
    it, and its answer is kept only when it does not depend on a default (no guessed day).
    """
    found = _find_date(text)
    if found is not None:
        return found[0]
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    return _dateutil_date(text)


# ============================================================================================
# Inputs
# ============================================================================================

_Item = Article | InputError


def _iter_inputs(
    paths: Iterable[str | Path], stdin: TextIO | None, skipped: list[Path] | None = None
) -> Iterator[_Item]:
    for given in paths:
        name = str(given)
        if name == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(given)
        if path.is_dir():
            others: list[Path] = []
            files, unreadable = _walk(path, others)
            if skipped is not None:
                skipped.extend(others)
            yield from unreadable
            if not files and not unreadable:
                n = len(others)
                why = f" ({n} file{'s' if n != 1 else ''} of other types skipped)" if n else ""
                yield InputError(name, "no articles found" + why)
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(name, "no such file or directory")


def _walk(root: Path, skipped: list[Path] | None = None) -> tuple[list[Path], list[InputError]]:
    """Article files under `root`, ordered by relative path parts, and unreadable directories.

    Hidden files and directories are left out. Directory symlinks are followed; a directory
    already read (a symlink loop, a second link) is not read again. Files of other types are
    appended to `skipped`.
    """
    found: list[tuple[tuple[str, ...], Path]] = []
    errors: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        errors.append(InputError(str(where), f"cannot read directory: {exc.strerror or exc}"))

    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            unreadable(exc)
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if path.suffix.lower() not in _ARTICLE_SUFFIXES:
                if skipped is not None:
                    skipped.append(path)
                continue
            found.append((path.relative_to(root).parts, path))
    found.sort(key=lambda pair: pair[0])
    errors.sort(key=lambda e: e.source)
    return [path for _, path in found], errors


def _read_stdin(stream: TextIO) -> Iterator[_Item]:
    try:
        text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError("<stdin>", f"cannot read: {exc}")
        return
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        _reject_binary(text, "<stdin>")
    except InputError as exc:
        yield exc
        return
    yield from _parse_any(text, kind=_sniff(text), stem="stdin", source="<stdin>", warnings=())


def _read_file(path: Path) -> Iterator[_Item]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text, warnings = _decode(data, source)
    except InputError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        kind = "markdown" if suffix == ".md" else "text"
    elif suffix in _HTML_SUFFIXES:
        kind = "html"
    elif suffix == ".json":
        kind = "json"
    elif suffix == ".jsonl":
        kind = "jsonl"
    else:
        kind = _sniff(text)
    yield from _parse_any(text, kind=kind, stem=path.stem, source=source, warnings=warnings)


def _decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text. Raise on empty or binary input; warn when bytes had to be guessed."""
    if not data:
        raise InputError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError(source, "binary input (undecodable UTF-16)") from None
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise InputError(source, "binary input (contains NUL bytes)")
        text = data.decode(wide, errors="replace")
        _reject_binary(text, source)
        return text, (f"no byte-order mark; decoded as {wide}",)
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        replaced = data.decode("utf-8", errors="replace")
        text, warnings = replaced, ("not valid UTF-8; undecodable bytes replaced with U+FFFD",)
        stray = replaced.count("\ufffd")
        valid = sum(1 for ch in replaced if ch > "\x7f" and ch != "\ufffd")
        if valid < stray:  # no UTF-8 with a few stray bytes: a legacy encoding, if it decodes
            try:
                text, warnings = data.decode("cp1252"), ("not valid UTF-8; decoded as cp1252",)
            except UnicodeDecodeError:
                pass
    _reject_binary(text, source)
    return text, warnings


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes sit where ASCII text in UTF-16 puts them."""
    if len(data) % 2 or len(data) < 8:
        return None
    sample = data[:8192]
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _reject_binary(text: str, source: str) -> None:
    """Raise when decoded text is really binary data (NULs, or >10% control/U+FFFD)."""
    if "\x00" in text:
        raise InputError(source, "binary input (contains NUL bytes)")
    sample = text[:4096]
    junk = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    if sample and junk / len(sample) > 0.1:
        raise InputError(source, "binary input (mostly non-text)")


def _sniff(text: str) -> str:
    head = text.lstrip()[:2000]
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith("<") and _HTML_HINT.search(head):
        return "html"
    return "text"


def _parse_any(
    text: str, *, kind: str, stem: str, source: str, warnings: Sequence[str]
) -> Iterator[_Item]:
    if kind in ("json", "jsonl"):
        yield from _parse_json(text, kind=kind, source=source, warnings=warnings)
        return
    try:
        if kind == "html":
            yield _html_article(text, id=stem, source=source, url=None, warnings=warnings)
        else:
            yield _text_article(
                text, id=stem, source=source, warnings=warnings, markdown=kind == "markdown"
            )
    except InputError as exc:
        yield exc


# ============================================================================================
# JSON and JSONL
# ============================================================================================


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
                yield InputError(source, f"invalid JSON: {exc.msg} (line {exc.lineno})")
                return
        except (ValueError, RecursionError) as exc:  # parses, but Python refuses to build it
            yield InputError(source, f"invalid JSON: {_json_limit(exc)}")
            return
        else:
            if isinstance(data, dict):
                data = _record_list(data)
            if isinstance(data, list):
                records = [(f"{source}#{i}", rec) for i, rec in enumerate(data, 1)]
            else:
                records = [(source, data)]
    if kind == "jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            label = f"{source}:{lineno}"
            try:
                records.append((label, json.loads(line)))
            except json.JSONDecodeError as exc:
                records.append((label, InputError(label, f"invalid JSON: {exc.msg}")))
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


def _json_limit(exc: ValueError | RecursionError) -> str:
    """A JSON text Python will not build: a number past the int-digits limit, or deep nesting."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"number too long ({str(exc).split(';')[0]})"


def _record_list(data: dict[str, Any]) -> Any:
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
        raise InputError(label, f"record is a JSON {type(record).__name__}, not an object")
    body = _first(record, _TEXT_KEYS)
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n\n".join(body)
    if not isinstance(body, str):
        raise InputError(label, "record has no text field (text/content/body/article)")
    title = _first_str(record, _TITLE_KEYS)
    url = _first_str(record, _URL_KEYS)
    outlet = _outlet_value(_first(record, _OUTLET_KEYS))
    published = _date_value(_first(record, _DATE_KEYS))
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


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _first_str(record: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    value = _first(record, keys)
    return value.strip() or None if isinstance(value, str) else None


def _outlet_value(value: Any) -> str | None:
    """An outlet field: a name, a domain, or a NewsAPI-style {"id", "name"} object."""
    if isinstance(value, dict):
        value = _first(value, ("name", "title", "domain", "id"))
    if not isinstance(value, str) or not value.strip():
        return None
    name: str = value.strip()
    if " " not in name and "." in name:  # a domain or URL, e.g. "www.rt.com"
        return _outlet_from_url(name)
    return name


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


# ============================================================================================
# HTML
# ============================================================================================


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


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


# ============================================================================================
# Plain text
# ============================================================================================


@dataclass
class _Cleaned:
    text: str
    title: str | None = None
    published: dt.date | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


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


def _clean(raw: str, *, title: str | None, markdown: bool) -> _Cleaned:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    lines: list[str | None] = [line.rstrip() for line in raw.split("\n")]
    meta = _front_matter(lines)
    out = _Cleaned(text="", meta=meta)
    if "date" in meta:
        out.published = parse_date(meta["date"])
    _drop_chrome_and_boilerplate(lines)
    dates = _drop_head_tail_metadata(lines)
    out.published = out.published or (dates[0] if dates else None)
    if title is None:
        title = meta.get("title") or _detect_title(lines, markdown=markdown)
    if title is not None:
        out.title = title
        _drop_title_lines(lines, title)
    text = "\n".join(line for line in lines if line is not None)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    truncated = _NEWSAPI_TRUNCATION.search(text, len(text) - 40) if text.endswith("]") else None
    if truncated:
        text = text[: truncated.start()].rstrip()
        out.warnings.append("text truncated by its source (ends with '[+N chars]')")
    out.text = text
    return out


def _front_matter(lines: list[str | None]) -> dict[str, str]:
    """Read and blank out a leading ---/key: value/--- block; {} when there is none."""
    if not lines or lines[0] != "---":
        return {}
    for end in range(1, min(len(lines), 40)):
        if lines[end] == "---":
            break
    else:
        return {}
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if not line or not line.strip():
            continue
        match = re.match(r"^([A-Za-z][\w-]*)\s*:\s*(.*)$", line)
        if match is None:
            return {}
        meta[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    for i in range(end + 1):
        lines[i] = None
    aliases = {
        "published": "date", "publishedat": "date", "link": "url",
        "source": "outlet", "publisher": "outlet", "site": "outlet",
    }  # fmt: skip
    for key, target in aliases.items():
        if key in meta and target not in meta:
            meta[target] = meta[key]
    return meta


def _drop_chrome_and_boilerplate(lines: list[str | None]) -> None:
    """Steps 2 and 3 of the module docstring, one paragraph at a time.

    Line rules apply only to one-line paragraphs, so the last line of a hard-wrapped
    paragraph ("policy.", "2025.") is never mistaken for a UI label or a number.
    """
    for start, end in _units(lines):
        if end - start == 1:
            line = lines[start]
            assert line is not None
            if _SEPARATOR.match(line):
                lines[start] = ""  # a section break is a paragraph break
                continue
            if _is_chrome_line(line):
                lines[start] = None
                continue
        unit = " ".join(line for line in lines[start:end] if line)
        if _is_boilerplate_unit(unit) and not is_wire_copyright(unit):
            # A wire's copyright line stays: it says whose text this is (consensus.wires),
            # and consensus.nonclaims keeps it out of the claims.
            lines[start:end] = [None] * (end - start)


def _is_chrome_line(line: str) -> bool:
    stripped = line.strip()
    if _NUMBERS_ONLY.match(stripped):
        return True
    tokens = stripped.split()
    if "icon" in stripped.lower():
        icons = sum(1 for t in tokens if "icon" in t.lower())
        if icons >= 3 and icons >= 0.25 * len(tokens):
            return True
    if len(tokens) > 30:
        return False  # every rule below is about short lines
    words = [w.lower() for w in _WORD.findall(stripped)]
    if not words:
        return True  # only punctuation or symbols
    if len(words) <= 6 and all(w in _UI_WORDS for w in words):
        return True
    if len(words) <= 12 and sum(w in _SOCIAL_WORDS for w in words) >= max(2, 0.6 * len(words)):
        return True
    if len(words) <= 30 and _TEASER_LINE.match(stripped):
        return True
    if len(words) <= 12 and _PHOTO_CREDIT.match(stripped):
        return True
    return _is_breadcrumb(stripped, len(words))


def _is_breadcrumb(line: str, n_words: int) -> bool:
    parts = re.split(r"\s+[/›>»|]\s+", line)
    return (
        len(parts) >= 3
        and n_words <= 12
        and all(len(p.split()) <= 3 for p in parts)
        and not _ENDS_TERMINAL.search(line)
    )


def _units(lines: Sequence[str | None]) -> list[tuple[int, int]]:
    """Paragraphs as [start, end) line ranges.

    A block is a run of non-blank, non-dropped lines. Most extracted texts put one
    paragraph per line, so every line is its own paragraph unless the block looks
    hard-wrapped: 50-100 columns wide, its long lines mostly not ending a sentence. In a
    wrapped block a line shorter than 60% of the width ends a paragraph.
    """
    units: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i]:
            i += 1
            continue
        j = i
        while j < n and lines[j]:
            j += 1
        block = [line for line in lines[i:j] if line]
        width = max(len(line) for line in block)
        short = 0.6 * width
        long_inner = [line for line in block[:-1] if len(line) >= short]
        wrapped = (
            50 <= width <= 100
            and bool(long_inner)
            and sum(1 for line in long_inner if _ENDS_TERMINAL.search(line)) * 2 < len(long_inner)
        )
        if wrapped:
            start = i
            for k in range(i, j):
                line = lines[k]
                if k == j - 1 or (line is not None and len(line) < short):
                    units.append((start, k + 1))
                    start = k + 1
        else:
            units.extend((k, k + 1) for k in range(i, j))
        i = j
    return units


def _is_boilerplate_unit(unit: str) -> bool:
    lowered = unit.lower()
    if not any(key in lowered for key in _CUE_KEYS):
        return False
    strong = len(_STRONG_CUES.findall(lowered))
    if not strong:
        return False
    weak = len(_WEAK_CUES.findall(lowered))
    words = len(unit.split())
    score = 2 * strong + weak
    if words <= 12:
        return True
    if words <= 30:
        return score >= 3
    return strong >= 2 and score * 12 >= words


def _content_indices(lines: Sequence[str | None]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def _drop_head_tail_metadata(lines: list[str | None]) -> list[dt.date]:
    """Step 4: cut dateline/byline metadata off the head and tail; return dates found."""
    dates: list[dt.date] = []
    content = _content_indices(lines)
    if not content:
        return dates
    first = content[0]
    first_line = lines[first]
    assert first_line is not None
    rest = _strip_inline_date(first_line)
    if rest is not None:
        lines[first] = rest[1]
        dates.append(rest[0])
    for i in content[:6]:
        line = lines[i]
        assert line is not None
        found = _date_line(line)
        if found is not None:
            dates.append(found)
            lines[i] = None
        elif _BYLINE.match(line):
            lines[i] = None
    tail_dates: list[dt.date] = []
    for i in reversed(_content_indices(lines)[-6:]):
        line = lines[i]
        assert line is not None
        found = _date_line(line)
        if found is not None:
            tail_dates.append(found)
        elif not (
            _BYLINE.match(line)
            or line.strip() in _HOUSE_SIGNATURES
            or (len(_WORD.findall(line)) <= 4 and not _ENDS_TERMINAL.search(line))
        ):
            break
        lines[i] = None
    dates.extend(tail_dates)
    return dates


def _strip_inline_date(line: str) -> tuple[dt.date, str] | None:
    """'  date 2025-03-15 Trump had urged ...' -> (2025-03-15, 'Trump had urged ...')."""
    label = _DATE_LABEL.match(line)
    if label is None:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(line, label.end())
        if match is None:
            continue
        found = _match_date(match)
        rest = line[match.end() :]
        if found is not None and rest[:1].isspace() and rest.strip():
            return found, rest.lstrip()
    return None


def _date_line(line: str) -> dt.date | None:
    """The date when the whole line is a dateline ('14 Mar, 2025 17:00'), else None."""
    text = line.strip()
    if len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    label = _DATE_LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    found = _find_date(text)
    if found is None:
        return None
    date, start, end = found
    if not _WEEKDAY_PREFIX.match(text[:start]):
        return None
    if _DATE_TAIL_TOKENS.sub("", text[end:]).strip():
        return None
    return date


def _find_date(text: str) -> tuple[dt.date, int, int] | None:
    best: tuple[dt.date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            found = _match_date(match)
            if found is not None:
                best = (found, match.start(), match.end())
                break
    return best


def _match_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("sep") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        month_first = groups["sep"] == "/"
        if (month_first and a > 12) or (not month_first and b > 12):
            month_first = not month_first
        month, day = (a, b) if month_first else (b, a)
    else:
        m = groups["m"]
        month = int(m) if m.isdigit() else _MONTHS[m[:3].lower()]
        day = int(groups["d"])
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dateutil_date(text: str) -> dt.date | None:
    from dateutil import parser  # lazy: only odd date strings get here

    results: list[dt.date] = []
    for default in (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2)):
        try:
            results.append(parser.parse(text, default=default).date())
        except (ValueError, OverflowError, TypeError):
            return None
    # Any field taken from the default differs between the two runs: then it is a guess.
    if results[0] != results[1] or not 1900 <= results[0].year <= 2100:
        return None
    return results[0]


def _detect_title(lines: Sequence[str | None], *, markdown: bool) -> str | None:
    content = _content_indices(lines)
    if len(content) < 2:
        return None
    line = lines[content[0]]
    assert line is not None
    stripped = line.strip()
    units = _units(lines)
    if units and units[0][1] - units[0][0] > 1:
        return None  # the first line of a wrapped paragraph
    if markdown and stripped.startswith("#"):
        heading = stripped.lstrip("#").strip()
        return heading or None
    words = _WORD.findall(stripped)
    if not 3 <= len(words) <= 25 or len(stripped) > 200:
        return None
    if _ENDS_SENTENCE.search(stripped) or stripped[0].islower():
        return None
    return stripped


def _drop_title_lines(lines: list[str | None], title: str) -> None:
    """Drop lines equal to the title (also '# Title' and 'Title | Site' forms)."""
    want = " ".join(title.split()).casefold()
    for i, line in enumerate(lines):
        if not line:
            continue
        have = " ".join(line.strip().lstrip("#").split()).casefold()
        if have and (
            have == want
            or (want.startswith(have) and _SITE_SUFFIX.match(want, len(have)) is not None)
        ):
            lines[i] = None


# ============================================================================================
# Outlet and language
# ============================================================================================


def _outlet_from_url(url: str) -> str | None:
    """Outlet for a URL or bare domain: from `_DOMAIN_OUTLETS`, else the host name."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    host = host.lower().removeprefix("www.")
    parts = host.split(".")
    for k in range(len(parts) - 1):
        name = _DOMAIN_OUTLETS.get(".".join(parts[k:]))
        if name is not None:
            return name
    return host


def _outlet_from_text(raw: str) -> str | None:
    """House signature line, then contact e-mail domain, then a wire marker in the lead."""
    for signature, outlet in _HOUSE_SIGNATURES.items():
        if re.search(rf"^[ \t]*{re.escape(signature)}[ \t]*\r?$", raw, re.MULTILINE):
            return outlet
    for match in _EMAIL.finditer(raw):
        parts = match.group("domain").lower().split(".")
        for k in range(len(parts) - 1):
            name = _DOMAIN_OUTLETS.get(".".join(parts[k:]))
            if name is not None:
                return name
    wire = re.search(r"\((" + "|".join(map(re.escape, _WIRE_MARKERS)) + r")\)", raw[:1500])
    return _WIRE_MARKERS[wire.group(1)] if wire else None


# Han ideographs, kana, Hangul syllables and Thai: scripts named by their characters, not words.
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese even among Han characters
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


def _script_language(sample: str) -> str | None:
    """A language told by its script when most letters are CJK, Hangul or Thai."""
    letters = sum(1 for ch in sample if ch.isalpha())
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPTS}
    if not letters or sum(counts.values()) < 0.5 * letters:
        return None
    if counts["ja"] >= 0.1 * (counts["ja"] + counts["zh"]) and counts["ja"]:
        return "ja"
    return max(("zh", "ko", "th"), key=lambda lang: counts[lang])


def _language(text: str) -> str:
    """'en', a code from `_STOPWORDS`, a script's language (zh, ja, ko, th), or 'und'."""
    sample = text[:2000]
    script = _script_language(sample)
    if script is not None:
        return script
    words = _LETTER_WORD.findall(sample.lower())
    if len(words) < 5:
        return "und"
    hits = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for lang in _STOPWORD_LANGS.get(word, ()):
            hits[lang] += 1
    best = max(hits, key=lambda lang: hits[lang])  # ties: the first in `_STOPWORDS`
    if hits[best] < 0.12 * len(words):
        return "und"
    if best in ("ru", "uk"):
        return "uk" if _UK_LETTERS.search(sample) else "ru"
    return best


# ============================================================================================
# Spans: embedded posts and quoted material
# ============================================================================================


def _spans(text: str) -> tuple[Span, ...]:
    lines = text.split("\n")
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    posts = _post_spans(lines, starts)
    taken = {k for rows, _ in posts for k in rows}
    quoted = _quoted_spans(lines, starts, taken)
    return tuple(sorted([*(span for _, span in posts), *quoted], key=lambda s: (s.start, s.end)))


def _post_spans(lines: Sequence[str], starts: Sequence[int]) -> list[tuple[range, Span]]:
    """Social posts: an attribution line plus the lines right above it (<= 280 chars)."""
    found: list[tuple[range, Span]] = []
    for i, line in enumerate(lines):
        match = _POST_ATTRIBUTION.match(line)
        if match is None:
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        body_end = starts[j] + len(lines[j]) if j >= 0 else 0
        top = i
        while (
            j >= 0
            and lines[j].strip()
            and not _POST_ATTRIBUTION.match(lines[j])
            and body_end - starts[j] <= MAX_POST_CHARS
        ):
            top = j
            j -= 1
        span = Span(
            start=starts[top],
            end=starts[i] + len(line),
            kind="embedded",
            author=match["author"].strip(),
        )
        found.append((range(top, i + 1), span))
    return found


def _quoted_spans(lines: Sequence[str], starts: Sequence[int], taken: set[int]) -> list[Span]:
    """Paragraphs introduced by a paragraph ending in ':' (quoted from elsewhere)."""
    units = _units(list(lines))
    spans: list[Span] = []
    for n, (start, end) in enumerate(units[:-1]):
        intro = " ".join(lines[start:end]).strip()
        if not intro.endswith(":") or len(_WORD.findall(intro)) < 4:
            continue
        if any(k in taken for k in range(start, end)):
            continue
        first, last = n + 1, n + 1
        if not _quotable(units[first], lines, taken):
            continue
        while last + 1 < len(units):
            nxt = units[last + 1]
            text = lines[nxt[0]]
            if not _OPENING_QUOTE.match(text) or not _quotable(nxt, lines, taken):
                break
            last += 1
        q_start = starts[units[first][0]]
        q_last = units[last][1] - 1
        q_end = starts[q_last] + len(lines[q_last])
        spans.append(Span(start=q_start, end=q_end, kind="quoted", author=_quote_source(intro)))
    return spans


def _quotable(unit: tuple[int, int], lines: Sequence[str], taken: set[int]) -> bool:
    start, end = unit
    text = " ".join(lines[start:end]).strip()
    return (
        bool(text)
        and not text.endswith(":")
        and not _LIST_ITEM.match(text)
        and not any(k in taken for k in range(start, end))
    )


def _quote_source(intro: str) -> str | None:
    """Who the quoted material comes from, when the intro says so."""
    named = _NAMED_SOURCE.search(intro)
    if named:
        return named.group(0)
    match = _ACCORDING_TO.search(intro)
    if match:
        return match["src"].strip()
    match = _SOURCE_VERB.search(intro)
    if match:
        words = match["src"].split()
        while words and words[0] in _LEADING_FILLER:
            words.pop(0)
        return " ".join(words) or None
    return None


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Suffix repeated ids with -2, -3, ... in input order, with a warning."""
    seen: set[str] = set()
    out: list[Article] = []
    for article in articles:
        new_id, n = article.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{article.id}-{n}"
        seen.add(new_id)
        if new_id != article.id:
            note = f"id {article.id!r} is already used by an earlier input; renamed {new_id!r}"
            article = article.model_copy(
                update={"id": new_id, "warnings": (*article.warnings, note)}
            )
        out.append(article)
    return out
