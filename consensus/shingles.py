"""The text model of `origins`: an article read once as hashed words and 5-word shingles
(`_make_doc` -> `_Doc`), with which words are in the outlet's own voice, its sentences, its
wire markers and its wires' signatures (see "Text model" in origins.py's docstring). Moved
out of origins.py unchanged (session 59).

Pure: hashes depend on content only, never on input order or the Python process; no I/O.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from consensus.models import Article
from consensus.nonclaims import non_claim_spans
from consensus.quoted import box_spans, quotation_spans, starts_word
from consensus.wire_markers import _MARKERS
from consensus.wires import wire_signatures

SHINGLE_WORDS = 5


_U64 = npt.NDArray[np.uint64]
# A dotted acronym ("U.S.", "U.K.") is one word, so it matches "US"; else runs of \w.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+")
# Spellings that differ by house style only (seen in the cluster2 Reuters / geo.tv copy:
# "5" vs "five", "Feb." vs "February", "U.S." vs "US").
_CANON = {
    "jan": "january", "feb": "february", "apr": "april", "aug": "august",
    "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)\]]*(?=\s)|\n")


def _word_hashes(raw: list[str], cache: dict[str, int]) -> _U64:
    """Hash of each word's normalized form; a per-call cache keyed by the raw word."""
    values = list(map(cache.get, raw))
    if None in values:
        for i, value in enumerate(values):
            if value is None:
                word = _normalize(raw[i])
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
                values[i] = cache[raw[i]] = int.from_bytes(digest, "little")
    return np.array(values, dtype=np.uint64)


def _mix(x: _U64) -> _U64:
    # splitmix64 finalizer: spreads the polynomial's bits; array ops wrap mod 2**64.
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _shingle_sequence(words: _U64) -> _U64:
    """Hash of the shingle starting at each word position (one hash for 1-4 words)."""
    if len(words) == 0:
        return np.zeros(0, dtype=np.uint64)
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    acc = np.full(count, width, dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    for offset in range(width):
        acc = acc * prime + words[offset : offset + count]
    return _mix(acc)


@dataclass
class _Doc:
    index: int
    article: Article
    words: _U64  # hash of each normalized word
    seq: _U64
    shingles: _U64  # sorted unique
    junk: list[tuple[int, int]]  # captions, credits, galleries, furniture (non_claim_spans)
    _offsets: list[tuple[int, int]] | None = field(default=None, repr=False)
    _own_voice: list[bool] | None = field(default=None, repr=False)
    _own_shingles: _U64 | None = field(default=None, repr=False)
    _wires: frozenset[str] | None = field(default=None, repr=False)
    _sentence_of: list[int] | None = field(default=None, repr=False)
    _markers: list[tuple[int, int, str]] | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def offsets(self) -> list[tuple[int, int]]:
        if self._offsets is None:
            self._offsets = [m.span() for m in _WORD.finditer(self.article.text)]
        return self._offsets

    @property
    def own_voice(self) -> list[bool]:
        """Per word: True when outside quotation marks and outside embedded posts."""
        if self._own_voice is None:
            spans = quotation_spans(self.article.text)
            spans += [(s.start, s.end) for s in self.article.embedded if s.kind == "embedded"]
            spans += self.junk
            inside = np.zeros(len(self.article.text) + 1, dtype=np.int32)
            for start, end in spans:
                inside[start] += 1
                inside[end] -= 1
            depth = np.cumsum(inside)
            # A word is in its outlet's voice when its first character is outside them all.
            self._own_voice = [bool(depth[start] == 0) for start, _ in self.offsets]
        return self._own_voice

    @property
    def sentence_of(self) -> list[int]:
        if self._sentence_of is None:
            ends = [m.end() for m in _SENTENCE_END.finditer(self.article.text)]
            self._sentence_of = [bisect.bisect_right(ends, start) for start, _ in self.offsets]
        return self._sentence_of

    @property
    def markers(self) -> list[tuple[int, int, str]]:
        if self._markers is None:
            text = self.article.text
            found = {
                (m.start(), m.end(), m.group())
                for pattern in _MARKERS
                for m in pattern.finditer(text)
                if starts_word(text, m.start())
            }
            # Keep the longest reading: "according to state media translation", not
            # also "state media" inside it.
            self._markers = sorted(
                (s, e, label)
                for s, e, label in found
                if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in found)
            )
        return self._markers

    @property
    def own_shingles(self) -> _U64:
        """Sorted unique hashes of the shingles whose every word is in the outlet's voice,
        outside boxes (rule 2 only: a shared box is still a copied passage under rule 3)."""
        if self._own_shingles is None:
            voice = np.array(self.own_voice, dtype=bool)
            for start, end in box_spans(self.article.text):
                voice &= ~np.array([start <= s < end for s, _ in self.offsets], dtype=bool)
            width = min(SHINGLE_WORDS, len(voice))
            if len(self.seq) == 0 or width == 0:
                self._own_shingles = np.zeros(0, dtype=np.uint64)
            else:
                window = np.lib.stride_tricks.sliding_window_view(voice, width)
                self._own_shingles = np.unique(self.seq[window.all(axis=1)])
        return self._own_shingles

    @property
    def wires(self) -> frozenset[str]:
        """Wires whose own dateline or copyright line this text carries (normalized names)."""
        if self._wires is None:
            self._wires = wire_signatures(self.article.text)
        return self._wires

    def char_span(self, t0: int, t1: int) -> tuple[int, int]:
        """Characters from word t0 to word t1 - 1, inclusive."""
        return self.offsets[t0][0], self.offsets[t1 - 1][1]


def _normalize(word: str) -> str:
    word = word.replace(".", "").lower()
    return _CANON.get(word, word)


def _make_doc(index: int, article: Article, cache: dict[str, int]) -> _Doc:
    words = _word_hashes(_WORD.findall(article.text), cache)
    seq = _shingle_sequence(words)
    spans = list(non_claim_spans(article.text, title=article.title, outlet=article.outlet))
    doc = _Doc(index, article, words, seq, np.unique(seq), spans)
    if spans and len(seq):
        # Captions, galleries and page furniture are not the outlet's reporting: two
        # stories that carry one photo gallery share no origin through it.
        starts = np.array([start for start, _ in doc.offsets], dtype=np.int64)
        inside = np.zeros(len(article.text) + 1, dtype=np.int32)
        for start, end in spans:
            inside[start] += 1
            inside[end] -= 1
        junk = np.cumsum(inside)[starts] > 0
        width = min(SHINGLE_WORDS, len(words))
        window = np.lib.stride_tricks.sliding_window_view(junk, width)
        doc.shingles = np.unique(seq[~window.any(axis=1)])
    return doc
