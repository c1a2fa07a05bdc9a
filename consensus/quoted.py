"""Quoted text and boxes inside an article, as character spans (for origins.py): what an
outlet quotes ("...", '...', a statement printed as a block after "said in a statement:")
is the speaker's words, not the outlet's own text, and a capitals-headed box of bullet or
figure lines is no shared own voice; a shared quotation or box is never a shared origin.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

__all__ = ["box_spans", "quotation_spans", "starts_word"]

_OPEN_QUOTES = frozenset('“„«"‟')
_CLOSE_QUOTES = frozenset('”»"')


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; an unclosed quote ends at the line break."""
    spans: list[tuple[int, int]] = []
    opener = ""
    start = 0
    for i, ch in enumerate(text):
        if not opener:
            if ch in _OPEN_QUOTES:
                opener, start = ch, i
        elif ch == "\n":
            spans.append((start, i))
            opener = ""
        elif ch in _CLOSE_QUOTES or (ch == "“" and opener == "„"):
            spans.append((start, i + 1))
            opener = ""
    if opener:
        spans.append((start, len(text)))
    return spans + _single_quotation_spans(text) + _block_quotation_spans(text)


# A line that reports speech or a document and ends with a colon ("The company said in a
# statement:", "The letter reads:") introduces a block quotation: the next paragraph is the
# speaker's words even when the outlet prints it without quotation marks (as web pages
# print a blockquote). Two outlets that run one statement this way share no reporting.
_BLOCK_COLON = re.compile(r":[ \t]*\n[ \t]*(?=\S)")
_BLOCK_CUE = re.compile(
    r"(?<!\w)(?:said|says|say|statement|read|reads|wrote|writes|added|adds|stated|states|"
    r"tweeted|posted|announced|declared|explained|continued|following|in full)(?!\w)",
    re.IGNORECASE,
)
BLOCK_CUE_CHARS = 60  # the cue sits in the last words of the introducing line


def _block_quotation_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _BLOCK_COLON.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _BLOCK_CUE.search(text, max(line_start, m.start() - BLOCK_CUE_CHARS), m.start()):
            end = text.find("\n", m.end())
            spans.append((m.end(), len(text) if end < 0 else end))
    return spans


# Single quotation marks as some outlets print quotations ('We apologize,' Roe said.):
# an opener at a line start or after a space, colon or bracket, before a capital; the closer
# right after the closing punctuation, on the same line. Apostrophes ("team's", "'90s",
# "players' union") never match both.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s:(\[—–]))['‘](?=[A-Z])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?…])['’](?=[\s)\]]|$)", re.MULTILINE)


def _single_quotation_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _SINGLE_OPEN.search(text, pos)
        if m is None:
            return spans
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        c = _SINGLE_CLOSE.search(text, m.end(), line_end)
        end = c.end() if c is not None else line_end  # unclosed: to the line break
        spans.append((m.start(), end))
        pos = end


# A box set apart from the story: a heading in capitals ("KEY FACTS", "IN NUMBERS",
# "AT A GLANCE") over at least two lines that each open with a bullet or a figure. Agencies
# syndicate such boxes on their own, so two outlets that carry one share no reporting.
_BOX_HEADING = re.compile(r"^[ \t]*(?=[^a-z\n]*[A-Z]{2})[^a-z\n.!?]{2,60}\n", re.MULTILINE)
_BOX_LINE = re.compile(r"[ \t]*(?:[•·▪*\-–—]|\d)[^\n]*(?:\n|$)")
BOX_MIN_LINES = 2
BOX_HEADING_WORDS = 6


def box_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _BOX_HEADING.finditer(text):
        if len(m.group().split()) > BOX_HEADING_WORDS:
            continue
        end, lines = m.end(), 0
        while (line := _BOX_LINE.match(text, end)) is not None and line.end() > end:
            end, lines = line.end(), lines + 1
        if lines >= BOX_MIN_LINES:
            spans.append((m.start(), end))
    return spans
