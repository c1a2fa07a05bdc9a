"""Rule 3 of `origins`, copied passages: the runs of shingles two articles of different groups
share, which of them qualify (long enough, in an outlet's own voice), which side copied
(the first rule that decides: quoted, wire, credit, cites, later, share, id) and the merged
passages with their source (`CopiedPassage`; see origins.py's docstring). Moved out of
origins.py unchanged (session 59).

Pure: no I/O, clock or randomness.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from consensus.shingles import SHINGLE_WORDS, _Doc
from consensus.wire_markers import _CONTRIBUTED

PASSAGE_MIN_WORDS = 25
SENTENCE_MIN_WORDS = 12
OWN_VOICE_MIN_WORDS = 12
MARKER_WINDOW_CHARS = 300


class CopiedPassage(BaseModel):
    """A span of ``article`` that reproduces text from ``source_article``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: str = Field(description="Id of the article that contains the copy.")
    start: int = Field(ge=0, description="Offset of the passage in the article text.")
    end: int = Field(ge=0, description="End offset of the passage in the article text.")
    source_article: str = Field(description="Id of the article it was copied from.")
    origin: str = Field(description="Origin group id of source_article.")
    similarity: float = Field(
        ge=0.0, le=1.0, description="Share of the passage's shingles found in the source."
    )
    rule: str = Field(default="", description="The rule that decided which side copied.")

    @model_validator(mode="after")
    def _ordered(self) -> CopiedPassage:
        if self.end <= self.start:
            raise ValueError("passage end must be greater than start")
        return self


def _shared_runs(a: _Doc, b: _Doc) -> list[tuple[int, int]]:
    """Maximal word ranges [t0, t1) of a whose every shingle also occurs in b."""
    hits = np.isin(a.seq, b.shingles, assume_unique=False)
    if not hits.any():
        return []
    padded = np.concatenate([[False], hits, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    width = min(SHINGLE_WORDS, len(a.words))
    return [(int(s), int(e) - 1 + width) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _qualifies(doc: _Doc, t0: int, t1: int) -> bool:
    if sum(doc.own_voice[t0:t1]) < OWN_VOICE_MIN_WORDS:
        return False
    if t1 - t0 >= PASSAGE_MIN_WORDS:
        return True
    sentence_of = doc.sentence_of
    lengths: dict[int, int] = {}
    for sentence in sentence_of[t0:t1]:
        lengths[sentence] = lengths.get(sentence, 0) + 1
    for sentence, inside in lengths.items():
        whole = bisect.bisect_right(sentence_of, sentence) - bisect.bisect_left(
            sentence_of, sentence
        )
        if inside == whole >= SENTENCE_MIN_WORDS:
            return True
    return False


def _marked(doc: _Doc, runs: Sequence[tuple[int, int]]) -> bool:
    for t0, t1 in runs:
        start, end = doc.char_span(t0, t1)
        for span in doc.article.embedded:
            overlap = min(end, span.end) - max(start, span.start)
            if overlap >= 0.5 * (end - start):
                return True
    return False


def _citations(doc: _Doc, runs: Sequence[tuple[int, int]], other: _Doc) -> list[str]:
    windows = []
    for t0, t1 in runs:
        start, end = doc.char_span(t0, t1)
        windows.append((max(0, start - MARKER_WINDOW_CHARS), end))
    found = {label for s, e, label in doc.markers if any(ws <= s and e <= we for ws, we in windows)}
    outlet = other.article.outlet
    if outlet and outlet.strip():
        text = doc.article.text
        for ws, we in windows:
            if outlet.strip().lower() in text[ws:we].lower():
                found.add(outlet.strip())
    return sorted(found)


def _words(runs: Sequence[tuple[int, int]]) -> int:
    return sum(t1 - t0 for t0, t1 in runs)


def _direction(
    a: _Doc, runs_a: list[tuple[int, int]], b: _Doc, runs_b: list[tuple[int, int]]
) -> tuple[_Doc, _Doc, str]:
    """(copier, source, rule in words) for two docs that share qualifying runs."""
    marked_a, marked_b = _marked(a, runs_a), _marked(b, runs_b)
    cites_a, cites_b = _citations(a, runs_a, b), _citations(b, runs_b, a)
    if marked_a != marked_b:
        copier, source, labels = (a, b, cites_a) if marked_a else (b, a, cites_b)
        rule = "shared text is in its quoted/embedded material"
        if labels:  # supporting evidence, worth showing a reader
            rule += "; marked " + ", ".join(f"'{x}'" for x in labels)
        return copier, source, rule
    if bool(a.wires) != bool(b.wires):
        copier, source = (b, a) if a.wires else (a, b)
        wires = ", ".join(f"'{x}'" for x in sorted(source.wires))
        rule = f"the source carries the wire's own dateline or copyright ({wires})"
        labels = cites_a if copier is a else cites_b
        if labels:  # supporting evidence, worth showing a reader
            rule += "; marked " + ", ".join(f"'{x}'" for x in labels)
        return copier, source, rule
    credit_a = _CONTRIBUTED.search(a.article.text) is not None
    credit_b = _CONTRIBUTED.search(b.article.text) is not None
    if credit_a != credit_b:
        copier, source = (a, b) if credit_a else (b, a)
        return copier, source, "credits contributed or additional reporting"
    if bool(cites_a) != bool(cites_b):
        copier, source, labels = (a, b, cites_a) if cites_a else (b, a, cites_b)
        return copier, source, "marked " + ", ".join(f"'{x}'" for x in labels)
    date_a, date_b = a.article.published, b.article.published
    if date_a is not None and date_b is not None and date_a != date_b:
        copier, source = (a, b) if date_a > date_b else (b, a)
        return copier, source, "published later"
    share_a = _words(runs_a) / max(1, len(a.words))
    share_b = _words(runs_b) / max(1, len(b.words))
    if share_a != share_b:
        copier, source = (a, b) if share_a < share_b else (b, a)
        return copier, source, "smaller share of its text"
    copier, source = (a, b) if a.id > b.id else (b, a)
    return copier, source, "greater article id (no other evidence)"


@dataclass
class _Found:
    t0: int
    t1: int
    source: int
    rule: str


def _merge_passages(
    copier: _Doc, found: list[_Found], docs: Sequence[_Doc], origin: str
) -> list[CopiedPassage]:
    found = sorted(found, key=lambda f: (f.t0, f.t1, docs[f.source].id))
    merged: list[list[_Found]] = []
    for item in found:
        if merged and item.t0 < max(f.t1 for f in merged[-1]):
            merged[-1].append(item)
        else:
            merged.append([item])
    passages = []
    width = min(SHINGLE_WORDS, len(copier.words))
    for items in merged:
        t0, t1 = min(f.t0 for f in items), max(f.t1 for f in items)
        seq = copier.seq[t0 : t1 - width + 1]
        best: tuple[float, str, _Found] | None = None
        for item in items:
            source = docs[item.source]
            similarity = float(np.isin(seq, source.shingles).mean())
            if best is None or (-similarity, source.id) < (-best[0], best[1]):
                best = (similarity, source.id, item)
        assert best is not None
        start, end = copier.char_span(t0, t1)
        passages.append(
            CopiedPassage(
                article=copier.id,
                start=start,
                end=end,
                source_article=best[1],
                origin=origin,
                similarity=round(best[0], 4),
                rule=best[2].rule,
            )
        )
    return passages
