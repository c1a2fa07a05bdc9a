"""Which parts of an article's text are not claims: captions, credits, galleries, page furniture.

Raw crawls keep photo captions and their credits, slideshow galleries, sign-up forms, tip-line
blurbs, author and contributor lines, related-story links and wire copyright lines between
the paragraphs. Ingest drops what it can recognise as whole lines of page chrome; what is
left is found here, by the *shape* of the text, never by the strings of one site:

Whole lines
    - a gallery entry: "14/34 17 November 2017 ..." (counter k/n, k <= n, at the line start),
      "34 show all UK news in pictures";
    - a caption: a line that starts with a caption or credit label ("Image copyright X",
      "Image caption", "Media caption", "Photo:", "FILE -") or with a photo agency's name
      followed by a capitalised word ("Getty Images The truck ...", "AP:Associated Press
      Women ..."), a line that ends with a photo credit ("... in Beijing. (Name/AP)"), a
      line that places people in a picture ("X (left) and Y (right) ...");
    - page furniture: sign-up and newsletter forms, tip-line appeals ("Do you have a story
      ...", "If you witnessed ... fill in the form"), "This is a breaking news story, more
      follows", "Advertisement", "Media playback is unsupported", "Read or Share this story",
      related-story links ("Read more: ...", "RELATED: ...");
    - credit lines: "X contributed to this report", "Additional reporting by/from ...",
      "Copyright 2017 The Associated Press. All rights reserved.", "(Name / Outlet)".
Inline spans
    - gallery items inside a paragraph: "Photos: <gallery title> <caption> Hide Caption 3 of
      25" (each item up to its counter);
    - photo credits in brackets: "(Hyung Min-woo/Yonhap via AP, File)", "(Photo: ...)",
      "(AP Photo/...)", "(Associated Press)".

A sentence that overlaps any span is not a claim (offline extractor), and text inside spans
is not an outlet's reporting when origins are compared (a shared gallery joins nothing).
Spans index ``Article.text`` exactly, so citations elsewhere stay verbatim.

Pure: no I/O, clock or randomness; patterns are linear-time (no nested unbounded repeats).
"""

from __future__ import annotations

import re

__all__ = ["non_claim_spans", "overlaps_non_claim"]

# Photo agencies and picture desks whose name starts a caption ("Getty Images The truck ...").
_PHOTO_DESKS = (
    r"Getty Images|Getty|Reuters|REUTERS|AP:Associated Press|Associated Press|AP Photo|AP|AFP|"
    r"EPA|PA|PA Wire|Rex Features|Rex|Shutterstock|Alamy|SWNS"
)
_CREDIT_BRACKET = (
    # (First Last/Agency), (First Last / Outlet), (Name/Yonhap via AP, File)
    r"\((?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’.-]+[ \t]?/[ \t]?[^()\n]{2,60}\)"
    # (Photo: ...), (AP Photo/...), (Picture: ...)
    r"|\((?:[A-Z]{2,4}[ \t])?(?:Photo|Picture|Image)s?(?:[ \t]by)?[:/][^()\n]{1,80}\)"
    # (Associated Press) after a caption; "(Reuters) - ..." is a dateline, not a credit
    r"|\((?:Associated Press|Getty Images|AP Photo|Reuters|AFP|EPA)\)(?![ \t]*[-–—])"
)
_LINE_RULES = re.compile(
    r"^[ \t]*(?:"
    r"\d{1,3}/\d{1,3}[ \t]"  # gallery counter
    r"|[^\n]{0,200}?\b\d{1,3}[ \t]+show all\b"  # "34 show all UK news in pictures"
    r"|(?:Image|Media|Photo|Picture)[ \t]+(?:copyright|caption|credit)\b"
    r"|(?:Photo|Picture|Photograph|Image|Caption)s?[ \t]*:"
    r"|FILE[ \t]+[-–—]"
    rf"|(?:{_PHOTO_DESKS})(?:[ \t]*[•/|][ \t]*[A-Z][\w.]*)*[ \t]+"
    r"(?!(?:News|Media|Agency|Wire|Breakingviews)\b)(?=[A-Z0-9“\"‘'])"
    r"|(?:Read|READ|See|SEE|Watch|WATCH)(?:[ \t]+(?:more|MORE|also|ALSO))?[ \t]*:"
    r"|(?:Related|RELATED|More|MORE)[ \t]*(?:stories|STORIES|coverage|COVERAGE)?[ \t]*:"
    r"|Advertisement\b"
    r"|Read or Share this story\b"
    r"|Media playback is\b"
    r"|Additional reporting\b"
    r"|Reporting by\b"
    rf"|(?:{_CREDIT_BRACKET})[ \t]*$"
    r")",
    re.MULTILINE,
)
# Anywhere in a line: the line is furniture or a credit, not reporting.
_LINE_ANYWHERE = re.compile(
    r"\((?:left|right|centre|center|far left|far right|top|bottom|inset)\)"
    r"|\b(?:contributed to this report"
    r"|all rights reserved"
    r"|may not be published, broadcast"
    r"|copyright[ \t]+(?:©[ \t]*)?\d{4}"
    r"|©[ \t]*\d{4}"
    r"|enter your email"
    r"|sign up (?:for|to) (?:our|the)\b"
    r"|newsletter sign[ -]?up"
    r"|subscribe to (?:our|the)\b"
    r"|we pay for (?:your )?(?:stories|videos|pictures)"
    r"|do you have a story\b"
    r"|got a story\b"
    r"|(?:email|contact) (?:us|our news ?desk)\b"
    r"|fill in the form\b"
    r"|this is a breaking news story"
    r"|more (?:follows|to follow)\b"
    r"|this story (?:is developing|will be updated|has been updated)"
    r"|continue reading the main story"
    r")",
    re.IGNORECASE,
)
_LINE_ENDS_WITH_CREDIT = re.compile(
    rf"(?:{_CREDIT_BRACKET})(?:[ \t]*(?:{_CREDIT_BRACKET}))*[ \t]*$"
)
_GALLERY_ITEM = re.compile(
    r"(?:Photos?:[^\n]{0,800}?)?\bHide Caption[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}",
    re.IGNORECASE,
)
_INLINE_CREDIT = re.compile(_CREDIT_BRACKET)
_LINE = re.compile(r"[^\n]+")
_COUNTER = re.compile(r"(?<![\w/])(\d{1,3})/(\d{1,3})(?![\w/])")
# A line this long is a paragraph of reporting that happens to quote a phrase above; only
# the whole-line shapes that cannot occur inside reporting apply to it.
_LONG_LINE_WORDS = 80


def non_claim_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted [start, end) spans of ``text`` that hold no claims (rules above); spans that
    overlap or are apart by whitespace only are merged."""
    found: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        body = line.group()
        if _LINE_RULES.match(body) or _LINE_ENDS_WITH_CREDIT.search(body) or _is_gallery_line(body):
            found.append((start, end))
        elif len(body.split()) <= _LONG_LINE_WORDS and _LINE_ANYWHERE.search(body):
            found.append((start, end))
    found.extend(m.span() for m in _GALLERY_ITEM.finditer(text))
    found.extend(m.span() for m in _INLINE_CREDIT.finditer(text))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _is_gallery_line(line: str) -> bool:
    """Three or more slide counters k/n of one n in a line: "1/8 ... 2/8 ... 3/8 ..."."""
    seen: dict[str, set[int]] = {}
    for m in _COUNTER.finditer(line):
        k, n = int(m.group(1)), int(m.group(2))
        if 0 < k <= n:
            seen.setdefault(m.group(2), set()).add(k)
    return any(len(ks) >= 3 for ks in seen.values())


def overlaps_non_claim(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with one of ``spans`` (sorted, merged)."""
    lo, hi = 0, len(spans)
    while lo < hi:  # first span that ends after start
        mid = (lo + hi) // 2
        if spans[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] < end
