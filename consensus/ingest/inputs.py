"""Inputs: paths, directories, stdin -> documents; decoding, sniffing the format, unique ids,
and `load_articles` / `collect_articles` (strict and lenient)."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from consensus.errors import InputError
from consensus.ingest.documents import _html_article, _text_article
from consensus.ingest.records import _HTML_HINT, _Item, _parse_json
from consensus.models import Article

_TEXT_SUFFIXES = frozenset({".txt", ".md"})


_HTML_SUFFIXES = frozenset({".html", ".htm"})


_ARTICLE_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | {".json", ".jsonl"}

GZIP_MAGIC = b"\x1f\x8b"
GZIP_ERROR = "gzip-compressed; decompress it first (inputs are read as text)"


def load_articles(paths: Iterable[str | Path], *, stdin: TextIO | None = None) -> list[Article]:
    """Read every input as articles; raise `InputError` on the first bad input."""
    articles: list[Article] = []
    for item in _iter_inputs(paths, stdin):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return unique_ids(articles)


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
    return unique_ids(articles), errors


def _iter_inputs(
    paths: Iterable[str | Path], stdin: TextIO | None, skipped: list[Path] | None = None
) -> Iterator[_Item]:
    if isinstance(paths, str | os.PathLike):  # one path, not its characters ("/" walks the disk)
        paths = [paths]
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


def read_stdin_bytes(stream: TextIO) -> bytes:
    """All of `stream`: the bytes under a text stream when it has a buffer (so they are decoded
    like a file's: BOM, UTF-16, legacy bytes), else its text as UTF-8."""
    raw = getattr(stream, "buffer", None)
    try:
        data = raw.read() if raw is not None else stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("<stdin>", f"cannot read: {exc}") from None
    return data if isinstance(data, bytes) else str(data).encode("utf-8", "surrogatepass")


def decode_leniently(data: bytes, source: str) -> str:
    """`data` as text the way ingest decodes it; undecodable data with replacement characters
    (for side readings of an input, such as story ids, that ingest reports on itself)."""
    try:
        return _decode(_nul_records(data, source)[0], source)[0]
    except InputError:
        return data.decode("utf-8-sig", errors="replace")


def _read_stdin(stream: TextIO) -> Iterator[_Item]:
    try:
        data = read_stdin_bytes(stream)
    except InputError as exc:
        yield exc
        return
    data, nul_errors = _nul_records(data, "<stdin>")
    yield from nul_errors
    if not data:
        yield InputError("<stdin>", "empty input")
        return
    try:
        text, warnings = _decode(data, "<stdin>")
    except InputError as exc:
        yield exc
        return
    yield from _parse_any(
        text, kind=_sniff(text), stem="stdin", source="<stdin>", warnings=warnings
    )


def _read_file(path: Path) -> Iterator[_Item]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl") or suffix not in _ARTICLE_SUFFIXES:
        data, nul_errors = _nul_records(data, source)
        yield from nul_errors
    try:
        text, warnings = _decode(data, source)
    except InputError as exc:
        yield exc
        return
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
    if data.startswith(GZIP_MAGIC):
        raise InputError(source, GZIP_ERROR)
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


def _nul_records(data: bytes, source: str) -> tuple[bytes, list[InputError]]:
    """JSON Lines where a few records hold raw NUL bytes (a crawler's torn write): each such
    line fails alone, named by its line number, and is blanked so the others are read.

    Data that is not that case (no NULs, UTF-16, not JSON Lines, NULs on half the lines or
    more: binary) comes back unchanged, for `_decode` to judge as a whole.
    """
    if b"\x00" not in data or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data, []
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return data, []
    lines = data.split(b"\n")
    bad = [i for i, line in enumerate(lines) if b"\x00" in line]
    if len(bad) * 2 >= sum(1 for line in lines if line.strip()):
        return data, []
    errors = [InputError(f"{source}:{i + 1}", "binary data in the record (NUL bytes)") for i in bad]
    for i in bad:
        lines[i] = b""
    return b"\n".join(lines), errors


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


def unique_ids(articles: list[Article]) -> list[Article]:
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


_RECORD_SUFFIX = re.compile(r"(?::\d+|#\d+)$")  # "feed.jsonl:12", "list.json#3"


def warning_lines(articles: Iterable[Article]) -> list[str]:
    """One `source: warning` line per article warning, except that the same warning on several
    records of one file (a decoding guess made for the whole file) is one line naming the file
    and how many records it concerns."""
    groups: dict[tuple[str, str], list[str]] = {}
    for article in articles:
        source = article.source or article.id
        for warning in article.warnings:
            groups.setdefault((_RECORD_SUFFIX.sub("", source), warning), []).append(source)
    return [
        f"{sources[0]}: {warning}"
        if len(sources) == 1
        else f"{file}: {warning} ({len(sources)} records)"
        for (file, warning), sources in groups.items()
    ]
