"""Long articles in parts: split a text into overlapping chunks, and join the chunks' claims.

Both extractors use it above their own size limit (llm.py: CONSENSUS_MAX_CHUNK_CHARS, so one
request fits a model's context; extract.py: OFFLINE_MAX_CHUNK_CHARS, so the rule-based
extractor stays linear on a 10 MB input). Below the limit nothing changes: one chunk, the
whole text.

Splitting (`split_text`). A chunk is an exact slice `text[start:end]` of at most `max_chars`
characters. It ends at the last paragraph break ("\\n\\n") in its second half, else the last
sentence end, else the last whitespace, else it is cut hard. The next chunk starts inside the
previous one, at most `overlap` characters back (default and cap: a tenth and a quarter of
`max_chars`), on the earliest paragraph start in that window, else the earliest sentence
start, else the earliest word start: a claim cut by a boundary is whole in one of the two
chunks, and a quotation keeps the attribution before it. Linear in the text length.

Joining (`join_chunk_claims`). Offsets of a chunk's claims are shifted by the chunk's start,
so every evidence span indexes the FULL text (checked: `text[start:end] == quote`). Claims
are taken in chunk order, then claim order; a claim is merged into an earlier one when their
statements are equal (whitespace and case aside: its evidence is added), and dropped when it
comes from a later chunk and cites exactly the same spans as an earlier claim of the same
kind (the overlap seen twice, worded differently).

This module must never do I/O or import litellm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from consensus.models import Article, Claim, Evidence, Span

__all__ = ["MIN_CHUNK_CHARS", "chunk_article", "join_chunk_claims", "split_text"]

MIN_CHUNK_CHARS = 200
"""Smaller limits are refused: a chunk must hold at least a few sentences."""

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


def split_text(text: str, max_chars: int, overlap: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each chunk; one chunk `(0, len(text))` when the text fits."""
    if max_chars < MIN_CHUNK_CHARS:
        raise ValueError(f"max_chars must be at least {MIN_CHUNK_CHARS}, got {max_chars}")
    overlap = max_chars // 10 if overlap is None else overlap
    overlap = max(0, min(overlap, max_chars // 4))  # each chunk advances >= max/4
    n = len(text)
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        if n - start <= max_chars:
            spans.append((start, _rstrip(text, start, n)))
            return spans
        end = _cut(text, start + max_chars // 2, start + max_chars)
        spans.append((start, _rstrip(text, start, end)))
        start = _resume(text, max(end - overlap, start + 1), end)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place in (lo, hi] to end a chunk."""
    para = text.rfind("\n\n", lo, hi)
    if para >= 0:
        return para + 2
    last = None
    for last in _SENTENCE_END.finditer(text, lo, hi):  # noqa: B007 - we want the last one
        pass
    if last is not None:
        return last.end()
    for last in _WHITESPACE.finditer(text, lo, hi):  # noqa: B007
        pass
    return last.end() if last is not None else hi


def _resume(text: str, lo: int, end: int) -> int:
    """The best place in [lo, end] to start the next chunk (earliest = most overlap)."""
    para = text.find("\n\n", max(lo - 2, 0), end)
    if para >= 0 and lo <= para + 2 < end:
        return para + 2
    found = _SENTENCE_END.search(text, lo, end)
    if found is not None and found.end() < end:
        return found.end()
    found = _WHITESPACE.search(text, lo, end)
    if found is not None and found.end() < end:
        return found.end()
    return end


def chunk_article(article: Article, start: int, end: int, part: int, parts: int) -> Article:
    """The article restricted to text[start:end]: spans shifted, the title says which part."""
    embedded = tuple(
        Span(
            start=max(s.start, start) - start,
            end=min(s.end, end) - start,
            kind=s.kind,
            author=s.author,
        )
        for s in article.embedded
        if s.start < end and s.end > start
    )
    title = f"{article.title or '(untitled)'} (part {part} of {parts})"
    return article.model_copy(
        update={"text": article.text[start:end], "embedded": embedded, "title": title}
    )


def _norm(statement: str) -> str:
    return " ".join(statement.casefold().split())


def _shift(claim: Claim, offset: int, text: str) -> Claim:
    evidence = tuple(
        Evidence(quote=e.quote, start=e.start + offset, end=e.end + offset) for e in claim.evidence
    )
    for e in evidence:
        if text[e.start : e.end] != e.quote:
            raise ValueError(f"chunk offset {offset}: evidence does not slice the full text")
    return claim.model_copy(update={"evidence": evidence})


def join_chunk_claims(parts: Iterable[tuple[int, Sequence[Claim]]], text: str) -> tuple[Claim, ...]:
    """Claims of every chunk, offsets into `text`, duplicates from the overlaps removed.

    `parts` holds (chunk start, that chunk's claims with offsets into the chunk).
    """
    kept: list[Claim] = []
    chunk_of: list[int] = []
    by_statement: dict[str, int] = {}
    by_spans: dict[tuple[str, frozenset[tuple[int, int]]], int] = {}
    for part, (offset, claims) in enumerate(parts):
        for raw in claims:
            claim = _shift(raw, offset, text)
            spans = frozenset((e.start, e.end) for e in claim.evidence)
            same = by_statement.get(_norm(claim.statement))
            if same is not None:
                old = kept[same]
                have = {(e.start, e.end) for e in old.evidence}
                extra = tuple(e for e in claim.evidence if (e.start, e.end) not in have)
                if extra:
                    kept[same] = old.model_copy(update={"evidence": old.evidence + extra})
                continue
            twin = by_spans.get((claim.kind.value, spans))
            if twin is not None and chunk_of[twin] < part:
                continue
            by_statement[_norm(claim.statement)] = len(kept)
            by_spans.setdefault((claim.kind.value, spans), len(kept))
            kept.append(claim)
            chunk_of.append(part)
    return tuple(kept)
