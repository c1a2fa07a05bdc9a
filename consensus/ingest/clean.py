"""Cleaning rules 1-6 of the package docstring: front matter, site chrome, boilerplate
paragraphs, head and tail metadata, the title. Whole lines are dropped, never edited."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from consensus.furniture import REPORTED
from consensus.ingest.dates import _date_line, _strip_inline_date, parse_date
from consensus.ingest.metadata import _HOUSE_SIGNATURES
from consensus.wires import is_wire_copyright

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
    r"|you\s+may\s+also\s+like|most\s+(?:read|viewed|popular|shared)|trending(?:\s+now)?"
    r"|popular(?:\s+now)?|top\s+stories|editors['’]?\s+picks|watch|listen)\b\s*(?:[:|»›>-]|$)",
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


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+\S")  # "Headline | Site"


_NEWSAPI_TRUNCATION = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")


@dataclass
class _Cleaned:
    text: str
    title: str | None = None
    published: dt.date | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


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


# A bare header block: "Title: ...", "Outlet: ...", "Published: ..." lines opening a plain
# text export, without "---" around them. Only these keys, so that a first line such as
# "Update: the toll rose" stays text.
_BARE_HEADER = re.compile(
    r"^(title|headline|outlet|source|publisher|site|published|publishedat|date|url|link|"
    r"author|byline)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)


def _bare_header(lines: list[str | None]) -> dict[str, str]:
    """Read and blank out a leading block of at least two known "Key: value" lines that a
    blank line (or the end) closes; {} when there is none."""
    meta: dict[str, str] = {}
    end = 0
    while end < min(len(lines), 12):
        line = lines[end]
        match = _BARE_HEADER.match(line or "")
        if match is None:
            break
        meta.setdefault(match.group(1).lower(), match.group(2).strip().strip("\"'"))
        end += 1
    if len(meta) < 2 or (end < len(lines) and (lines[end] or "").strip()):
        return {}
    for i in range(end):
        lines[i] = None
    return meta


def _front_matter(lines: list[str | None]) -> dict[str, str]:
    """Read and blank out a leading ---/key: value/--- block, or a bare header block of
    known keys (`_bare_header`); {} when there is none."""
    if not lines:
        return {}
    if lines[0] != "---":
        bare = _bare_header(lines)
        _meta_aliases(bare)
        return bare
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
    _meta_aliases(meta)
    return meta


def _meta_aliases(meta: dict[str, str]) -> None:
    aliases = {
        "published": "date", "publishedat": "date", "link": "url", "headline": "title",
        "source": "outlet", "publisher": "outlet", "site": "outlet",
    }  # fmt: skip
    for key, target in aliases.items():
        if key in meta and target not in meta:
            meta[target] = meta[key]


def _drop_chrome_and_boilerplate(lines: list[str | None]) -> None:
    """Steps 2 and 3 of the module docstring, one paragraph at a time.

    Line rules apply only to one-line paragraphs, so the last line of a hard-wrapped
    paragraph ("policy.", "2025.") is never mistaken for a UI label or a number. The
    bulleted lines right under a teaser heading alone on its line ("Read more:" then "- A
    headline") are links too.
    """
    _drop_link_lists(lines)
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


_BULLET = re.compile(r"\s*(?:[•·▪‣◦►▸■●*]|[-–—](?=\s))")
_LIST_ITEM = re.compile(r"\s*(?:[•·▪‣◦►▸■●*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))")


def _drop_link_lists(lines: list[str | None]) -> None:
    """The bulleted or numbered lines after a teaser heading with nothing after it ("Related
    stories", "Read more:", "Trending"), blank lines between them or not: other pages'
    headlines."""
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _TEASER_LINE.match(line) if line else None
        k += 1
        if m is None or not line or line[m.end() :].strip():
            continue
        while True:
            j = k
            while j < len(lines) and lines[j] == "":
                j += 1
            if j == len(lines) or (item := lines[j]) is None or not _LIST_ITEM.match(item):
                break
            lines[j] = None
            k = j + 1


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


# Reporting in the third person ("The company said it would update its privacy policy"):
# page chrome talks to the reader ("you", "our") and reports nobody's words. A paragraph
# with such a sentence is reporting, though a crawl glued a sign-up form to it; the form's
# sentences are left to consensus.nonclaims, which cuts sentences, not lines.
_READER_VOICE = re.compile(r"\b(?:you|your|we|our|us)\b")
_UNIT_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _is_boilerplate_unit(unit: str) -> bool:
    lowered = unit.lower()
    if not any(key in lowered for key in _CUE_KEYS):
        return False
    strong = len(_STRONG_CUES.findall(lowered))
    if not strong:
        return False
    if REPORTED.search(lowered) and any(
        REPORTED.search(sentence) and not _READER_VOICE.search(sentence)
        for sentence in _UNIT_SENTENCE.findall(lowered)
    ):
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
