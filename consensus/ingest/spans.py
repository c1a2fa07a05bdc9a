"""Cleaning rule 7 of the package docstring: embedded posts and quoted paragraphs as
`Span`s (offsets into the final text)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.ingest.clean import _WORD, _units
from consensus.ingest.dates import _MONTH
from consensus.ingest.metadata import _DOMAIN_OUTLETS
from consensus.models import Span
from consensus.wires import opens_with_dateline

MAX_POST_CHARS = 280
"""Longest embedded social-media post body (a tweet), newlines included."""


# Named sources a quoted-material intro may mention (besides the outlet names in `_DOMAIN_OUTLETS`).
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


_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s|\d{1,3}[.)]\s)")


_OPENING_QUOTE = re.compile(r"^\s*[“\"„«‘'‚‹]")


# --- Embedded posts and quoted material ------------------------------------------------------

_POST_ATTRIBUTION = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<author>(?:[^\n()@]{1,60}?\s)?\(@\w{1,30}\)|@\w{1,30})"
    r"\s+(?P<date>"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}"
    r")\s*$",
    re.IGNORECASE,
)


# An Instagram post's line: "A post shared by Jane Roe (@janeroe) on Mar 3, 2017 at 10:15am PST"
_SHARED_POST = re.compile(
    r"^\s*A post shared by\s+(?P<author>(?:[^\n()@]{1,60}?\s)?\(@[\w.]{1,30}\)|@[\w.]{1,30})"
    rf"\s+on\s+(?P<date>{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}})"
    r"(?:\s+at\s+[\w:. ]{1,20})?\s*$",
    re.IGNORECASE,
)


# A Facebook post's line: "Posted by Brenton Police Department on Sunday, April 2, 2017"
_FACEBOOK_POST = re.compile(
    r"^\s*Posted by\s+(?P<author>[A-Z][^\n@]{1,60}?)\s+on\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<date>{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}})\s*$",
    re.IGNORECASE,
)


# A post's header line above its body: "View this post on Instagram". The walk up from the
# attribution stops there (the paragraphs above it are the outlet's).
_EMBED_HEADER = re.compile(
    r"^\s*View (?:this|the) (?:post|photo|video) on (?:Instagram|Facebook|Twitter|X)\s*$",
    re.IGNORECASE,
)


def _attribution(line: str) -> re.Match[str] | None:
    """The attribution line under an embedded post (a tweet's, an Instagram or a Facebook
    post's)."""
    return _POST_ATTRIBUTION.match(line) or _SHARED_POST.match(line) or _FACEBOOK_POST.match(line)


# A paragraph of the outlet's own prose: a finished sentence that reports who said or denied
# something ("Police said Hocking bought the rifle." / "… said in an interview that “…”.").
# A post's body lines read like headlines and fragments ("Trump stated that he spoke …",
# "„High chance” of peace, Trump said…"), so a post above its attribution line stops there.
_REPORTED_PROSE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|according\s+to|denied|denies|rejected|rejects)\b"
    r".*(?:[.!?][\"”’']?|[\"”’'][.])\s*$"
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


# a source the intro names after "from" at its end ("…, from the Kestrel News Agency:")
_FROM_SOURCE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<src>(?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*)\s*:\s*$"
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
    """Social posts: an attribution line plus the lines right above it (<= 280 chars); the
    line right above is always the post's, a line further up only when it is no finished
    sentence of reported speech (`_REPORTED_PROSE`)."""
    found: list[tuple[range, Span]] = []
    for i, line in enumerate(lines):
        match = _attribution(line)
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
            and not _attribution(lines[j])
            and not _EMBED_HEADER.match(lines[j])
            and body_end - starts[j] <= MAX_POST_CHARS
            and (top == i or not _REPORTED_PROSE.search(lines[j]))
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
        if opens_with_dateline(lines[units[first][0]]):
            # "Here is the latest from the agency:" then "CASTLEBURY, Oct 13 (APA) - ...":
            # the page runs the wire's report, whose sentences keep their own attributions
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
        author = _post_author(lines[units[first][0]]) or _quote_source(intro)
        if author is None and not _OPENING_QUOTE.match(lines[units[first][0]]):
            # "Here is where things stand this evening:", "Summary of the day so far:": an
            # intro that names no source over paragraphs that open on no quotation mark
            # gives the page's own words (a live page's summary), each sentence keeping
            # its own attribution, never an unnamed author's
            continue
        spans.append(Span(start=q_start, end=q_end, kind="quoted", author=author))
    return spans


# A post shown as its own paragraph that names its author before its words: "Jane Roe
# (@janeroe): We will be there." (the handle in brackets, then a colon)
_INLINE_POST = re.compile(r"^\s*(?P<author>[A-Z][^\n()@:“”\"]{0,60}?)\s+\(@\w{1,30}\)\s*:\s")


def post_header_end(text: str) -> int:
    """Where a post's words start after the author and handle it opens on ("Jane Roe
    (@janeroe): We will …"), or 0."""
    match = _INLINE_POST.match(text)
    return match.end() if match else 0


def _post_author(line: str) -> str | None:
    """The author a quoted paragraph names for itself as a post does ("Jane Roe (@janeroe):
    …"): its words are theirs, whoever the intro above names or leaves out."""
    match = _INLINE_POST.match(line)
    return match["author"].strip() if match else None


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
    match = _FROM_SOURCE.search(intro)
    if match:  # "Here is what we know so far, from the Kestrel News Agency:"
        return match["src"]
    match = _SOURCE_VERB.search(intro)
    if match:
        words = match["src"].split()
        while words and words[0] in _LEADING_FILLER:
            words.pop(0)
        return " ".join(words) or None
    return None
