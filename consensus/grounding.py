"""Find a model's "verbatim" quote in the article and snap it to the article's exact offsets.

Language models copy text almost verbatim: they straighten curly quotes, turn dashes into
hyphens, write "..." for "…" and reflow whitespace. `ground_quote` forgives exactly those
differences and nothing else (no case folding, no fuzzy words, no skipped text), then
returns offsets into the ORIGINAL text, so ``text[start:end]`` is what a citation stores.

How: both strings go through the same character normalisation; for the article we keep,
for every normalised character, the original character it came from. A match in the
normalised article maps back through that index. A match may not begin or end in the
middle of one original character's expansion ("…" becomes three dots), so the property
``normalise(text[start:end]) == normalise(quote)`` always holds.

Pure: no I/O, no litellm, no randomness. The offline extractor and the merger reuse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalised", "ground_quote", "normalise", "normalise_with_index"]

# One original character -> its normalised replacement. Whitespace is handled separately
# (any run of str.isspace() characters becomes one space).
_CHAR_MAP: dict[str, str] = {
    # double quotation marks
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u201f": '"',  # ‟
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2033": '"',  # ″
    # single quotation marks and apostrophes
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′
    "\u02bc": "'",  # ʼ
    "\u0060": "'",  # `
    "\u00b4": "'",  # ´
    # dashes and hyphens
    "\u2010": "-",  # ‐ hyphen
    "\u2011": "-",  # ‑ non-breaking hyphen
    "\u2012": "-",  # ‒ figure dash
    "\u2013": "-",  # – en dash
    "\u2014": "-",  # — em dash
    "\u2015": "-",  # ― horizontal bar
    "\u2212": "-",  # − minus
    # ellipsis
    "\u2026": "...",  # …
    # invisible characters that should not break a match
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",  # zero-width non-joiner
    "\u200d": "",  # zero-width joiner
    "\u2060": "",  # word joiner
    "\ufeff": "",  # byte-order mark
}

_QUOTE_MARKS = "\"'"


@dataclass(frozen=True)
class Normalised:
    """A normalised string plus, per character, the original character it came from."""

    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original of normalised char i

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Map normalised [start, end) back to original offsets, or None when the range
        begins or ends inside one original character's expansion."""
        if start >= end:
            return None
        first, last = self.origin[start], self.origin[end - 1]
        if start > 0 and self.origin[start - 1] == first:
            return None
        if end < len(self.origin) and self.origin[end] == last:
            return None
        return first, last + 1


def normalise_with_index(text: str) -> Normalised:
    """Normalise quotes, dashes, ellipses and whitespace, keeping an index back."""
    out: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                origin.append(i)
                in_space = True
            continue
        replacement = _CHAR_MAP.get(ch, ch)
        if not replacement:  # invisible: dropped, and it does not end a whitespace run
            continue
        in_space = False
        for r in replacement:
            out.append(r)
            origin.append(i)
    return Normalised("".join(out), tuple(origin))


_TRANSLATION = str.maketrans(_CHAR_MAP)
_WHITESPACE_RUN = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The comparison form of a string: what `ground_quote` treats as equal.

    Same result as `normalise_with_index(text).text.strip(" ")` (a test checks it), without
    the per-character index: quotes are normalised by the thousand, articles once each.
    """
    return _WHITESPACE_RUN.sub(" ", text.translate(_TRANSLATION)).strip(" ")


@lru_cache(maxsize=64)
def _article_index(text: str) -> Normalised:
    # One article is grounded against many quotes; normalise it once.
    return normalise_with_index(text)


def _find(article: Normalised, needle: str) -> tuple[int, int] | None:
    if not needle:
        return None
    hay = article.text
    pos = hay.find(needle)
    while pos != -1:
        span = article.span(pos, pos + len(needle))
        if span is not None:
            return span
        pos = hay.find(needle, pos + 1)
    return None


def ground_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Return ``(start, end)`` of the first place `quote` occurs in `text`, or None.

    Equal means equal after `normalise`: whitespace runs, curly/straight quotes, dashes
    and "…"/"..." are interchangeable; everything else must match exactly. If the quote
    does not occur as given, one retry strips quotation marks the model may have wrapped
    around it. The returned span never starts or ends with whitespace, and
    ``normalise(text[start:end])`` equals ``normalise(quote)`` (or that with its outer
    quotation marks removed).
    """
    needle = normalise(quote)
    if not needle:
        return None
    article = _article_index(text)
    span = _find(article, needle)
    if span is None:
        stripped = needle.strip(_QUOTE_MARKS).strip(" ")
        if stripped and stripped != needle:
            span = _find(article, stripped)
    return span
