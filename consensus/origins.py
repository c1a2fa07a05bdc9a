"""Which articles share an origin: syndicated copies, exact duplicates, copied passages.

The merger counts INDEPENDENT ORIGINS, never articles, so this module decides which
articles are one origin and which passages of an article were copied from another
origin. Everything is decided by the deterministic rules below; the result carries the
reasons in words.

Text model
    Articles are compared as word shingles. A word is a run of Unicode word characters
    (``\\w+``), lower-cased, so punctuation, curly/straight quotes and dashes, and
    whitespace never matter ("Kiev’s" and "Kiev's" are both ``kiev s``). A few spellings
    that differ by house style only are unified: a dotted acronym is one word ("U.S." =
    "US"), number words one..ten are digits ("five" = "5"), month abbreviations are
    spelled out ("Feb." = "February"); the Reuters story and its geo.tv copy in
    tests/data/cluster2 differ in exactly these ways (containment 0.545 -> 0.727). A
    shingle is
    K = 5 consecutive words (an article of 1-4 words is one shingle). Shingles are hashed
    from their words (blake2b per word, a fixed polynomial per shingle), so hashes depend
    on content only, never on input order or the Python process. Shingles that touch a
    caption, credit, gallery or page furniture (``consensus.nonclaims``) are left out of
    the shingle sets, and those words are not in the outlet's voice: two CNN stories that
    carry one 25-photo gallery (dev cluster nice_truck_attack, ~5,000 shared characters,
    containment 0.40 with it, 0.06 without) share no origin through it.

Rule 1, exact duplicate
    Two articles with the same word sequence (at least one word) are one origin.

Rule 2, whole-article syndication
    Containment C(A, B) = |S(A) ∩ S(B)| / min(|S(A)|, |S(B)|) over 5-word shingle sets.
    A and B are one origin when C ≥ ``threshold`` (default 0.5) and they share at least
    20 shingles (so a one-sentence article cannot chain two long articles together), of
    which at least 20 are in BOTH outlets' own voice (outside quotation marks): two
    outlets that quote the same official statement share its words only inside quotes,
    and a short item that is mostly that statement would otherwise pass the 0.5 test.
    A paragraph printed after a line that reports speech or a document and ends with a
    colon ("The company said in a statement:") is quoted too, marks or none (a web page's
    blockquote loses them in the crawl). A box -- a heading in capitals over two or more
    lines that open with a bullet or a figure ("KEY FACTS", "IN NUMBERS") -- is not in the
    outlet's own voice for this rule (agencies syndicate boxes on their own), but rule 3
    still finds it as a copied passage, so its figures count once.
    A wire copy with another top or tail: when both articles carry the same wire's own
    signature -- its dateline ("DALLAS (AP) —", "(Reuters) -", "ARDMOOR, Oct 15 (PIP) -":
    any agency's code after a place, in the first 400 characters or opening a later
    paragraph, where a page runs the wire's text under its own intro) or copyright line
    ("Copyright 2017 The Associated Press") -- the containment needed is
    ``WIRE_THRESHOLD`` = 0.3 instead (the text says it IS the wire's; a marker such as
    "Reuters reported" or "The Associated Press contributed to this report" is not a
    signature). The lowest copy pair on the dev clusters is 0.99
    and the highest non-copy pair 0.45 (ABC's rewrite of the AP text, no signature).
    The same newsroom twice: two articles of one outlet (Article.outlet, case aside),
    neither carrying a wire's signature, that share ``SAME_NEWSROOM_SHINGLES`` = 40
    shingles (about 44 words) outside captions and furniture, quotations INCLUDED, are
    one origin: one outlet quoting one witness word for word in two stories reuses one
    interview, which is not two independent reports (dev: CNN's two Nice stories share
    64, every other same-outlet pair at most 8; the Daily Mail's own story and the AP
    text it also runs share 79, but the AP text carries the AP's dateline). Shingles that
    an article of another outlet also holds do not count: an official statement or a
    speech the newsroom printed in both stories is public, not its reporting reused.
    Seed numbers behind 0.5: 001 vs 003 (the same RT text, 003 with page boilerplate and
    "Vladimir Zelensky said" for "Volodymyr Zelensky noted") have C = 0.937 (Jaccard
    0.552); the highest pair of different origins is 001 vs 002 with C = 0.149 (002
    copies one RT paragraph); every pair with 000 or 004 has C ≤ 0.059. In
    tests/data/cluster2 the edited geo.tv copy of the Reuters story has C = 0.727 and
    the highest pair of different origins (Global Times vs Sputnik, the same translation
    of a quote) C = 0.105. 0.5 sits between with room on both sides: an edited or
    trimmed wire copy still groups, a piece that borrows a few paragraphs does not.
    A text made of two others (a roundup: the top of one report over the bottom of
    another) shares half or more with each and would chain two independent origins into
    one. Pairs are therefore tried strongest first (shared shingles over the smaller set,
    from the index counts; ties by id), and two groups are not joined when that would put
    together two articles of ``MIN_SYNDICATION_SHINGLES`` or more that share less than
    ``CHAIN_FLOOR`` = 0.2 of the smaller one's shingles (and are not one newsroom's): copies
    of one text keep its body, so they overlap (the lowest such pair in the generated set
    of tests/copy_variants.py is 0.54; independent reports of one event on the dev
    clusters share at most 0.45, most under 0.15) -- unless both are copies of a third
    member, each with ``NESTED`` = 0.8 of its shingles in it (a wire's two-paragraph brief
    and an affiliate's version under its own top share nothing, yet both are the wire's).
    The roundup joins the text it takes most from; what it takes from the other is a
    copied passage (rule 3). The refused join is a reason in both groups. A roundup that
    keeps 80 % or more of both reports is their concatenation and still joins them.
    Reasons record the edges that joined the group, in canonical order (an edge between
    articles already joined is not re-checked, so a large cluster lists n - 1 reasons).
    Candidates come from (a) an inverted index of shingles held by 2..64 articles, which
    gives exact shared counts for every pair, and (b) datasketch MinHash (num_perm=128,
    seed=1, affine32) in a MinHashLSH (Jaccard threshold 0.3) over the articles that hold
    a shingle of more than 64 articles (a large syndication cluster, whose pairs the
    index would have to enumerate quadratically). The decision is always the exact
    containment above, so the sketch only finds candidates; its seed is fixed and its
    hashes derive from content, so the result does not depend on input order.
    Groups are the connected components (union-find) of rules 1 and 2, less the joins
    refused above.

Rule 3, copied passages
    Between articles of different groups, a run of consecutive shingles of A that all
    occur in B is a shared run. It becomes a copied passage when
      (a) it is ≥ 25 words long, or it contains a whole sentence of ≥ 12 words, and
      (b) ≥ 12 of its words are in an outlet's own voice: outside quotation marks and
          outside embedded posts (Article.embedded kind "embedded"). Independent
          outlets reproduce a speaker's words identically, so a shared direct quote is
          not evidence of copying; a paragraph quoted from another outlet (kind
          "quoted") is.
    A common phrase ("in accordance with international law", 5 words) never qualifies.
    Which side copied, first rule that decides wins (recorded in the reason):
      1. quoted: the article whose shared text lies (≥ 50%) in one of its
         Article.embedded spans (kind "quoted" or "embedded") copied;
      2. wire: the article that carries a wire's own signature (above) is the source
         when the other carries none (a wire's own "(Reuters)" dateline would otherwise
         read as a citation of Reuters);
      3. credit: the article that says "X contributed to this report" or "additional
         reporting by/from" copied (a rewrite that credits its sources);
      4. cites: the article that credits a source within 300 characters before or inside
         the passage ("according to state media translation", "RT reported", "told RT",
         "(Reuters)", "Financial Times", the other article's outlet name ...) copied;
      5. later: the later-published article copied (both dates known and different);
      6. share: the article where the shared text is the smaller share of its words
         copied (a copier adds material around what it borrows);
      7. id: the article with the greater id copied (arbitrary, but stable).
    Passages of one article copied from members of one source group are merged where
    they overlap; each merged passage names the member that contains most of its
    shingles (ties: the smallest id) as ``source_article``, with ``similarity`` = the
    share of the passage's shingles found in that member. Offsets index Article.text
    exactly: from the first character of the first shared word to the last character of
    the last shared word. The origin of a copied passage is the group of its source; it
    is not followed further (a passage copied from a copy names the copy's group).

Wire markers
    "(Reuters)", "(AP)", "(AFP)", "— Reuters", "Reuters reported", "according to state
    media translation", "TASS reported", "told RT" ... are recorded as reasons and used
    for the direction of copying (rule 3.4). A marker alone never joins two articles:
    two outlets can both cite Reuters for different facts; wire copies group only when
    their texts match (rule 2).

Ids and order
    A group's id is "origin-" + the smallest article id in it. Groups are sorted by id,
    their articles by id; passages by (article, start, end, source_article). Reasons are
    built in the canonical order (articles by id), so the output is the same for any
    input order.

This module is pure: it must never do I/O, read the clock or environment, use
randomness other than the fixed MinHash seed, or import litellm/instructor.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from consensus.errors import UsageError
from consensus.models import Article, OriginGroup
from consensus.nonclaims import non_claim_spans
from consensus.quoted import box_spans, quotation_spans, starts_word
from consensus.wires import wire_signatures

__all__ = ["CopiedPassage", "Origins", "find_origins"]

SHINGLE_WORDS = 5
DEFAULT_THRESHOLD = 0.5
MIN_SYNDICATION_SHINGLES = 20
PASSAGE_MIN_WORDS = 25
SENTENCE_MIN_WORDS = 12
OWN_VOICE_MIN_WORDS = 12
MARKER_WINDOW_CHARS = 300
SPAN_INSIDE_SHARE = 0.8
INDEX_MAX_DF = 64
WIRE_THRESHOLD = 0.3
SAME_NEWSROOM_SHINGLES = 40
CHAIN_FLOOR = 0.2
NESTED = 0.8
LSH_THRESHOLD = 0.3
NUM_PERM = 128
MINHASH_SEED = 1

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

_AGENCIES = (
    r"Reuters|AP|AFP|TASS|RIA Novosti|RIA|Interfax|Xinhua|Bloomberg|dpa|Ukrinform|"
    r"RT|Sputnik|CNN|BBC|the Associated Press|Associated Press|Agence France-Presse"
)
_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\((?:{_AGENCIES})\)"),
    re.compile(rf"[—–]\s*(?:{_AGENCIES})\b"),
    re.compile(rf"(?:{_AGENCIES})\s+(?:reported|reports|said|cited|quoted)\b"),
    re.compile(rf"told\s+(?:{_AGENCIES})\b"),
    re.compile(
        rf"according to (?:state media|state-run media|state television|"
        rf"(?:{_AGENCIES})|the Financial Times|Financial Times)(?: translation)?",
        re.IGNORECASE,
    ),
    re.compile(r"(?:the )?(?:Financial Times|Wall Street Journal|New York Times)\b"),
    re.compile(r"state media\b", re.IGNORECASE),
)
# A credit that says the text was written from a wire or by several hands: the article is
# the borrower when it shares text with a wire's own copy.
_CONTRIBUTED = re.compile(
    r"\b(?:contributed to this (?:report|story|article)|additional reporting (?:by|from)\b)",
    re.IGNORECASE,
)
# No pattern starts with \b: that would stop `re` from skipping ahead to the possible
# first characters, which made marker search the slowest step at 5,000 articles. The
# word boundary before a match is checked by hand instead (`quoted.starts_word`).


# --- Public schema ---------------------------------------------------------------------


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


class Origins(BaseModel):
    """Every article's origin group, and the passages copied across groups."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    groups: tuple[OriginGroup, ...] = Field(
        description="Every article in exactly one group; sorted by id."
    )
    passages: tuple[CopiedPassage, ...] = Field(
        default=(), description="Copied passages, sorted by (article, start, end, source)."
    )
    _group_of: dict[str, str] = PrivateAttr(default_factory=dict)
    _passages_of: dict[str, list[CopiedPassage]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _each_article_once(self) -> Origins:
        seen: set[str] = set()
        for group in self.groups:
            for article in group.articles:
                if article in seen:
                    raise ValueError(f"article {article!r} is in more than one origin group")
                seen.add(article)
        return self

    def model_post_init(self, context: Any, /) -> None:
        for group in self.groups:
            for article in group.articles:
                self._group_of[article] = group.id
        for passage in self.passages:
            self._passages_of.setdefault(passage.article, []).append(passage)

    def origin_of(self, article_id: str) -> str:
        """The id of the origin group that holds ``article_id``."""
        try:
            return self._group_of[article_id]
        except KeyError:
            raise UsageError(f"unknown article id {article_id!r}") from None

    def origin_of_span(self, article_id: str, start: int, end: int) -> str:
        """The origin of the words at [start, end) of an article.

        When at least 80% of the span lies inside one copied passage, the origin of the
        passage's source (the passage with the largest overlap; ties: the first in
        sorted order); otherwise the article's own origin.
        """
        own = self.origin_of(article_id)
        best: CopiedPassage | None = None
        best_overlap = 0.0
        for passage in self._passages_of.get(article_id, ()):
            if end <= start:
                inside = passage.start <= start < passage.end
                overlap = 1.0 if inside else 0.0
                needed = 1.0
            else:
                overlap = float(max(0, min(end, passage.end) - max(start, passage.start)))
                needed = SPAN_INSIDE_SHARE * (end - start)
            if overlap > 0 and overlap >= needed and overlap > best_overlap:
                best, best_overlap = passage, overlap
        return best.origin if best is not None else own


# --- Text --------------------------------------------------------------------------------


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


# --- Grouping ------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        # The smaller index becomes the root, so roots do not depend on union order.
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        return True


def _shared_counts(docs: Sequence[_Doc]) -> tuple[dict[tuple[int, int], int], set[int]]:
    """Shared-shingle counts per pair, over shingles held by 2..64 docs (exact for those).

    Also returns the docs that hold a shingle of more than 64 docs: only pairs of such
    docs can be missing from the counts, so only they need the MinHash LSH.
    """
    if not docs:
        return {}, set()
    hashes = np.concatenate([d.shingles for d in docs])
    owners = np.concatenate([np.full(len(d.shingles), d.index, dtype=np.int64) for d in docs])
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    if len(hashes) == 0:
        return {}, set()
    boundaries = np.flatnonzero(hashes[1:] != hashes[:-1]) + 1
    starts = np.concatenate([np.zeros(1, dtype=np.int64), boundaries])
    sizes = np.diff(np.concatenate([starts, np.array([len(hashes)], dtype=np.int64)]))
    heavy_runs = np.flatnonzero(sizes > INDEX_MAX_DF)
    heavy: set[int] = set()
    for run in heavy_runs.tolist():
        heavy.update(owners[starts[run] : starts[run] + sizes[run]].tolist())
    n = np.int64(len(docs))
    keys: list[npt.NDArray[np.int64]] = []
    for size in np.unique(sizes):
        if size < 2 or size > INDEX_MAX_DF:
            continue
        run_starts = starts[sizes == size]
        left, right = np.triu_indices(int(size), k=1)
        a = owners[run_starts[:, None] + left[None, :]].ravel()
        b = owners[run_starts[:, None] + right[None, :]].ravel()
        keys.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not keys:
        return {}, heavy
    pair_keys, counts = np.unique(np.concatenate(keys), return_counts=True)
    return {
        (int(k // n), int(k % n)): int(c)
        for k, c in zip(pair_keys.tolist(), counts.tolist(), strict=True)
    }, heavy


def _lsh_neighbours(docs: Sequence[_Doc]) -> dict[int, list[int]]:
    """Candidate near-duplicates j > i for each i, from MinHash LSH over shingle sets."""
    template = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32")
    if not docs:
        return {}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
    sketches: dict[int, MinHash] = {}
    for doc in docs:
        if len(doc.shingles) < MIN_SYNDICATION_SHINGLES:
            continue
        sketch = MinHash(
            num_perm=NUM_PERM,
            seed=MINHASH_SEED,
            hashfunc=_identity,
            permutations=template.permutations,
            scheme="affine32",
        )
        sketch.update_batch((doc.shingles >> np.uint64(32)).tolist())
        sketches[doc.index] = sketch
        lsh.insert(doc.index, sketch, check_duplication=False)
    return {i: sorted(j for j in lsh.query(sketch) if j > i) for i, sketch in sketches.items()}


@functools.cache
def _lsh_params() -> tuple[int, int]:
    """Bands and rows for LSH_THRESHOLD; datasketch's search for them takes ~70 ms."""
    probe = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return int(probe.b), int(probe.r)


def _identity(value: int) -> int:
    return value


def _containment(a: _Doc, b: _Doc) -> tuple[float, float, int]:
    shared = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    smaller = min(len(a.shingles), len(b.shingles))
    union = len(a.shingles) + len(b.shingles) - shared
    return (shared / smaller if smaller else 0.0), (shared / union if union else 0.0), shared


def _same_newsroom(a: _Doc, b: _Doc) -> bool:
    """One outlet (same name, case and spacing aside) and neither text is a wire's own."""
    outlet_a = " ".join((a.article.outlet or "").split()).casefold()
    outlet_b = " ".join((b.article.outlet or "").split()).casefold()
    return bool(outlet_a) and outlet_a == outlet_b and not a.wires and not b.wires


def _chain_clash(
    left: Sequence[int],
    right: Sequence[int],
    docs: Sequence[_Doc],
    counts: dict[tuple[int, int], int],
) -> tuple[int, int, float] | None:
    """A pair (x in left, y in right, containment) that must not share an origin: both long
    enough to judge, sharing less than CHAIN_FLOOR of the smaller text, not one newsroom's,
    and not both copies of a third member (each with NESTED of its shingles in it: a
    wire's brief and an affiliate's version under its own top share nothing, yet both are
    the wire's). A text made of parts of two others would chain them."""
    for x in left:
        for y in right:
            a, b = docs[min(x, y)], docs[max(x, y)]
            smaller = min(len(a.shingles), len(b.shingles))
            if smaller < MIN_SYNDICATION_SHINGLES:
                continue
            shared = _shared(a, b, counts, CHAIN_FLOOR * smaller)
            if shared >= CHAIN_FLOOR * smaller:
                continue
            if (
                shared >= SAME_NEWSROOM_SHINGLES
                and _newsroom_shared(a, b, docs) >= SAME_NEWSROOM_SHINGLES
            ):
                continue
            if any(
                _shared(a, docs[z], counts, NESTED * len(a.shingles)) >= NESTED * len(a.shingles)
                and _shared(b, docs[z], counts, NESTED * len(b.shingles))
                >= NESTED * len(b.shingles)
                for z in itertools.chain(left, right)
                if z not in (a.index, b.index)
            ):
                continue
            return a.index, b.index, shared / smaller
    return None


def _shared(a: _Doc, b: _Doc, counts: dict[tuple[int, int], int], enough: float) -> int:
    """Shingles a and b share: the index count when it already reaches ``enough`` (it
    leaves out shingles of more than INDEX_MAX_DF docs, so it is a lower bound), else exact."""
    known = counts.get((min(a.index, b.index), max(a.index, b.index)))
    if known is not None and known >= enough:
        return known
    return len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))


def _newsroom_shared(a: _Doc, b: _Doc, docs: Sequence[_Doc]) -> int:
    """Shingles two articles of one newsroom share that no article of another outlet holds
    (0 when they are not one newsroom's): an official statement or a speech that other
    outlets print too is public, not the newsroom's reporting reused."""
    if not _same_newsroom(a, b):
        return 0
    common = np.intersect1d(a.shingles, b.shingles, assume_unique=True)
    outlet = " ".join((a.article.outlet or "").split()).casefold()
    for doc in docs:
        if len(common) < SAME_NEWSROOM_SHINGLES:
            break
        if " ".join((doc.article.outlet or "").split()).casefold() != outlet:
            common = common[~np.isin(common, doc.shingles, assume_unique=True)]
    return len(common)


def _own_voice_shared(a: _Doc, b: _Doc) -> int:
    """Shared shingles in BOTH outlets' own voice: two outlets quoting one statement share
    its words inside quotation marks only, which is no evidence that one copied the other."""
    return min(
        len(np.intersect1d(a.own_shingles, b.shingles, assume_unique=True)),
        len(np.intersect1d(b.own_shingles, a.shingles, assume_unique=True)),
    )


def _agency_labels(doc: _Doc) -> list[str]:
    return sorted({label for _, _, label in doc.markers})


# --- Copied passages -----------------------------------------------------------------------


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


# --- Entry point ---------------------------------------------------------------------------


def find_origins(articles: Sequence[Article], *, threshold: float = DEFAULT_THRESHOLD) -> Origins:
    """Group articles by origin and find passages copied across origins (rules above)."""
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"origin threshold must be in (0, 1], got {threshold}")
    ordered = sorted(articles, key=lambda a: a.id)
    for prev, cur in itertools.pairwise(ordered):
        if prev.id == cur.id:
            raise UsageError(f"duplicate article id {cur.id!r}")
    cache: dict[str, int] = {}
    docs = [_make_doc(i, article, cache) for i, article in enumerate(ordered)]
    uf = _UnionFind(len(docs))
    edge_reasons: list[tuple[int, int, str]] = []

    # Rule 1: exact duplicates.
    first_with: dict[bytes, int] = {}
    for doc in docs:
        if len(doc.words) == 0:
            continue
        key = doc.words.tobytes()
        if key in first_with:
            first = docs[first_with[key]]
            uf.union(first.index, doc.index)
            edge_reasons.append(
                (
                    first.index,
                    doc.index,
                    f"{first.id} and {doc.id} have identical text (exact duplicate)",
                )
            )
        else:
            first_with[key] = doc.index

    # Rule 2: syndication, decided by exact containment on candidate pairs.
    counts, heavy = _shared_counts(docs)
    candidates: dict[int, set[int]] = {}
    for (i, j), count in counts.items():
        if count >= MIN_SYNDICATION_SHINGLES:
            candidates.setdefault(i, set()).add(j)
    near = _lsh_neighbours([docs[i] for i in sorted(heavy)])
    for i, js in near.items():
        candidates.setdefault(i, set()).update(js)
    # Strongest pairs first (shared share of the smaller text, from the index counts), so a
    # text made of two others joins the one it takes most from (rule 2, composites).
    order = sorted(
        (-counts.get((i, j), 0) / max(1, min(len(docs[i].shingles), len(docs[j].shingles))), i, j)
        for i, js in candidates.items()
        for j in js
    )
    group_of: dict[int, list[int]] = {}  # root -> members
    for doc in docs:
        group_of.setdefault(uf.find(doc.index), []).append(doc.index)
    refused: list[tuple[int, int, str]] = []
    first_rule2 = len(edge_reasons)
    for _, i, j in order:
        if uf.find(i) == uf.find(j):
            continue
        a, b = docs[i], docs[j]
        contain, jaccard, shared = _containment(a, b)
        wires = a.wires & b.wires
        needed = min(threshold, WIRE_THRESHOLD) if wires else threshold
        if (
            contain >= needed
            and shared >= MIN_SYNDICATION_SHINGLES
            and _own_voice_shared(a, b) >= MIN_SYNDICATION_SHINGLES
        ):
            reason = (
                f"{a.id} and {b.id} share {contain:.0%} of {SHINGLE_WORDS}-word shingles "
                f"(syndicated copy; Jaccard {jaccard:.0%})"
            )
            if wires and contain < threshold:
                reason += (
                    "; a wire copy with another top or tail: both carry the dateline or "
                    "copyright of " + ", ".join(f"'{x}'" for x in sorted(wires))
                )
            common = sorted(set(_agency_labels(a)) & set(_agency_labels(b)))
            if common:
                reason += "; both marked " + ", ".join(f"'{x}'" for x in common)
        elif (
            shared >= SAME_NEWSROOM_SHINGLES
            and (own := _newsroom_shared(a, b, docs)) >= SAME_NEWSROOM_SHINGLES
        ):
            reason = (
                f"{a.id} and {b.id} are both {a.article.outlet} and share {own} "
                f"{SHINGLE_WORDS}-word shingles outside captions that no other outlet "
                "carries (the same newsroom's reporting reused, its interviews included)"
            )
        else:
            continue
        clash = _chain_clash(group_of[uf.find(i)], group_of[uf.find(j)], docs, counts)
        if clash is not None:
            x, y, share = docs[clash[0]], docs[clash[1]], clash[2]
            refused.append(
                (
                    i,
                    j,
                    f"{a.id} and {b.id} share {contain:.0%} of {SHINGLE_WORDS}-word shingles, "
                    f"but joining them would make {x.id} and {y.id} one origin, which share "
                    f"{share:.0%}: a text made of two others is not their common origin "
                    "(its borrowed text is a copied passage)",
                )
            )
            continue
        joined = group_of.pop(uf.find(i)) + group_of.pop(uf.find(j))
        uf.union(i, j)
        group_of[uf.find(i)] = joined
        edge_reasons.append((i, j, reason))
    edge_reasons[first_rule2:] = sorted(edge_reasons[first_rule2:], key=lambda e: (e[0], e[1]))

    members: dict[int, list[int]] = {}
    for doc in docs:
        members.setdefault(uf.find(doc.index), []).append(doc.index)
    group_id = {root: "origin-" + docs[idx[0]].id for root, idx in members.items()}

    def origin(i: int) -> str:
        return group_id[uf.find(i)]

    # Rule 3: copied passages between different groups.
    min_count = SENTENCE_MIN_WORDS - SHINGLE_WORDS + 1
    pairs = {pair for pair, count in counts.items() if count >= min_count}
    pairs.update((i, j) for i, js in near.items() for j in js)
    found: dict[tuple[int, str], list[_Found]] = {}
    for i, j in sorted(pairs):
        if uf.find(i) == uf.find(j):
            continue
        a, b = docs[i], docs[j]
        runs_a = [r for r in _shared_runs(a, b) if _qualifies(a, *r)]
        runs_b = [r for r in _shared_runs(b, a) if _qualifies(b, *r)]
        if not runs_a and not runs_b:
            continue
        copier, source, rule = _direction(a, runs_a, b, runs_b)
        runs = runs_a if copier is a else runs_b
        for t0, t1 in runs:
            found.setdefault((copier.index, origin(source.index)), []).append(
                _Found(t0, t1, source.index, rule)
            )

    passages: list[CopiedPassage] = []
    passage_reasons: dict[int, list[str]] = {}
    for (copier_index, source_origin), items in sorted(found.items()):
        copier = docs[copier_index]
        merged = _merge_passages(copier, items, docs, source_origin)
        passages.extend(merged)
        sources = "/".join(sorted({p.source_article for p in merged}))
        rules = "; ".join(sorted({p.rule for p in merged}))
        chars = sum(p.end - p.start for p in merged)
        plural = "passage" if len(merged) == 1 else "passages"
        passage_reasons.setdefault(uf.find(copier_index), []).append(
            f"{copier.id} reproduces {chars} chars of {sources} ({source_origin}) in "
            f"{len(merged)} {plural} (copied passage; {rules})"
        )
    passages.sort(key=lambda p: (p.article, p.start, p.end, p.source_article))

    edges_of: dict[int, list[str]] = {}
    for i, _, reason in edge_reasons:
        edges_of.setdefault(uf.find(i), []).append(reason)
    for i, j, reason in sorted(refused):  # said in both groups it would have joined
        for root in sorted({uf.find(i), uf.find(j)}):
            edges_of.setdefault(root, []).append(reason)
    groups = []
    for root, indices in members.items():
        reasons = list(edges_of.get(root, []))
        reasons.extend(passage_reasons.get(root, []))
        for idx in indices:
            labels = _agency_labels(docs[idx])
            if labels:
                reasons.append(
                    f"{docs[idx].id} credits "
                    + ", ".join(f"'{x}'" for x in labels)
                    + " (a marker alone does not join origins)"
                )
        groups.append(
            OriginGroup(
                id=group_id[root],
                articles=tuple(docs[i].id for i in indices),
                reasons=tuple(reasons),
            )
        )
    groups.sort(key=lambda g: g.id)
    return Origins(groups=tuple(groups), passages=tuple(passages))
